"""The employee's app: wires the window, the encrypted store and the assessment together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from desktop.core.content import Content
from desktop.core.navigation import Navigator
from desktop.core.session import AssessmentSession
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import Prompts
from desktop.ui.store_gate import PassphraseAsker, StoreGate


class EmployeeApp(QObject):
    """Owns the services for one run; the widgets only get what they show."""

    def __init__(self, content: Content, data_dir: Path, keyring_store: KeyringKeyStore,
                 prompts: Prompts | None = None, ask_passphrase: PassphraseAsker | None = None,
                 lang: str = "en"):
        super().__init__()
        self.content = content
        self.lang = lang
        self.window = MainWindow(content, data_dir, prompts)
        self.gate = StoreGate(data_dir, keyring_store, self.window.prompts, ask_passphrase, self.window)
        self.store: Store | None = None
        self.session: AssessmentSession | None = None
        self.draft_id: str | None = None
        self.wizard = None
        self.window.start_requested.connect(self.start)

    @property
    def campaign_id(self) -> str:
        return self.content.policy.policy.campaign.id

    def unlock(self) -> bool:
        """Open the encrypted store if it is not open yet; say on the welcome page if it cannot be."""
        if self.store is None:
            self.store = self.gate.open()
        if self.store is None:
            self.window.welcome.set_status(self.gate.problem)
            return False
        self.window.welcome.set_status("")
        self.window.welcome.set_resumable(self.store.current_draft(self.campaign_id) is not None)
        return True

    def start(self) -> None:
        if not self.unlock():
            return
        questionnaire = self.content.questionnaire
        draft = self.store.current_draft(self.campaign_id)
        if draft is None:
            self.draft_id = self.store.new_assessment(self.campaign_id, questionnaire.id, questionnaire.version)
            state = None
        else:
            self.draft_id, state = draft.id, draft.state
        navigator = Navigator(questionnaire, org_units_offered=bool(self.content.policy.policy.org_units))
        draft_id, store = self.draft_id, self.store
        self.session = AssessmentSession.restore(
            navigator, state, lambda snapshot: store.save_state(draft_id, snapshot)
        )
        from desktop.ui.wizard import WizardPage  # the first window does not need the wizard

        self.wizard = WizardPage(self.session, self.content.catalog, self.content.policy.policy, self.lang)
        self.wizard.setObjectName("wizardPage")
        self.wizard.leave_requested.connect(self.leave_wizard)
        self.wizard.finished.connect(self.finish)
        self.window.show_page(self.wizard)

    def leave_wizard(self) -> None:
        self.window.welcome.set_resumable(True)
        self.window.welcome.set_status(self.tr("Your answers are saved. You can continue any time."))
        self._drop_wizard()

    def finish(self) -> None:
        self.store.mark_completed(self.draft_id, self.session.state())
        self.window.welcome.set_resumable(False)
        self.window.welcome.set_status(self.tr("Thank you. Your completed assessment is saved on this computer."))
        self._drop_wizard()

    def _drop_wizard(self) -> None:
        self.window.show_welcome()
        if self.wizard is not None:
            self.window.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.session = None
