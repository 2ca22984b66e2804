"""Start the collector: the effective policy's campaign, the compliance key, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.collector.aggregate import build_report
from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.db_key import CollectorKeys
from desktop.collector.ledger import DASHBOARD, ReleaseLedger, ReleaseRefused
from desktop.collector.report_model import Report
from desktop.collector.store import CollectorStore, collector_dir
from desktop.collector.turnout import with_turnout
from desktop.collector.unit_compare import releasing_units, with_units
from desktop.core.content import Content, load_content, with_campaign_policy
from desktop.core.errors import CandorError
from desktop.exchange.identity import load_identity_from_keyring, read_identities
from desktop.ui.app import configure_application
from desktop.ui.collector.dashboard import Dashboard
from desktop.ui.collector.held_back import HeldBackNotice, held_back_texts
from desktop.ui.collector.unlock import CollectorUnlock
from desktop.ui.collector.view_parts import empty_page
from desktop.ui.collector.views import CampaignViews, campaign_counts
from desktop.ui.collector.window import CollectorWindow
from desktop.ui.formatting import integer
from desktop.ui.i18n import choose_language, install_translators
from desktop.ui.prompts import Prompts
from desktop.ui.unexpected_notice import install_window_notice


def campaign_turnout(report: Report, store: CollectorStore, content: Content, org_unit: str | None) -> Report:
    """The campaign-wide report with participation against the codes issued and the people invited (as
    ``candor report`` makes it); an org unit's report as it is."""
    if org_unit is not None:
        return report
    campaign = content.policy.policy.campaign
    return with_turnout(report, store, campaign.id, campaign.invited, store.count(campaign.id))


def release_ledger(store: CollectorStore, content: Content) -> ReleaseLedger:
    """The store's release ledger under the policy's minimum group size (see desktop/collector/ledger.py)."""
    return ReleaseLedger(store, content.policy.policy.privacy.min_group_size)


class CampaignDashboard:
    """Builds the dashboard (labels from the questionnaire in ``lang``; the report files stay English).

    Called with the org unit to show (None, or no argument: the whole campaign), as the collector
    window does; ``scopes`` lists what it can show. Figures shown are a release: each goes through
    the release ledger, which may hold them back (a notice then takes their place). ``prepare`` is
    the window's import counting the campaign in its own thread, so the dashboard that follows opens
    from kept counts. ``keys``: the collector database's key, unlocked at start (default: the OS keyring).
    """

    def __init__(self, content: Content, store_dir: Path, lang: str = "en", keys: CollectorKeys | None = None):
        self.content, self.store_dir, self.lang = content, store_dir, lang
        self.keys = keys if keys is not None else CollectorKeys()

    def scopes(self) -> list[tuple[str | None, str]]:
        """What the dashboard can show: the whole campaign, then each org unit of the policy."""
        units = [(unit.code, unit.label_in(self.lang)) for unit in self.content.policy.policy.org_units]
        return [(None, QCoreApplication.translate("CollectorApp", "The whole campaign")), *units]

    def __call__(self, org_unit: str | None = None) -> QWidget:
        policy = self.content.policy.policy
        try:
            with CollectorStore.open(self.store_dir, keys=self.keys) as store:
                if not store.count(policy.campaign.id):
                    return empty_page(QCoreApplication.translate(
                        "CollectorApp", "No summaries imported yet for this campaign. Use Import summaries to add "
                        "the files employees sent you; the dashboard appears here, showing only groups of at least "
                        "%1 people.").replace("%1", integer(policy.privacy.min_group_size)), "emptyDashboard")
                report = build_report(campaign_counts(store, self.content), org_unit=org_unit, lang=self.lang)
                report = campaign_turnout(report, store, self.content, org_unit)
                with release_ledger(store, self.content).releasing(policy.campaign.id, report, DASHBOARD):
                    return Dashboard(report)
        except ReleaseRefused as refused:
            return HeldBackNotice(refused.refusal)
        except CandorError as exc:  # the database cannot be read or written: say so where the figures go
            return empty_page(QCoreApplication.translate(
                "CollectorApp", "The dashboard cannot be shown: %1").replace("%1", str(exc)), "emptyDashboard")

    def prepare(self, store: CollectorStore) -> None:
        campaign_counts(store, self.content)


def dashboard_builder(content: Content, store_dir: Path, lang: str = "en",
                      keys: CollectorKeys | None = None) -> CampaignDashboard:
    return CampaignDashboard(content, store_dir, lang, keys)


def _suggested_name(campaign: str, output: str) -> str:
    if output == "tidy-csv":  # its notes go beside it, as candor-figures-<campaign>-notes.csv
        return f"candor-figures-{campaign}.csv"
    return f"candor-report-{campaign}.{output}"


