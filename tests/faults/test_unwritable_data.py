"""Fault proof: a read-only data folder at start, and a disk that fills up (or turns read-only) mid-session.

Tests run as root, where permission bits do not stop writes, so the failures are injected where
the operating system or SQLite would report them: the start-up probe's write, and the store's
SQL writes. What is checked is what the person sees and what the database holds.
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from PySide6.QtWidgets import QPushButton  # noqa: TID251 - a UI test

from desktop.core.answers import Answers
from desktop.storage import probe
from desktop.storage.probe import WriteFailed, probe_data_dir
from desktop.ui.employee_app import EmployeeApp
from desktop.ui.notice_bar import NoticeBar
from tests.ui.conftest import ScriptedPrompts

CAMPAIGN = "default"


def notice(employee: EmployeeApp, name: str) -> NoticeBar | None:
    found = [n for n in employee.window.findChildren(NoticeBar, name) if n.isVisible()]
    return found[0] if found else None


def stored_answers(employee: EmployeeApp) -> Answers:
    return Answers.from_dict(employee.store.current_draft(CAMPAIGN).state.get("answers"))


# -- the start-up probe ---------------------------------------------------------------------------


def test_the_probe_writes_real_bytes_and_leaves_nothing(tmp_path):
    probe_data_dir(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_probe_reports_a_full_disk_with_the_folder_and_what_to_do(tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(probe, "_sync", full)
    with pytest.raises(WriteFailed) as info:
        probe_data_dir(tmp_path)
    assert info.value.problem == "full"
    message = str(info.value)
    assert str(tmp_path) in message and "is full" in message and "Free some space" in message
    assert "--data-dir" in message
    assert list(tmp_path.iterdir()) == []  # the half-written probe file is gone


@pytest.mark.parametrize(("error", "problem"), [
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.EROFS, "Read-only file system"), "read_only"),
    (OSError(errno.EIO, "Input/output error"), "other"),
])
def test_write_failures_are_told_apart(error, problem):
    assert probe.classify(error) == problem


def test_a_read_only_data_folder_at_start_is_named_and_the_app_carries_on(make_app, qtbot, content, tmp_path,
                                                                       keyring_store, monkeypatch):
    data = tmp_path / "data"

    def read_only(_path):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(probe, "_touch", read_only)
    prompts = ScriptedPrompts()
    employee = make_app(content, keyring_store, data=data, prompts=prompts)
    assert not employee.unlock()
    kind, title, text = prompts.shown[0]
    assert (kind, title) == ("error", "Candor cannot open your data")
    assert str(data) in text and "read-only" in text
    assert "Make the folder writable" in text and "--data-dir" in text
    status = employee.window.welcome.status
    assert status.isVisible() and str(data) in status.text()
    assert employee.window.isVisible()

    monkeypatch.undo()  # the person fixed the folder; Start tries again
    employee.window.welcome.start_button.click()
    qtbot.waitUntil(lambda: employee.wizard is not None and employee.wizard.isVisible())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permission bits")
def test_a_data_folder_that_cannot_be_created_is_named(make_app, qtbot, content, tmp_path, keyring_store):
    parent = tmp_path / "locked"
    parent.mkdir(mode=0o500)
    prompts = ScriptedPrompts()
    try:
        employee = make_app(content, keyring_store, data=parent / "data", prompts=prompts)
        assert not employee.unlock()
    finally:
        parent.chmod(0o700)
    assert str(parent / "data") in prompts.shown[0][2] and "--data-dir" in prompts.shown[0][2]


# -- mid-session ----------------------------------------------------------------------------------


class BrokenDisk:
    """Makes the store's SQL writes fail with ``error`` while ``on``; reads keep working."""

    def __init__(self, db, error: BaseException):
        self.error = error
        self.on = False
        self.real = db.execute

    def execute(self, sql, *args, **kwargs):
        if self.on and sql.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            raise self.error
        return self.real(sql, *args, **kwargs)


def start_wizard(qtbot, employee: EmployeeApp, monkeypatch, error: BaseException):
    employee.window.welcome.start_button.click()
    qtbot.waitUntil(lambda: employee.wizard is not None and employee.wizard.isVisible())
    disk = BrokenDisk(employee.store.db, error)
    monkeypatch.setattr(employee.store.db, "execute", disk.execute)
    picker = employee.wizard.blocks[0].answer
    picker.boxes["chatgpt"].click()  # saved while the disk is fine
    assert stored_answers(employee).get("tools_used") == ["chatgpt"]
    disk.on = True
    return disk, picker


