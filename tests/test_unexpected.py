"""An exception nobody caught: the log and the person learn its type and place, never its message."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.app_log import setup_logging, shutdown_logging
from desktop.unexpected import install

SECRET = "canary-Answer-4471"
ROOT = Path(__file__).resolve().parent.parent


def _check_answer() -> None:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError(f"the answer {SECRET!r} does not fit") from inner  # the line the log must name


RAISE_LINE = _check_answer.__code__.co_firstlineno + 4


def _uncaught(function) -> None:
    """As Python does for an exception that reaches the top: hand it to sys.excepthook."""
    try:
        function()
    except Exception:
        sys.excepthook(*sys.exc_info())


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(tmp_path / "data")
    yield path
    shutdown_logging()


def _log_text(path: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())


def test_the_log_names_type_and_place_but_not_the_message(log_file):
    told: list[str] = []
    restore = install(told.append)
    try:
        _uncaught(_check_answer)
    finally:
        restore()
    text = _log_text(log_file)
    assert f"unexpected ValueError at {__name__}._check_answer:{RAISE_LINE} <- {__name__}._uncaught:" in text
    assert SECRET not in text and "does not fit" not in text and "missing" not in text
    [notice] = told
    assert "unexpected error (ValueError)" in notice and SECRET not in notice


def test_a_background_thread_is_logged_the_same_way(log_file):
    told: list[str] = []
    restore = install(told.append)
    try:
        worker = threading.Thread(target=_check_answer)
        worker.start()
        worker.join()
    finally:
        restore()
    text = _log_text(log_file)
    assert f"unexpected ValueError at {__name__}._check_answer:{RAISE_LINE}" in text
    assert "(in a background thread)" in text
    assert SECRET not in text and SECRET not in "".join(told)


def test_a_repeating_fault_is_logged_each_time_but_told_once(log_file):
    told: list[str] = []
    restore = install(told.append)
    try:
        for _ in range(3):
            _uncaught(_check_answer)
    finally:
        restore()
    assert _log_text(log_file).count("unexpected ValueError") == 3
    assert len(told) == 1


def test_restore_puts_the_previous_hooks_back():
    before = sys.excepthook, threading.excepthook
    restore = install(lambda text: None)
    assert (sys.excepthook, threading.excepthook) != before
    restore()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_candor_command_reports_a_crash_without_its_message(tmp_path):
    """Through the real entry point (main() with the process's arguments): the hook is in place."""
    code = ("import sys\n"
            "import desktop.cli as cli\n"
            f"def broken(argv): raise RuntimeError('passphrase {SECRET}')\n"
            "cli.parse_args = broken\n"
            "sys.argv = ['candor', 'self-test']\n"  # a command: the bare start opens the window without parsing
            "cli.main()\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 1
    assert ("candor: an unexpected error (RuntimeError) stopped this command; nothing was sent anywhere."
            in result.stderr)
    assert "unexpected RuntimeError at __main__.broken:3 <- desktop.cli.main:" in result.stderr
    assert SECRET not in result.stderr and SECRET not in result.stdout
    assert "Traceback" not in result.stderr
