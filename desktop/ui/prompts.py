"""Every question the app asks in a dialog goes through here, so tests can answer it.

That is the questions with buttons, the notices and warnings, and the file and folder pickers: the
windows and dialogs get a :class:`Prompts` handed in and never open a QMessageBox or QFileDialog
themselves. The pickers are the platform's own (QFileDialog's static functions), with the title,
filter and suggested name the caller gives.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    """Modal questions and notices. Tests hand the window a subclass with scripted answers."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def within(self, parent: QWidget) -> Prompts:
        """The same prompts (and a test's same script), their dialogs over ``parent``."""
        moved = copy.copy(self)
        moved.parent = parent
        return moved

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

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def notice(self, title: str, text: str, details: str, name: str = "") -> None:
        """An information box that does not wait: modal to its window, whose event loop goes on (``name``: its
        object name); it goes away when closed."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.parent)
        box.setObjectName(name)
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save_file(self, title: str, suggested: str, file_filter: str) -> str | None:
        """Where to save: the path chosen, or ``None`` when the person cancelled. ``suggested``: the file name
        offered; ``file_filter``: as QFileDialog takes it ("Web page (*.html)")."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path or None

    def open_file(self, title: str, file_filter: str) -> str | None:
        """One existing file to open, or ``None`` when the person cancelled."""
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return path or None

    def open_files(self, title: str, file_filter: str) -> list[str]:
        """Existing files to open (none when the person cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return list(paths)

    def open_folder(self, title: str) -> str | None:
        """An existing folder, or ``None`` when the person cancelled."""
        return QFileDialog.getExistingDirectory(self.parent, title) or None

    def passphrase(self, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok else None
