"""Showing results and history: turns stored assessments into pages, saves action-plan ticks."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop import __version__
from desktop.core.content import Content
from desktop.core.questionnaire import Questionnaire
from desktop.core.text import pick
from desktop.ui.accessibility import announce
from desktop.ui.formatting import day, moment, money
from desktop.ui.main_window import MainWindow

# Results, history and export are imported when first shown: the first window needs none of them
# (with pyrage, QtCharts and the risk model they would add a tenth of a second to every start).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.exchange.exporter import Exporter
    from desktop.storage.store import AssessmentInfo, Store
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.history_page import HistoryPage
    from desktop.ui.results_page import ResultLabels, ResultsPage

log = logging.getLogger("candor.export")


def options_by_feed(questionnaire: Questionnaire, feeds: str, lang: str) -> dict[str, str]:
    for question in questionnaire.questions():
        if question.feeds == feeds:
            return {option.code: pick(option.label, lang) for option in question.options}
    return {}


class ResultsFlow(QObject):
    closed = Signal()

    def __init__(self, content: Content, window: MainWindow, lang: str = "en"):
        super().__init__()
        self.content = content
        self.window = window
        self.lang = lang
        self.page: QWidget | None = None
        #: Builds the page on screen again (after the policy changed); None when none is shown.
        self.reshow: Callable[[], object] | None = None

    def use_content(self, content: Content) -> None:
        """Adopt new content (an updated policy); a results or history page on screen is recomputed."""
        self.content = content
        if self.reshow is not None and self.page is not None and self.window.pages.currentWidget() is self.page:
            self.reshow()

    def labels(self) -> ResultLabels:
        from desktop.core.risk import level_label
        from desktop.core.risk_results import Level
        from desktop.ui.results_page import ResultLabels

        q = self.content.questionnaire
        return ResultLabels(
            {level: level_label(level, self.lang) for level in Level},
            {"approved": self.tr("Approved by your organization"),
             "tolerated": self.tr("Tolerated by your organization"),
             "prohibited": self.tr("Not allowed by your organization"),
             "not_listed": self.tr("Not on your organization's list of approved tools")},
            options_by_feed(q, "tool.account_kind", self.lang),
            options_by_feed(q, "tool.data_classes", self.lang),
        )

    def latest_completed(self, store: Store) -> AssessmentInfo | None:
        completed = [a for a in store.list_assessments() if a.status == "completed"]
        return max(completed, key=lambda a: (a.completed_at or "", a.updated_at), default=None)

    def show_results(self, store: Store, assessment_id: str, read_only: bool = False) -> ResultsPage:
        from desktop.core.results import done_actions, report_for_state, with_action
        from desktop.ui.results_page import ResultsPage

        record = store.load(assessment_id)
        policy = self.content.policy.policy
        report = report_for_state(record.state, self.content.questionnaire, self.content.catalog, policy, self.lang,
                                  money=lambda amount: money(amount, policy.organization.currency))
        when = day(record.completed_at or record.updated_at)
        heading = self.tr("Your results from %1").replace("%1", when) if read_only else self.tr("Your results")
        page = ResultsPage(report, done_actions(record.state), self.labels(), heading, read_only, self.lang)

        def toggled(action_id: str, done: bool) -> None:
            current = store.load(assessment_id).state
            store.save_state(assessment_id, with_action(current, action_id, done))

        page.action_toggled.connect(toggled)
        page.back_requested.connect(self._close)
        page.export_requested.connect(lambda: self.open_export(store, assessment_id))
        self._show(page)
        announce(page, page.overall.accessibleName())  # once, when the results open
        self.reshow = lambda: self.show_results(store, assessment_id, read_only)
        return page

    def show_history(self, store: Store) -> HistoryPage:
        from desktop.core.results import report_for_state
        from desktop.core.risk import level_label
        from desktop.core.risk_results import Level
        from desktop.ui.history_page import HistoryPage, HistoryRow

        policy = self.content.policy.policy
        rows = []
        for info in store.list_assessments():
            when = day(info.completed_at or info.updated_at)
            if info.status != "completed":
                rows.append(HistoryRow(info.id, info.campaign_id, when, False, None, "", None, ""))
                continue
            report = report_for_state(store.load(info.id).state, self.content.questionnaire,
                                      self.content.catalog, policy, self.lang)
            yearly = report.spend.out_of_pocket_yearly_mid
            word = level_label(report.overall, self.lang)
            rows.append(HistoryRow(info.id, info.campaign_id, when, True, int(report.overall),
                                   word, yearly, money(yearly, report.spend.currency)))
        channels = {"file": self.tr("Saved as a file"), "clipboard": self.tr("Copied as text"),
                    "drop_folder": self.tr("Put in the drop folder")}
        exports = [(moment(entry.when), channels.get(entry.channel, entry.channel), entry.campaign,
                    json.dumps(entry.summary, indent=2, sort_keys=True, ensure_ascii=False))
                   for entry in self.exporter(store).log()]
        words = [level_label(level, self.lang) for level in Level]
        page = HistoryPage(rows, words, policy.organization.currency, exports)
        page.open_requested.connect(lambda assessment_id: self.show_results(store, assessment_id, read_only=True))
        page.back_requested.connect(self._close)
        self._show(page)
        self.reshow = lambda: self.show_history(store)
        return page

    def exporter(self, store: Store) -> Exporter:
        from desktop.exchange.exporter import Exporter

        return Exporter(self.content.questionnaire, self.content.catalog, self.content.policy.policy,
                        __version__, store, block=self.content.policy.export_block)

    def open_export(self, store: Store, assessment_id: str, opener=None) -> ExportDialog:
        """Preview and export the summary of one completed assessment."""
        from desktop.core.answers import Answers
        from desktop.core.navigation import Navigator
        from desktop.core.summary import SENTIMENT_FIELDS
        from desktop.core.summary_preview import Words
        from desktop.core.tool_answers import answer_feeding
        from desktop.ui.export_dialog import ExportDialog, preview_phrases

        q, policy = self.content.questionnaire, self.content.policy.policy
        state = store.load(assessment_id).state
        answers = Answers.from_dict(state.get("answers"))
        effective = Navigator(q, org_units_offered=bool(policy.org_units)).effective_answers(answers)
        words = Words(q, self.content.catalog, policy, self.lang, preview_phrases())
        available = {}
        unit = answer_feeding(q, effective, "org_unit")
        if unit in {u.code for u in policy.org_units}:
            available["org_unit"] = words.org_unit(unit)
        role = answer_feeding(q, effective, "role_level")
        if role and role != "prefer_not_to_say":
            available["role_level"] = words.option("role_level", role)
        if any(answer_feeding(q, effective, name) for name in SENTIMENT_FIELDS):
            available["sentiment"] = self.tr("your answers to the workplace questions")
        log.info("export preview opened")
        dialog = ExportDialog(self.exporter(store), (effective, answers.other_tools), words, available,
                              prompts=self.window.prompts, parent=self.window)
        dialog.setObjectName("exportDialog")
        (opener or (lambda d: d.exec()))(dialog)
        return dialog

    def _show(self, page) -> None:
        self.drop()
        self.page = page
        self.window.show_page(page)

    def drop(self) -> None:
        self.reshow = None
        if self.page is not None:
            self.window.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None

    def _close(self) -> None:
        self.window.show_welcome()
        self.drop()
        self.closed.emit()
