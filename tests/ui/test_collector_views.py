"""The collector window's other views, used as an analyst would: org units side by side, trends across campaigns.

Both are tabs beside the figures (mouse), reachable with Ctrl+2 / Ctrl+3 from the View menu (keyboard);
each opens on a heading, and the trend view says what to do while the database holds one campaign.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from desktop.collector.aggregate import build_report
from desktop.collector.ingest import ingest
from desktop.collector.report_csv import rows as csv_rows
from desktop.collector.store import CollectorStore
from desktop.collector.tally_cache import counted
from desktop.collector.unit_compare import KEYS, with_units
from desktop.collector.unit_report import TABLE
from desktop.commands.demo import write_demo_summaries
from desktop.core.content import Content, load_content
from desktop.core.policy import Policy
from desktop.ui.accessibility import heading_level
from desktop.ui.collector.app import dashboard_builder
from desktop.ui.collector.views import CampaignViews
from desktop.ui.collector.window import CollectorWindow
from tests.ui.conftest import ScriptedPrompts
from tests.ui.flows import activate, press

UNITS = """
[[org_units]]
code = "eng"
label = "Engineering"
[[org_units]]
code = "sales"
label = "Sales"
[[org_units]]
code = "ops"
label = "Operations"
[[org_units]]
code = "legal"
label = "Legal"
"""


@pytest.fixture
def english():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def policy_file(tmp_path: Path, campaign: str, recipient: str) -> Path:
    path = tmp_path / f"{campaign}.toml"
    path.write_text(f'[campaign]\nid = "{campaign}"\n[submission]\nrecipient = "{recipient}"\n{UNITS}')
    return path


def campaign(tmp_path: Path, identity, campaign_id: str, n: int, seed: int) -> tuple[Content, Path]:
    path = policy_file(tmp_path, campaign_id, str(identity.to_public()))
    content = load_content(str(path), env={})
    out = tmp_path / f"in-{campaign_id}"
    write_demo_summaries(n, out, recipient=str(identity.to_public()), policy=content.policy.policy, seed=seed)
    return content, out


@pytest.fixture
def two_campaigns(tmp_path):
    identity = pyrage.x25519.Identity.generate()
    earlier = campaign(tmp_path, identity, "2026-q3", 240, 1)
    later = campaign(tmp_path, identity, "2026-q4", 240, 2)
    store_dir = tmp_path / "collector"
    with CollectorStore.open(store_dir) as store:
        for content, folder in (earlier, later):
            result = ingest([folder], [identity], content.policy.policy.campaign.id, store, workers=0)
            assert result.imported == 240
    return identity, earlier[0], later[0], store_dir


def open_window(qtbot, identity, content: Content, store_dir: Path, earlier=()) -> CollectorWindow:
    policy: Policy = content.policy.policy
    prompts = ScriptedPrompts()  # one script for the window's questions and its views' (window.prompts)
    window = CollectorWindow(policy.campaign.id, store_dir, [identity], dashboard_builder(content, store_dir),
                             views=CampaignViews(content, store_dir, keys=None, earlier=earlier, prompts=prompts),
                             prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    return window


def labels(widget) -> list[QLabel]:
    return widget.findChildren(QLabel)


def headings(widget) -> list[tuple[int, str]]:
    return [(heading_level(label), label.text()) for label in labels(widget) if heading_level(label)]


def test_the_units_view_opens_from_the_tab_and_from_the_keyboard(qtbot, two_campaigns, english):
    identity, _earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir)
    tabs = window.views
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Fi&gures", "Org &units side by side",
                                                             "Tre&nds across campaigns"]
    assert tabs.accessibleName() == "Views"
    # The mouse: click the tab.
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: tabs.currentWidget().objectName() == "unitsView")
    view = tabs.currentWidget()
    assert (2, "Org units side by side") in headings(view)
    assert not window.scope_box.isVisible()  # the whole campaign's units: no scope to choose
    table = view.findChild(QTableWidget, "unitsTable")
    assert table.accessibleName() == "Headline figures by org unit"
    first = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert first[0] == "The whole campaign" and "Engineering" in first and "Not stated" in first
    # The keyboard: back to the figures with Ctrl+1, to the units with Ctrl+2 and with the tab's Alt+U.
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 0)
    assert window.scope_box.isVisible()
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 0)
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1)


def test_the_units_view_is_counted_off_the_ui_thread_behind_a_busy_page(qtbot, two_campaigns, english):
    import threading

    from PySide6.QtWidgets import QProgressBar

    identity, _earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir)
    views = window.view_builders[0][1]
    go_on, threads = threading.Event(), []
    counting = views.count

    def held_back_count():  # the count waits for the test, so the busy page can be looked at
        threads.append(threading.current_thread())
        assert go_on.wait(30)
        return counting()

    window.view_builders[0] = (window.view_builders[0][0], dataclasses.replace(views, count=held_back_count))
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(threads))
    busy = window.views.currentWidget()
    assert busy.objectName() == "viewBusy" and busy.isVisible()
    assert "Counting… the view appears here when it is ready." in [label.text() for label in labels(busy)]
    bar = busy.findChild(QProgressBar)
    assert bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 0) and bar.accessibleName()
    assert threads[0] is not threading.main_thread()
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the window still answers the keyboard
    qtbot.waitUntil(lambda: window.views.currentIndex() == 0)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.views.currentIndex() == 1)
    assert len(threads) == 1  # coming back does not count again
    go_on.set()
    qtbot.waitUntil(lambda: window.views.currentWidget().objectName() == "unitsView")
    assert window.views.currentWidget().table.rowCount() > 1
    from tests.ui.collector_flows import releases
    assert [r.output for r in releases(store_dir, later, "eng")] == ["dashboard"]  # released by the count


def test_a_count_overtaken_by_an_import_is_not_shown(qtbot, two_campaigns, english):
    identity, _earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir)
    window.views.setCurrentIndex(1)
    first = window.counting[1]
    window.refresh_dashboard()  # as after an import: the tab on screen is counted again
    second = window.counting[1]
    assert second is not first
    qtbot.waitUntil(lambda: window.views.currentWidget().objectName() == "unitsView")
    shown = window.views.currentWidget()
    window._view_counted(first, "an old count")  # the first count's result, late: dropped
    assert window.views.currentWidget() is shown


def test_the_units_view_and_the_reports_agree_figure_for_figure(qtbot, two_campaigns, english):
    identity, _earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir)
    window.views.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.views.currentWidget().objectName() == "unitsView")
    view = window.views.currentWidget()
    with CollectorStore.open(store_dir) as store:
        policy = later.policy.policy
        counts = counted(store, policy.campaign.id, later.questionnaire, later.catalog, policy)
        report = with_units(build_report(counts), counts)
    from desktop.ui.collector.figure_words import figure_text
    comparison = report.units
    assert view.table_rows[0][2:] == [figure_text(comparison.whole[key], report.k) for key in KEYS]
    for shown, row in zip(view.table_rows[1:], comparison.rows, strict=True):
        assert shown[2:] == [figure_text(row.figures[key], report.k) for key in KEYS]
    file_rows = {(row["row"], row["column"]): row for row in csv_rows(report) if row["table"] == TABLE}
    units = [row for row in comparison.rows if not row.members and row.code != "not_stated"]
    for panel, key in zip(view.panels, KEYS, strict=True):
        for line, row in zip(panel.table_text(), units, strict=True):
            figure = row.figures[key]
            assert line[1] == figure_text(figure, report.k)
            assert file_rows[(row.code, key)]["suppressed"] == ("yes" if figure.suppressed else "no")
            if figure.shown:
                assert float(file_rows[(row.code, key)]["estimate"]) == pytest.approx(figure.estimate, abs=1e-6)


def test_one_campaign_gives_a_clear_empty_trend_view(qtbot, tmp_path, english):
    identity = pyrage.x25519.Identity.generate()
    content, folder = campaign(tmp_path, identity, "2026-q4", 60, 3)
    store_dir = tmp_path / "collector"
    with CollectorStore.open(store_dir) as store:
        ingest([folder], [identity], "2026-q4", store, workers=0)
    window = open_window(qtbot, identity, content, store_dir)
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.views.currentWidget().objectName() == "trendEmpty")
    page = window.views.currentWidget()
    assert (2, "Trends across campaigns") in headings(page)
    message = page.findChild(QLabel, "trendEmptyMessage").text()
    assert "two campaigns or more" in message and "holds only 2026-q4" in message
    assert page.add_button.accessibleName() == "Add an earlier campaign's policy"


def test_adding_the_earlier_policy_shows_the_trend(qtbot, two_campaigns, tmp_path, english):
    identity, earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir)
    window.views.setCurrentIndex(2)
    page = window.views.currentWidget()
    assert "also holds 2026-q3" in page.findChild(QLabel, "trendEmptyMessage").text()
    window.prompts.files += [tmp_path / "nothing.toml", tmp_path / "2026-q3.toml"]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.prompts.asked[-1] == ("open_file", "Open an earlier campaign's policy", "",
                                       "Policy (*.toml);;All files (*)")
    assert page.problem.isVisible() and "was not added" in page.problem.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.views.currentWidget().objectName() == "trendPage")
    trend = window.views.currentWidget().view
    rows = trend.panels[0].table_text()
    assert rows[0][0] == "Used at least one AI tool that is not approved"
    assert "points" in rows[0][3] or "not compared" in rows[0][3]
    assert (2, "Trends across campaigns") in headings(window.views.currentWidget())


def test_the_trend_from_the_command_line_opens_at_once(qtbot, two_campaigns, english):
    identity, earlier, later, store_dir = two_campaigns
    window = open_window(qtbot, identity, later, store_dir, earlier=[earlier])
    window.views.setCurrentIndex(2)
    page = window.views.currentWidget()
    assert page.objectName() == "trendPage"
    assert page.view.panels and page.view.panels[0].title.text() == "<b>From 2026-q3 to 2026-q4</b>"
