"""Collector benchmarks: ingest against raw age decryption, and a report over 100,000 summaries.

Run: ``.venv/bin/python benchmarks/bench_collector.py`` (about a minute). Results go to
``benchmarks/results.json`` (merged with other benchmarks' keys). Every figure is a median over
repeated runs in this one process, and the ingest figure is a ratio against a baseline measured
on the same files in the same run (interleaved, raw then ingest), so a busy machine slows both
alike; the raw baseline is measured twice, in one process and on as many worker processes as
ingest starts (the physical limit). The report from the store reads the summaries as
``candor report`` does: streamed from
the database into the aggregation (each summary decrypted as it is read), never all held at once, and
goes through the release ledger as ``candor report`` does; the ledger's own costs at 100,000 members
are measured on their own too. The collector database's key is kept in an in-memory keyring.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import median_time, report  # noqa: E402

# Candor's modules are imported inside measure(): ingest decrypts in worker processes, which start
# by importing this script (as multiprocessing's "spawn" does with any main module), and the real
# entry points (`candor ingest`, the collector window) import only the light command-line module.

FILES = 3_000
REPORT_SUMMARIES = 100_000
RUNS = 7
BUDGET_RATIO = 0.70
BUDGET_REPORT_S = 2.0


BUDGET_PARALLEL_RATIO = 0.8
#: Summaries imported before each "first report after an import".
IMPORT_BEFORE_REPORT = 1_000

_IDENTITY: list[Any] = []


def _raw_worker_start(identity: str) -> None:  # a raw-decryption worker: the key, and nothing of Candor
    import pyrage

    _IDENTITY[:] = [pyrage.x25519.Identity.from_str(identity)]


def _raw_decrypt(envelopes: list[bytes]) -> int:
    import pyrage

    for envelope in envelopes:
        pyrage.decrypt(envelope, _IDENTITY)
    return len(envelopes)


def measure() -> dict[str, Any]:
    import keyring
    import pyrage

    from desktop.storage.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the collector database's key, as the OS keyring would keep it

    from desktop.collector.aggregate import aggregate, build_report
    from desktop.collector.ingest import ingest
    from desktop.collector.ledger import ReleaseLedger, ReleaseRefused
    from desktop.collector.report_html import render_html
    from desktop.collector.store import CollectorStore, SummaryRow
    from desktop.collector.tally_cache import counted
    from desktop.commands.demo import write_demo_summaries
    from desktop.core.catalog import load_catalog
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire

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
    # As `candor ingest` and the collector window run it: with the campaign's rules, which check each summary's
    # settings and items and keep the campaign's counts up to date.
    from desktop.collector.campaign_rules import CampaignRules

    rules = CampaignRules.for_policy(questionnaire, catalog, policy)

    def full_ingest(workers: int | None = None) -> None:
        with CollectorStore.open(work / f"store-{next(counter)}") as store:
            result = ingest([folder], [identity], rules, store, workers=workers)
            assert result.imported == FILES, result

    # The physical limit: raw decryption on every core (as many worker processes as ingest starts for a large
    # import, whether or not it starts them for these files), each file read here and decrypted there in ingest's
    # chunks. The pool is started once, outside the timing (ingest's own start-up
    # of its workers is inside its figure), so the baseline is the most generous one.
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from desktop.collector.decrypt_pool import CHUNK, MAX_WORKERS, cores, worker_count

    workers, baseline_workers = worker_count(FILES), max(1, min(cores(), MAX_WORKERS))
    pool = ProcessPoolExecutor(baseline_workers, mp_context=get_context("spawn"), initializer=_raw_worker_start,
                               initargs=(str(identity),))

    def raw_parallel() -> None:
        chunks = [[file.read_bytes() for file in files[start:start + CHUNK]] for start in range(0, FILES, CHUNK)]
        assert sum(pool.map(_raw_decrypt, chunks)) == FILES

    raw(), raw_parallel(), full_ingest(), full_ingest(0)  # warm the file cache and first-use costs
    raw_times, parallel_times, ingest_times, serial_times = [], [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment slows all four
        raw_times.append(median_time(raw, 1))
        parallel_times.append(median_time(raw_parallel, 1))
        ingest_times.append(median_time(full_ingest, 1))
        serial_times.append(median_time(lambda: full_ingest(0), 1))
    pool.shutdown()
    raw_s, ingest_s = statistics.median(raw_times), statistics.median(ingest_times)
    parallel_s = statistics.median(parallel_times)
    serial_s = statistics.median(serial_times)

    with CollectorStore.open(work / "source") as store:
        ingest([folder], [identity], "bench", store)
        base = list(store.summaries("bench"))

    def rows_numbered(numbers: Iterable[int]) -> list[SummaryRow]:
        """Stored rows of the imported summaries again, summary ``i`` with its own submission id."""
        made = []
        for i in numbers:
            summary = dict(base[i % len(base)], submission_id=hashlib.sha256(str(i).encode()).hexdigest()[:32])
            text = json.dumps(summary, sort_keys=True, separators=(",", ":"))
            made.append(SummaryRow(summary["submission_id"], "bench", summary["questionnaire"]["id"],
                                   summary["questionnaire"]["version"], summary["format_version"],
                                   hashlib.sha256(text.encode()).hexdigest(), text))
        return made

    rows = rows_numbered(range(REPORT_SUMMARIES))
    summaries = [json.loads(row.summary) for row in rows]
    with CollectorStore.open(work / "big") as store:
        store.put_many(rows)

    def report_in_memory() -> None:
        render_html(aggregate(summaries, questionnaire, catalog, policy), organization="Bench")

    k = policy.privacy.min_group_size

    def report_from_store(keep: bool, ledger: bool = True) -> None:  # as desktop/commands/report.py does
        with CollectorStore.open(work / "big") as big:
            if not keep:  # the first report after an import: every summary is read and counted
                big.db.execute("DELETE FROM tallies")
            report = build_report(counted(big, "bench", questionnaire, catalog, policy))
            if not ledger:  # the same without the release ledger, to show what it costs
                render_html(report, organization="Bench")
                return
            with ReleaseLedger(big, k).releasing("bench", report, "html", str(work / "report.html")):
                render_html(report, organization="Bench")

    # The first report after an import: each time IMPORT_BEFORE_REPORT new summaries are stored as ingest with
    # the campaign's rules stores them (keeping the counts up to date), then the report is made and timed.
    from desktop.collector.tally_cache import CountsKeeper

    fresh_ids = iter(range(2_000_000, 3_000_000))

    def imported(count: int) -> list[SummaryRow]:
        return rows_numbered(next(fresh_ids) for _ in range(count))

    with CollectorStore.open(work / "after") as after:
        after.put_many(rows, CountsKeeper(questionnaire, catalog, policy))
    after_times = []
    for _ in range(3):
        with CollectorStore.open(work / "after") as after:
            after.put_many(imported(IMPORT_BEFORE_REPORT), CountsKeeper(questionnaire, catalog, policy))

        def first_report() -> None:
            with CollectorStore.open(work / "after") as after:
                report = build_report(counted(after, "bench", questionnaire, catalog, policy))
                with ReleaseLedger(after, k).releasing("bench", report, "html", str(work / "report.html")):
                    render_html(report, organization="Bench")

        after_times.append(median_time(first_report, 1))
    first_after_import_s = statistics.median(after_times)

    memory_s = median_time(report_in_memory, 3)
    store_s = median_time(lambda: report_from_store(False), 3)
    kept_s = median_time(lambda: report_from_store(True), 3)
    kept_no_ledger_s = median_time(lambda: report_from_store(True, ledger=False), 3)

    # The release ledger alone, at 100,000 members: reading the members (sorted keys from the index),
    # checking them against an earlier release of the same set (every report again), against one that
    # differs by one summary (read, unpack and compare the earlier set; refused), and recording a new set.
    extra = iter(range(REPORT_SUMMARIES, REPORT_SUMMARIES + 1_000))

    def more(count: int) -> list[SummaryRow]:
        return rows_numbered(next(extra) for _ in range(count))

    with CollectorStore.open(work / "big") as big:
        ledger = ReleaseLedger(big, k)
        members_s = median_time(lambda: ledger.members("bench"), RUNS)
        same_s = median_time(lambda: ledger.check("bench", None, ledger.members("bench")), RUNS)
        big.put_many(more(1))

        def refused() -> None:
            assert ledger.check("bench", None, ledger.members("bench")) is not None

        near_s = median_time(refused, RUNS)
        record_times = []
        for _ in range(3):  # each time k more summaries, so a new set is allowed, packed and stored
            big.put_many(more(k))
            record_times.append(median_time(lambda: ledger.record("bench", None, ledger.members("bench"), "html",
                                                                  "r.html"), 1))
        set_bytes = len(big.release_set(ledger.releases("bench")[-1].set_digest) or b"")
        try:
            ledger.record("bench", None, ledger.members("bench"), "html", "r.html")
        except ReleaseRefused as exc:  # pragma: no cover - the same set again is allowed
            raise AssertionError(exc) from exc

    return {
        "ingest_files": FILES,
        "raw_decrypt_s": round(raw_s, 3),
        "ingest_s": round(ingest_s, 3),
        "ingest_vs_raw_ratio": round(raw_s / ingest_s, 3),
        "ingest_workers": workers,
        "raw_decrypt_parallel_workers": baseline_workers,
        "raw_decrypt_parallel_s": round(parallel_s, 3),
        "ingest_vs_parallel_raw_ratio": round(parallel_s / ingest_s, 3),
        "report_100k_first_after_import_s": round(first_after_import_s, 3),
        "ingest_serial_s": round(serial_s, 3),
        "ingest_serial_vs_raw_ratio": round(raw_s / serial_s, 3),
        "report_100k_s": round(memory_s, 3),
        "report_100k_from_store_s": round(store_s, 3),
        "report_100k_from_kept_counts_s": round(kept_s, 3),
        "report_100k_from_kept_counts_without_ledger_s": round(kept_no_ledger_s, 3),
        "ledger_members_100k_s": round(members_s, 4),
        "ledger_check_same_set_100k_s": round(same_s, 4),
        "ledger_check_one_more_100k_s": round(near_s, 4),
        "ledger_record_new_set_100k_s": round(statistics.median(record_times), 4),
        "ledger_set_bytes_per_member_100k": round(set_bytes / (REPORT_SUMMARIES + 1 + 3 * k), 2),
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
