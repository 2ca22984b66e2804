"""The collector window as a compliance analyst uses it: import, rejected files, cancel, dashboard."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from desktop.collector.store import CollectorStore
from desktop.core.content import load_content
from desktop.core.policy import Policy
from desktop.demo_cmd import write_demo_summaries
from desktop.ui.collector.app import dashboard_builder
from desktop.ui.collector.import_worker import ImportWorker
from desktop.ui.collector.window import CollectorWindow


@pytest.fixture
def setting(tmp_path, isolated_locations):
    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = '
                                          f'"{identity.to_public()}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    return identity, content


def make_window(qtbot, tmp_path, setting):
    identity, content = setting
    store_dir = tmp_path / "collector"
    window = CollectorWindow("2026-q4", store_dir, [identity], dashboard_builder(content, store_dir))
    qtbot.addWidget(window)
    window.show()
    return window, store_dir


def demo(tmp_path: Path, setting, n: int) -> Path:
    identity, content = setting
    out = tmp_path / f"in-{n}"
    write_demo_summaries(n, out, recipient=str(identity.to_public()), policy=content.policy.policy, seed=3)
    return out


def texts(widget) -> str:
    labels = ([widget] if isinstance(widget, QLabel) else []) + widget.findChildren(QLabel)
    parts = [label.text() for label in labels]
    for table in widget.findChildren(QTableWidget):
        parts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c)]
    return "\n".join(parts)


def test_import_lists_rejected_files_and_shows_the_dashboard(qtbot, tmp_path, setting):
    window, store_dir = make_window(qtbot, tmp_path, setting)
    assert "No summaries imported yet" in texts(window.dashboard)
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
    assert "60 respondents" in texts(window.dashboard)
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


def test_cancel_keeps_nothing_from_the_import(qtbot, tmp_path, setting, monkeypatch):
    window, store_dir = make_window(qtbot, tmp_path, setting)
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


def test_small_groups_are_marked_withheld_never_blank(qtbot, tmp_path, setting):
    window, _ = make_window(qtbot, tmp_path, setting)
    folder = demo(tmp_path, setting, 4)  # fewer than k = 5
    with qtbot.waitSignal(window.import_done, timeout=30000):
        window.start_import([folder])
    shown = texts(window.dashboard)
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


def test_an_import_counts_the_campaign_in_its_own_thread_for_the_dashboard(qtbot, tmp_path, setting, monkeypatch):
    from desktop.collector import tally_cache
    from desktop.collector.aggregate import Tally

    window, store_dir = make_window(qtbot, tmp_path, setting)
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
    assert "12 respondents" in texts(window.dashboard)
