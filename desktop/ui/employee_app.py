"""The employee's app: wires the window, the encrypted store and the assessment together."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.app_log import LOG_DIR, shutdown_logging
from desktop.core.answers import Answers
from desktop.core.content import Content
from desktop.core.errors import Problem
from desktop.core.navigation import Navigator
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_reload import reload_policy
from desktop.core.reconcile import reconcile
from desktop.core.session import AssessmentSession
from desktop.core.text import pick
from desktop.storage.errors import StoreError
from desktop.storage.recovery import damaged_copies
from desktop.ui.accessibility import announce
from desktop.ui.i18n import available_languages, install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.policy_watch import PolicyWatch
from desktop.ui.preferences import FILE_NAME as PREFERENCES_FILE
from desktop.ui.preferences import Preferences
from desktop.ui.prompts import Prompts
from desktop.ui.results_flow import ResultsFlow
from desktop.ui.save_guard import SaveGuard
from desktop.ui.theme import ThemeSwitcher

if TYPE_CHECKING:  # the storage stack (sqlite-utils, keyring) is imported when the store is first opened
    from desktop.storage.keyring_store import KeyringKeyStore
    from desktop.storage.store import Store
    from desktop.ui.store_gate import PassphraseAsker, StoreGate

log = logging.getLogger("candor.app")


class EmployeeApp(QObject):
    """Owns the services for one run; the widgets only get what they show."""

    def __init__(self, content: Content, data_dir: Path, keyring_store: KeyringKeyStore | None = None,
                 prompts: Prompts | None = None, ask_passphrase: PassphraseAsker | None = None,
                 lang: str = "en", window: MainWindow | None = None):
        super().__init__()
        self.content = content
        self.lang = lang
        own_window = window is None
        if window is None:
            window = MainWindow(content.policy, data_dir, prompts)
        else:  # shown before the content was loaded: now with the policy checked against the catalog too
            window.set_policy(content.policy)
        self.window = window
        self._gate_settings = (data_dir, keyring_store, ask_passphrase)
        self._gate: StoreGate | None = None
        self.store: Store | None = None
        self.session: AssessmentSession | None = None
        self.draft_id: str | None = None
        self.wizard = None
        self.settings = None
        self.preferences = Preferences(data_dir)
        self.themes = ThemeSwitcher(QApplication.instance())
        if own_window:  # a window handed in was shown with the saved theme already applied
            self.themes.apply(self.preferences.theme)
        self.window.start_requested.connect(self.start)
        self.window.settings_requested.connect(self.open_settings)
        self.results = ResultsFlow(content, self.window, lang)
        self.results.closed.connect(self._refresh_welcome)
        self.saving = SaveGuard(self.window, self.window.prompts, self.window.add_notice)
        known_tools = set(content.catalog.ids())
        self.policy_notice: NoticeBar | None = None
        self.policy_watch = PolicyWatch(content.policy, lambda previous: reload_policy(previous, known_tools), self)
        self.policy_watch.updated.connect(self.apply_policy)
        self.policy_watch.rejected.connect(self.keep_policy)
        self._connect_welcome()

    @property
    def gate(self) -> StoreGate:
        """Opens the encrypted store; made on first use, so the first window needs no storage code."""
        if self._gate is None:
            from desktop.storage.keyring_store import KeyringKeyStore
            from desktop.ui.store_gate import StoreGate

            data_dir, keyring_store, ask_passphrase = self._gate_settings
            self._gate = StoreGate(data_dir, keyring_store or KeyringKeyStore(), self.window.prompts,
                                   ask_passphrase, self.window, own_files=self.own_files)
        return self._gate

    def _connect_welcome(self) -> None:
        self.window.welcome.results_requested.connect(self.open_latest_results)
        self.window.welcome.history_requested.connect(self.open_history)

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
        self._refresh_welcome()
        log.info("store unlocked (%s)", self.gate.opened.keys.mode() if self.gate.opened else "unknown")
        return True

    def _refresh_welcome(self) -> None:
        if self.store is None:
            self.window.welcome.set_returning(False, False)
            return
        if self.gate.opened is not None:
            self.window.welcome.set_key_mode(self.gate.opened.keys.mode())
        self.window.welcome.set_resumable(self.store.current_draft(self.campaign_id) is not None)
        latest = self.results.latest_completed(self.store)
        self.window.welcome.set_returning(latest is not None, latest is not None)

    def open_latest_results(self) -> None:
        if self.unlock():
            latest = self.results.latest_completed(self.store)
            if latest is not None:
                self.results.show_results(self.store, latest.id)

    def open_history(self) -> None:
        if self.unlock():
            self.results.show_history(self.store)

    def start(self) -> None:
        if not self.unlock():
            return
        try:
            self._open_assessment()
        except StoreError as exc:  # e.g. the disk filled up since Candor started
            self.window.prompts.error(self.tr("Candor cannot open your assessment"), self.gate.words.explain(exc))
            self.window.welcome.set_status(self.gate.words.explain(exc))

    def _open_assessment(self) -> None:
        questionnaire = self.content.questionnaire
        draft = self.store.current_draft(self.campaign_id)
        log.info("assessment %s", "started" if draft is None else "resumed")
        if draft is None:
            self.draft_id = self.store.new_assessment(self.campaign_id, questionnaire.id, questionnaire.version)
            latest = self.results.latest_completed(self.store)
            from desktop.core.results import fresh_start  # with the risk model: not needed to start

            state = fresh_start(self.store.load(latest.id).state if latest else None)
            if state:  # a re-assessment starts from the previous answers, saved at once
                self.store.save_state(self.draft_id, state)
                state = self._carry_over(self.draft_id, state)
        else:
            self.draft_id, state = draft.id, self._carry_over(draft.id, draft.state)
        navigator = Navigator(questionnaire, org_units_offered=bool(self.content.policy.policy.org_units))
        draft_id, store = self.draft_id, self.store
        self.session = AssessmentSession.restore(
            navigator, state,
            lambda snapshot: self.saving.run(lambda: store.save_state(draft_id, snapshot)),
        )
        from desktop.ui.wizard import WizardPage  # the first window does not need the wizard

        # Built inside the window's page stack, not as a loose widget moved in afterwards: with the app's
        # style sheet, a font set after a loose widget was polished (the first page's title) is reset
        # to the plain one when the widget changes parent.
        self.wizard = WizardPage(self.session, self.content.catalog, self.content.policy.policy, self.lang,
                                 parent=self.window.pages)
        self.wizard.setObjectName("wizardPage")
        self.wizard.leave_requested.connect(self.leave_wizard)
        self.wizard.start_over_requested.connect(self.start_over)
        self.wizard.finished.connect(self.finish)
        self.window.show_page(self.wizard)

    def start_over(self) -> bool:
        """Clear this draft's answers, after asking; completed assessments are not touched."""
        if not self.window.prompts.confirm(
            self.tr("Start over?"),
            self.tr("This clears every answer in this assessment, including your notes, and takes you back "
                    "to the first question. Your completed assessments are kept."),
            self.tr("Clear my answers"), self.tr("Keep my answers"),
        ):
            return False
        try:
            self.store.delete_assessment(self.draft_id)
        except StoreError as exc:
            self.window.prompts.error(self.tr("Your answers could not be cleared"), self.gate.words.explain(exc))
            return False
        self.saving.forget()
        self._drop_wizard()
        questionnaire = self.content.questionnaire
        try:
            self.store.new_assessment(self.campaign_id, questionnaire.id, questionnaire.version)
        except StoreError as exc:
            self.window.prompts.error(self.tr("Candor cannot open your assessment"), self.gate.words.explain(exc))
            self.window.welcome.set_status(self.gate.words.explain(exc))
            return True
        self.start()
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
        self._drop_wizard()

    def finish(self) -> None:
        state, draft_id, store = self.session.state(), self.draft_id, self.store
        try:
            store.mark_completed(draft_id, state)
        except StoreError as exc:  # stay on the last page, every answer on screen; Finish works again later
            if self.saving.run(lambda: store.save_state(draft_id, state)):
                self.saving.failed(self.gate.words.explain(exc))
            return
        self.saving.forget()
        log.info("assessment completed")
        self.window.welcome.set_status("")
        self._drop_wizard()
        self._refresh_welcome()
        self.results.show_results(self.store, self.draft_id)

    # -- the organization's policy, changed while Candor runs ------------------------------------

    def apply_policy(self, effective: EffectivePolicy) -> None:
        """Adopt a valid policy change: results on screen are recomputed, the welcome page follows.

        An assessment in progress keeps the policy it opened with (its answers do not depend on it);
        an export dialog keeps the policy it opened with, so one summary never mixes two policies.
        """
        old = self.content.policy.policy
        self.content = replace(self.content, policy=effective)
        self.window.set_policy(self.content.policy)  # the banner follows: problems fixed, changes refused
        self.results.use_content(self.content)
        new = effective.policy
        log.info("organization policy updated")
        if (old.organization.name, bool(old.submission.recipient), old.privacy.min_group_size) != (
                new.organization.name, bool(new.submission.recipient), new.privacy.min_group_size):
            self.window.retranslate()  # builds the welcome page again from the new policy
            self._connect_welcome()
            self._refresh_welcome()
        files = ", ".join(sorted({str(s.path) for s in effective.sources if s.status == "found" and s.path}))
        self._policy_notice(
            self.tr("Policy updated"),
            self.tr("Your organization's policy was updated (%1). Your results now follow it; your answers "
                    "are unchanged.").replace("%1", files or self.tr("built-in defaults")),
            "\n".join(str(p) for p in effective.problems), bool(effective.problems),
        )

    def keep_policy(self, problems: list[Problem]) -> None:
        """A policy file became invalid or disappeared: keep the last good policy and say which file and why."""
        log.warning("a changed policy file was not used")
        files = ", ".join(sorted({p.file for p in problems}))
        self._policy_notice(
            self.tr("Policy problem"),
            self.tr("%1 changed and cannot be used, so Candor keeps the policy it read before. Your answers "
                    "are not affected. Please tell your IT team.").replace("%1", files),
            "\n".join(str(p) for p in problems), True,
        )

    def _policy_notice(self, heading: str, summary: str, details: str, warning: bool) -> None:
        if self.policy_notice is not None:
            self.policy_notice.hide()
            self.policy_notice.deleteLater()
        self.policy_notice = self.window.add_notice(heading, summary, details, warning)
        self.policy_notice.setObjectName("policyNotice")
        self.policy_notice.show()

    # -- settings -------------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.settings is None:
            from desktop.ui.settings_page import SettingsPage

            self.settings = SettingsPage(self.preferences.theme, self.lang, available_languages(),
                                         self.window.data_dir)
            self.settings.theme_changed.connect(self.change_theme)
            self.settings.language_changed.connect(self.change_language)
            self.settings.delete_all_requested.connect(self.delete_all_data)
            self.settings.back_requested.connect(self.window.show_welcome)
        self.window.show_page(self.settings)

    def change_theme(self, theme: str) -> None:
        self.preferences.theme = theme
        self.themes.apply(theme)

    def change_language(self, language: str) -> None:
        """Switch the interface language now; pages are rebuilt from what is saved, so nothing is lost."""
        self.preferences.language = language
        if language == self.lang:
            return
        log.info("interface language changed to %s", language)
        install_translators(QApplication.instance(), language)
        self.lang = language
        self.results.lang = language
        self.results.drop()
        had_wizard = self.wizard is not None
        if had_wizard:  # every answer is already saved; "Continue" reopens it at the same page
            self._drop_wizard()
        self.window.retranslate()
        self._connect_welcome()
        if self.store is not None:
            self._refresh_welcome()
        self.window.welcome.set_resumable(had_wizard or self._has_draft())
        if self.settings is not None:
            self.window.pages.removeWidget(self.settings)
            self.settings.deleteLater()
            self.settings = None
        self.open_settings()
        self.settings.confirm_language_changed()

    def _has_draft(self) -> bool:
        return self.store is not None and self.store.current_draft(self.campaign_id) is not None

    def own_files(self) -> list[str]:
        """Everything besides the database that "Delete all my data" removes from the data folder."""
        return [PREFERENCES_FILE, LOG_DIR, *damaged_copies(self.window.data_dir)]

    def delete_all_data(self) -> bool:
        """Ask first; then remove the database, the key in the keyring and the preferences."""
        if not self.window.prompts.confirm(
            self.tr("Delete all your Candor data?"),
            self.tr("This removes every answer, result and setting Candor keeps on this computer, and "
                    "the key that encrypts them. It cannot be undone."),
            self.tr("Delete everything"), self.tr("Keep my data"),
        ):
            return False
        self.saving.forget()
        self._drop_wizard()
        self.results.drop()
        log.info("deleting all data")
        shutdown_logging()
        opened = self.gate.opened
        if self.store is not None:
            self.store.close()
        from desktop.storage.wipe import delete_all_data

        result = delete_all_data(self.window.data_dir, opened.keys if opened else self.gate.keyring_store,
                                 db=opened.db if opened else None, extra_names=self.own_files())
        self.store, self.gate.opened = None, None
        self.themes.apply("system")
        if self.settings is not None:
            self.window.pages.removeWidget(self.settings)
            self.settings.deleteLater()
            self.settings = None
        message = self.tr("All your Candor data was deleted from this computer.")
        if result.keyring_problem:
            message += " " + self.tr("The key could not be removed from your password manager: %1").replace(
                "%1", result.keyring_problem)
        self.window.welcome.set_resumable(False)
        self.window.welcome.set_status(message)
        self.window.show_welcome()
        return True

    def _drop_wizard(self) -> None:
        self.window.show_welcome()
        if self.wizard is not None:
            self.window.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.session = None
