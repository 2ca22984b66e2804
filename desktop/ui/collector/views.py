"""The collector window's other views: org units side by side, and trends across campaigns.

Like :class:`desktop.ui.collector.app.CampaignDashboard`, these open the collector database, count
and release: every report a view shows goes through the release ledger first (the comparison's
unit reports and each campaign's report of a trend), and a refusal shows the held-back notice.
A trend needs each earlier campaign's own policy (its k, mechanism and org units): they come from
``candor collector --trend POLICY`` or the view's "Add an earlier campaign's policy" button.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.collector.aggregate import build_report
from desktop.collector.db_key import CollectorKeys
from desktop.collector.ledger import DASHBOARD, Refusal, ReleaseLedger, ReleaseRefused
from desktop.collector.store import CollectorStore
from desktop.collector.tally import Tally
from desktop.collector.tally_cache import counted
from desktop.collector.trends import Campaign, trends
from desktop.collector.unit_compare import UnitComparison, compare_units
from desktop.core.content import Content, with_campaign_policy
from desktop.core.errors import CandorError
from desktop.ui.accessibility import mark_heading
from desktop.ui.collector.held_back import HeldBackNotice
from desktop.ui.collector.trend_view import TrendView
from desktop.ui.collector.units_view import UnitsView, no_units_view
from desktop.ui.collector.view_worker import Counted
from desktop.ui.prompts import Prompts
from desktop.ui.style import scaled_font


def campaign_counts(store: CollectorStore, content: Content) -> Tally:
    """The policy's campaign counted, from the kept counts when they still fit (see tally_cache)."""
    policy = content.policy.policy
    return counted(store, policy.campaign.id, content.questionnaire, content.catalog, policy)


class CampaignViews:
    """Builds the units and trend views of the campaign of ``content``; ``earlier``: earlier campaigns' contents;
    ``prompts``: asks for an earlier campaign's policy file."""

    def __init__(self, content: Content, store_dir: Path, lang: str = "en", keys: CollectorKeys | None = None,
                 earlier: Sequence[Content] = (), prompts: Prompts | None = None):
        self.content, self.store_dir, self.lang = content, store_dir, lang
        self.prompts = prompts or Prompts()
        self.keys = keys if keys is not None else CollectorKeys()
        self.earlier: list[Content] = list(earlier)

    def _open(self) -> CollectorStore:
        return CollectorStore.open(self.store_dir, keys=self.keys)

    def units_counted(self) -> UnitComparison | Refusal | str:
        """The half that may run off the UI thread (no widgets): the comparison, counted and released
        (the whole campaign's report and each unit's go through the release ledger first), the refusal
        when the ledger holds them back, or why there is nothing to compare, in words."""
        policy = self.content.policy.policy
        k = policy.privacy.min_group_size
        if not policy.org_units:
            return QCoreApplication.translate(
                "CollectorViews", "The policy names no org units, so there is nothing to set side by side.")
        try:
            with self._open() as store:
                if not store.count(policy.campaign.id):
                    return QCoreApplication.translate("CollectorViews", "No summaries imported yet for this campaign.")
                counts = campaign_counts(store, self.content)
                whole = build_report(counts, lang=self.lang)
                comparison = compare_units(counts, whole, lang=self.lang)
                ledger = ReleaseLedger(store, k)
                with ExitStack() as releases:
                    for report in (whole, *comparison.reports):
                        releases.enter_context(ledger.releasing(policy.campaign.id, report, DASHBOARD))
                return comparison
        except ReleaseRefused as refused:
            return refused.refusal
        except CandorError as exc:
            return QCoreApplication.translate(
                "CollectorViews", "The comparison cannot be shown: %1").replace("%1", str(exc))

    def units_shown(self, outcome: UnitComparison | Refusal | str | Exception) -> QWidget:
        """The units view from what :meth:`units_counted` returned (on the UI thread)."""
        if isinstance(outcome, Exception):  # unexpected, in the counting thread: the UI thread's notice says so
            raise outcome
        if isinstance(outcome, Refusal):
            return HeldBackNotice(outcome)
        if isinstance(outcome, str):
            return no_units_view(outcome)
        return UnitsView(outcome)

    def units_in_background(self) -> Counted:
        """The units view as the window builds it: counted on its thread pool, made on the UI thread."""
        return Counted(self.units_counted, self.units_shown)  # type: ignore[arg-type]

    def add_earlier(self, path: str) -> str | None:
        """Add an earlier campaign's policy file; the problem in words when it cannot be used."""
        try:  # the file over the other policy sources as they were read at start-up
            content = with_campaign_policy(self.content, path)
        except CandorError as exc:
            return str(exc)
        if content.policy.problems:
            return QCoreApplication.translate(
                "CollectorViews", "That policy has problems; `candor policy check FILE` explains each.")
        campaign = content.policy.policy.campaign.id
        if campaign in {c.policy.policy.campaign.id for c in [*self.earlier, self.content]}:
            return QCoreApplication.translate(
                "CollectorViews", "Campaign %1 is already compared.").replace("%1", campaign)
        self.earlier.append(content)
        return None

    def trend_state(self) -> tuple[list[str], list[Content]]:
        """The campaigns the database holds, and the contents of those that can be compared (oldest first)."""
        with self._open() as store:
            held = store.campaigns()
            usable = [c for c in [*self.earlier, self.content] if store.count(c.policy.policy.campaign.id)]
        return held, usable

    def trends(self) -> QWidget:
        """The trend view, or a page that says why there is none yet and how to get one."""
        current = self.content.policy.policy.campaign.id
        try:
            held, usable = self.trend_state()
            if len(usable) < 2:
                if len(held) < 2:
                    return TrendEmpty(QCoreApplication.translate("CollectorViews",
                        "Trends need two campaigns or more in this collector database, and it holds only %1. "
                        "Import another campaign's summaries here (candor ingest with that campaign's policy), then "
                        "add its policy below.").replace("%1", ", ".join(held) or current), self)
                others = ", ".join(campaign for campaign in held if campaign != current)
                return TrendEmpty(QCoreApplication.translate("CollectorViews",
                    "This database also holds %1. Each campaign is counted under its own policy: add the policy "
                    "file of each earlier campaign (oldest first) to compare it with %2.").replace(
                    "%1", others).replace("%2", current), self)
            with self._open() as store, ExitStack() as releases:
                campaigns = []
                for content in usable:
                    policy = content.policy.policy
                    report = build_report(campaign_counts(store, content), lang=self.lang)
                    ledger = ReleaseLedger(store, policy.privacy.min_group_size)
                    releases.enter_context(ledger.releasing(policy.campaign.id, report, DASHBOARD))
                    campaigns.append(Campaign(policy.campaign.id, report, str(content.questionnaire.version)))
                return TrendPage(TrendView(trends(campaigns)), self)
        except ReleaseRefused as refused:
            return HeldBackNotice(refused.refusal)
        except CandorError as exc:
            return TrendEmpty(QCoreApplication.translate(
                "CollectorViews", "The trends cannot be shown: %1").replace("%1", str(exc)), self)


