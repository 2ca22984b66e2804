"""Past assessments by campaign and date, the trend of risk and spend, and a way into each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import mark_heading
from desktop.ui.charts import ChartPanel, lines
from desktop.ui.formatting import integer
from desktop.ui.page_layout import centred_column
from desktop.ui.style import scaled_font


@dataclass(frozen=True)
class HistoryRow:
    assessment_id: str
    campaign: str
    date: str  # the day it was completed (or last changed, for a draft)
    completed: bool
    level: int | None  # 1..4 for completed assessments
    level_text: str
    yearly_spend: float | None
    spend_text: str


class HistoryPage(QWidget):
    open_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, rows: Sequence[HistoryRow], level_names: Sequence[str], currency: str,
                 exports: Sequence[tuple[str, str, str, str]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.rows = list(rows)
        layout = centred_column(self, 72, name=self.tr("Your history"))
        title = QLabel(self.tr("Your history"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.Bold))
        mark_heading(title, 1)
        layout.addWidget(title)

        completed = [row for row in self.rows if row.completed]
        if not completed:
            self.empty = QLabel(self.tr(
                "No completed assessments yet. When you finish one, it appears here; later ones show how "
                "your risk and spending change over time."))
            self.empty.setWordWrap(True)
            layout.addWidget(self.empty)

        self.table = QTableWidget(len(self.rows), 4)
        self.table.setAccessibleName(self.tr("Past assessments"))
        self.table.setHorizontalHeaderLabels([self.tr("Campaign"), self.tr("Date"), self.tr("Overall risk"),
                                              self.tr("Yearly out-of-pocket")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(self.rows):
            level = row.level_text if row.completed else self.tr("In progress")
            for c, text in enumerate([row.campaign, row.date, level, row.spend_text if row.completed else ""]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVisible(bool(self.rows))
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        shown_rows = max(1, min(len(self.rows), 8))
        self.table.setMaximumHeight(header + row_height * shown_rows + 2 * self.table.frameWidth() + 2)
        self.table.cellDoubleClicked.connect(lambda r, _c: self._open(r))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)

        self.open_button = QPushButton(self.tr("&Open results (read-only)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.back_button = QPushButton(self.tr("&Back to start"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(self._exports_section(exports))

        self.trends: list[ChartPanel] = []
        if len(completed) >= 2:
            dates = [row.date for row in completed]
            risk = ChartPanel(
                self.tr("Overall risk over time"),
                lines(dates, [(self.tr("Overall risk"), [row.level or 0 for row in completed])], axis_max=4,
                      steps=4),
                [self.tr("Date"), self.tr("Overall risk")], [[r.date, r.level_text] for r in completed],
                self.tr("Levels: %1.").replace("%1", ", ".join(
                    self.tr("%1 %2", "a risk level's number and name").replace("%1", integer(i + 1)).replace("%2", n)
                    for i, n in enumerate(level_names))),
            )
            top = max(row.yearly_spend or 0 for row in completed)
            spend = ChartPanel(
                self.tr("Yearly out-of-pocket spend over time (%1)").replace("%1", currency),
                lines(dates, [(self.tr("Yearly spend"), [row.yearly_spend or 0 for row in completed])],
                      axis_max=top * 1.2),
                [self.tr("Date"), self.tr("Yearly out-of-pocket")], [[r.date, r.spend_text] for r in completed],
                self.tr("Estimated from the spending bands you chose."),
            )
            self.trends = [risk, spend]
            for panel in self.trends:
                layout.addWidget(panel)
        elif completed:
            note = QLabel(self.tr("After your next assessment, this page shows how things changed."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)

    def _exports_section(self, exports: Sequence[tuple[str, str, str, str]]) -> QWidget:
        """When, which way and exactly what each exported summary held (kept only here, encrypted)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Summaries you exported"))
        heading.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        mark_heading(heading, 2)
        layout.addWidget(heading)
        self.exports = list(exports)
        if not self.exports:
            self.no_exports = QLabel(self.tr("None yet. Nothing has left this computer."))
            layout.addWidget(self.no_exports)
            return box
        self.export_table = QTableWidget(len(self.exports), 3)
        self.export_table.setAccessibleName(self.tr("Summaries you exported"))
        self.export_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("How"), self.tr("Campaign")])
        self.export_table.verticalHeader().setVisible(False)
        self.export_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.export_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.export_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.export_table.horizontalHeader().setStretchLastSection(True)
        for r, (when, how, campaign, _content) in enumerate(self.exports):
            for c, text in enumerate([when, how, campaign]):
                self.export_table.setItem(r, c, QTableWidgetItem(text))
        self.export_view = QPlainTextEdit()
        self.export_view.setReadOnly(True)
        self.export_view.setAccessibleName(self.tr("The exported summary, exactly as sent"))
        self.export_table.currentCellChanged.connect(lambda row, *_: self._show_export(row))
        layout.addWidget(self.export_table)
        layout.addWidget(self.export_view)
        self._show_export(len(self.exports) - 1)
        return box

    def _show_export(self, row: int) -> None:
        if 0 <= row < len(self.exports):
            self.export_view.setPlainText(self.exports[row][3])

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        self.open_button.setEnabled(0 <= row < len(self.rows) and self.rows[row].completed)

    def _open(self, index: int) -> None:
        if 0 <= index < len(self.rows) and self.rows[index].completed:
            self.open_requested.emit(self.rows[index].assessment_id)

    def select(self, index: int) -> None:
        self.table.selectRow(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
