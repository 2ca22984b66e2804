"""About Candor: version, where the policy came from, where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.style import scaled_font


class AboutDialog(QDialog):
    def __init__(self, version: str, policy_source: str, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Candor"))
        title = QLabel(self.tr("Candor %1").replace("%1", version))
        title.setFont(scaled_font(self.font(), 1.5, QFont.Weight.Bold))
        blurb = QLabel(self.tr(
            "A private self-assessment of AI use at work. Your answers stay on this computer, "
            "encrypted; only a summary you preview can leave."
        ))
        blurb.setWordWrap(True)

        self.version_label = self._value(version)
        self.policy_label = self._value(policy_source)
        self.data_label = self._value(str(data_dir))
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Organization policy:"), self.policy_label)
        form.addRow(self.tr("Your data is kept in:"), self.data_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        return label
