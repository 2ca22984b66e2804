"""Idle memory: the resident set of the employee app once its first window is shown and idle.

Run: ``.venv/bin/python benchmarks/bench_memory.py`` (about ten seconds). The app starts as in the
startup benchmark (fresh process, offscreen, first run, in-memory keyring); one second after the
event loop first goes idle, the hook reads ``VmRSS`` from ``/proc/self/status``. The bare PySide6
window is measured the same way for reference. Median of a few runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BARE_WINDOW, gui_env, report, run_until_shown  # noqa: E402

RUNS = 3
SETTLE_MS = 1000
BUDGET_MB = 150.0


def measure(runs: int = RUNS) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="candor-bench-memory-"))
    candor, bare = [], []
    for index in range(runs):
        env = gui_env(work / f"data-{index}")
        env["CANDOR_BENCH_SETTLE_MS"] = str(SETTLE_MS)
        candor.append(run_until_shown(["-m", "desktop"], env)["rss_kb"])
        env = gui_env()
        env["CANDOR_BENCH_SETTLE_MS"] = str(SETTLE_MS)
        bare.append(run_until_shown([str(BARE_WINDOW)], env)["rss_kb"])
    return {
        "idle_rss_mb": round(statistics.median(candor) / 1024, 1),
        "idle_rss_bare_mb": round(statistics.median(bare) / 1024, 1),
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
