"""The start-up probe the start-up tests run as ``python -c``: it starts Candor as the command line does and, once
the first window is on screen, prints ``PROBE {json}`` with the heavy modules loaded by then and after the
content arrived, the window's title, the start button's text and the welcome status; then it quits."""

PROBE = r'''
import json, sys
from PySide6.QtCore import QAbstractEventDispatcher, QTimer
from PySide6.QtWidgets import QApplication

HEAVY = ("yaml", "sqlite_utils", "keyring", "pyrage", "jsonschema", "desktop.core.catalog",
         "desktop.core.questionnaire_loader", "desktop.ui.employee_app", "desktop.storage.store")
original = QApplication.exec
seen = {}

def exec_and_watch():
    app = QApplication.instance()
    def idle():
        if "first" in seen:
            return
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle()
                 and w.windowHandle().isExposed()]
        if not shown:
            return
        window = shown[0]
        seen["first"] = sorted(name for name in HEAVY if name in sys.modules)
        seen["title"] = window.windowTitle()
        def after():
            seen["after"] = sorted(name for name in HEAVY if name in sys.modules)
            seen["start"] = window.welcome.start_button.text()
            seen["status"] = window.welcome.status.text()
            print("PROBE " + json.dumps(seen), flush=True)
            app.exit(0)
        QTimer.singleShot(0, after)
    QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
    return original()

QApplication.exec = staticmethod(exec_and_watch)
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
'''
