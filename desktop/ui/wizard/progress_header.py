"""The strip above the questions: which section, how far along, as text and as a bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.core.navigation import Progress
from desktop.ui.accessibility import mark_heading
from desktop.ui.formatting import integer
from desktop.ui.wizard.metrics import em


class ProgressHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressHeader")
        self.section = QLabel()
        self.section.setObjectName("sectionTitle")
        mark_heading(self.section, 2)
        self.section.setTextFormat(Qt.TextFormat.PlainText)
        self.section.setWordWrap(True)
        font = QFont(self.section.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.section.setFont(font)
        self.step = QLabel()
        self.step.setObjectName("sectionStep")
        self.step.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setObjectName("overallProgress")
        self.bar.setMinimum(0)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(self.tr("Progress through the assessment"))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.section, 1)
        row.addWidget(self.step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.35))
        layout.addLayout(row)
        layout.addWidget(self.bar)

    def set_progress(self, section_title: str, progress: Progress) -> None:
        self.section.setText(section_title)
        step = self.tr("Section %1 of %2").replace("%1", integer(progress.section_number)).replace(
            "%2", integer(progress.section_count)
        )
        self.step.setText(step)
        self.section.setAccessibleName(f"{section_title}. {step}")
        page = self.tr("Page %1 of %2").replace("%1", integer(progress.page_number)).replace(
            "%2", integer(progress.page_count)
        )
        # QProgressBar repaints at once on a new value; let it paint with the rest of the page.
        self.bar.setUpdatesEnabled(False)
        self.bar.setMaximum(max(progress.page_count, 1))
        self.bar.setValue(progress.page_number)
        self.bar.setFormat(page)
        self.bar.setUpdatesEnabled(True)
        self.bar.setAccessibleDescription(page)
