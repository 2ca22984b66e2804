"""Ingest's CPU per file, stage by stage: what the import costs besides age decryption, and so how near the
physical limit (decryption alone on every core) an import can come.

Run: ``.venv/bin/python benchmarks/bench_ingest_stages.py [COUNT]`` (COUNT defaults to 3,000; about a minute).
Not one of run_all.py's default areas: ``run_all.py --only ingest_stages`` runs it. Figures are merged into
``benchmarks/results.json``.

Each stage runs on its own over the same COUNT demo summaries in this one process, as ingest runs it, and is timed
as the best of three passes (the least disturbed by other work on the machine), in microseconds per file:
listing the folder, reading each file, age decryption, handing an envelope to a worker process and its plaintext
back (pickling both ways, what the pipe carries), UTF-8 decoding and JSON parsing, the compiled schema check, the
campaign's settings and items check, the content digest, counting for the kept counts, staging (sealing each row
into the temporary table) and the final write (one transaction, the kept counts included). Then a whole in-process
import (``ingest(..., workers=0)``) of the same files, for comparison with the sum. ``ingest_stages_ratio_bound``
is decryption / (decryption + everything else): the best ingest_vs_parallel_raw_ratio any spreading of the same
work over the same cores can reach.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import report  # noqa: E402

PASSES = 3


def _best(action: Callable[[], object], count: int, passes: int = PASSES) -> float:
    """Microseconds per file of the fastest of ``passes`` runs of ``action`` over ``count`` files."""
    times = []
    for _ in range(passes):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) / count * 1e6


def measure(count: int, work: Path) -> dict[str, Any]:
    import keyring
    import pyrage

    from desktop.storage.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    import json

    from desktop.collector import staging
    from desktop.collector.campaign_rules import CampaignRules
    from desktop.collector.ingest import ingest
    from desktop.collector.store import CollectorStore, SummaryRow
    from desktop.collector.summary_check import _JSON as decoder  # ingest's (NaN, Infinity, huge floats refused)
    from desktop.collector.tally_cache import CountsKeeper
    from desktop.commands.demo import write_demo_summaries
    from desktop.core.catalog import load_catalog
    from desktop.core.fast_schema import compile_schema
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.core.regular_file import read_regular
    from desktop.core.resources import resource
    from desktop.exchange.envelope import open_age

    identity = pyrage.x25519.Identity.generate()
    policy = Policy.from_data({"campaign": {"id": "bench"}, "submission": {"recipient": str(identity.to_public())}})
    questionnaire, catalog = load_questionnaire(), load_catalog()
    folder = work / "in"
    write_demo_summaries(count, folder, recipient=str(identity.to_public()), policy=policy, seed=1)
    rules = CampaignRules.for_policy(questionnaire, catalog, policy)
    fast = compile_schema(json.loads(resource("schema", "summary.schema.json").read_text(encoding="utf-8")))
    files = sorted(folder.glob("*.age"))
    keys = [identity]
    stores = iter(range(1_000))

    def import_all() -> None:
        with CollectorStore.open(work / f"import-{next(stores)}") as store:
            assert ingest([folder], keys, rules, store, workers=0).imported == count

    import_all()  # the file cache warm, first-use costs paid
    figures: dict[str, float] = {}
    data = [read_regular(file, 1 << 20) for file in files]
    plains = [open_age(envelope, keys) for envelope in data]
    texts = [plain.decode("utf-8") for plain in plains]
    summaries = [decoder.decode(text) for text in texts]
    rows = [SummaryRow(s["submission_id"], s["campaign"], s["questionnaire"]["id"], int(s["questionnaire"]["version"]),
                       int(s["format_version"]), hashlib.sha256(plain).hexdigest(), text)
            for s, plain, text in zip(summaries, plains, texts, strict=True)]
    assert all(fast(summary) and rules.difference(summary) is None for summary in summaries)

    def listing() -> None:
        assert sum(1 for _ in folder.iterdir()) >= count

    def counting() -> None:
        keeper = CountsKeeper(*rules.counting)  # type: ignore[misc]
        keeper.remember_rows = False
        for row, summary in zip(rows, summaries, strict=True):
            keeper.count(row, summary)
        keeper._counted.flush()

    figures["list"] = _best(listing, count)
    figures["read"] = _best(lambda: [read_regular(file, 1 << 20) for file in files], count)
    figures["decrypt"] = _best(lambda: [open_age(envelope, keys) for envelope in data], count)
    figures["ipc"] = _best(lambda: (pickle.loads(pickle.dumps(data, 5)), pickle.loads(pickle.dumps(plains, 5))), count)
    figures["json"] = _best(lambda: [decoder.decode(plain.decode("utf-8")) for plain in plains], count)
    figures["schema"] = _best(lambda: [fast(summary) for summary in summaries], count)
    figures["rules"] = _best(lambda: [rules.difference(summary) for summary in summaries], count)
    figures["digest"] = _best(lambda: [hashlib.sha256(plain).hexdigest() for plain in plains], count)
    figures["count"] = _best(counting, count)

    stage_times, write_times = [], []
    for _ in range(PASSES):
        with CollectorStore.open(work / f"staged-{next(stores)}") as store:
            keeper = CountsKeeper(*rules.counting)  # type: ignore[misc]
            keeper.remember_rows = False
            staged = staging.StagedImport(store, keeper)
            started = time.perf_counter()
            for row in rows:
                staged.add(row)
            staged.flush()
            staged_at = time.perf_counter()
            staged.write()
            stage_times.append(staged_at - started)
            write_times.append(time.perf_counter() - staged_at)
            staged.discard()
    figures["stage"] = min(stage_times) / count * 1e6
    figures["write"] = min(write_times) / count * 1e6
    whole = _best(import_all, count)
    others = sum(value for name, value in figures.items() if name not in ("decrypt", "ipc"))
    results: dict[str, Any] = {f"ingest_stage_{name}_us": round(value, 1) for name, value in figures.items()}
    results.update({
        "ingest_stages_files": count,
        "ingest_stages_besides_decrypt_us": round(others, 1),
        "ingest_stages_in_process_us": round(whole, 1),
        "ingest_stages_ratio_bound": round(figures["decrypt"] / (figures["decrypt"] + others), 3),
        "ingest_stages_besides_vs_decrypt_ratio": round(others / figures["decrypt"], 3),
        # what 0.8 leaves for everything besides decryption: d / (d + o) >= 0.8 means o <= d / 4
        "ingest_stages_quarter_of_decrypt_us": round(figures["decrypt"] / 4, 1),
    })
    return results


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    with tempfile.TemporaryDirectory(prefix="candor-stages-") as work:
        report(measure(int(args[0]) if args else 3_000, Path(work)), sys.argv[1:])


if __name__ == "__main__":
    main()
