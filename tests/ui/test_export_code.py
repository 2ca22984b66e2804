"""The export dialog with a participation code, walked by keyboard: typo, correction, export, and the channel."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.participation_code import ALPHABET, display, new_code
from desktop.exchange.envelope import decrypt_summary


def tab_to(qtbot, dialog, widget, limit: int = 40) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def test_keyboard_walk_with_a_mistyped_then_a_correct_code(open_export, qtbot, tmp_path, keyring_store,
        isolated_locations):
    trustee = tmp_path / "trustee"
    employee, dialog, identity = open_export(f"require_code = true\ntrustee_folder = '{trustee}'\n",
                                             activate=True)
    entry = dialog.code_entry
    assert "trustee's folder" in dialog.channel.text() and "cannot see who saved which file" in dialog.channel.text()
    assert not dialog.save_button.isEnabled() and not dialog.drop_button.isEnabled()
    assert "Enter the participation code" in dialog.status.text()

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert QApplication.focusWidget() is entry.line
    code = new_code()
    wrong = ALPHABET[(ALPHABET.index(code[5]) + 3) % len(ALPHABET)]
    typo = display(code[:5] + wrong + code[6:])
    qtbot.keyClicks(entry.line, typo)
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter checked the code; it did not press a button of the dialog
    assert "typing mistake" in entry.message.text()
    assert entry.line.text() == typo  # what was typed stays, to be corrected
    assert not dialog.save_button.isEnabled() and "participation_code" not in dialog.summary

    qtbot.keyClicks(entry.line, " ".join([code[:4], code[4:8], code[8:]]).lower())  # replaces the selection
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert f"Code {display(code)} will be sent" in entry.message.text()
    assert dialog.summary["participation_code"] == code
    assert dialog.save_button.isEnabled() and dialog.status.isHidden()
    about = dict(dialog.sections)["About this summary"]
    shown = dict(about)["Participation code"]
    assert code[-4:] in shown and code not in shown.replace("-", "")
    assert code in dialog.raw.toPlainText()  # the JSON tab is exactly what is sent

    target = tmp_path / "out.age"
    dialog.prompts.files.append(target)
    tab_to(qtbot, dialog, dialog.save_button)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert json.loads(decrypt_summary(target.read_bytes(), [identity]))["participation_code"] == code


def test_the_code_is_kept_for_the_next_export(open_export, qtbot, tmp_path, keyring_store, isolated_locations):
    employee, dialog, _ = open_export("require_code = true\n", activate=True)
    code = new_code()
    dialog.code_entry.line.setText(code)
    qtbot.mouseClick(dialog.code_entry.use_button, Qt.MouseButton.LeftButton)
    dialog.close()
    again = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(again)
    assert again.summary["participation_code"] == code and again.save_button.isEnabled()
    assert "compliance drop folder" not in again.channel.text()
