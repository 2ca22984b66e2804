"""The export dialog's participation code field, and the sentence saying which channel a summary takes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.participation_code import CodeError, display
from desktop.exchange.exporter import Exporter


class _CodeLine(QLineEdit):
    """Enter checks the code here and goes no further (in a dialog it would press the default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class CodeEntry(QWidget):
    """Type or paste the code from the card; Enter or "Use code" checks it and keeps it (encrypted, locally)."""

    changed = Signal()

    def __init__(self, exporter: Exporter, parent: QWidget | None = None):
        super().__init__(parent)
        self.exporter = exporter
        label = QLabel(self.tr("&Participation code:") if not exporter.requires_code else
                       self.tr("&Participation code (required):"))
        self.line = _CodeLine()
        self.line.setPlaceholderText(self.tr("such as K7MQ-P3XR-T9AC"))
        self.line.setAccessibleName(self.tr("Participation code"))
        self.line.setMaxLength(40)
        label.setBuddy(self.line)
        self.use_button = QPushButton(self.tr("&Use code"))
        self.use_button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setObjectName("codeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr(
            "The code from the card you were given. It shows compliance that an invited person sent this summary, "
            "once, and not which person: nobody recorded who got which card."))
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.line, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.line.returnPressed.connect(self.use)
        self.use_button.clicked.connect(self.use)
        stored = exporter.participation_code()
        if stored:
            self.line.setText(display(stored))
            self._say(self.tr("Code %1 will be sent with your summary.").replace("%1", display(stored)))
        else:
            self.message.hide()

    def code(self) -> str | None:
        return self.exporter.participation_code()

    def use(self) -> None:
        text = self.line.text()
        try:
            code = self.exporter.set_participation_code(text)
        except CodeError as exc:
            # What was typed stays in the field to be corrected; the stored code is left as it was.
            self._say(self.tr("Not used: %1").replace("%1", str(exc)))
            self.line.setFocus()
            self.line.selectAll()
            self.changed.emit()
            return
        if code:
            self.line.setText(display(code))
            self._say(self.tr("Code %1 will be sent with your summary.").replace("%1", display(code)))
        else:
            self._say(self.tr("No code will be sent."))
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def channel_text(exporter: Exporter) -> str:
    """Which way the summary goes, and what that way hides, for the export dialog."""
    submission = exporter.policy.submission
    if submission.trustee_folder:
        return QCoreApplication.translate(
            "ExportDialog", "Your summary goes to the trustee's folder, not straight to compliance. The trustee "
            "passes summaries on only in batches of at least %1, with new file names, one time for all and in a "
            "shuffled order, so compliance cannot see who saved which file, or when.").replace(
            "%1", str(exporter.policy.privacy.min_group_size))
    if submission.drop_folder:
        return QCoreApplication.translate(
            "ExportDialog", "Your summary goes into the compliance drop folder. The folder shows who saved a file "
            "and when; the encryption hides what it says.")
    return QCoreApplication.translate(
        "ExportDialog", "Save or copy your summary and send it the way your organization asked. Whoever receives "
        "it (an e-mail, a share) can see who sent it and when; the encryption hides what it says.")
