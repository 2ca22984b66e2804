"""Shared helpers of the benchmarks: timing statistics, subprocess runs and the results file."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.json"
HOOK = ROOT / "benchmarks" / "shown_hook.py"
BARE_WINDOW = ROOT / "benchmarks" / "bare_window.py"
QT_WELCOME_WINDOW = ROOT / "benchmarks" / "qt_welcome_window.py"
MARK = "CANDOR-BENCH "

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_time(action: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``action``, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (``share`` 0.95 for the 95th) of ``values``."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def gui_env(data_dir: Path | None = None) -> dict[str, str]:
    """The environment of a benchmarked app: offscreen Qt, an in-memory keyring, private folders."""
    env = dict(os.environ)
    sandbox = Path(tempfile.mkdtemp(prefix="candor-bench-env-"))
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        # A first run with a working keyring: the key is made and kept without asking anything.
        "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring",
        "XDG_CONFIG_HOME": str(sandbox / "config"),
        "XDG_DATA_HOME": str(sandbox / "data"),
        "XDG_CACHE_HOME": str(sandbox / "cache"),
        "XDG_STATE_HOME": str(sandbox / "state"),
        "PYTHONPATH": str(ROOT),
    })
    env.pop("CANDOR_POLICY", None)
    # An installed or frozen app starts from compiled bytecode: a shell that forbids writing it would make every
    # start compile all of Candor's modules again, which no user's start does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if data_dir is not None:
        env["CANDOR_DATA_DIR"] = str(data_dir)
    return env


def run_until_shown(args: Sequence[str], env: Mapping[str, str], timeout: float = 60.0) -> dict[str, Any]:
    """Start ``python shown_hook.py *args`` and return its report, with ``seconds`` from start to shown."""
    command = [sys.executable, str(HOOK), *args]
    started = time.monotonic()
    done = subprocess.run(command, env=dict(env), cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARK)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} did not report a shown window (exit {done.returncode}):\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    report = json.loads(lines[0][len(MARK):])
    report["seconds"] = report["shown"] - started
    report["ready_seconds"] = report.get("ready", report["shown"]) - started
    return report


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    import platform

    import PySide6

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "os": platform.platform(terse=True),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
    }


def merge_results(figures: Mapping[str, Any]) -> dict[str, Any]:
    """Add ``figures`` to ``benchmarks/results.json`` (keeping other benchmarks' keys); return the lot."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return results


def report(figures: Mapping[str, Any], argv: Sequence[str] = ()) -> None:
    """A benchmark module's output: with ``--json``, one JSON line for run_all.py; otherwise the
    figures are merged into ``results.json`` and printed one per line."""
    if "--json" in argv:
        print(json.dumps(dict(figures), sort_keys=True))
        return
    merge_results(figures)
    for key, value in figures.items():
        print(f"{key}: {value}")
