"""The preview and export dialog as an employee uses it, and the export log in History."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.exchange.envelope import dearmor, decrypt_summary
from tests.ui.flows import ANSWERS, MANAGER_ANSWERS, complete


def tree_rows(dialog) -> dict[str, list[tuple[str, str]]]:
    return dict(dialog.sections)


#: What the employee answers before the export in these tests: a manager, with a private note.
def test_preview_shows_every_field_in_plain_words_and_explains_randomization(
        open_export, qtbot, tmp_path, keyring_store, isolated_locations):
    _, dialog, _ = open_export(answers=MANAGER_ANSWERS)
    rows = tree_rows(dialog)
    assert "Your AI use (randomized answers)" in rows
    labels = [label for label, _ in rows["Your AI use (randomized answers)"]]
    assert "Tools used without approval" in labels and "Data put into personal accounts" in labels
    assert "randomized on purpose" in dialog.randomized_note.text()
    assert json.loads(dialog.raw.toPlainText()) == dialog.summary
    assert "canary-Zx81" not in dialog.raw.toPlainText()
    # Optional parts are withheld until the employee ticks them.
    assert "group" not in dialog.summary
    box = dialog.parts["role_level"]
    assert box.isEnabled() and "(I manage managers or a department)" in box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert dialog.summary["group"] == {"role_level": "manager"}
    assert "About you (you chose to include this)" in tree_rows(dialog)
    assert not dialog.parts["org_unit"].isEnabled()  # the policy offers no units: nothing to include


def test_save_as_and_copy_produce_summaries_only_compliance_can_open(open_export, qtbot, tmp_path, keyring_store,
                                                                    isolated_locations):
    employee, dialog, identity = open_export(answers=MANAGER_ANSWERS)
    target = tmp_path / "out.age"
    dialog.prompts.files.append(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(kind, title, suggested, file_filter)] = dialog.prompts.asked
    assert (kind, title, file_filter) == ("save_file", "Save your summary", "Candor summaries (*.age *.json)")
    assert suggested.startswith("candor-2026-q4-")
    assert f"Saved to {target}" in dialog.status.text()
    assert json.loads(decrypt_summary(target.read_bytes(), [identity])) == dialog.summary
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    pasted = QGuiApplication.clipboard().text()
    assert pasted.startswith("-----BEGIN AGE ENCRYPTED FILE-----")
    assert json.loads(decrypt_summary(dearmor(pasted), [identity])) == dialog.summary
    dialog.close()

    employee.results.page.back_button.click()
    employee.open_history()
    history = employee.results.page
    assert history.export_table.rowCount() == 2
    assert [history.export_table.item(r, 1).text() for r in range(2)] == ["Saved as a file", "Copied as text"]
    assert json.loads(history.export_view.toPlainText()) == dialog.summary


def test_an_unreachable_drop_folder_is_named_and_nothing_is_lost(open_export, qtbot, tmp_path, keyring_store,
        isolated_locations):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    _, dialog, _ = open_export(f"drop_folder = '{blocker / 'share'}'\n", answers=MANAGER_ANSWERS)
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Not exported:")
    assert str(blocker / "share") in dialog.status.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_without_a_recipient_export_is_refused_with_the_reason(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    complete(employee, ANSWERS)
    dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(dialog)
    assert "names no compliance key" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.copy_button.isEnabled()


def test_every_randomized_row_says_so_in_words_and_to_a_screen_reader(open_export, qtbot, tmp_path, keyring_store,
                                                                        isolated_locations):
    from PySide6.QtWidgets import QLabel

    _, dialog, _ = open_export(answers=MANAGER_ANSWERS)
    labels = [label for label in dialog.findChildren(QLabel) if label.accessibleName()]
    randomized = [label for label in labels if label.accessibleDescription().startswith("Randomized:")]
    assert len(randomized) >= 15  # AI use, training and every sentiment statement
    assert all("may differ from your answer" in label.text() for label in randomized)
    protected = next(label for label in labels if label.accessibleName().startswith("How your answers are protected"))
    assert "at most 3 times as often as any other answer" in protected.text()
    assert "How you see AI at work (randomized; not answered unless you include it)" in dict(dialog.sections)
