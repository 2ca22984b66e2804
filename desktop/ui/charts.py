"""Charts with a text alternative: every chart can be read as a table and is described in words.

QtCharts is imported here only, and this module is imported only by pages shown after the
first window, so start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import integer
from desktop.ui.style import is_dark


def _styled(chart: QChart) -> QChart:
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # axis numbers as the interface language writes them
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


#: Colours of the steps 1 to 4 of a level scale (low … critical), the same in every theme and as on the
#: tool cards (style.py): a chart theme's own series colours would paint "Critical" green.
STEP_COLOURS = ("#5b7fa6", "#d4a106", "#d46a06", "#c0392b")


def horizontal_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                    axis_max: float, tick_labels: Sequence[str] | None = None) -> QChart:
    """One bar per category and series; ``tick_labels`` name the value axis steps (e.g. risk levels).

    With ``tick_labels`` and one series each bar takes its step's colour (a stacked series, one set per
    step, each bar in the set of its value).
    """
    chart = QChart()
    stepped = bool(tick_labels) and len(series) == 1
    bars = QHorizontalStackedBarSeries() if stepped else QHorizontalBarSeries()
    if stepped and tick_labels:
        steps = [int(v) for v in series[0][1]]
        for step, label in enumerate(tick_labels, start=1):
            bar_set = QBarSet(label)
            bar_set.append([float(v) if v == step else 0.0 for v in steps])
            bars.append(bar_set)
    else:
        for name, values in series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    value_axis: QValueAxis  # QCategoryAxis is one
    if tick_labels:  # the steps in words (Low … Critical), so a bar's length reads without the table
        value_axis = QCategoryAxis()
        value_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for step, label in enumerate(tick_labels, start=1):
            value_axis.append(label, step)
    else:
        value_axis = QValueAxis()
        if axis_max == int(axis_max) <= 10:  # small counts: whole numbers, not 0.50 steps
            value_axis.setTickCount(int(axis_max) + 1)
            value_axis.setLabelFormat("%.0f")
    value_axis.setRange(0, axis_max)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(value_axis)
    chart.legend().setVisible(len(series) > 1)
    _styled(chart)  # a theme resets series colours: the steps' colours come after it
    if stepped:
        for bar_set, colour in zip(bars.barSets(), STEP_COLOURS, strict=False):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
    return chart


def lines(x_labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], axis_max: float,
          steps: int | None = None) -> QChart:
    """A trend: one line per series over the points named by ``x_labels``.

    Labels are made unique (a category axis merges equal ones); ``steps`` gives whole-number ticks.
    """
    chart = QChart()
    x_axis = QBarCategoryAxis()
    x_axis.append([QCoreApplication.translate("ChartPanel", "%1. %2", "the number of a point on a trend and its label")
                   .replace("%1", integer(index + 1)).replace("%2", label) for index, label in enumerate(x_labels)])
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    y_axis = QValueAxis()
    y_axis.setRange(0, axis_max if axis_max > 0 else 1)
    if steps:
        y_axis.setTickCount(steps + 1)
        y_axis.setLabelFormat("%.0f")  # "%d" prints nothing for the axis's floating-point values
    else:
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for name, values in series:
        line = QLineSeries()
        line.setName(name)
        line.setPointsVisible(True)
        for index, value in enumerate(values):
            line.append(QPointF(index, float(value)))
        chart.addSeries(line)
        line.attachAxis(y_axis)
        line.attachAxis(x_axis)
    chart.legend().setVisible(len(series) > 1)
    return _styled(chart)


class ChartPanel(QWidget):
    """A titled chart and the same figures as a table, one click (or Alt+T) apart."""

    def __init__(self, title: str, chart: QChart, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self._title_text = title
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(self.fontMetrics().height() * max(10, 3 * len(rows) + 4))
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(summary)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(self.tr("%1 (table)").replace("%1", title))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show as &table"))
        self.toggle.setAccessibleName(self._toggle_name(table=False))
        self.toggle.clicked.connect(self._flip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def _flip(self) -> None:
        table = not self.showing_table()
        self.stack.setCurrentWidget(self.table if table else self.view)
        self.toggle.setText(self.tr("Show as &chart") if table else self.tr("Show as &table"))
        self.toggle.setAccessibleName(self._toggle_name(table))  # the name says what a press does now

    def _toggle_name(self, table: bool) -> str:
        words = self.tr("Show %1 as a chart") if table else self.tr("Show %1 as a table")
        return words.replace("%1", self._title_text)

    def table_text(self) -> list[list[str]]:
        return [[item.text() if (item := self.table.item(r, c)) is not None else ""
                 for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
