"""Ingest of many real age files against raw decryption of the same files, in one process and on workers.

Run: ``.venv/bin/python benchmarks/bench_ingest_scale.py [COUNT] [--ingest-only] [--files=DIR]`` (COUNT defaults
to 100,000; many minutes on a busy machine). ``--ingest-only`` times the import alone and then the first report
after it, in the import's process, for the largest runs. ``--files=DIR`` keeps the files in DIR (the key and a note
of how many were made beside it, as ``DIR.key`` and ``DIR.made.json``) and uses them again when they are there;
``--make-only --files=DIR`` only makes them, ahead of a run. Not one of run_all.py's default areas: ``run_all.py
--only ingest_scale`` runs it. Figures are merged into ``benchmarks/results.json``.

The files: the demo population's summaries (as ``candor demo-summaries`` makes them), repeated with fresh
submission ids, each age-encrypted to the collector's key and written as its own ``.age`` file. Then, once each
and in this order: raw decryption in this process (read and ``pyrage.decrypt`` every file), raw decryption on as
many spawned worker processes as ``ingest`` starts (each file read here, decrypted there in ingest's chunks; the
pool started before the timing), then ``ingest`` of the folder with the campaign's rules, as ``candor ingest``
runs it, in a fresh process into a fresh database (list, read, decrypt on the workers, parse, validate, check the
campaign's settings, count, seal, one transaction; the process's imports and the workers' start-up included
only for the workers), and the same with ``workers=0`` (every file decrypted in the importing process). The peak
resident memory of each import is its process's own peak (``VmHWM``; the workers' not included); with
``--ingest-only``, ``collector_<n>_peak_rss_mb`` is that process's peak over the import and the first report.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import report  # noqa: E402
from bench_collector import _raw_decrypt, _raw_worker_start  # noqa: E402

BASE = 3_000

_CHILD = """
import sys, time
from pathlib import Path
import keyring, pyrage
from desktop.storage.memory_keyring import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
key_file, recipient, folder, store_dir, workers = sys.argv[1:6]
identity = pyrage.x25519.Identity.from_str(Path(key_file).read_text().strip())
policy = Policy.from_data({"campaign": {"id": "bench"}, "submission": {"recipient": recipient}})
rules = CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)
started = time.perf_counter()
with CollectorStore.open(Path(store_dir)) as store:
    result = ingest([Path(folder)], [identity], rules, store, workers=None if workers == "auto" else int(workers))
seconds = time.perf_counter() - started
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak over from before exec on Linux)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
report_s = 0.0
if sys.argv[6] == "report":  # the first report after the import, as `candor report` makes it, in this process
    from desktop.collector.aggregate import build_report
    from desktop.collector.ledger import ReleaseLedger
    from desktop.collector.report_html import render_html
    from desktop.collector.tally_cache import counted
    began = time.perf_counter()
    with CollectorStore.open(Path(store_dir)) as store:
        made = build_report(counted(store, "bench", load_questionnaire(), load_catalog(), policy))
        with ReleaseLedger(store, policy.privacy.min_group_size).releasing("bench", made, "html",
                                                                           str(Path(store_dir) / "r.html")):
            render_html(made, organization="Bench")
    report_s = time.perf_counter() - began