class _TrendBase(QWidget):
    """A heading, the content, and the button that adds an earlier campaign's policy (its words in the
    CollectorViews context: ``self.tr`` would look them up under each subclass's name)."""

    def __init__(self, views: CampaignViews, parent: QWidget | None = None):
        super().__init__(parent)
        self.views = views
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("CollectorViews", "Trends across campaigns"))
        heading.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        mark_heading(heading, 2)
        self.layout_.addWidget(heading)
        translate = QCoreApplication.translate
        self.add_button = QPushButton(translate("CollectorViews", "&Add an earlier campaign's policy…"))
        self.add_button.setAccessibleName(translate("CollectorViews", "Add an earlier campaign's policy"))
        self.add_button.clicked.connect(self.choose_policy)
        self.problem = QLabel()
        self.problem.setObjectName("trendProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def choose_policy(self) -> None:
        path = self.views.prompts.within(self).open_file(
            QCoreApplication.translate("CollectorViews", "Open an earlier campaign's policy"),
            QCoreApplication.translate("CollectorViews", "Policy (*.toml);;All files (*)"))
        if path:
            self.add_policy(path)

    def add_policy(self, path: str) -> None:
        problem = self.views.add_earlier(path)
        if problem:
            self.problem.setText(QCoreApplication.translate("CollectorViews", "That policy was not added: %1").replace(
                "%1", problem))
            self.problem.show()
            return
        window = self.window()
        if hasattr(window, "refresh_trends"):
            window.refresh_trends()


class TrendEmpty(_TrendBase):
    def __init__(self, message: str, views: CampaignViews, parent: QWidget | None = None):
        super().__init__(views, parent)
        self.setObjectName("trendEmpty")
        self.message = QLabel(message)
        self.message.setObjectName("trendEmptyMessage")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)


class TrendPage(_TrendBase):
    def __init__(self, view: TrendView, views: CampaignViews, parent: QWidget | None = None):
        super().__init__(views, parent)
        self.setObjectName("trendPage")
        self.view = view
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(view, 1)


