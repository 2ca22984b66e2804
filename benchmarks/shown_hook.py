"""Run a Qt program and stop it once its first window is on screen and the event loop is idle.

Used by the startup and memory benchmarks as ``python benchmarks/shown_hook.py -m desktop ...``
or ``python benchmarks/shown_hook.py path/to/script.py``. Nothing in Candor knows about it: it
wraps ``QApplication.exec`` so that, once a window has received its first Expose event (it can be
drawn), the next moment the event loop has handled everything queued and is about to wait for input
(``QAbstractEventDispatcher.aboutToBlock``) counts as "the first window is shown and interactive".
Work an app queues for right after showing (Candor opens its encrypted store so) is counted.
The hook then prints one JSON line::

    CANDOR-BENCH {"shown": <time.monotonic()>, "rss_kb": <VmRSS>, "title": "<window title>"}

and quits the loop. ``CANDOR_BENCH_SETTLE_MS`` (default 0) waits that long after the first
idle moment before reading the memory, for the idle-memory figure. ``time.monotonic`` is
CLOCK_MONOTONIC on Linux, the same clock in every process, so the parent can subtract the time
it recorded just before starting the process.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time


def _rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _install() -> None:
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec
    settle_ms = int(os.environ.get("CANDOR_BENCH_SETTLE_MS", "0"))

    class FirstExpose(QObject):
        def __init__(self, app: QApplication):
            super().__init__()
            self.app = app
            self.window = None
            self.reported = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            # Expose goes to the platform window (a QWindow) of a top-level widget, when it can be drawn.
            if self.window is None and event.type() == QEvent.Type.Expose and watched.isWindowType() \
                    and watched.isExposed():
                self.window = watched
                QAbstractEventDispatcher.instance().aboutToBlock.connect(self.idle)
            return False

        def idle(self) -> None:
            """The loop has nothing left to do and is about to wait: the window is interactive."""
            if self.reported:
                return
            self.reported = True
            shown = time.monotonic()

            def report() -> None:
                # Work the app queued for when the window first goes idle (Candor's second step:
                # content, storage, unlocking) ran before this: "ready" is when all of it is done.
                ready = time.monotonic()
                line = {"shown": shown, "ready": ready, "rss_kb": _rss_kb(), "title": self.window.title()}
                print("CANDOR-BENCH " + json.dumps(line), flush=True)
                self.app.exit(0)

            QTimer.singleShot(settle_ms, report)

    def exec_and_stop(*_args):  # called on the class or an instance: QApplication.exec is static
        app = QApplication.instance()
        watcher = FirstExpose(app)
        app.installEventFilter(watcher)
        app._candor_bench_watcher = watcher  # keep it alive
        return original_exec()

    QApplication.exec = staticmethod(exec_and_stop)


def main(argv: list[str]) -> None:
    _install()
    if argv[:1] == ["-m"]:
        sys.argv = [argv[1], *argv[2:]]
        runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = list(argv)
        runpy.run_path(argv[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
