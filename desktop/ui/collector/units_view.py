"""Org units side by side in the window: a chart per headline figure and one table of every unit.

Built from :func:`desktop.collector.unit_compare.compare_units`, so it shows what the reports'
"Org units side by side" section shows: each unit's figures from its own report, the merged small
units and those who stated no unit without figures of their own, withheld figures in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.collector.report_figure import Figure
from desktop.collector.unit_compare import KEYS, UnitComparison, UnitRow
from desktop.ui.accessibility import mark_heading
from desktop.ui.charts import ChartPanel
from desktop.ui.collector.figure_words import figure_text, headline_text, n_text
from desktop.ui.collector.view_parts import empty_page, read_only_table, share_chart
from desktop.ui.formatting import integer
from desktop.ui.style import scaled_font


def row_label(row: UnitRow, k: int) -> str:
    if row.members:
        return QCoreApplication.translate("UnitsView", "%1 (together; each has fewer than %2 respondents)").replace(
            "%1", row.label).replace("%2", integer(k))
    return row.label


def _count_text(figure: Figure, k: int) -> str:
    return figure_text(figure, k) if figure.suppressed else n_text(figure)


class UnitsView(QScrollArea):
    """The comparison: an explanation, a chart (with its table) per figure, then the table of every group."""

    def __init__(self, comparison: UnitComparison, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unitsView")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its charts and tables are the Tab stops
        self.comparison = comparison
        k = comparison.k
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Org units side by side"))
        heading.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        mark_heading(heading, 2)
        layout.addWidget(heading)
        explain = QLabel(self.tr(
            "Each org unit's figures are those of its own report, under the same rules. Units with fewer than %1 "
            "respondents are merged into “Other units”; that group and the respondents who stated no unit show no "
            "figures of their own, since with the whole campaign's figure and every unit shown they would give a "
            "withheld unit's figure away by subtraction.").replace("%1", integer(k)))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        units = [row for row in comparison.rows if not row.members and row.code != "not_stated"]
        self.panels: list[ChartPanel] = []
        for key in KEYS:
            title = self.tr("%1, by org unit").replace("%1", headline_text(key))
            panel = share_chart(title, [(row.label, row.figures[key]) for row in units], k,
                                self.tr("Each bar is a unit's share; the line across it is its 95% interval. Hatched "
                                        "bars are too uncertain to act on."),
                                [self.tr("Org unit"), self.tr("Share of respondents"), self.tr("Respondents (n)")],
                                self.tr("Share of respondents (%)"))
            mark_heading(panel.title, 3)
            layout.addWidget(panel)
            self.panels.append(panel)
        every = QLabel(self.tr("Every group, with the whole campaign"))
        every.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        mark_heading(every, 3)
        layout.addWidget(every)
        self.table_rows = [[self.tr("The whole campaign"), n_text(comparison.whole[KEYS[0]]),
                            *(figure_text(comparison.whole[key], k) for key in KEYS)]]
        self.table_rows += [[row_label(row, k), _count_text(row.respondents, k),
                             *(figure_text(row.figures[key], k) for key in KEYS)] for row in comparison.rows]
        self.table = read_only_table(self.tr("Headline figures by org unit"),
                                     [self.tr("Org unit"), self.tr("Respondents"),
                                      *(headline_text(key) for key in KEYS)], self.table_rows)
        self.table.setObjectName("unitsTable")
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.setWidget(body)


def no_units_view(message: str) -> QWidget:
    """What the view says when there is nothing to compare (no units in the policy, no summaries yet)."""
    return empty_page(message, "unitsEmpty")
