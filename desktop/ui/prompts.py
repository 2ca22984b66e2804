"""Every question the app asks in a dialog goes through here, so tests can answer it.

That is the questions with buttons, the notices and warnings, and the file and folder pickers: the
windows and dialogs get a :class:`Prompts` handed in and never open a QMessageBox or QFileDialog
themselves. The pickers are the platform's own (QFileDialog's static functions), with the title,
filter and suggested name the caller gives.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialog classes are imported where a dialog opens: the first window is built before any of them, and
# PySide6 builds a class's Python type, with all its enums, the first time it is touched (see qt_names).


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
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
        if buttons:
            box.setDefaultButton(buttons[default])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def notice(self, title: str, text: str, details: str, name: str = "") -> None:
        """An information box that does not wait: modal to its window, whose event loop goes on (``name``: its
        object name); it goes away when closed."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.parent)
        box.setObjectName(name)
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save_file(self, title: str, suggested: str, file_filter: str) -> str | None:
        """Where to save: the path chosen, or ``None`` when the person cancelled. ``suggested``: the file name
        offered; ``file_filter``: as QFileDialog takes it ("Web page (*.html)")."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path or None

    def open_file(self, title: str, file_filter: str) -> str | None:
        """One existing file to open, or ``None`` when the person cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return path or None

    def open_files(self, title: str, file_filter: str) -> list[str]:
        """Existing files to open (none when the person cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return list(paths)

    def open_folder(self, title: str) -> str | None:
        """An existing folder, or ``None`` when the person cancelled."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(self.parent, title) or None

    def passphrase(self, title: str, text: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        value, ok = QInputDialog.getText(self.parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok else None
