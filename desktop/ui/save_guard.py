"""Saving that survives a full or read-only disk: say so, keep what is on screen, retry.

Every answer is written at once. When a write fails (the disk filled up, the folder became
read-only), the guard keeps the latest unsaved write, shows a notice naming the data folder and
what to do, and tries again every few seconds, on "Try again", and with the next answer. Since
each write is the whole state of the assessment, the first one that succeeds saves everything.
Closing the window while something is unsaved asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from desktop.storage.errors import StoreError
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.prompts import Prompts
from desktop.ui.store_messages import StoreMessages

log = logging.getLogger("candor.app")

#: How often an unsaved state is tried again by itself.
RETRY_MS = 5000


class SaveGuard(QObject):
    """Runs writes for the window; ``unsaved`` is true while the latest one has not reached the disk."""

    def __init__(self, window: QMainWindow, prompts: Prompts,
                 add_notice: Callable[[str, str, str, bool], NoticeBar]):
        super().__init__(window)
        self.window = window
        self.prompts = prompts
        self.add_notice = add_notice
        self.problem = ""
        self.words = StoreMessages(self)
        self.notice: NoticeBar | None = None
        self.saved_notice: NoticeBar | None = None
        self._pending: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        window.installEventFilter(self)

    @property
    def unsaved(self) -> bool:
        return self._pending is not None

    def run(self, write: Callable[[], None]) -> bool:
        """Do ``write`` now. If it fails, keep it (replacing any older unsaved write), tell the person
        and retry later; ``False`` then. Only for writes that each carry the whole state."""
        try:
            write()
        except StoreError as exc:
            self._pending = write
            self.failed(self.words.explain(exc))
            return False
        if self._pending is not None:
            self._pending = None
            self._recovered()
        return True

    def retry(self) -> bool:
        """Try the unsaved write again; ``True`` when nothing is left unsaved."""
        return self.run(self._pending) if self._pending is not None else True

    def forget(self) -> None:
        """Drop an unsaved write the person chose to lose (or whose assessment is gone)."""
        self._pending = None
        self.timer.stop()
        self._drop(self.notice)
        self.notice = None

    def failed(self, problem: str) -> None:
        """Show (or refresh) the notice for a write that failed with ``problem``."""
        log.warning("a save failed; the answers stay on screen and are retried")
        self.problem = problem
        self._drop(self.saved_notice)
        self.saved_notice = None
        if self.notice is None:
            self.notice = self.add_notice(
                self.tr("Not saved"),
                self.tr("Your latest answers are still on screen but could not be saved. Candor keeps "
                        "trying; if you close it now, they are lost."),
                problem, True,
            )
            self.notice.setObjectName("saveProblem")
            try_again = self.notice.add_action(self.tr("&Try again"), self.tr("Try saving again"))
            try_again.setObjectName("saveTryAgain")
            try_again.clicked.connect(self.retry)
        else:
            self.notice.details.setText(problem)
        self.notice.show()
        if self._pending is not None:
            self.timer.start()

    def _recovered(self) -> None:
        log.info("saving works again")
        self.timer.stop()
        self.problem = ""
        self._drop(self.notice)
        self.notice = None
        self.saved_notice = self.add_notice(
            self.tr("Saved"), self.tr("Candor can save again: all your answers are saved now."), "", False)
        self.saved_notice.setObjectName("saveRecovered")
        self.saved_notice.show()

    def _drop(self, notice: NoticeBar | None) -> None:
        if notice is not None:
            notice.hide()
            notice.deleteLater()

    def confirm_losing(self) -> bool:
        """Before leaving with unsaved answers: try once more, then ask. ``True`` means go ahead."""
        if not self.unsaved or self.retry():
            return True
        if self.prompts.confirm(
            self.tr("Your latest answers are not saved"),
            self.tr("%1\n\nIf you leave now, the answers you gave since then are lost.").replace(
                "%1", self.problem),
            self.tr("Leave without saving"), self.tr("Stay here"),
        ):
            self.forget()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        window = getattr(self, "window", None)  # events can arrive while the guard is being torn down
        if window is not None and watched is window and event.type() == QEvent.Type.Close \
                and not self.confirm_losing():
            event.ignore()
            return True
        return super().eventFilter(watched, event)
