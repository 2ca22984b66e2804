"""The first window builds only the Qt classes and loads only the modules it shows.

PySide6 builds a Qt class's Python type (and every enum in it) the first time Python code touches the class:
the ``Qt`` namespace alone holds about a hundred enums and takes some 15 ms, ``QStyle``, ``QMessageBox`` and
``QFileDialog`` a few more each, and ``hashlib`` loads OpenSSL's bindings. The welcome window needs none of them,
so they come after it shows (with the content, the storage and the log). A subprocess starts Candor as a person
does and looks, the moment the window is first shown and idle, at what exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from desktop.core.policy_sources import resolve_policy
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

PROBE = r'''
import json, runpy, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication

# Modules the first window does not need: OpenSSL's bindings, the notice bar, the log; multiprocessing (only a
# worker process needs it), the "did you mean" helper, and what content, storage and checks load after it shows.
MODULES = ("hashlib", "desktop.ui.notice_bar", "desktop.app_log",
           "multiprocessing", "difflib", "keyring", "sqlite_utils", "jsonschema", "cryptography")
TYPES = {"QtCore": ("Qt",), "QtWidgets": ("QStyle", "QMessageBox", "QFileDialog", "QInputDialog", "QToolButton")}
original = QApplication.exec

def exec_and_watch():
    app = QApplication.instance()
    def idle():
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle()
                 and w.windowHandle().isExposed()]
        if shown:
            built = sorted(f"{module}.{name}" for module, names in TYPES.items() for name in names
                           if name in vars(getattr(PySide6, module)))
            print("PROBE " + json.dumps({"title": shown[0].windowTitle(), "built": built,
                                         "loaded": sorted(name for name in MODULES if name in sys.modules)}),
                  flush=True)
            app.exit(0)
    QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
    return original()

QApplication.exec = staticmethod(exec_and_watch)
sys.argv = ["candor"]
runpy.run_module("desktop", run_name="__main__", alter_sys=True)
'''


def test_the_first_window_builds_no_qt_class_and_loads_no_module_it_does_not_show(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CANDOR_DATA_DIR": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring", "HOME": str(tmp_path)}
    env.pop("CANDOR_POLICY", None)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    assert lines, done.stdout + done.stderr
    assert json.loads(lines[0][len("PROBE "):]) == {"title": "Candor", "built": [], "loaded": []}


def test_the_welcome_texts_stay_plain_and_top_left_and_its_scroll_area_no_tab_stop(qtbot, tmp_path: Path) -> None:
    """What the window shows is the same as when these were set through the Qt namespace."""
    window = MainWindow(resolve_policy(None, {}, None), tmp_path)
    qtbot.addWidget(window)
    bodies = [card.body for card in window.welcome.cards]
    assert bodies and all(body.textFormat() == Qt.TextFormat.PlainText for body in bodies)
    assert all(body.alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft for body in bodies)
    scroll = window.welcome.findChild(QScrollArea, "pageScroll")
    assert scroll is not None and scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert isinstance(window.welcome.title, QLabel)
