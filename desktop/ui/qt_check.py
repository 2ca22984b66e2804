"""Can Qt make a window here? Used by ``candor self-test`` (offscreen, no display needed)."""

from __future__ import annotations

import os
from typing import cast


def check_qt_window() -> str:
    """Create, show and close a small window offscreen; return a one-line description.

    Raises an exception when Qt cannot start, with Qt's own reason in the message.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCharts import QChartView  # charts ship with the app: prove the module loads
    from PySide6.QtWidgets import QApplication, QLabel

    app = cast(QApplication, QApplication.instance() or QApplication(["candor-self-test"]))
    window = QLabel("Candor self-test")
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    del QChartView
    if not shown:
        raise RuntimeError("a window was created but could not be shown")
    return f"PySide6 {pyside_version}, platform {app.platformName()}, charts available"
