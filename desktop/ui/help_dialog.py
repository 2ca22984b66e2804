"""Help: how Candor protects the person, in a few plain sentences, and whom to ask (the policy's contact)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.accessibility import mark_heading
from desktop.ui.style import scaled_font


class HelpDialog(QDialog):
    def __init__(self, organization: str, contact: str | None, min_group_size: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How Candor protects you"))
        title = QLabel(self.tr("How Candor protects you"))
        title.setFont(scaled_font(self.font(), 1.4, QFont.Weight.Bold))
        mark_heading(title, 1)
        self.points = [
            self.tr("Your answers, notes and results stay on this computer, encrypted. Nobody else can open them."),
            self.tr("Nothing leaves by itself. Only when you export, a summary leaves: no name, no free text, "
                    "no notes, no dates, and you see every field first."),
            self.tr("Some answers in the summary are randomized on purpose, so no single summary proves "
                    "what you answered."),
            self.tr("The summary is encrypted for your organization's compliance team; they see only figures "
                    "combined from at least %1 people.").replace("%1", str(min_group_size)),
            self.tr("Settings, Delete all my data, removes everything Candor keeps here, including its key."),
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for point in self.points:
            label = QLabel(f"•  {point}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        contact_heading = QLabel(self.tr("Questions?"))
        contact_heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        mark_heading(contact_heading, 2)
        self.contact = QLabel(contact_words(organization, contact))
        self.contact.setWordWrap(True)
        self.contact.setTextFormat(Qt.TextFormat.PlainText)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(contact_heading)
        layout.addWidget(self.contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.sizeHint().height())


def contact_words(organization: str, contact: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if contact:
        return QCoreApplication.translate("HelpDialog", "Ask %1: %2").replace("%1", organization).replace(
            "%2", contact)
    return QCoreApplication.translate(
        "HelpDialog", "%1 has not named a contact in its policy; ask your IT or compliance team.").replace(
        "%1", organization)
