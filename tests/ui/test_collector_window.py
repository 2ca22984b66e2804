"""The collector window as a compliance analyst uses it: import, rejected files, cancel, dashboard."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from desktop.collector.store import CollectorStore
from desktop.commands.demo import write_demo_summaries
from desktop.core.content import load_content
from desktop.core.policy import Policy
from desktop.ui.collector.import_worker import ImportWorker
from tests.ui.collector_flows import releases
from tests.ui.screen_text import label_and_table_text


@pytest.fixture
def setting(tmp_path, isolated_locations):
    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = '
                                          f'"{identity.to_public()}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    return identity, content


def demo(tmp_path: Path, setting, n: int) -> Path:
    identity, content = setting
    out = tmp_path / f"in-{n}"
    write_demo_summaries(n, out, recipient=str(identity.to_public()), policy=content.policy.policy, seed=3)
    return out


def test_import_lists_rejected_files_and_shows_the_dashboard(open_collector, qtbot, tmp_path, setting):
    window, store_dir = open_collector(*setting)
    assert "No summaries imported yet" in label_and_table_text(window.dashboard)
    folder = demo(tmp_path, setting, 60)
    (folder / "junk.age").write_bytes(b"this is not an age file")
    with qtbot.waitSignal(window.import_done, timeout=30000) as done:
        window.start_import([folder])
    result = done.args[0]
    assert result.imported == 60 and len(result.rejected) == 1
    assert window.status.text().startswith("Imported 60, replaced 0, rejected 1.")
    assert window.rejected.isVisible() and window.rejected.item(0, 0).text().endswith("junk.age")
    reason = window.rejected.item(0, 1)
    assert reason.text() == "This is not a Candor summary."
    assert "neither an encrypted (age) file nor" in reason.toolTip()  # the checker's finding, on hover
    assert window.dashboard.objectName() == "collectorDashboard"
    assert "60 respondents" in label_and_table_text(window.dashboard)
    # The overview leads with the headline figures, each an estimate with its interval.
    headline = next(table for table in window.dashboard.findChildren(QTableWidget)
                    if table.accessibleName() == "Headline findings")
    assert [headline.item(r, 0).text() for r in range(2)] == [
        "Used at least one AI tool that is not approved",
        "Put sensitive data into an unapproved tool or a personal account"]
    assert all("–" in headline.item(r, 1).text() for r in range(2))  # "48% (35–61%)"
    with CollectorStore.open(store_dir) as store:
        assert store.count("2026-q4") == 60

    with qtbot.waitSignal(window.import_done, timeout=30000) as again:
        window.start_import([folder])
    assert again.args[0].imported == 0 and again.args[0].unchanged == 60


def test_cancel_keeps_nothing_from_the_import(open_collector, qtbot, tmp_path, setting, monkeypatch):
    window, store_dir = open_collector(*setting)
    folder = demo(tmp_path, setting, 20)
    original = ImportWorker.run

    def cancelled_first(self):
        self.cancel()  # the analyst pressed Cancel before the first file was done
        original(self)

    monkeypatch.setattr(ImportWorker, "run", cancelled_first)
    with qtbot.waitSignal(window.import_done, timeout=30000) as done:
        window.start_import([folder])
    assert done.args[0].cancelled
    assert window.status.text() == "Import cancelled. Nothing was changed."
    with CollectorStore.open(store_dir) as store:
        assert store.count() == 0


def test_small_groups_are_marked_withheld_never_blank(open_collector, qtbot, tmp_path, setting):
    window, _ = open_collector(*setting)
    folder = demo(tmp_path, setting, 4)  # fewer than k = 5
    with qtbot.waitSignal(window.import_done, timeout=30000):
        window.start_import([folder])
    shown = label_and_table_text(window.dashboard)
    assert "fewer than 5 people" in shown
    assert Policy.defaults().privacy.min_group_size == 5


def test_dashboard_breaks_data_down_by_status_and_account_when_not_randomized(qtbot, tmp_path, isolated_locations):
    from desktop.collector.aggregate import aggregate
    from desktop.ui.collector.dashboard import Dashboard

    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(
        f'[campaign]\nid = "2026-q4"\n[privacy]\nrandomized_response = false\n'
        f'[submission]\nrecipient = "{identity.to_public()}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    folder = tmp_path / "plain"
    write_demo_summaries(300, folder, recipient=str(identity.to_public()), policy=content.policy.policy, seed=4)
    store_dir = tmp_path / "c"
    from desktop.collector.ingest import ingest

    with CollectorStore.open(store_dir) as store:
        ingest([folder], [identity], "2026-q4", store)
        summaries = list(store.summaries("2026-q4"))
    dashboard = Dashboard(aggregate(summaries, content.questionnaire, content.catalog, content.policy.policy))
    qtbot.addWidget(dashboard)
    names = [table.accessibleName() for table in dashboard.findChildren(QTableWidget)]
    assert "By the tool's status under the policy" in names and "By kind of account" in names
    assert "Unapproved use by kind of tool" in names


def test_an_import_counts_the_campaign_in_its_own_thread_for_the_dashboard(open_collector, qtbot, tmp_path, setting,
        monkeypatch):
    from desktop.collector import tally_cache
    from desktop.collector.tally import Tally

    window, store_dir = open_collector(*setting)
    folder = demo(tmp_path, setting, 12)
    with qtbot.waitSignal(window.import_done, timeout=30000):
        window.start_import([folder])
    _identity, content = setting
    with CollectorStore.open(store_dir) as store:
        key = tally_cache.fingerprint(store, "2026-q4", Tally(content.questionnaire, content.catalog,
                                                              content.policy.policy))
        assert store.stored_tally("2026-q4", key) is not None  # counted by the import, not by the UI
    # Reopening the dashboard reads those counts: no summary is parsed again.
    monkeypatch.setattr(CollectorStore, "summaries", lambda *_a, **_k: pytest.fail("summaries were read"))
    window.refresh_dashboard()
    assert "12 respondents" in label_and_table_text(window.dashboard)


# --- the release ledger: figures shown are released, and held back when too close to earlier ones ------


@pytest.fixture
def units_setting(tmp_path, isolated_locations):
    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(
        f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = "{identity.to_public()}"\n'
        '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n[[org_units]]\ncode = "it"\nlabel = "IT"\n')
    return identity, load_content(None, env={}, locations=isolated_locations)


def import_as_user(qtbot, window, folder: Path) -> None:
    """Import summaries as the analyst does: Import summaries, then A folder…, then the folder."""
    window.prompts.files.append(folder)
    with qtbot.waitSignal(window.import_done, timeout=30000):
        window.import_folder_action.trigger()
    assert window.prompts.asked[-1] == ("open_folder", "Choose the folder with the summaries", "", "")
    qtbot.waitUntil(lambda: window.dashboard.isVisible())


def arrivals(tmp_path: Path, setting, count: int, unit: str | None = None) -> Path:
    """``count`` more employees' summaries (like a demo one, under fresh submission ids) in a new folder."""
    import json
    import secrets

    from desktop.exchange.envelope import encrypt_summary, summary_file_name

    identity, content = setting
    source = tmp_path / "like"
    if not source.exists():
        write_demo_summaries(1, source, recipient=str(identity.to_public()), policy=content.policy.policy, seed=11)
    like = json.loads(pyrage.decrypt(next(source.glob("*.age")).read_bytes(), [identity]))
    folder = tmp_path / f"late-{secrets.token_hex(4)}"
    folder.mkdir()
    for _ in range(count):
        group = {key: value for key, value in like.get("group", {}).items() if key != "org_unit"}
        summary = dict(like, submission_id=secrets.token_hex(16), group={**group, **({"org_unit": unit} if unit
                                                                                      else {})})
        (folder / summary_file_name("2026-q4")).write_bytes(
            encrypt_summary(json.dumps(summary).encode(), str(identity.to_public())))
    return folder


