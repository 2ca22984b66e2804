"""The pieces every collector view is built from: a read-only table, a share chart beside its table,
a heading, a scrolling page and the page that says why there is nothing to show.

The dashboard and the org units view use these, so a table, a share chart and an empty page look
and behave (Tab, screen reader names, room for every bar) the same in each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.collector.report_figure import Figure
from desktop.ui.accessibility import mark_heading
from desktop.ui.charts import ChartPanel
from desktop.ui.collector.figure_words import figure_text, n_text
from desktop.ui.interval_chart import Bar, interval_bars, make_room
from desktop.ui.style import scaled_font


def read_only_table(name: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> QTableWidget:
    """A table of text that Tab leaves (arrows move in it), tall enough for 14 rows."""
    rows = list(rows)
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().defaultSectionSize() * (
        min(len(rows), 14) + 0.5)
    table.setMinimumHeight(int(height))
    return table


def share_bar(label: str, figure: Figure) -> Bar:
    """A share as the chart draws it: percent, with its interval; no bar for a withheld figure."""
    if not figure.shown or figure.estimate is None:
        return Bar(QCoreApplication.translate("Dashboard", "%1 (withheld)").replace("%1", label), None)
    low = None if figure.ci_low is None else figure.ci_low * 100
    high = None if figure.ci_high is None else figure.ci_high * 100
    return Bar(label, figure.estimate * 100, low, high, figure.too_wide)


def share_chart(title: str, cells: Sequence[tuple[str, Figure]], k: int, summary: str,
                columns: Sequence[str] | None = None, axis: str | None = None) -> ChartPanel:
    """Bars for shown shares, each with its interval, and the table of the same figures (the share in
    words and its n); withheld ones are named in the axis label. ``columns`` and ``axis`` are the
    table's headers and the value axis's title (default: the dashboard's words)."""
    bars = [share_bar(label, fig) for label, fig in cells]
    top = max([max(bar.value or 0, bar.high or 0) for bar in bars] + [1])
    if axis is None:
        axis = QCoreApplication.translate("Dashboard", "Share of respondents (%)")
    chart = interval_bars(bars, axis, min(100, (int(top * 1.1) // 10 + 1) * 10))
    rows = [[label, figure_text(fig, k), n_text(fig)] for label, fig in cells]
    if columns is None:
        columns = [QCoreApplication.translate("Dashboard", "Group",
                                              "first column of a dashboard table: the answer or group a row counts"),
                   QCoreApplication.translate("Dashboard", "Share of respondents"),
                   QCoreApplication.translate("Dashboard", "Respondents (n)")]
    panel = ChartPanel(title, chart, list(columns), rows, summary)
    make_room(panel.view, len(bars))
    return panel


def heading(text: str, font: QFont, level: int = 2, scale: float = 1.2) -> QLabel:
    """A heading of ``level`` for screen readers, ``scale`` times ``font`` (the view's own), demi-bold."""
    label = QLabel(text)
    label.setFont(scaled_font(font, scale, QFont.Weight.DemiBold))
    mark_heading(label, level)
    label.setWordWrap(True)
    return label


def scroll_page(widgets: Sequence[QWidget]) -> QScrollArea:
    """The widgets one below the other, scrolling as one page."""
    body = QWidget()
    layout = QVBoxLayout(body)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    # Not a Tab stop: Tab through its tables and toggles scrolls it to each; it would be a silent stop.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def empty_page(message: str, name: str) -> QLabel:
    """What a view says in its place when there is nothing to show, and why (``name``: its object name)."""
    label = QLabel(message)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
