"""Bars that carry their 95% interval: a QtCharts bar per figure and a whisker (a line series) across it.

An estimate too uncertain to act on is never drawn as a full-strength bar: it goes into its own
bar set, hatched and pale, named "too uncertain to act on" in the legend, and its whisker is
dashed. A withheld figure gets no bar (its axis label says it is withheld). The value axis is
titled with its unit. :func:`drawn_figures` reads back what the chart draws, so tests can compare
it with the report figure for figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from desktop.ui.charts import _styled
from desktop.ui.style import is_dark

# The object name of a whisker series (an interval drawn across a bar, not a value of its own).
WHISKER = "interval"
# Half the height of a whisker's end caps, in category units (a bar is 0.8 high by default).
_CAP = 0.18


@dataclass(frozen=True)
class Bar:
    """One bar: values on the axis's own scale (percent for shares), ``None`` when withheld."""

    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    uncertain: bool = False


def interval_bars(bars: Sequence[Bar], axis_title: str, axis_max: float, axis_min: float = 0.0) -> QChart:
    """Horizontal bars, top to bottom in the order given, each with its interval as a whisker."""
    ordered = list(reversed(bars))  # a horizontal bar axis counts from the bottom
    chart = QChart()
    series = QHorizontalStackedBarSeries()
    sure = QBarSet(QCoreApplication.translate("IntervalChart", "Estimate"))
    unsure = QBarSet(QCoreApplication.translate("IntervalChart", "Too uncertain to act on"))
    for bar in ordered:
        value = bar.value or 0.0
        sure.append(0.0 if bar.uncertain else value)
        unsure.append(value if bar.uncertain else 0.0)
    series.append(sure)
    series.append(unsure)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([escape(bar.label) for bar in ordered])  # axis labels are rich text
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setRange(axis_min, axis_max)
    values.setTitleText(axis_title)
    values.setLabelFormat("%.0f")
    span = axis_max - axis_min
    if span == int(span) and int(span) % 10 == 0 and axis_min == int(axis_min):  # ticks on whole tens
        values.setTickCount(int(span) // 10 + 1)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    # The whiskers live on a hidden axis whose whole numbers sit on the bar centres.
    rows = QValueAxis()
    rows.setRange(-0.5, len(ordered) - 0.5)
    rows.setVisible(False)
    chart.addAxis(rows, Qt.AlignmentFlag.AlignRight)
    interval = QCoreApplication.translate("IntervalChart", "%1: 95% interval", "%1 names the bar")
    for index, bar in enumerate(ordered):
        if bar.low is None or bar.high is None or bar.value is None:
            continue
        whisker = QLineSeries()
        whisker.setObjectName(WHISKER)
        whisker.setName(interval.replace("%1", bar.label))
        for x, y in ((bar.low, index - _CAP), (bar.low, index + _CAP), (bar.low, index), (bar.high, index),
                     (bar.high, index + _CAP), (bar.high, index - _CAP)):
            whisker.append(QPointF(float(x), float(y)))
        chart.addSeries(whisker)
        whisker.attachAxis(values)
        whisker.attachAxis(rows)
    styled = _styled(chart)
    whiskers = [s for s in chart.series() if isinstance(s, QLineSeries) and s.objectName() == WHISKER]
    _paint(sure, unsure, whiskers, ordered)
    legend = styled.legend()
    legend.setVisible(True)
    for marker in legend.markers():  # the legend names the two kinds of bar, not every whisker
        if isinstance(marker.series(), QLineSeries):
            marker.setVisible(False)
    if not any(bar.uncertain for bar in bars):
        for marker in legend.markers(series):
            if marker.label() == unsure.label():
                marker.setVisible(False)
    return styled


def _paint(sure: QBarSet, unsure: QBarSet, whiskers: Sequence[QLineSeries], ordered: Sequence[Bar]) -> None:
    """Colours after the chart's theme (which would reset them): solid for estimates, pale hatching for
    too-uncertain ones, whiskers in the text colour, dashed across a too-uncertain bar."""
    dark = is_dark()
    base = QColor("#7fa7d1") if dark else QColor("#3b6ea5")
    sure.setColor(base)
    sure.setBorderColor(base)
    pale = QColor(base)
    pale.setAlpha(110)
    unsure.setBrush(QBrush(pale, Qt.BrushStyle.BDiagPattern))
    unsure.setBorderColor(base)
    ink = QColor("#f0f0f0") if dark else QColor("#1a1a1a")
    uncertain = {index for index, bar in enumerate(ordered) if bar.uncertain}
    for whisker in whiskers:
        pen = QPen(ink, 1.6)
        if round(whisker.points()[2].y()) in uncertain:
            pen.setStyle(Qt.PenStyle.DashLine)
        whisker.setPen(pen)


def drawn_figures(chart: QChart) -> list[Bar]:
    """What the chart draws, top to bottom: each bar's label, value, whisker ends and kind."""
    series = next(s for s in chart.series() if isinstance(s, QHorizontalStackedBarSeries))
    sure, unsure = series.barSets()
    categories = next(a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis))
    labels = categories.categories()
    whiskers: dict[int, tuple[float, float]] = {}
    for line in (s for s in chart.series() if isinstance(s, QLineSeries) and s.objectName() == WHISKER):
        points = line.points()
        whiskers[round(points[2].y())] = (points[2].x(), points[3].x())
    out = []
    for index, label in enumerate(labels):
        uncertain = unsure.at(index) > 0
        value = unsure.at(index) if uncertain else sure.at(index)
        low, high = whiskers.get(index, (None, None))
        out.append(Bar(unescape(label), value, low, high, uncertain))
    return list(reversed(out))


def make_room(view, bars: int) -> None:
    """Height enough for the bars, the value axis, its title and the legend (QtCharts elides axis labels
    to "..." when squeezed)."""
    view.setMinimumHeight(view.fontMetrics().height() * (2 * bars + 12))
