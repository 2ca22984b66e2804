"""The usual start (``candor`` without arguments) skips work its first window does not need: the parser of every
command and wrapping the text of a page before it is shown. (Which modules the first window leaves unloaded is
checked in test_startup_qt_types.py.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import cli
from desktop.ui.page_layout import FittingScrollArea


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
