"""Export: build the summary, randomize it, encrypt it for the compliance key and write the file.

Run: ``.venv/bin/python benchmarks/bench_export.py`` (a few seconds). The path the export dialog
takes (:class:`desktop.exchange.exporter.Exporter`): ``prepare`` (build and randomize, keeping the
memo and the submission secret in a real encrypted store) then ``save_as`` (age-encrypt, write to a
temporary file, fsync, rename, and log the export in the store). Each run uses a fresh store, so
the randomization is drawn anew every time; the answers are a demo employee's with several tools.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _app_fixture import isolated_content, open_encrypted_store, realistic_answers  # noqa: E402
from _common import percentile, report  # noqa: E402

RUNS = 60
BUDGET_MS = 100.0


def measure(runs: int = RUNS) -> dict[str, Any]:
    import pyrage

    from desktop import __version__
    from desktop.core.navigation import Navigator
    from desktop.core.policy import Policy
    from desktop.exchange.envelope import decrypt_summary
    from desktop.exchange.exporter import Exporter

    work = Path(tempfile.mkdtemp(prefix="candor-bench-export-"))
    content = isolated_content(work)
    identity = pyrage.x25519.Identity.generate()
    policy = Policy.from_data({"campaign": {"id": "bench"}, "submission": {"recipient": str(identity.to_public())}})
    answers = realistic_answers(7, policy)
    effective = Navigator(content.questionnaire, org_units_offered=bool(policy.org_units)).effective_answers(answers)
    times: list[float] = []
    written = None
    for index in range(runs + 1):
        store, _keys = open_encrypted_store(work / f"store-{index}")
        exporter = Exporter(content.questionnaire, content.catalog, policy, __version__, store)
        target = work / f"out-{index}" / exporter.suggested_name()
        target.parent.mkdir()
        started = time.perf_counter()
        summary = exporter.prepare(effective, answers.other_tools)
        written = exporter.save_as(summary, target)
        elapsed = time.perf_counter() - started
        store.close()
        if index:  # the first run pays for first-use imports
            times.append(elapsed)
    assert written is not None and decrypt_summary(written.read_bytes(), [identity])  # it is a real export
    return {
        "export_ms": round(statistics.median(times) * 1000, 1),
        "export_p95_ms": round(percentile(times, 0.95) * 1000, 1),
        "export_runs": runs,
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
