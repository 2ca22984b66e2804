"""A view counted off the UI thread: the job that counts, and the busy page shown meanwhile.

Opening the org units view builds a report for every unit (about a second for 20 units). The window
runs that half of a :class:`Counted` view on its own thread pool and shows :func:`busy_page` in the
view's place, so it stays responsive; the view's widgets are then made from the result on the UI
thread (Qt widgets live there only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Counted:
    """A view in two halves: ``count`` runs off the UI thread (it opens its own database connection and
    makes no widget); ``show`` makes the view, on the UI thread, from what ``count`` returned."""

    count: Callable[[], object]
    show: Callable[[object], QWidget]


class _Signals(QObject):
    done = Signal(object, object)  # the job, then what it counted (or the exception it raised)


class CountJob(QRunnable):
    """Runs ``count`` on a pool thread; ``signals.done`` arrives on the UI thread (where the job was made)."""

    def __init__(self, index: int, count: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until its result is in
        self.index = index
        self.count = count
        self.signals = _Signals()

    def run(self) -> None:
        try:
            outcome = self.count()
        except Exception as exc:  # noqa: BLE001 - raised again on the UI thread, where the unexpected-error notice is
            outcome = exc
        self.signals.done.emit(self, outcome)


def busy_page() -> QWidget:
    """What a view's tab shows while it is counted: a sentence and a moving bar (no figures yet)."""
    page = QWidget()
    page.setObjectName("viewBusy")
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    label = QLabel(QCoreApplication.translate("CollectorWindow", "Counting… the view appears here when it is ready."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy: no fraction to show
    bar.setAccessibleName(QCoreApplication.translate("CollectorWindow", "Counting the view"))
    bar.setTextVisible(False)
    layout.addWidget(label)
    layout.addWidget(bar)
    layout.addStretch(2)
    return page
