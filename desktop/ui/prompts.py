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
        no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        # Enter keeps things as they are: a destructive choice takes a deliberate press.
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, title: str, text: str, choices: list[str], default: int = 0) -> int | None:
        """Index of the button pressed, or ``None`` when the dialog was closed.

        Enter presses ``choices[default]``: callers put a safe choice there (such as "Try again"),
        never one that deletes.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
        if buttons:
            box.setDefaultButton(buttons[default])
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
