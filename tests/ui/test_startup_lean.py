"""The usual start (``candor`` without arguments) skips work its first window does not need: the parser of every
command, multiprocessing (only a worker process needs it), the "did you mean" helpers, and wrapping the text of a
page before it is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import cli
from desktop.ui.page_layout import FittingScrollArea

ROOT = Path(__file__).resolve().parents[2]

PROBE = r'''
import json, runpy, sys
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication

LAZY = ("multiprocessing", "difflib", "keyring", "sqlite_utils", "jsonschema", "cryptography")
original = QApplication.exec

def exec_and_watch():
    app = QApplication.instance()
    def idle():
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle()
                 and w.windowHandle().isExposed()]
        if shown:
            print("PROBE " + json.dumps({"title": shown[0].windowTitle(),
                                         "loaded": sorted(name for name in LAZY if name in sys.modules)}), flush=True)
            app.exit(0)
    QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
    return original()

QApplication.exec = staticmethod(exec_and_watch)
sys.argv = ["candor"]
runpy.run_module("desktop", run_name="__main__", alter_sys=True)
'''


def test_the_first_window_comes_without_multiprocessing_or_the_explaining_helpers(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CANDOR_DATA_DIR": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    assert lines, done.stdout + done.stderr
    seen = json.loads(lines[0][len("PROBE "):])
    assert seen == {"title": "Candor", "loaded": []}


def test_candor_without_arguments_opens_the_app_without_building_the_command_parser(monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the parser was built"))
    monkeypatch.setattr(cli, "run_gui", lambda args: opened.append(vars(args)) or 0)
    assert cli.main([]) == 0
    assert opened == [{"command": None, "data_dir": None, "policy": None, "lang": None}]


def test_options_still_go_through_the_parser(monkeypatch, tmp_path: Path) -> None:
    opened = []
    monkeypatch.setattr(cli, "run_gui", lambda args: opened.append((args.data_dir, args.lang)) or 0)
    assert cli.main(["--data-dir", str(tmp_path), "--lang", "de"]) == 0
    assert opened == [(str(tmp_path), "de")]


def test_a_page_is_fitted_to_its_width_when_shown_not_before(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("A long sentence that has to wrap over several lines when the page is narrow enough. " * 8)
    label.setWordWrap(True)
    layout.addWidget(label)
    scroll = FittingScrollArea()
    qtbot.addWidget(scroll)
    scroll.setWidget(page)
    assert page.minimumHeight() == 0  # not shown yet: its text is not wrapped for a width it does not have
    scroll.resize(300, 200)
    scroll.show()
    qtbot.waitExposed(scroll)
    needed = page.layout().totalHeightForWidth(scroll.viewport().width())
    qtbot.waitUntil(lambda: page.minimumHeight() == needed)
    assert needed > 200  # taller than the window: the page scrolls instead of squeezing its text
    scroll.resize(600, 200)
    qtbot.waitUntil(lambda: page.minimumHeight() == page.layout().totalHeightForWidth(scroll.viewport().width()))


def test_a_frozen_app_still_lets_its_worker_processes_start(monkeypatch, capsys) -> None:
    """Frozen, the workers and multiprocessing's resource tracker start as copies of the app: freeze_support (which
    PyInstaller's runtime hook extends to the tracker) must run before the command line is read."""
    import multiprocessing
    import runpy

    called = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: called.append(True))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["candor", "--version"])
    with pytest.raises(SystemExit):
        runpy.run_module("desktop", run_name="__main__", alter_sys=False)
    assert called == [True]
    capsys.readouterr()
