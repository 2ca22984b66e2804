"""Guards against a Qt binding that would crash the app after a few thousand calls."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none():
    # PySide6 6.12.0 returns None from void methods without a reference; on Python 3.11, where
    # None is not immortal, the interpreter then aborts ("deallocating None") after enough calls.
    # pyproject pins PySide6 below 6.12; this test fails if an upgrade brings the bug back.
    widget = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
