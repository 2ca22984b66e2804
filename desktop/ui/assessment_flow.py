"""The assessment over an unlocked store: start or resume it, carry it over, start over, leave, finish.

An :class:`AssessmentFlow` exists only once the person has unlocked the encrypted store, so every step
here can rely on the store; an :class:`OpenAssessment` exists only while the wizard is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.answers import Answers
from desktop.core.content import Content
from desktop.core.navigation import Navigator
from desktop.core.reconcile import reconcile
from desktop.core.session import AssessmentSession
from desktop.core.text import pick
from desktop.storage.errors import StoreError
from desktop.ui.accessibility import announce
from desktop.ui.main_window import MainWindow
from desktop.ui.results_flow import ResultsFlow
from desktop.ui.save_guard import SaveGuard
from desktop.ui.store_messages import StoreMessages

if TYPE_CHECKING:  # the storage stack and the wizard load when the store is first opened
    from desktop.storage.store import Store
    from desktop.ui.wizard import WizardPage

log = logging.getLogger("candor.app")


@dataclass(frozen=True)
class OpenAssessment:
    """The assessment on screen: its saved draft, the session answering it and the wizard showing it."""

    draft_id: str
    session: AssessmentSession
    wizard: WizardPage


class AssessmentFlow(QObject):
    """Runs assessments in an unlocked store; the app makes one per unlock and drops it with the data."""

    def __init__(self, store: Store, words: StoreMessages, content: Content, lang: str, window: MainWindow,
                 results: ResultsFlow, saving: SaveGuard, restart: Callable[[], None],
                 completed: Callable[[], None]):
        super().__init__()
        self.store = store
        self.words = words
        self.content = content
        self.lang = lang
        self.window = window
        self.results = results
        self.saving = saving
        self._restart = restart  # the app's Start: unlock (already open), refresh the welcome page, open
        self._completed = completed  # the welcome page follows a completed assessment
        self.current: OpenAssessment | None = None
        self.draft_id: str | None = None  # the last assessment opened; its results outlive the wizard

    @property
    def campaign_id(self) -> str:
        return self.content.policy.policy.campaign.id

    def has_draft(self) -> bool:
        return self.store.current_draft(self.campaign_id) is not None

    def start(self) -> None:
        try:
            self._open_assessment()
        except StoreError as exc:  # e.g. the disk filled up since Candor started
            self.window.prompts.error(self.tr("Candor cannot open your assessment"), self.words.explain(exc))
            self.window.welcome.set_status(self.words.explain(exc))

    def _open_assessment(self) -> None:
        questionnaire = self.content.questionnaire
        store = self.store
        draft = store.current_draft(self.campaign_id)
        log.info("assessment %s", "started" if draft is None else "resumed")
        if draft is None:
            draft_id = store.new_assessment(self.campaign_id, questionnaire.id, questionnaire.version)
            self.draft_id = draft_id
            latest = self.results.latest_completed(store)
            from desktop.core.results import fresh_start  # with the risk model: not needed to start

            state = fresh_start(store.load(latest.id).state if latest else None)
            if state:  # a re-assessment starts from the previous answers, saved at once
                store.save_state(draft_id, state)
                state = self._carry_over(draft_id, state)
        else:
            draft_id = draft.id
            self.draft_id, state = draft_id, self._carry_over(draft_id, draft.state)
        navigator = Navigator(questionnaire, org_units_offered=bool(self.content.policy.policy.org_units))
        def save(snapshot: dict) -> None:  # through the guard, which says when a save fails
            self.saving.run(lambda: store.save_state(draft_id, snapshot))

        session = AssessmentSession.restore(navigator, state, save)
        from desktop.ui.wizard import WizardPage  # the first window does not need the wizard

        # Built inside the window's page stack, not as a loose widget moved in afterwards: with the app's
        # style sheet, a font set after a loose widget was polished (the first page's title) is reset
        # to the plain one when the widget changes parent.
        wizard = WizardPage(session, self.content.catalog, self.content.policy.policy, self.lang,
                            parent=self.window.pages)
        wizard.setObjectName("wizardPage")
        opened = OpenAssessment(draft_id, session, wizard)
        self.current = opened
        wizard.leave_requested.connect(self.leave_wizard)
        wizard.start_over_requested.connect(lambda: self.start_over(opened))
        wizard.finished.connect(lambda: self.finish(opened))
        self.window.show_page(wizard)

    def start_over(self, opened: OpenAssessment) -> bool:
        """Clear this draft's answers, after asking; completed assessments are not touched."""
        if not self.window.prompts.confirm(
            self.tr("Start over?"),
            self.tr("This clears every answer in this assessment, including your notes, and takes you back "
                    "to the first question. Your completed assessments are kept."),
            self.tr("Clear my answers"), self.tr("Keep my answers"),
        ):
            return False
        try:
            self.store.delete_assessment(opened.draft_id)
        except StoreError as exc:
            self.window.prompts.error(self.tr("Your answers could not be cleared"), self.words.explain(exc))
            return False
        self.saving.forget()
        self.drop_wizard()
        questionnaire = self.content.questionnaire
        try:
            self.store.new_assessment(self.campaign_id, questionnaire.id, questionnaire.version)
        except StoreError as exc:
            self.window.prompts.error(self.tr("Candor cannot open your assessment"), self.words.explain(exc))
            self.window.welcome.set_status(self.words.explain(exc))
            return True
        self._restart()
        return True

    def _carry_over(self, draft_id: str, state: dict) -> dict:
        """Move a draft saved under another questionnaire version onto this one, and say what changed."""
        questionnaire = self.content.questionnaire
        saved = state.get("questionnaire") or {}
        if not saved or (saved.get("id"), saved.get("version")) == (questionnaire.id, questionnaire.version):
            return state
        policy = self.content.policy.policy
        kept, dropped = reconcile(Answers.from_dict(state.get("answers")), questionnaire,
                                  self.content.catalog.ids(), [unit.code for unit in policy.org_units])
        state = {**state, "answers": kept.to_dict(),
                 "questionnaire": {"id": questionnaire.id, "version": questionnaire.version}}
        self.store.save_state(draft_id, state, questionnaire_version=questionnaire.version)
        if dropped:
            lines = []
            for item in dropped:
                if item.question_removed:
                    lines.append(self.tr("• An answer to a question that is no longer asked"))
                else:
                    text = pick(questionnaire.question(item.question_id).text, self.lang)
                    lines.append(self.tr("• %1: a choice that is no longer offered").replace("%1", text))
            self.window.add_notice(
                self.tr("Questions updated"),
                self.tr("Candor's questions changed since you last answered. Your answers were kept, "
                        "except one that no longer applies. Please check the page it was on.")
                if len(dropped) == 1 else
                self.tr("Candor's questions changed since you last answered. Your answers were kept, "
                        "except %n that no longer apply. Please check the pages they were on.", "",
                        len(dropped)),
                "\n".join(lines), warning=False,
            )
        return state

    def leave_wizard(self) -> None:
        unsaved = self.saving.unsaved
        if not self.saving.confirm_losing():
            return  # the person stays, with every answer still on screen
        self.window.welcome.set_resumable(True)
        if unsaved and self.saving.problem:
            self.window.welcome.set_status(self.tr(
                "Your latest answers were not saved: %1 The ones saved before are kept; you can continue "
                "from there.").replace("%1", self.saving.problem))
        else:
            self.window.welcome.set_status(self.tr("Your answers are saved. You can continue any time."))
            announce(self.window.welcome, self.window.welcome.status.text())
        self.drop_wizard()

    def finish(self, opened: OpenAssessment) -> None:
        state, draft_id, store = opened.session.state(), opened.draft_id, self.store
        try:
            store.mark_completed(draft_id, state)
        except StoreError as exc:  # stay on the last page, every answer on screen; Finish works again later
            if self.saving.run(lambda: store.save_state(draft_id, state)):
                self.saving.failed(self.words.explain(exc))
            return
        self.saving.forget()
        log.info("assessment completed")
        self.window.welcome.set_status("")
        self.drop_wizard()
        self._completed()
        self.results.show_results(store, draft_id)

    def drop_wizard(self) -> None:
        """Back to the welcome page; the wizard and its session go (every answer is already saved)."""
        self.window.show_welcome()
        if self.current is not None:
            self.window.pages.removeWidget(self.current.wizard)
            self.current.wizard.deleteLater()
            self.current = None
