"""Ask for a passphrase when the system keyring cannot hold Candor's key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8

#: ask(creating, explanation, error): the passphrase typed, or None when the person cancelled. The unlock gates
#: (the employee's store, the collector database) ask through one; tests hand in a scripted one.
PassphraseAsker = Callable[[bool, str, str], str | None]


class PassphraseDialog(QDialog):
    """Create (twice, with checks shown inline) or enter a passphrase.

    ``title`` and ``hint`` (shown under a new passphrase) replace the employee app's words, for the collector.
    """

    def __init__(self, creating: bool, explanation: str, parent: QWidget | None = None, *,
                 title: str | None = None, hint: str | None = None):
        super().__init__(parent)
        self.creating = creating
        self.setWindowTitle(title or (self.tr("Choose a passphrase") if creating else self.tr("Unlock your answers")))
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if creating:
            form.addRow(self.tr("&Repeat it:"), self.second)
            self.hint = QLabel(hint or self.tr(
                "At least %n characters. Candor cannot recover it: if you forget it, your saved answers "
                "can only be deleted.", "", MIN_LENGTH
            ))
            self.hint.setWordWrap(True)
            form.addRow("", self.hint)
        else:
            self.second.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if creating else self.tr("Unlock"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _try_accept(self) -> None:
        text = self.first.text()
        if self.creating and len(text) < MIN_LENGTH:
            self.show_error(self.tr("Use at least %n characters.", "", MIN_LENGTH))
            self.first.setFocus()
            return
        if self.creating and text != self.second.text():
            self.show_error(self.tr("The two passphrases differ. Type the same one twice."))
            self.second.selectAll()
            self.second.setFocus()
            return
        if not text:
            self.show_error(self.tr("Type your passphrase."))
            return
        self.accept()


def ask_in_dialog(creating: bool, explanation: str, error: str, parent: QWidget | None = None, *,
                  title: str | None = None, hint: str | None = None) -> str | None:
    """A :data:`PassphraseAsker` with the dialog: shows ``error`` (if any) under the fields, waits for the person,
    returns what they typed, or None when they cancelled."""
    dialog = PassphraseDialog(creating, explanation, parent, title=title, hint=hint)
    dialog.show_error(error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
