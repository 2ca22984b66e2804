"""The change between campaigns in the window: per pair of campaigns, a chart of differences with intervals and
the same figures as a table. Built from :func:`desktop.collector.trends.trends`, so it shows what
``candor report --trend`` writes; figures withheld in either campaign read "not compared" and why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.collector.trends import NOT_SHARED, WITHHELD_EARLIER, Change, Trend
from desktop.ui.charts import ChartPanel
from desktop.ui.formatting import integer, percent
from desktop.ui.interval_chart import Bar, interval_bars, make_room


def points(value: float) -> str:
    """A difference of shares in percentage points, signed: "+12", "−3"."""
    rounded = round(value * 100)
    return ("+" if rounded > 0 else "−" if rounded < 0 else "") + integer(abs(rounded))


def change_text(change: Change, trend: Trend) -> str:
    if change.reason == NOT_SHARED:
        return QCoreApplication.translate("TrendView", "not compared (asked in only one campaign)")
    if change.reason is not None:
        which = trend.earlier if change.reason == WITHHELD_EARLIER else trend.later
        return QCoreApplication.translate("TrendView", "not compared (withheld in %1)").replace("%1", which)
    assert change.difference is not None
    if change.ci_low is None or change.ci_high is None:
        return QCoreApplication.translate("TrendView", "%1 points").replace("%1", points(change.difference))
    text = QCoreApplication.translate("TrendView", "%1 points (%2 to %3)", "a change and its 95% interval").replace(
        "%1", points(change.difference)).replace("%2", points(change.ci_low)).replace("%3", points(change.ci_high))
    if change.too_wide:
        text = QCoreApplication.translate("TrendView", "%1 — too uncertain to act on").replace("%1", text)
    return text


def _shown(change: Change, side: str) -> str:
    figure = change.earlier if side == "earlier" else change.later
    if figure is None or figure.suppressed or figure.estimate is None:
        return "—"
    return percent(figure.estimate)


def change_bar(change: Change) -> Bar:
    if change.difference is None:
        return Bar(QCoreApplication.translate("TrendView", "%1 (not compared)").replace("%1", change.label), None)
    low = None if change.ci_low is None else round(change.ci_low * 100, 1)
    high = None if change.ci_high is None else round(change.ci_high * 100, 1)
    return Bar(change.label, round(change.difference * 100, 1), low, high, change.too_wide)


class TrendView(QScrollArea):
    """Every pair of consecutive campaigns: its note on shared items, a chart and a table of the changes."""

    def __init__(self, trends: Sequence[Trend], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trendView")
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.panels: list[ChartPanel] = []
        for trend in trends:
            if trend.note:
                note = QLabel(trend.note)
                note.setWordWrap(True)
                layout.addWidget(note)
            changes = list(trend.changes)
            bars = [change_bar(change) for change in changes]
            reach = max([abs(v) for bar in bars for v in (bar.value, bar.low, bar.high) if v is not None] + [5])
            edge = (int(reach) // 10 + 1) * 10
            chart = interval_bars(bars, self.tr("Change in percentage points"), edge, -edge)
            title = self.tr("From %1 to %2").replace("%1", trend.earlier).replace(
                "%2", trend.later)
            rows = [[change.label, _shown(change, "earlier"), _shown(change, "later"), change_text(change, trend)]
                    for change in changes]
            headers = [self.tr("Figure"), trend.earlier, trend.later, self.tr("Change (95% interval)")]
            summary = self.tr("Each bar is the change in a share; the line across it is the 95% interval of the "
                              "change. Hatched bars are too uncertain to act on.")
            panel = ChartPanel(title, chart, headers, rows, summary)
            make_room(panel.view, len(bars))
            layout.addWidget(panel)
            self.panels.append(panel)
        layout.addStretch(1)
        self.setWidget(body)
