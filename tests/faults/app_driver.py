"""Drives the real employee app in a child process, through its widgets, and reports on stdout.

    python -m tests.faults.app_driver answer PAGES -- [candor options]
        Press Start, answer every shown question on PAGES pages (pressing Next between them,
        not after the last), print one ``DRIVER {"event": "answered", ...}`` line per answer as
        soon as it was handed to the app, then ``DRIVER {"event": "ready", ...}`` and keep running
        until killed.
    python -m tests.faults.app_driver resume -- [candor options]
        Print what the welcome page offers, press its Start button, print the page the wizard
        opened on and what each shown question displays, then quit the app normally.

The app is started with ``desktop.cli.main`` exactly as ``python -m desktop`` does; the driver
only creates the QApplication first so it can schedule its script. It also refuses network
sockets, as the test suite does in-process.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QTimer  # noqa: TID251 - the driver is UI test code
from PySide6.QtTest import QTest  # noqa: TID251 - the driver is UI test code
from PySide6.QtWidgets import QApplication  # noqa: TID251 - the driver is UI test code

Wait = Callable[[], Any]
Script = Generator[Wait, Any, None]

PREFIX = "DRIVER "
NOTE = "typed just before the crash"


def report(event: str, **fields: Any) -> None:
    print(PREFIX + json.dumps({"event": event, **fields}), flush=True)


def _no_network() -> None:
    real = socket.socket

    class Guarded(real):
        def __init__(self, family: int = -1, *args: Any, **kwargs: Any) -> None:
            if family in (-1, socket.AF_INET, socket.AF_INET6):
                raise AssertionError("Candor tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    socket.socket = Guarded


def main_window():
    from desktop.ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown[0] if shown else None


def wizard_of(window):
    from desktop.ui.wizard import WizardPage

    page = window.pages.currentWidget()
    return page if isinstance(page, WizardPage) and page.isVisible() else None


def answer_block(wizard, block) -> Any:
    """Give one answer through the widget, as a person would; return what the widget now shows."""
    from desktop.ui.wizard.question_widgets import ChoiceWidget, FreeTextWidget, MultiChoiceWidget
    from desktop.ui.wizard.tool_picker import ToolPicker

    widget = block.answer
    if isinstance(widget, ToolPicker):
        widget.boxes["chatgpt"].click()
    elif isinstance(widget, ChoiceWidget):
        list(widget.buttons.values())[0].click()
    elif isinstance(widget, MultiChoiceWidget):
        list(widget.boxes.values())[0].click()
    elif isinstance(widget, FreeTextWidget):
        widget.editor.setFocus()
        QTest.keyClicks(widget.editor, NOTE)
    else:  # pragma: no cover - a new widget type needs a line here
        raise AssertionError(f"the driver cannot answer {type(widget).__name__}")
    return widget.value()


def answer_pages(pages: int) -> Script:
    window = yield main_window
    yield lambda: window.welcome.start_button.isEnabled()
    window.welcome.start_button.click()
    wizard = yield lambda: wizard_of(window)
    for number in range(1, pages + 1):
        done: set[str] = set()
        while True:
            todo = [b for b in wizard.blocks if not b.isHidden() and b.question.id not in done]
            if not todo:
                break
            block = todo[0]
            value = answer_block(wizard, block)
            done.add(block.question.id)
            report("answered", page=wizard.session.ref.key, question=block.question.id,
                   tool=wizard.session.ref.tool, value=value)
        if number < pages:
            before = wizard.session.ref.key
            wizard.next_button.click()
            assert wizard.session.ref.key != before, "Next did not move on"
    report("ready", page=wizard.session.ref.key, title=wizard.page_title.text())
    # Stay alive, event loop running, until the test kills the process.


def resume() -> Script:
    window = yield main_window
    yield lambda: window.welcome.start_button.isEnabled() and window.welcome.start_button.isVisible()
    report("welcome", start=window.welcome.start_button.text(), status=window.welcome.status.text())
    window.welcome.start_button.click()
    wizard = yield lambda: wizard_of(window)
    shown = {b.question.id: b.answer.value() for b in wizard.blocks if not b.isHidden()}
    report("resumed", page=wizard.session.ref.key, title=wizard.page_title.text(), shown=shown,
           answers=wizard.session.answers.to_dict())
    window.close()


def run(script: Script) -> None:
    """Advance ``script`` whenever the condition it waits for holds; check every 20 ms."""
    timer = QTimer()
    state: dict[str, Wait] = {}

    def advance(value: Any = None) -> None:
        try:
            state["wait"] = script.send(value)
        except StopIteration:
            timer.stop()

    def tick() -> None:
        try:
            result = state["wait"]()
            if result:
                advance(result)
        except Exception as exc:  # report, so the test shows why instead of timing out
            report("error", message=f"{type(exc).__name__}: {exc}")
            timer.stop()
            QApplication.exit(3)

    timer.timeout.connect(tick)
    timer.start(20)
    advance()
    run.timer = timer  # keep it alive


def main(argv: list[str]) -> int:
    split = argv.index("--")
    mode, rest, candor_args = argv[0], argv[1:split], argv[split + 1:]
    _no_network()
    app = QApplication(sys.argv[:1])  # run_app reuses it
    script = answer_pages(int(rest[0])) if mode == "answer" else resume()
    QTimer.singleShot(0, lambda: run(script))
    from desktop.cli import main as candor

    code = candor(candor_args)
    del app
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
