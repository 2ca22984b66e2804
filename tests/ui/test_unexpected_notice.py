"""An exception in a slot while a window runs: one dialog in words, a log line without the message."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from desktop.app_log import setup_logging, shutdown_logging
from desktop.ui.unexpected_notice import install_window_notice
from tests.ui.conftest import ScriptedPrompts

SECRET = "canary-Note-8812"


def _slot_that_fails() -> None:
    raise LookupError(f"no tool named {SECRET}")


def test_a_failing_slot_shows_one_clear_dialog_and_logs_no_secret(qtbot, tmp_path):
    log_file = setup_logging(tmp_path / "data")
    prompts = ScriptedPrompts()
    restore = install_window_notice(prompts)
    try:
        QTimer.singleShot(0, _slot_that_fails)
        QTimer.singleShot(0, _slot_that_fails)
        qtbot.waitUntil(lambda: log_file.read_text(encoding="utf-8").count("unexpected LookupError") == 2)
    finally:
        restore()
        shutdown_logging()
    [(kind, title, text)] = prompts.shown  # the second fault is logged, not shown again
    assert (kind, title) == ("error", "Something went wrong")
    assert text.startswith("Candor ran into an unexpected error (LookupError). What was saved is kept, and nothing "
                           "was sent.")
    log = log_file.read_text(encoding="utf-8")
    assert f"unexpected LookupError at {__name__}._slot_that_fails:15" in log
    assert SECRET not in log and SECRET not in text