def test_one_more_summary_holds_the_dashboard_figures_back_with_a_notice(open_collector, qtbot, tmp_path, setting):
    window, store_dir = open_collector(*setting, reports=True)
    import_as_user(qtbot, window, demo(tmp_path, setting, 60))
    assert "60 respondents" in label_and_table_text(window.dashboard)
    shown = releases(store_dir, setting[1])
    assert [(r.output, r.members) for r in shown] == [("dashboard", 60)]  # seeing the figures released them

    import_as_user(qtbot, window, arrivals(tmp_path, setting, 1))
    notice = window.dashboard
    assert notice.objectName() == "releaseRefused" and notice.isVisible()
    words = label_and_table_text(notice)
    assert "New figures are held back to protect a few people" in words
    assert "Only 1 new summary has come in since figures were last released" in words
    assert "that person's answers" in words
    assert "4 more summaries must be imported before new figures can be shown." in words
    assert "The last released figures were shown on this dashboard on " in words
    assert "respondents" not in words  # no figure of the new set is on screen
    assert window.status.text().startswith("Imported 1, replaced 0, rejected 0.")

    import_as_user(qtbot, window, arrivals(tmp_path, setting, 3))
    assert "1 more summary must be imported" in label_and_table_text(window.dashboard)
    import_as_user(qtbot, window, arrivals(tmp_path, setting, 1))
    assert window.dashboard.objectName() == "collectorDashboard"
    assert "65 respondents" in label_and_table_text(window.dashboard)
    assert [r.members for r in releases(store_dir, setting[1])] == [60, 65]


