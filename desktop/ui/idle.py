"""Run work once the first window is on screen and the event loop has caught up.

The first window shows what it can at once; what it does not need (opening the encrypted store,
the log, the storage code behind them) follows as soon as the event loop first has nothing to do,
so the window is drawn and answers input before that work starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QTimer
from PySide6.QtWidgets import QWidget


def when_first_idle(callback: Callable[[], None], window: QWidget | None = None) -> None:
    """Call ``callback`` once the event loop first runs out of queued events (after ``window`` can be seen)."""
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:  # no event loop yet in this thread: as soon as there is one
        QTimer.singleShot(0, callback)
        return

    def fire() -> None:
        handle = window.windowHandle() if window is not None else None
        if window is not None and (handle is None or not handle.isExposed()) and window.isVisible():
            return  # not drawn yet: the next idle moment
        dispatcher.aboutToBlock.disconnect(fire)
        QTimer.singleShot(0, callback)

    dispatcher.aboutToBlock.connect(fire)
