"""Startup: from process start to the first interactive window, against a bare PySide6 window.

Run: ``.venv/bin/python benchmarks/bench_startup.py`` (about half a minute). Both programs start
as fresh processes through ``shown_hook.py``, which reports the moment the first window is exposed
and the event loop has handled everything queued until then (for Candor, that includes opening the
encrypted store). Runs are interleaved (Candor, bare, Candor, ...) so a busy machine slows both
alike; the figure is the ratio of the medians. Candor starts as on a first run: an empty data
folder, a working keyring (in memory), no policy file.

``--before=DIR`` also starts another Candor source tree (say, the commit before a change, exported with
``git archive COMMIT | tar -x -C DIR`` and its translations compiled, ``tools/translations.py release``) in the same
interleaved runs, so the change is measured against the same baselines under the same load
(``startup_before_vs_qt_window_ratio`` beside ``startup_vs_qt_window_ratio``); ``CANDOR_BENCH_BEFORE=DIR`` does
the same when run through run_all.py.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BARE_WINDOW, QT_WELCOME_WINDOW, gui_env, report, run_until_shown  # noqa: E402

RUNS = 15  # the start of a process varies by a tenth from run to run on a shared machine: many runs, medians
BUDGET_RATIO = 1.5


def _quartiles(candor: list[float], qt_window: list[float]) -> list[float]:
    return statistics.quantiles([c / q for c, q in zip(candor, qt_window, strict=True)], n=4)


def measure(runs: int = RUNS, before: Path | None = None) -> dict[str, Any]:
    """``before``: another Candor source tree (an earlier commit, exported), started in the same interleaved runs,
    so a change's effect is measured against the same baselines under the same load."""
    work = Path(tempfile.mkdtemp(prefix="candor-bench-startup-"))
    candor, ready, bare, qt_window, rss, earlier = [], [], [], [], [], []

    def earlier_env(name: str) -> dict[str, str]:
        env = gui_env(work / name)
        env["PYTHONPATH"] = str(before)
        return env

    run_until_shown([str(BARE_WINDOW)], gui_env())  # warm the file cache for all three before timing
    run_until_shown([str(QT_WELCOME_WINDOW)], gui_env())
    run_until_shown(["-m", "desktop"], gui_env(work / "warm"))
    if before is not None:
        run_until_shown(["-m", "desktop"], earlier_env("warm-before"))
    for index in range(runs):
        if before is not None:
            earlier.append(run_until_shown(["-m", "desktop"], earlier_env(f"before-{index}"))["seconds"])
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
    compared = {}
    if before is not None:
        compared = {"startup_before_s": round(statistics.median(earlier), 3),
                    "startup_before_vs_qt_window_ratio": round(statistics.median(earlier) / qt_s, 2)}
    return {
        **compared,
        "startup_candor_s": round(candor_s, 3),
        "startup_bare_s": round(bare_s, 3),
        "startup_ratio": round(candor_s / bare_s, 2),
        "startup_qt_window_s": round(qt_s, 3),
        "startup_qt_window_ratio": round(qt_s / bare_s, 2),
        "startup_vs_qt_window_ratio": round(candor_s / qt_s, 2),
        # The spread: each run's Candor start over the plain-Qt window's started right after it, first and third
        # quartile, so a reader sees how far one run strays from the medians' ratio.
        "startup_vs_qt_window_ratio_q1": round(_quartiles(candor, qt_window)[0], 2),
        "startup_vs_qt_window_ratio_q3": round(_quartiles(candor, qt_window)[2], 2),
        "startup_ready_s": round(ready_s, 3),
        "startup_ready_ratio": round(ready_s / bare_s, 2),
        "startup_runs": runs,
        "startup_rss_at_shown_mb": round(statistics.median(rss) / 1024, 1),
    }


def main() -> None:
    before = next((Path(arg.split("=", 1)[1]) for arg in sys.argv[1:] if arg.startswith("--before=")), None)
    if before is None and os.environ.get("CANDOR_BENCH_BEFORE"):  # as run_all.py passes it on
        before = Path(os.environ["CANDOR_BENCH_BEFORE"])
    report(measure(before=before), sys.argv[1:])


if __name__ == "__main__":
    main()