def test_the_held_back_notice_survives_a_restart_and_names_the_saved_report(open_collector, qtbot, tmp_path, setting):
    window, store_dir = open_collector(*setting, reports=True)
    import_as_user(qtbot, window, demo(tmp_path, setting, 30))
    saved = tmp_path / "q4.html"
    window.prompts.files.append(saved)
    window.report_button.menu().actions()[0].trigger()  # Export report > HTML report…
    assert window.prompts.asked[-1] == ("save_file", "Save the report", "candor-report-2026-q4.html",
                                        "Web page (*.html)")
    assert saved.is_file() and window.status.text() == f"Report saved to {saved}."
    import_as_user(qtbot, window, arrivals(tmp_path, setting, 2))
    window.close()

    again, _ = open_collector(*setting, reports=True)  # the next day: a new window, the same database
    words = label_and_table_text(again.dashboard)
    assert again.dashboard.objectName() == "releaseRefused"
    assert "Only the summaries of 2 people differ from those behind the figures released last" in words
    assert "those people's answers" in words
    assert "3 more summaries must be imported" in words
    assert f"The last released figures are in the HTML report saved as {saved} on " in words


def test_exporting_goes_through_the_ledger_too(open_collector, qtbot, tmp_path, setting):
    window, store_dir = open_collector(*setting, reports=True)
    import_as_user(qtbot, window, demo(tmp_path, setting, 30))
    with CollectorStore.open(store_dir) as store:  # `candor ingest` adds one behind the window's back
        from desktop.collector.ingest import ingest

        ingest([arrivals(tmp_path, setting, 1)], [setting[0]], "2026-q4", store)
    late = tmp_path / "late.csv"
    window.prompts.files.append(late)
    window.report_button.menu().actions()[2].trigger()  # Export report > CSV tables…
    [(kind, title, text)] = window.prompts.shown
    heading, details = text.split("\n\n", 1)
    assert (kind, title) == ("notice", "The report was not saved")
    assert heading == "New figures are held back to protect a few people"
    assert "Only 1 new summary has come in" in details
    assert "4 more summaries must be imported" in details
    assert not late.exists()
    assert [r.output for r in releases(store_dir, setting[1])] == ["dashboard"]


def test_each_org_unit_view_is_a_release_of_its_own(open_collector, qtbot, tmp_path, units_setting):
    window, store_dir = open_collector(*units_setting, reports=True)
    assert window.scope_box.isVisible()
    assert [window.scope_box.itemText(i) for i in range(window.scope_box.count())] == [
        "The whole campaign", "Sales", "IT"]
    import_as_user(qtbot, window, demo(tmp_path, units_setting, 80))
    window.scope_box.setFocus()
    qtbot.keyClick(window.scope_box, Qt.Key.Key_Down)  # the analyst picks Sales
    assert window.scope == "sales"
    qtbot.waitUntil(lambda: window.dashboard.isVisible())
    assert window.dashboard.objectName() == "collectorDashboard" and window.dashboard.report.org_unit == "sales"
    sales = releases(store_dir, units_setting[1], "sales")
    assert len(sales) == 1 and sales[0].output == "dashboard"

    import_as_user(qtbot, window, arrivals(tmp_path, units_setting, 1, unit="it"))
    assert window.dashboard.objectName() == "collectorDashboard"  # Sales did not change: its figures stay
    qtbot.keyClick(window.scope_box, Qt.Key.Key_Up)  # back to the whole campaign: one more since then
    assert window.scope is None and window.dashboard.objectName() == "releaseRefused"
    qtbot.keyClick(window.scope_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.scope_box, Qt.Key.Key_Down)  # IT: never shown before, so nothing to compare with
    assert window.scope == "it" and window.dashboard.objectName() == "collectorDashboard"
    assert [r.scope for r in releases(store_dir, units_setting[1], "it")] == ["org_unit:it"]
