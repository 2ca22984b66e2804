"""A second floor for the bundle benchmark: the bare window plus the libraries the design requires of Candor.

The same window as ``bare_window.py``, which first loads what any app built on Candor's required stack ships: the OS
keyring through ``keyring`` (on Linux its Secret Service backend, ``secretstorage``, which needs ``cryptography``),
age encryption (``pyrage``), SQLite and QtCharts. Built by build.spec's recipe with ``CANDOR_BUNDLE_FLOOR=stack``
(dist/CandorStackFloor), it shows how much of the bundle those libraries are, and so how much is Candor's own.
"""

import sqlite3
import sys

import keyring.backends.SecretService  # noqa: F401 - the Linux backend, as Candor's build includes it
import pyrage
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle(f"Bare with the stack (SQLite {sqlite3.sqlite_version}, {pyrage.__name__})")
QVBoxLayout(window).addWidget(QChartView())
window.resize(640, 480)
window.show()
sys.exit(app.exec())
