"""Every question the app asks in a dialog goes through here, so tests can answer it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    """Modal questions and notices. Tests hand the window a subclass with scripted answers."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def confirm(self, title: str, text: str, accept: str, reject: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, title: str, text: str, choices: list[str]) -> int | None:
        """Index of the button pressed, or ``None`` when the dialog was closed."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def passphrase(self, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok else None
