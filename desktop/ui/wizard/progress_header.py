"""The strip above the questions: which section, how far along, as text and as a bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.core.navigation import Progress
from desktop.ui.accessibility import mark_heading
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
        """The section's title and the time left by the time model: a page or section count would grow as
        answers open pages up, so neither is shown."""
        self.section.setText(section_title)
        minutes = progress.minutes_left
        if minutes <= 1:
            left = self.tr("Less than a minute left") if progress.seconds_left < 45 else self.tr("About a minute left")
        else:
            left = self.tr("About %n minutes left", "", minutes)
        self.step.setText(left)
        self.section.setAccessibleName(f"{section_title}. {left}")
        # QProgressBar repaints at once on a new value; let it paint with the rest of the page.
        self.bar.setUpdatesEnabled(False)
        self.bar.setMaximum(100)
        self.bar.setValue(round(progress.fraction * 100))
        self.bar.setFormat(self.tr("%p% done"))
        self.bar.setUpdatesEnabled(True)
        self.bar.setAccessibleDescription(left)