whole_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("CANDOR-INGEST", seconds, peak_kb, result.imported, report_s, whole_kb, flush=True)
"""


def _ingest(work: Path, folder: Path, recipient: str, name: str, workers: str,
            first_report: bool = False) -> tuple[float, float, int, float, float]:
    """``ingest`` with the campaign's rules into a fresh database, in a fresh process: (seconds, its peak RSS in
    MB, summaries imported, then with ``first_report`` the first report's seconds and the peak RSS over both)."""
    command = [sys.executable, "-c", _CHILD, str(folder.parent / f"{folder.name}.key"), recipient, str(folder),
               str(work / name), workers, "report" if first_report else "-"]
    done = subprocess.run(command, env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, capture_output=True,
                          text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("CANDOR-INGEST ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"ingest failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    _mark, seconds, peak_kb, imported, report_s, whole_kb = lines[-1].split()
    return float(seconds), int(peak_kb) / 1024, int(imported), float(report_s), int(whole_kb) / 1024


def _made(folder: Path, count: int) -> tuple[Any, float]:
    """The collector's identity and the seconds it took to make ``count`` age files in ``folder`` (0 when a
    ``--files`` folder already holds them, as the ``NAME.made.json`` beside it says)."""
    import pyrage

    from desktop.core.catalog import load_catalog
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.demo.population import population_summaries

    made = folder.parent / f"{folder.name}.made.json"  # beside the folder, not in what is imported
    if made.exists() and json.loads(made.read_text())["count"] == count:
        identity = pyrage.x25519.Identity.from_str((folder.parent / f"{folder.name}.key").read_text().strip())
        return identity, float(json.loads(made.read_text())["seconds"])
    identity = pyrage.x25519.Identity.generate()
    recipient = identity.to_public()
    policy = Policy.from_data({"campaign": {"id": "bench"}, "submission": {"recipient": str(recipient)}})
    base = population_summaries(load_questionnaire(), load_catalog(), policy, BASE, "ingest-scale")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.age"):
        old.unlink()
    (folder.parent / f"{folder.name}.key").write_text(f"{identity}\n", encoding="ascii")
    started = time.perf_counter()
    for i in range(count):
        summary = dict(base[i % BASE], submission_id=hashlib.sha256(f"scale-{i}".encode()).hexdigest()[:32])
        text = json.dumps(summary, separators=(",", ":")).encode()
        (folder / f"candor-{i:07d}.age").write_bytes(pyrage.encrypt(text, [recipient]))
        if i % 100_000 == 99_999:
            print(f"{i + 1:,} files made, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    made.write_text(json.dumps({"count": count, "seconds": seconds}))
    return identity, seconds


def measure(count: int, ingest_only: bool = False, files_dir: Path | None = None) -> dict[str, Any]:
    import pyrage

    from desktop.collector.decrypt_pool import CHUNK, MAX_WORKERS, cores, worker_count

    work = Path(tempfile.mkdtemp(prefix="candor-ingest-scale-"))
    try:
        folder = files_dir or work / "in"
        identity, made_s = _made(folder, count)
        recipient = identity.to_public()
        if ingest_only:  # the largest runs: the import and the first report after it (the rates: the smaller runs)
            ingest_s, ingest_rss, imported, report_s, whole_rss = _ingest(work, folder, str(recipient), "db-workers",
                                                                          "auto", first_report=True)
            assert imported == count, imported
            tag = f"{count // 1000}k" if count < 1_000_000 else f"{count // 1_000_000}m"
            return {f"ingest_{tag}_how": "measured: one run of --ingest-only", f"ingest_{tag}_files": count,
                    f"ingest_{tag}_files_made_s": round(made_s, 1),
                    f"ingest_{tag}_s": round(ingest_s, 1), f"ingest_{tag}_workers": worker_count(count),
                    f"ingest_{tag}_peak_rss_mb": round(ingest_rss, 1),
                    f"report_{tag}_first_s": round(report_s, 2),
                    f"collector_{tag}_peak_rss_mb": round(whole_rss, 1),
                    f"ingest_{tag}_db_mb": round((work / "db-workers" / "collector.db").stat().st_size / 2**20, 1)}
        files = sorted(folder.glob("*.age"))

        started = time.perf_counter()
        for file in files:
            pyrage.decrypt(file.read_bytes(), [identity])
        raw_s = time.perf_counter() - started

        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        workers = worker_count(count)
        with ProcessPoolExecutor(max(1, min(cores(), MAX_WORKERS)), mp_context=get_context("spawn"),
                                 initializer=_raw_worker_start, initargs=(str(identity),)) as pool:
            pool.submit(_raw_decrypt, []).result()  # started before the timing
            started = time.perf_counter()
            chunks = ([file.read_bytes() for file in files[start:start + CHUNK]] for start in range(0, count, CHUNK))
            assert sum(pool.map(_raw_decrypt, chunks)) == count
            parallel_s = time.perf_counter() - started

        ingest_s, ingest_rss, imported, _report, _whole = _ingest(work, folder, str(recipient), "db-workers", "auto")
        assert imported == count, imported
        serial_s, serial_rss, imported, _report, _whole = _ingest(work, folder, str(recipient), "db-serial", "0")
        assert imported == count, imported
        db_mb = (work / "db-workers" / "collector.db").stat().st_size / 2**20
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tag = f"{count // 1000}k" if count < 1_000_000 else f"{count // 1_000_000}m"
    return {
        f"ingest_{tag}_files": count,
        f"ingest_{tag}_files_made_s": round(made_s, 1),
        f"raw_decrypt_{tag}_s": round(raw_s, 2),
        f"raw_decrypt_parallel_{tag}_s": round(parallel_s, 2),
        f"ingest_{tag}_s": round(ingest_s, 2),
        f"ingest_{tag}_serial_s": round(serial_s, 2),
        f"ingest_{tag}_workers": workers,
        f"ingest_vs_parallel_raw_ratio_{tag}": round(parallel_s / ingest_s, 3),
        f"ingest_serial_vs_raw_ratio_{tag}": round(raw_s / serial_s, 3),
        f"ingest_{tag}_peak_rss_mb": round(ingest_rss, 1),
        f"ingest_{tag}_serial_peak_rss_mb": round(serial_rss, 1),
        f"ingest_{tag}_db_mb": round(db_mb, 1),
        "ingest_scale_peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    count = int(args[0]) if args else 100_000
    files = next((Path(arg.split("=", 1)[1]) for arg in sys.argv[1:] if arg.startswith("--files=")), None)
    if "--make-only" in sys.argv:  # make (or keep) the files in --files=DIR, for a later run
        assert files is not None, "--make-only needs --files=DIR"
        print(f"{count:,} files in {files}, made in {_made(files, count)[1]:.0f} s")
        return
    report(measure(count, ingest_only="--ingest-only" in sys.argv, files_dir=files), sys.argv[1:])


if __name__ == "__main__":
    main()
