"""The trend view shows what `candor report --trend` writes: each change with its interval, withheld ones not
compared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.collector import trends
from desktop.ui.collector.trend_view import TrendView
from desktop.ui.interval_chart import drawn_figures
from tests.collector.report_cases import est, hidden
from tests.ui.dashboard_cases import hand_report
from tests.ui.screen_text import label_and_table_text


@pytest.fixture
def english():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def sample() -> list[trends.Trend]:
    moved = trends.change(trends.OVERALL, "Used at least one AI tool that is not approved",
                          est(0.40, 0.34, 0.46), est(0.55, 0.49, 0.61))
    gone = trends.change("tool:grok", "Used Grok without approval", est(0.1, 0.05, 0.15), hidden())
    unsure = trends.change("tool:claude", "Used Claude without approval", est(0.2, 0.02, 0.38, too_wide=True),
                           est(0.25, 0.1, 0.4))
    return [trends.Trend("2026-q2", "2026-q3", (moved, gone, unsure), "2026-q2 and 2026-q3 used different "
                         "questionnaire versions 1 and 2; they are compared only on the 3 figures both reports carry.")]


def test_the_trend_view_draws_each_change_with_its_interval(qtbot, english):
    view = TrendView(sample())
    qtbot.addWidget(view)
    panel = view.panels[0]
    rows = panel.table_text()
    assert rows[0] == ["Used at least one AI tool that is not approved", "40%", "55%", "+15 points (+7 to +23)"]
    assert rows[1][3] == "not compared (withheld in 2026-q3)" and rows[1][2] == "—"
    assert rows[2][3].endswith("too uncertain to act on")
    drawn = drawn_figures(panel.view.chart())
    assert drawn[0].value == pytest.approx(15) and drawn[0].low == pytest.approx(6.5, abs=0.1)
    assert drawn[1].value == 0 and drawn[1].low is None and "(not compared)" in drawn[1].label
    assert drawn[2].uncertain
    assert "compared only on the 3 figures" in label_and_table_text(view)


def test_the_view_of_real_reports_matches_the_trend_rows(qtbot, english):
    first = hand_report()
    result = trends.trends([trends.Campaign("a", first), trends.Campaign("b", first)])
    view = TrendView(result)
    qtbot.addWidget(view)
    rows = view.panels[0].table_text()
    assert [row[0] for row in rows] == [change.label for change in result[0].changes]
    for row, change in zip(rows, result[0].changes, strict=True):
        assert ("not compared" in row[3]) == (not change.compared)
