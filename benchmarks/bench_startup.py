"""Startup: from process start to the first interactive window, against a bare PySide6 window.

Run: ``.venv/bin/python benchmarks/bench_startup.py`` (about half a minute). Both programs start
as fresh processes through ``shown_hook.py``, which reports the moment the first window is exposed
and the event loop has handled everything queued until then (for Candor, that includes opening the
encrypted store). Runs are interleaved (Candor, bare, Candor, ...) so a busy machine slows both
alike; the figure is the ratio of the medians. Candor starts as on a first run: an empty data
folder, a working keyring (in memory), no policy file.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BARE_WINDOW, QT_WELCOME_WINDOW, gui_env, report, run_until_shown  # noqa: E402

RUNS = 7
BUDGET_RATIO = 1.5


def measure(runs: int = RUNS) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="candor-bench-startup-"))
    candor, ready, bare, qt_window, rss = [], [], [], [], []
    run_until_shown([str(BARE_WINDOW)], gui_env())  # warm the file cache for all three before timing
    run_until_shown([str(QT_WELCOME_WINDOW)], gui_env())
    run_until_shown(["-m", "desktop"], gui_env(work / "warm"))
    for index in range(runs):
        report = run_until_shown(["-m", "desktop"], gui_env(work / f"data-{index}"))
        if report.get("title") != "Candor":
            raise RuntimeError(f"the first window shown was {report.get('title')!r}, not Candor's main window")
        candor.append(report["seconds"])
        ready.append(report["ready_seconds"])
        rss.append(report["rss_kb"])
        bare.append(run_until_shown([str(BARE_WINDOW)], gui_env())["seconds"])
        qt_window.append(run_until_shown([str(QT_WELCOME_WINDOW)], gui_env())["seconds"])
    candor_s, bare_s = statistics.median(candor), statistics.median(bare)
    qt_s, ready_s = statistics.median(qt_window), statistics.median(ready)
    return {
        "startup_candor_s": round(candor_s, 3),
        "startup_bare_s": round(bare_s, 3),
        "startup_ratio": round(candor_s / bare_s, 2),
        "startup_qt_window_s": round(qt_s, 3),
        "startup_qt_window_ratio": round(qt_s / bare_s, 2),
        "startup_vs_qt_window_ratio": round(candor_s / qt_s, 2),
        "startup_ready_s": round(ready_s, 3),
        "startup_ready_ratio": round(ready_s / bare_s, 2),
        "startup_runs": runs,
        "startup_rss_at_shown_mb": round(statistics.median(rss) / 1024, 1),
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
