"""The wizard page on its own, without the app window: ``Run`` shows one wizard with its session and keeps every
state the session saved, with the clicks and keys an employee uses on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.session import AssessmentSession
from desktop.ui.wizard import WizardPage


class Run:
    """One wizard on screen, its session, and every state the session saved."""

    def __init__(self, qtbot, wizard_content, policy: Policy | None = None, state: dict | None = None):
        questionnaire, catalog = wizard_content
        self.qtbot = qtbot
        self.policy = policy or Policy.defaults()
        self.saved: list[dict] = []
        navigator = Navigator(questionnaire, org_units_offered=bool(self.policy.org_units))
        self.session = AssessmentSession.restore(navigator, state, self.saved.append)
        self.wizard = WizardPage(self.session, catalog, self.policy)
        qtbot.addWidget(self.wizard)
        em = self.wizard.fontMetrics().horizontalAdvance("M")
        self.wizard.resize(em * 70, em * 48)
        self.wizard.show()
        qtbot.waitExposed(self.wizard)
        self.wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.wizard)

    # -- what the employee sees ---------------------------------------------------------------

    @property
    def values(self) -> dict:
        return self.saved[-1]["answers"]["values"] if self.saved else {}

    @property
    def page(self) -> str:
        return self.session.ref.key

    def block(self, question_id: str):
        return next(b for b in self.wizard.blocks if b.question.id == question_id)

    def picker(self):
        return self.block("tools_used").answer

    def shown_errors(self) -> list[str]:
        return [b.question.id for b in self.wizard.blocks if b.has_error and b.error.isVisible()]

    # -- what the employee does ---------------------------------------------------------------

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        self.click(self.wizard.next_button)

    def back(self) -> None:
        self.click(self.wizard.back_button)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or self.wizard
        self.qtbot.keyClick(target, key, modifier)

    def alt(self, letter: Qt.Key) -> None:
        self.key(letter, Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)

    def wait_for_page(self, key: str) -> None:
        self.qtbot.waitUntil(lambda: self.page == key)