def report_actions(content: Content, store_dir: Path, parent_getter,
                   keys: CollectorKeys | None = None) -> list[tuple[str, Callable[[], None]]]:
    """Menu entries that write the report of what the window shows (the whole campaign or one org unit) in
    each format, through a Save dialog and the release ledger. ``parent_getter`` gives the window: its
    ``prompts`` ask where to save and say what went wrong, its ``scope`` and ``status`` are used too."""
    from desktop.collector.report_csv import write_csv
    from desktop.collector.report_html import write_html
    from desktop.collector.report_json import write_json
    from desktop.collector.report_tidy import write_tidy
    from desktop.collector.report_xlsx import write_xlsx
    from desktop.ui.collector.report_pdf import write_pdf

    policy = content.policy.policy
    organization = policy.organization.name
    keys = keys if keys is not None else CollectorKeys()
    writers = [
        (QCoreApplication.translate("CollectorApp", "HTML report…"), "html",
         QCoreApplication.translate("CollectorApp", "Web page (*.html)"),
         lambda r, p: write_html(r, p, organization=organization)),
        (QCoreApplication.translate("CollectorApp", "PDF report…"), "pdf",
         QCoreApplication.translate("CollectorApp", "PDF document (*.pdf)"),
         lambda r, p: write_pdf(r, p, organization=organization)),
        (QCoreApplication.translate("CollectorApp", "CSV tables…"), "csv",
         QCoreApplication.translate("CollectorApp", "CSV tables (*.csv)"), write_csv),
        (QCoreApplication.translate("CollectorApp", "Spreadsheet…"), "xlsx",
         QCoreApplication.translate("CollectorApp", "Excel workbook (*.xlsx)"), write_xlsx),
        (QCoreApplication.translate("CollectorApp", "Tidy CSV for analysis…"), "tidy-csv",
         QCoreApplication.translate("CollectorApp", "CSV, codes and numbers only (*.csv)"), write_tidy),
        (QCoreApplication.translate("CollectorApp", "JSON for automation…"), "json",
         QCoreApplication.translate("CollectorApp", "JSON (*.json)"), write_json),
    ]

    def make(suffix, file_filter, write):
        def action() -> None:
            parent = parent_getter()
            path = parent.prompts.save_file(QCoreApplication.translate("CollectorApp", "Save the report"),
                                            _suggested_name(policy.campaign.id, suffix), file_filter)
            if not path:
                return
            org_unit = getattr(parent, "scope", None)  # the part of the organization the window shows
            title = QCoreApplication.translate("CollectorApp", "The report was not saved")
            try:
                with CollectorStore.open(store_dir, keys=keys) as store:
                    counts = campaign_counts(store, content)
                    report = build_report(counts, org_unit=org_unit)
                    report = campaign_turnout(report, store, content, org_unit)
                    report = with_units(report, counts)
                    ledger = release_ledger(store, content)
                    with ledger.releasing(policy.campaign.id, report, suffix, path), \
                            releasing_units(ledger, policy.campaign.id, report, suffix, path):
                        write(report, path)
            except ReleaseRefused as refused:
                heading, paragraphs = held_back_texts(refused.refusal)
                parent.prompts.notice(title, heading, "\n\n".join(paragraphs), "reportRefused")
                return
            except CandorError as exc:
                parent.prompts.warn(title, str(exc))
                return
            parent.status.setText(QCoreApplication.translate("CollectorApp", "Report saved to %1.").replace(
                "%1", path))
        return action

    return [(label, make(suffix, file_filter, write)) for label, suffix, file_filter, write in writers]


def load_identities(identity_file: str | None, prompts: Prompts):
    """The compliance key: the file named, else the keyring, else the analyst picks the file."""
    if identity_file:
        return read_identities(identity_file)
    try:
        return [load_identity_from_keyring()]
    except CandorError:
        path = prompts.open_file(
            QCoreApplication.translate("CollectorApp", "Open your compliance key file"),
            QCoreApplication.translate("CollectorApp", "age identity (*.txt *.key);;All files (*)"))
        return read_identities(path) if path else None


def run_collector(data_dir: str | None = None, policy_flag: str | None = None,
                  identity_file: str | None = None, lang: str | None = None,
                  passphrase_file: str | None = None, prompts: Prompts | None = None,
                  trend: list[str] | None = None) -> int:
    os.umask(0o077)
    asks = prompts or Prompts()  # no window yet: its dialogs stand alone, until the window's own take over
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    configure_application(app)
    language = choose_language(lang, None)  # --lang, else the system's language when Candor ships it
    install_translators(app, language)
    try:
        content = load_content(policy_flag)
        # Each earlier campaign's policy is its own file over the other sources as they were just read.
        earlier = [with_campaign_policy(content, flag) for flag in trend or ()]
        for flag, found in zip(trend or (), earlier, strict=True):
            if found.policy.problems:
                raise CandorError(f"the --trend policy {flag} has problems; `candor policy check {flag}` explains "
                                  "each")
        identities = load_identities(identity_file, asks)
        store_dir = collector_dir(data_dir)
        keys = CollectorKeys.from_environment(passphrase_file)
    except CandorError as exc:
        asks.error(QCoreApplication.translate("CollectorApp", "Candor collector cannot start"), str(exc))
        print(f"candor: {exc}", file=sys.stderr)
        return 1
    if not identities:
        print("candor: no compliance key; start with --identity FILE or store one with 'candor keys new'",
              file=sys.stderr)
        return 1
    # The collector database is sealed: unlock it (or set up its key) now, asking for a passphrase if need be,
    # so the window and its import thread find the key in ``keys``.
    unlock = CollectorUnlock(store_dir, keys, asks)
    if not unlock.open():
        print(f"candor: {unlock.problem}", file=sys.stderr)
        return 1
    holder: list[CollectorWindow] = []
    rules = CampaignRules.for_policy(content.questionnaire, content.catalog, content.policy.policy)
    window = CollectorWindow(content.policy.policy.campaign.id, store_dir, identities,
                             dashboard_builder(content, store_dir, language, keys),
                             report_actions(content, store_dir, lambda: holder[0], keys),
                             rules=rules, keys=keys, prompts=asks,
                             views=CampaignViews(content, store_dir, language, keys, earlier, asks))
    holder.append(window)
    restore_hooks = install_window_notice(window.prompts)
    window.show()
    try:
        return app.exec()
    finally:
        restore_hooks()