@pytest.mark.parametrize(("error", "advice"), [
    (sqlite3.OperationalError("database or disk is full"), "the disk is full. Free some space"),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full. Free some space"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "Make it writable for your user"),
])
def test_a_failing_disk_mid_session_keeps_the_answers_on_screen_and_saves_them_later(
        make_app, qtbot, content, tmp_path, keyring_store, monkeypatch, error, advice):
    data = tmp_path / "data"
    prompts = ScriptedPrompts(confirms=[False])
    employee = make_app(content, keyring_store, data=data, prompts=prompts)
    disk, picker = start_wizard(qtbot, employee, monkeypatch, error)

    picker.boxes["claude"].click()  # the write fails
    qtbot.waitUntil(lambda: notice(employee, "saveProblem") is not None)
    bar = notice(employee, "saveProblem")
    assert "Not saved" in bar.summary.text() and "still on screen" in bar.summary.text()
    assert str(data) in bar.details.text() and advice in bar.details.text()
    assert picker.boxes["chatgpt"].isChecked() and picker.boxes["claude"].isChecked()
    assert stored_answers(employee).get("tools_used") == ["chatgpt"]  # the disk holds the last good save

    # Leaving now would lose the unsaved answer: Candor asks, and "Stay here" keeps everything.
    employee.wizard.save_close_button.click()
    assert prompts.shown[-1][:2] == ("confirm", "Your latest answers are not saved")
    assert employee.wizard is not None and employee.wizard.isVisible()
    assert picker.boxes["claude"].isChecked()

    disk.on = False  # space was freed / the folder is writable again
    try_again = [b for b in bar.findChildren(QPushButton) if b.objectName() == "saveTryAgain"][0]
    try_again.click()
    qtbot.waitUntil(lambda: notice(employee, "saveProblem") is None)
    assert "all your answers are saved now" in notice(employee, "saveRecovered").summary.text()
    assert stored_answers(employee).get("tools_used") == ["chatgpt", "claude"]


def test_unsaved_answers_are_retried_by_themselves(make_app, qtbot, content, tmp_path, keyring_store, monkeypatch):
    employee = make_app(content, keyring_store, data=tmp_path / "data")
    disk, picker = start_wizard(qtbot, employee, monkeypatch,
                                sqlite3.OperationalError("database or disk is full"))
    picker.boxes["claude"].click()
    qtbot.waitUntil(lambda: notice(employee, "saveProblem") is not None)
    employee.saving.timer.setInterval(20)
    disk.on = False
    qtbot.waitUntil(lambda: stored_answers(employee).get("tools_used") == ["chatgpt", "claude"])
    qtbot.waitUntil(lambda: notice(employee, "saveRecovered") is not None)


def test_closing_with_unsaved_answers_asks_and_can_be_declined(make_app, qtbot, content, tmp_path, keyring_store,
                                                               monkeypatch):
    prompts = ScriptedPrompts(confirms=[False, True])
    employee = make_app(content, keyring_store, data=tmp_path / "data", prompts=prompts)
    _disk, picker = start_wizard(qtbot, employee, monkeypatch, OSError(errno.EROFS, "Read-only file system"))
    picker.boxes["claude"].click()
    qtbot.waitUntil(lambda: notice(employee, "saveProblem") is not None)

    assert not employee.window.close()  # "Stay here"
    assert employee.window.isVisible() and picker.boxes["claude"].isChecked()
    assert prompts.shown[-1][:2] == ("confirm", "Your latest answers are not saved")
    assert "read-only" in prompts.shown[-1][2]
    assert employee.window.close()  # "Leave without saving"
    assert not employee.saving.unsaved


def test_leaving_without_saving_says_so_on_the_welcome_page(make_app, qtbot, content, tmp_path, keyring_store,
        monkeypatch):
    prompts = ScriptedPrompts(confirms=[True])
    employee = make_app(content, keyring_store, data=tmp_path / "data", prompts=prompts)
    _disk, picker = start_wizard(qtbot, employee, monkeypatch,
                                 sqlite3.OperationalError("database or disk is full"))
    picker.boxes["claude"].click()
    employee.wizard.save_close_button.click()
    status = employee.window.welcome.status
    qtbot.waitUntil(status.isVisible)
    assert "Your latest answers were not saved" in status.text() and "the disk is full" in status.text()


def test_finishing_on_a_full_disk_stays_on_the_page(make_app, qtbot, content, tmp_path, keyring_store, monkeypatch):
    employee = make_app(content, keyring_store, data=tmp_path / "data")
    disk, _picker = start_wizard(qtbot, employee, monkeypatch,
                                 sqlite3.OperationalError("database or disk is full"))
    wizard = employee.wizard
    wizard.finished.emit()  # as the Finish button does on the last page
    assert employee.wizard is wizard and wizard.isVisible()
    qtbot.waitUntil(lambda: notice(employee, "saveProblem") is not None)
    assert employee.store.current_draft(CAMPAIGN) is not None  # not marked completed
    disk.on = False
    wizard.finished.emit()
    qtbot.waitUntil(lambda: employee.wizard is None)
    assert employee.store.current_draft(CAMPAIGN) is None
