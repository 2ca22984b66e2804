"""About Candor: version, where the policy came from, where the data lives."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.policy_effective import EffectivePolicy, PolicySource
from desktop.ui.accessibility import mark_heading
from desktop.ui.policy_words import export_block_sentence, refused_words, source_words
from desktop.ui.style import scaled_font


def policy_source_words(sources: Sequence[PolicySource]) -> str:
    """Which files the effective policy came from, as About shows it."""
    used = [source_words(s) for s in sources if s.status == "found" and s.path is not None]
    text = ", ".join(used) if used else QCoreApplication.translate("AboutDialog", "built-in defaults only")
    ignored = [source_words(s) for s in sources if s.status == "invalid"]
    if ignored:
        text = QCoreApplication.translate("AboutDialog", "%1 (ignored because of problems: %2)").replace(
            "%1", text).replace("%2", ", ".join(ignored))
    return text


def policy_control_words(effective: EffectivePolicy) -> str:
    """Who alone sets the protective settings, which changes were refused, and whether export is off."""
    control = effective.control
    if control is None:
        return ""
    lines = [QCoreApplication.translate(
        "AboutDialog", "The compliance key, plaintext, drop folder and privacy settings come only from %1; other "
        "files may only make privacy stricter.").replace("%1", source_words(control))]
    if effective.refused:
        refused = QCoreApplication.translate("AboutDialog", "Changes refused: %1.")
        lines.append(refused.replace("%1", refused_words(effective.refused)))
    lines += [export_block_sentence(block) for block in effective.blocks]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, version: str, policy_source: str, data_dir: Path, parent: QWidget | None = None,
                 policy_control: str = "", contact: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Candor"))
        title = QLabel(self.tr("Candor %1").replace("%1", version))
        title.setFont(scaled_font(self.font(), 1.5, QFont.Weight.Bold))
        mark_heading(title, 1)
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
        self.control_label = self._value(policy_control)
        if policy_control:
            form.addRow(self.tr("Locked settings:"), self.control_label)
        form.addRow(self.tr("Your data is kept in:"), self.data_label)
        self.contact_label = self._value(contact)
        if contact:
            form.addRow(self.tr("Questions:"), self.contact_label)

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
