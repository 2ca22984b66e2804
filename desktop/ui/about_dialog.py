"""About Candor: version, where the policy came from, where the data lives."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.policy_sources import PolicySource
from desktop.ui.style import scaled_font


def _source_words(source: PolicySource) -> str:
    """``/etc/candor/policy.toml (managed)`` with the kind of place in the interface language."""
    kinds = {
        "managed": QCoreApplication.translate("AboutDialog", "managed", "a policy installed by IT for all users"),
        "user": QCoreApplication.translate("AboutDialog", "user", "a policy in this user's own settings"),
        "bundled": QCoreApplication.translate("AboutDialog", "bundled", "the policy that came with Candor"),
    }
    kind = kinds.get(source.label, source.label)  # --policy and CANDOR_POLICY are names to type: kept
    if source.path is None:
        return kind
    return QCoreApplication.translate("AboutDialog", "%1 (%2)", "a policy file and where it was found").replace(
        "%1", str(source.path)).replace("%2", kind)


def policy_source_words(sources: Sequence[PolicySource]) -> str:
    """Which files the effective policy came from, as About shows it."""
    used = [_source_words(s) for s in sources if s.status == "found" and s.path is not None]
    text = ", ".join(used) if used else QCoreApplication.translate("AboutDialog", "built-in defaults only")
    ignored = [_source_words(s) for s in sources if s.status == "invalid"]
    if ignored:
        text = QCoreApplication.translate("AboutDialog", "%1 (ignored because of problems: %2)").replace(
            "%1", text).replace("%2", ", ".join(ignored))
    return text


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
