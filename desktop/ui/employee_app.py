"""The employee's app, its composition root: wires the window, the encrypted store and the two flows.

The assessment (``ui/assessment_flow.py``) exists once the store is unlocked; the settings page
(``ui/settings_flow.py``) gets the preferences and the theme switcher built at start-up.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.core.content import Content
from desktop.core.errors import Problem
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_reload import reload_policy
from desktop.core.session import AssessmentSession
from desktop.ui.assessment_flow import AssessmentFlow
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.policy_watch import PolicyWatch
from desktop.ui.preferences import Preferences
from desktop.ui.prompts import Prompts
from desktop.ui.results_flow import ResultsFlow
from desktop.ui.save_guard import SaveGuard
from desktop.ui.settings_flow import SettingsFlow
from desktop.ui.theme import ThemeSwitcher

if TYPE_CHECKING:  # the storage stack (sqlite-utils, keyring) is imported when the store is first opened
    from desktop.storage.keyring_store import KeyringKeyStore
    from desktop.storage.store import Store
    from desktop.storage.wipe import WipeResult
    from desktop.ui.passphrase_dialog import PassphraseAsker
    from desktop.ui.settings_page import SettingsPage
    from desktop.ui.store_gate import StoreGate
    from desktop.ui.wizard import WizardPage

log = logging.getLogger("candor.app")


class EmployeeApp(QObject):
    """Owns the services for one run; the widgets only get what they show.

    ``preferences`` and ``themes`` are the ones ``run_app`` built for the first window (made here when
    not handed in, as in tests); the saved theme is applied here only to a window made here.
    """

    def __init__(self, content: Content, data_dir: Path, keyring_store: KeyringKeyStore | None = None,
                 prompts: Prompts | None = None, ask_passphrase: PassphraseAsker | None = None,
                 lang: str = "en", window: MainWindow | None = None, preferences: Preferences | None = None,
                 themes: ThemeSwitcher | None = None):
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
        self.assessment: AssessmentFlow | None = None  # made by unlock(), dropped with the data
        self.preferences = preferences or Preferences(data_dir)
        self.themes = themes or ThemeSwitcher(cast(QApplication, QApplication.instance()))
        if own_window:  # a window handed in was shown with the saved theme already applied
            self.themes.apply(self.preferences.theme)
        self.settings_flow = SettingsFlow(self.preferences, self.themes, self.window, lang, self._relabel,
                                          self._erase)
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
                                   ask_passphrase, self.window)
        return self._gate

    # -- what the window and the tests look at --------------------------------------------------

    @property
    def store(self) -> Store | None:
        return self.assessment.store if self.assessment else None

    @property
    def draft_id(self) -> str | None:
        return self.assessment.draft_id if self.assessment else None

    @property
    def session(self) -> AssessmentSession | None:
        current = self.assessment.current if self.assessment else None
        return current.session if current else None

    @property
    def wizard(self) -> WizardPage | None:
        current = self.assessment.current if self.assessment else None
        return current.wizard if current else None

    @property
    def settings(self) -> SettingsPage | None:
        return self.settings_flow.page

    def _connect_welcome(self) -> None:
        self.window.welcome.results_requested.connect(self.open_latest_results)
        self.window.welcome.history_requested.connect(self.open_history)

    # -- unlocking and the assessment -----------------------------------------------------------

    def unlock(self) -> bool:
        """Open the encrypted store if it is not open yet; say on the welcome page if it cannot be."""
        return self._unlocked() is not None

    def _unlocked(self) -> AssessmentFlow | None:
        if self.assessment is None:
            store = self.gate.open()
            if store is None:
                self.window.welcome.set_status(self.gate.problem)
                return None
            self.assessment = AssessmentFlow(store, self.gate.words, self.content, self.lang, self.window,
                                             self.results, self.saving, self.start, self._refresh_welcome)
        self.window.welcome.set_status("")
        self._refresh_welcome()
        log.info("store unlocked (%s)", self.gate.opened.keys.mode() if self.gate.opened else "unknown")
        return self.assessment

    def _refresh_welcome(self) -> None:
        if self.assessment is None:
            self.window.welcome.set_returning(False, False)
            return
        if self.gate.opened is not None:
            self.window.welcome.set_key_mode(self.gate.opened.keys.mode())
        self.window.welcome.set_resumable(self.assessment.has_draft())
        latest = self.results.latest_completed(self.assessment.store)
        self.window.welcome.set_returning(latest is not None, latest is not None)

    def open_latest_results(self) -> None:
        if flow := self._unlocked():
            latest = self.results.latest_completed(flow.store)
            if latest is not None:
                self.results.show_results(flow.store, latest.id)

    def open_history(self) -> None:
        if flow := self._unlocked():
            self.results.show_history(flow.store)

    def start(self) -> None:
        if flow := self._unlocked():
            flow.start()

    def finish(self) -> None:
        """Finish the assessment on screen, as its last page's Finish button does."""
        if self.assessment is not None and self.assessment.current is not None:
            self.assessment.finish(self.assessment.current)

    def _drop_wizard(self) -> None:
        if self.assessment is not None:
            self.assessment.drop_wizard()
        else:
            self.window.show_welcome()

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
        if self.assessment is not None:
            self.assessment.content = self.content
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
        self.settings_flow.open()

    def change_theme(self, theme: str) -> None:
        self.settings_flow.change_theme(theme)

    def delete_all_data(self) -> bool:
        return self.settings_flow.delete_all_data()

    def _relabel(self, language: str) -> None:
        """The window in a new interface language; an open assessment reopens at the same page."""
        install_translators(self.themes.app, language)  # the one QApplication
        self.lang = language
        self.results.lang = language
        self.results.drop()
        had_wizard = self.wizard is not None
        if had_wizard:  # every answer is already saved; "Continue" reopens it at the same page
            self._drop_wizard()
        if self.assessment is not None:
            self.assessment.lang = language
        self.window.retranslate()
        self._connect_welcome()
        if self.assessment is not None:
            self._refresh_welcome()  # asks the store once whether a draft can be continued
        if had_wizard or self.assessment is None:
            self.window.welcome.set_resumable(had_wizard)  # a wizard just closed: its answers are saved

    def _erase(self) -> WipeResult:
        """Close everything open on the data, then let the storage service delete it all."""
        self.saving.forget()
        self._drop_wizard()
        self.results.drop()
        log.info("deleting all data")
        result = self.gate.delete_everything(self.store)
        self.assessment = None
        return result
