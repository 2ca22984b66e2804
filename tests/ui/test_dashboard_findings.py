"""The dashboard leads with the HTML report's findings, and its charts draw what the report says, figure for figure."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from desktop.collector import headlines as heads
from desktop.collector.report_text import findings, interval_text, percent
from desktop.ui.collector.dashboard import Dashboard
from desktop.ui.collector.figure_words import figure_text as dashboard_text
from desktop.ui.interval_chart import drawn_figures
from tests.ui.dashboard_cases import hand_report
from tests.ui.screen_text import label_and_table_text


@pytest.fixture
def english():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def hand_dashboard(qtbot, english):
    """The hand-built report and its dashboard, in English."""
    report = hand_report()
    dashboard = Dashboard(report)
    qtbot.addWidget(dashboard)
    return report, dashboard


def _table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_overview_opens_on_the_findings_with_interval_and_n(hand_dashboard):
    report, dashboard = hand_dashboard
    from PySide6.QtWidgets import QTableWidget
    table = dashboard.findChild(QTableWidget, "headlineFindings")
    rows = _table_rows(table)
    assert rows[0][0] == "Used at least one AI tool that is not approved"
    assert rows[1][0] == "Put sensitive data into an unapproved tool or a personal account"
    sentences = " ".join(findings(report))
    for row, headline in zip(rows, dashboard.headlines, strict=True):
        figure = headline.figure
        if figure.shown and figure.kind == "share":
            assert percent(figure.estimate) in row[1]
            if figure.ci_low is not None:
                low, high = interval_text(figure).split("–")
                assert f"({low}–{high})" in row[1]
            assert row[2] == f"{figure.n:,}"
            if heads.usable(figure):  # the HTML findings quote the same figure
                assert percent(figure.estimate) in sentences
        if figure.too_wide:
            assert "too uncertain to act on" in row[1]
        elif figure.suppressed:
            assert row[2] == "—"


def test_every_bar_carries_the_reports_interval_and_uncertain_ones_are_not_solid(hand_dashboard):
    report, dashboard = hand_dashboard
    drawn = drawn_figures(dashboard.tools_chart.view.chart())
    ranked = sorted(report.prevalence.by_tool,
                    key=lambda t: (t.unapproved_use.suppressed, -(t.unapproved_use.estimate or 0)))[:15]
    assert len(drawn) == len(ranked)
    for bar, tool in zip(drawn, ranked, strict=True):
        figure = tool.unapproved_use
        if figure.suppressed:
            assert bar.value == 0 and bar.low is None and "withheld" in bar.label
            continue
        assert bar.value == pytest.approx(figure.estimate * 100, abs=0.05)
        if figure.ci_low is not None:
            assert (bar.low, bar.high) == (pytest.approx(figure.ci_low * 100, abs=0.05),
                                           pytest.approx(figure.ci_high * 100, abs=0.05))
        assert bar.uncertain == figure.too_wide
    assert any(bar.uncertain for bar in drawn)  # the fixture has a too-wide estimate (Claude)
    axis = dashboard.tools_chart.view.chart().axes()[1]
    assert axis.titleText() == "Share of respondents (%)"


def test_headline_chart_matches_the_headline_table(hand_dashboard):
    report, dashboard = hand_dashboard
    drawn = drawn_figures(dashboard.headline_chart.view.chart())
    shares = [h for h in dashboard.headlines if h.figure.kind == "share"]
    assert [bar.label.removesuffix(" (withheld)") for bar in drawn] == [dashboard.headline_label(h) for h in shares]
    for bar, headline in zip(drawn, shares, strict=True):
        if headline.figure.shown:
            assert bar.value == pytest.approx(headline.figure.estimate * 100, abs=0.05)


def test_merged_groups_are_explained_and_spend_carries_its_interval(hand_dashboard):
    report, dashboard = hand_dashboard
    words = label_and_table_text(dashboard)
    assert f"Other units (together; each has fewer than {report.k} respondents)" in words
    total = report.spend.annual_total
    if total.shown and total.ci_low is not None and not total.banded:
        assert re.search(r"EUR[\s\d,]+ \(EUR[\s\d,]+ to EUR[\s\d,]+\)", words)


@pytest.mark.parametrize("rr", [True, False], ids=["randomized", "exact"])
def test_window_and_html_report_agree_figure_for_figure_on_a_real_campaign(qtbot, english, rr):
    from desktop.collector.aggregate import build_report
    from desktop.collector.report_html import render_html
    from desktop.collector.report_text import figure_text as html_text
    from desktop.collector.tally import tally
    from desktop.collector.unit_compare import with_units
    from tests.collector.built_summaries import built_summaries
    from tests.collector.suppression_cases import CATALOG, Q, make_policy

    policy = make_policy(rr=rr)
    counts = tally(built_summaries(Q, CATALOG, policy, 400, "agree"), Q, CATALOG, policy)
    report = with_units(build_report(counts), counts)
    dashboard = Dashboard(report)
    qtbot.addWidget(dashboard)
    page = render_html(report, organization="Acme")
    sentences = " ".join(findings(report))
    for headline in dashboard.headlines:  # each quotable headline is in the HTML findings with the same numbers
        if heads.usable(headline.figure) and headline.figure.kind == "share":
            assert percent(headline.figure.estimate) in sentences
            if headline.figure.ci_low is not None:
                assert interval_text(headline.figure) in sentences
    drawn = drawn_figures(dashboard.tools_chart.view.chart())
    ranked = sorted(report.prevalence.by_tool,
                    key=lambda t: (t.unapproved_use.suppressed, -(t.unapproved_use.estimate or 0)))[:15]
    for bar, tool in zip(drawn, ranked, strict=True):  # each bar is the HTML table's figure
        figure = tool.unapproved_use
        assert html_text(figure, report.k) in page
        if figure.shown:
            assert percent(bar.value / 100) == percent(figure.estimate)
            assert bar.uncertain == figure.too_wide
    # The workplace items (questionnaire 2): one chart per item, each bar the HTML table's figure.
    assert set(dashboard.workplace_charts) == {item.id for item in report.workplace.items} != set()
    for item in report.workplace.items:
        cells = item.options if hasattr(item, "options") else item.cells
        panel = dashboard.workplace_charts[item.id]
        drawn = drawn_figures(panel.view.chart())
        assert len(drawn) == len(cells)
        for bar, cell in zip(drawn, cells, strict=True):
            figure = cell.figure
            assert html_text(figure, report.k) in page
            if figure.shown:
                assert percent(bar.value / 100) == percent(figure.estimate)
                assert bar.uncertain == figure.too_wide
                if figure.ci_low is not None:
                    assert (bar.low, bar.high) == (pytest.approx(figure.ci_low * 100, abs=0.05),
                                                   pytest.approx(figure.ci_high * 100, abs=0.05))
            else:
                assert "withheld" in bar.label
        table_rows = _table_rows(panel.table)
        assert [row[1] for row in table_rows] == [
            dashboard_text(cell.figure, report.k) for cell in cells]
    # The same recommended actions, on the same figures, as the HTML report.
    from desktop.collector.actions import recommended_actions
    assert [a.code for a in dashboard.recommended] == [a.code for a in recommended_actions(report)]
    for action in dashboard.recommended:
        assert action.text in page
        for item in action.evidence:
            assert html_text(item.figure, report.k) in page

    _units_and_trend_agree(qtbot, report, page, policy, rr)


def _units_and_trend_agree(qtbot, report, page, policy, rr):
    """The units view and the trend view against the HTML and CSV files of the same figures."""
    import csv
    import io

    from desktop.collector import trends
    from desktop.collector.aggregate import aggregate
    from desktop.collector.report_csv import rows as csv_rows
    from desktop.collector.report_text import figure_text as html_text
    from desktop.collector.trend_report import trend_csv
    from desktop.collector.unit_compare import KEYS
    from desktop.collector.unit_report import TABLE
    from desktop.ui.collector.figure_words import figure_text
    from desktop.ui.collector.trend_view import TrendView, change_text
    from desktop.ui.collector.units_view import UnitsView
    from tests.collector.built_summaries import built_summaries
    from tests.collector.suppression_cases import CATALOG, Q

    comparison = report.units
    assert comparison is not None and any(row.figures[KEYS[0]].shown for row in comparison.rows)
    view = UnitsView(comparison)
    qtbot.addWidget(view)
    file_rows = {(row["row"], row["column"]): row for row in csv_rows(report) if row["table"] == TABLE}
    units = [row for row in comparison.rows if not row.members and row.code != "not_stated"]
    for panel, key in zip(view.panels, KEYS, strict=True):
        for bar, line, row in zip(drawn_figures(panel.view.chart()), panel.table_text(), units, strict=True):
            figure = row.figures[key]
            assert html_text(figure, report.k) in page
            assert file_rows[(row.code, key)]["shown_as"] == html_text(figure, report.k)
            assert line[1] == figure_text(figure, report.k)
            if figure.shown:
                assert bar.value == pytest.approx(figure.estimate * 100)
                assert float(file_rows[(row.code, key)]["estimate"]) == pytest.approx(figure.estimate, abs=1e-6)
                assert bar.uncertain == figure.too_wide
            else:
                assert bar.value == 0 and "(withheld)" in bar.label
    later = aggregate(built_summaries(Q, CATALOG, policy, 400, "agree-later"), Q, CATALOG, policy)
    result = trends.trends([trends.Campaign("a", report), trends.Campaign("b", later)])
    trend_view = TrendView(result)
    qtbot.addWidget(trend_view)
    written = list(csv.DictReader(io.StringIO(trend_csv(result))))
    drawn = drawn_figures(trend_view.panels[0].view.chart())
    for line, bar, row, change in zip(trend_view.panels[0].table_text(), drawn, written, result[0].changes,
                                      strict=True):
        assert line[3] == change_text(change, result[0]) and row["figure"] == change.key
        if change.compared:
            assert bar.value == pytest.approx(float(row["difference"]) * 100, abs=0.1)
            if row["ci_low"]:
                assert bar.low == pytest.approx(float(row["ci_low"]) * 100, abs=0.1)
        else:
            assert row["difference"] == "" and "not compared" in line[3]

def test_the_overview_lists_the_recommended_actions_with_their_figures(hand_dashboard):
    from PySide6.QtWidgets import QLabel, QWidget

    from desktop.collector.actions import recommended_actions
    report, dashboard = hand_dashboard
    box = dashboard.findChild(QWidget, "recommendedActions")
    found = recommended_actions(report)
    assert found and box is not None
    heads_ = [label.text() for label in box.findChildren(QLabel, "actionText")]
    assert heads_ == [f"{number}. {action.text}" for number, action in enumerate(found, 1)]  # English: the files'
    because = [label.text() for label in box.findChildren(QLabel, "actionEvidence")]
    expected = [item for action in found for item in action.evidence]
    assert because == [f"Because: {item.label} — {dashboard_text(item.figure, report.k)} (n = {item.figure.n:,})"
                       for item in expected]


def test_the_perception_tab_says_which_leadership_figures_it_uses(qtbot, english):
    from PySide6.QtWidgets import QLabel, QTableWidget

    from desktop.collector.aggregate import aggregate
    from tests.collector.perception_cases import BENCHMARK, staff_and_leaders
    from tests.collector.suppression_cases import CATALOG, Q, make_policy

    policy = make_policy(False, **BENCHMARK)
    for leaders, source in ((20, "senior leaders' own answers"), (3, "the policy's benchmark")):
        report = aggregate(staff_and_leaders(leaders, leaders * 7 // 10, 200, 50), Q, CATALOG, policy)
        dashboard = Dashboard(report)
        qtbot.addWidget(dashboard)
        assert source in dashboard.findChild(QLabel, "perceptionSource").text()
        rows = _table_rows(dashboard.findChild(QTableWidget, "perceptionGap"))
        row = next(row for row in rows if row[0].startswith("Our company's approach"))
        if leaders == 20:
            assert row[2] == "70%" and row[1] == "25%" and row[3] == "Senior leaders' own answers"
        else:
            assert row[2] == "75%" and row[3] == "The policy's benchmark"
