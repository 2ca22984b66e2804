"""The collector at 1,000,000 summaries: storing them, the first report after, a full recount, peak memory.

Run: ``.venv/bin/python benchmarks/bench_scale.py [COUNT]`` (COUNT defaults to 1,000,000; many minutes on a busy
machine; not part of run_all.py's default areas: ``run_all.py --only scale`` runs it). Figures are merged into
``benchmarks/results.json``.

What is measured. Making a million age-encrypted files and decrypting them is the ingest benchmark's work
times 333 (its rate per file is in ``bench_collector.py``); here the summaries are the demo population's,
repeated with fresh submission ids, and go into the collector database in batches of 20,000 through
``CollectorStore.put_many`` with the campaign's ``CountsKeeper``, exactly as ``ingest`` stores what it has
decrypted and checked: sealing, keyed ids, member keys and kept counts included, decryption and the schema
check not. Then the first report (``counted`` + ``build_report`` + release ledger + ``render_html``), then a
report after the kept counts are thrown away (every summary read, decrypted and counted, streamed).
``collector_1m_peak_rss_mb`` is this process's peak resident memory over all of it (``ru_maxrss``), set
against the database's size on disk.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import report  # noqa: E402

BATCH = 20_000
BASE = 2_000


def measure(count: int) -> dict[str, Any]:
    import keyring

    from desktop.storage.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from desktop.collector.aggregate import build_report
    from desktop.collector.ledger import ReleaseLedger
    from desktop.collector.report_html import render_html
    from desktop.collector.store import CollectorStore, SummaryRow
    from desktop.collector.tally_cache import CountsKeeper, counted
    from desktop.core.catalog import load_catalog
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.demo.population import population_summaries

    policy = Policy.from_data({"campaign": {"id": "bench"}})
    questionnaire, catalog = load_questionnaire(), load_catalog()
    base = population_summaries(questionnaire, catalog, policy, BASE, "scale")
    work = Path(tempfile.mkdtemp(prefix="candor-scale-"))

    def batch(start: int, size: int) -> list[SummaryRow]:
        rows = []
        for i in range(start, start + size):
            summary = dict(base[i % BASE], submission_id=hashlib.sha256(str(i).encode()).hexdigest()[:32])
            text = json.dumps(summary, sort_keys=True, separators=(",", ":"))
            rows.append(SummaryRow(summary["submission_id"], "bench", summary["questionnaire"]["id"],
                                   summary["questionnaire"]["version"], summary["format_version"],
                                   hashlib.sha256(text.encode()).hexdigest(), text))
        return rows

    stored_s = 0.0
    with CollectorStore.open(work / "c") as store:
        for start in range(0, count, BATCH):
            rows = batch(start, min(BATCH, count - start))  # made outside the timing
            began = time.perf_counter()
            store.put_many(rows, CountsKeeper(questionnaire, catalog, policy))
            stored_s += time.perf_counter() - began
            print(f"{start + len(rows):,} stored, {stored_s:.0f} s", file=sys.stderr, flush=True)
        del rows
    k = policy.privacy.min_group_size

    def a_report() -> float:
        began = time.perf_counter()
        with CollectorStore.open(work / "c") as store:
            made = build_report(counted(store, "bench", questionnaire, catalog, policy))
            with ReleaseLedger(store, k).releasing("bench", made, "html", str(work / "report.html")):
                render_html(made, organization="Bench")
        return time.perf_counter() - began

    first_s = a_report()
    with CollectorStore.open(work / "c") as store:
        store.db.execute("DELETE FROM tallies")
    recount_s = a_report()
    db_mb = sum(path.stat().st_size for path in work.glob("c/collector.db*")) / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    suffix = "1m" if count == 1_000_000 else f"{count}"
    return {
        f"store_{suffix}_s": round(stored_s, 1),
        f"report_{suffix}_first_s": round(first_s, 2),
        f"report_{suffix}_recount_s": round(recount_s, 1),
        f"collector_{suffix}_peak_rss_mb": round(peak_mb, 1),
        f"collector_{suffix}_db_mb": round(db_mb, 1),
    }


def main() -> None:
    args = [arg for arg in sys.argv[1:] if arg != "--json"]
    report(measure(int(args[0]) if args else 1_000_000), sys.argv[1:])


if __name__ == "__main__":
    main()
