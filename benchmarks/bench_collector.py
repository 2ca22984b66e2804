"""Collector benchmarks: ingest against raw age decryption, and a report over 100,000 summaries.

Run: ``.venv/bin/python benchmarks/bench_collector.py`` (about a minute). Results go to
``benchmarks/results.json`` (merged with other benchmarks' keys). Every figure is a median over
repeated runs in this one process, and the ingest figure is a ratio against a baseline measured
on the same files in the same run, so a busy machine slows both alike.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyrage

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.collector.aggregate import aggregate  # noqa: E402
from desktop.collector.ingest import ingest  # noqa: E402
from desktop.collector.report_html import render_html  # noqa: E402
from desktop.collector.store import CollectorStore, SummaryRow  # noqa: E402
from desktop.core.catalog import load_catalog  # noqa: E402
from desktop.core.policy import Policy  # noqa: E402
from desktop.core.questionnaire_loader import load_questionnaire  # noqa: E402
from desktop.demo_cmd import write_demo_summaries  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results.json"
FILES = 3_000
REPORT_SUMMARIES = 100_000
RUNS = 5


def median_time(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    identity = pyrage.x25519.Identity.generate()
    policy = Policy.from_data({"campaign": {"id": "bench"}, "submission": {"recipient": str(identity.to_public())}})
    questionnaire, catalog = load_questionnaire(), load_catalog()
    work = Path(tempfile.mkdtemp(prefix="candor-bench-"))
    folder = work / "in"
    write_demo_summaries(FILES, folder, recipient=str(identity.to_public()), policy=policy, seed=1)
    files = sorted(folder.glob("*.age"))

    def raw() -> None:  # the baseline: read and decrypt every file, nothing else
        for file in files:
            pyrage.decrypt(file.read_bytes(), [identity])

    counter = iter(range(1_000_000))

    def full_ingest() -> None:
        with CollectorStore.open(work / f"store-{next(counter)}") as store:
            result = ingest([folder], [identity], "bench", store)
            assert result.imported == FILES, result

    raw_s = median_time(raw)
    ingest_s = median_time(full_ingest)

    with CollectorStore.open(work / "source") as store:
        ingest([folder], [identity], "bench", store)
        base = list(store.summaries("bench"))
    rows = []
    for i in range(REPORT_SUMMARIES):
        summary = dict(base[i % len(base)], submission_id=hashlib.sha256(str(i).encode()).hexdigest()[:32])
        text = json.dumps(summary, sort_keys=True, separators=(",", ":"))
        rows.append(SummaryRow(summary["submission_id"], "bench", summary["questionnaire"]["id"],
                               summary["questionnaire"]["version"], summary["format_version"],
                               hashlib.sha256(text.encode()).hexdigest(), text))
    summaries = [json.loads(row.summary) for row in rows]
    with CollectorStore.open(work / "big") as store:
        store.put_many(rows)

    def report_in_memory() -> None:
        render_html(aggregate(summaries, questionnaire, catalog, policy), organization="Bench")

    def report_from_store() -> None:
        with CollectorStore.open(work / "big") as big:
            loaded = list(big.summaries("bench"))
        render_html(aggregate(loaded, questionnaire, catalog, policy), organization="Bench")

    memory_s = median_time(report_in_memory, 3)
    store_s = median_time(report_from_store, 3)

    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update({
        "ingest_files": FILES,
        "raw_decrypt_s": round(raw_s, 3),
        "ingest_s": round(ingest_s, 3),
        "ingest_vs_raw_ratio": round(raw_s / ingest_s, 3),
        "report_100k_s": round(memory_s, 3),
        "report_100k_from_store_s": round(store_s, 3),
    })
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(json.dumps(results, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
