"""The compliance side, Qt-free: ingest encrypted summaries into the collector's database, aggregate, report.

Imports only ``desktop.core``, ``desktop.exchange``, ``desktop.storage.paths`` (for the data folder and
its private files) and ``desktop.storage.private_db`` (to open its SQLite file privately); never Qt and
never ``desktop.ui``. Nothing is imported here, so importing the package costs nothing.
"""
