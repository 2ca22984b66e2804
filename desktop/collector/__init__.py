"""The compliance side, Qt-free: ingest encrypted summaries into the collector's database, aggregate, report.

Imports only ``desktop.core``, ``desktop.exchange`` and ``desktop.storage.paths`` (for the data folder and
its private files); never Qt and never ``desktop.ui``. Nothing is imported here, so importing the package
costs nothing.
"""
