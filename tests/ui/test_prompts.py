"""The prompts service opens the real dialogs with the caller's words: each picker is the platform's file
dialog with the title, filter and suggested name given, and a notice does not stop the window.

These drive the dialogs themselves (the offscreen platform shows Qt's own file dialog), as a person
would: the rest of the tests answer the same questions through ScriptedPrompts instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from desktop.ui.prompts import Prompts


def when_a_dialog_opens(answer: Callable[[QFileDialog], None]) -> list[dict]:
    """Once a file dialog is on screen, note what it shows, then ``answer`` it (from the event loop it runs;
    the dialog is gone when the prompt returns)."""
    seen: list[dict] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        seen.append({"title": dialog.windowTitle(), "filters": dialog.nameFilters(), "mode": dialog.fileMode(),
                     "accept": dialog.acceptMode(), "parent": dialog.parent(),
                     "name": dialog.findChild(QLineEdit).text()})
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_the_save_picker_has_the_title_filter_and_suggested_name(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "q4.html"

    def answer(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit).setText(target.name)
        dialog.accept()

    seen = when_a_dialog_opens(answer)
    path = Prompts(parent).save_file("Save the report", "candor-report-2026-q4.html", "Web page (*.html)")
    [shown] = seen
    assert shown["name"] == "candor-report-2026-q4.html"
    assert shown["title"] == "Save the report" and shown["filters"] == ["Web page (*.html)"]
    assert shown["accept"] == QFileDialog.AcceptMode.AcceptSave and shown["parent"] is parent
    assert path == str(target)


def test_the_open_pickers_return_the_choice_and_none_when_cancelled(qtbot, tmp_path):
    policy = tmp_path / "2026-q3.toml"
    policy.write_text("", encoding="utf-8")
    prompts = Prompts(None)

    def pick(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile(str(policy))
        dialog.accept()

    seen = when_a_dialog_opens(pick)
    assert prompts.open_file("Open an earlier campaign's policy", "Policy (*.toml);;All files (*)") == str(policy)
    assert seen[0]["title"] == "Open an earlier campaign's policy"
    assert seen[0]["filters"] == ["Policy (*.toml)", "All files (*)"]
    assert seen[0]["mode"] == QFileDialog.FileMode.ExistingFile

    seen = when_a_dialog_opens(pick)
    assert prompts.open_files("Choose summary files or zip archives", "Summaries (*.toml)") == [str(policy)]
    assert seen[0]["mode"] == QFileDialog.FileMode.ExistingFiles

    def choose_folder(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile(str(tmp_path))
        dialog.accept()

    seen = when_a_dialog_opens(choose_folder)
    assert prompts.open_folder("Choose the folder with the summaries") == str(tmp_path)
    assert seen[0]["title"] == "Choose the folder with the summaries"
    assert seen[0]["mode"] == QFileDialog.FileMode.Directory

    when_a_dialog_opens(lambda dialog: dialog.reject())
    assert prompts.open_file("Open your compliance key file", "All files (*)") is None
    when_a_dialog_opens(lambda dialog: dialog.reject())
    assert prompts.open_files("Choose summary files or zip archives", "All files (*)") == []
    when_a_dialog_opens(lambda dialog: dialog.reject())
    assert prompts.open_folder("Choose the folder with the summaries") is None


def test_a_notice_leaves_the_window_running_and_goes_when_closed(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    Prompts(window).notice("The report was not saved", "New figures are held back", "Only 1 new summary.\n\nWait.",
                           "reportRefused")
    box = window.findChild(QMessageBox, "reportRefused")  # back here at once: the notice did not wait
    assert box is not None and box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    assert (box.windowTitle(), box.text()) == ("The report was not saved", "New figures are held back")
    assert box.informativeText() == "Only 1 new summary.\n\nWait."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "reportRefused") is None)


def test_within_keeps_the_script_and_moves_the_dialogs(qtbot):
    from tests.ui.conftest import ScriptedPrompts

    parent = QWidget()
    qtbot.addWidget(parent)
    script = ScriptedPrompts(files=["a.toml"])
    moved = script.within(parent)
    assert moved.parent is parent and script.parent is None
    assert moved.open_file("Open", "*") == "a.toml" and script.asked == [("open_file", "Open", "", "*")]
