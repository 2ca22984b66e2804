"""The large hostile-input run (issue 13): thousands of mutated summaries and policies, and the crafted ones.

Run from the repository: ``.venv/bin/python tools/fuzz_hostile.py`` (about 10 minutes on two cores;
``--summaries`` and ``--policies`` make it smaller). It needs nothing but Candor; zzuf mutates the
files where it is installed (./dev installs it), else a seeded mutator of our own does.

Summaries: real demo summaries (age files, their armor, their plaintext, a zip of them) are mutated
into one folder with the crafted files of issue 13 (thousands of recipient stanzas, armor with a
non-ASCII byte, a byte-order mark, deep JSON, a zip bomb and a member climbing out, a named pipe).
Each file is first ingested on its own in this process and timed; then ``candor ingest`` imports the
whole folder (with its worker processes) into a store that already holds the originals, under a
policy that requires encryption. Passes when no file met an unexpected problem, none took 2 s,
the command exited 0 without a traceback, and the store is exactly as before.

Policies: the shipped policies and a small one are mutated, and with the crafted deep ones and a
named pipe each goes through ``candor policy check`` in its own process. Passes when every exit
code is 0 or 1, no output holds a traceback and each took under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyrage  # noqa: E402
from pyrage import x25519  # noqa: E402

from desktop.collector.campaign_rules import CampaignRules  # noqa: E402
from desktop.collector.store import CollectorStore  # noqa: E402
from desktop.commands.demo import write_demo_summaries  # noqa: E402
from desktop.core.catalog import load_catalog  # noqa: E402
from desktop.core.policy import Policy  # noqa: E402
from desktop.core.questionnaire_loader import load_questionnaire  # noqa: E402
from desktop.exchange.exporter import payload  # noqa: E402
from desktop.exchange.identity import write_identity_file  # noqa: E402
from tests.hostile import (  # noqa: E402
    Mutator,
    crafted_policies,
    crafted_summaries,
    ingest_each,
    policy_seeds,
    store_rows,
    summary_seeds,
    unexpected,
    write_mutants,
)

LIMIT_SECONDS = 2.0
POLICY_TEXT = '[campaign]\nid = "default"\n'  # the demo summaries' campaign; plaintext not allowed


def candor(*args: str, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)
    return done, time.perf_counter() - started


def fuzz_summaries(work: Path, count: int, mutator: Mutator) -> dict:
    work.mkdir(parents=True)
    identity = x25519.Identity.generate()
    key = write_identity_file(work / "key.txt", str(identity))
    policy_file = work / "policy.toml"
    policy_file.write_text(POLICY_TEXT, encoding="utf-8")
    write_demo_summaries(6, work / "originals", recipient=str(identity.to_public()), policy=Policy.defaults(), seed=4)
    envelopes = [path.read_bytes() for path in sorted((work / "originals").glob("*.age"))]
    plains = [payload(json.loads(pyrage.decrypt(envelope, [identity]))) for envelope in envelopes]
    inbox = work / "inbox"
    write_mutants(summary_seeds(envelopes[:3], plains[:3]), inbox, count, mutator)
    for name, data in crafted_summaries(envelopes[0], plains[0]).items():
        (inbox / name).write_bytes(data)
    if hasattr(os, "mkfifo"):
        os.mkfifo(inbox / "candor-crafted-pipe.age")
    files = sorted(inbox.iterdir())

    data_dir = work / "data"
    filled, _seconds = candor("ingest", "--identity", str(key), "--data-dir", str(data_dir), "--policy",
                              str(policy_file), str(work / "originals"), timeout=300)
    assert filled.returncode == 0 and filled.stdout.startswith("imported 6,"), filled.stdout + filled.stderr
    with CollectorStore.open(data_dir / "collector") as store:
        before = store_rows(store)

    # 1. each file on its own, timed, in this process (a copy of the store)
    rules = CampaignRules.for_policy(load_questionnaire(), load_catalog(), Policy.from_data({"campaign": {
        "id": "default"}}))
    with CollectorStore.open(work / "single" / "collector") as single:
        for path in sorted((work / "originals").glob("*.age")):
            ingest_each([path], identity, rules, single)
        outcomes = ingest_each(files, identity, rules, single)
    slowest = max(outcomes, key=lambda outcome: outcome.seconds)
    codes: dict[str, int] = {}
    for outcome in outcomes:
        codes[outcome.code] = codes.get(outcome.code, 0) + 1

    # 2. the whole folder through `candor ingest`, with its worker processes
    run, seconds = candor("ingest", "--identity", str(key), "--data-dir", str(data_dir), "--policy",
                          str(policy_file), str(inbox), timeout=1800)
    with CollectorStore.open(data_dir / "collector") as store:
        after = store_rows(store)
    report = {
        "files": len(files),
        "mutated": count,
        "crafted": len(files) - count,
        "mutator": mutator.tool,
        "per_file_unexpected_problems": sum(unexpected(outcome) for outcome in outcomes),
        "per_file_unexpected_examples": sorted({f"{outcome.path.name}: {outcome.message[:300]}"
                                                for outcome in outcomes if unexpected(outcome)})[:10],
        "per_file_store_changes": sum(outcome.store_changed for outcome in outcomes),
        "per_file_accepted": sum(outcome.accepted for outcome in outcomes),
        "per_file_max_seconds": round(slowest.seconds, 4),
        "per_file_slowest": slowest.path.name,
        "per_file_total_seconds": round(sum(outcome.seconds for outcome in outcomes), 2),
        "per_file_outcomes": dict(sorted(codes.items())),
        "cli_exit_code": run.returncode,
        "cli_seconds": round(seconds, 2),
        "cli_counts": run.stdout.splitlines()[0] if run.stdout else "",
        "cli_tracebacks": run.stderr.count("Traceback") + run.stdout.count("Traceback"),
        "cli_unexpected_problems": run.stdout.count("unexpected problem"),
        "store_unchanged": after == before,
    }
    report["passed"] = (report["per_file_unexpected_problems"] == 0 and report["per_file_store_changes"] == 0
                        and report["per_file_max_seconds"] < LIMIT_SECONDS and run.returncode == 0
                        and report["cli_tracebacks"] == 0 and report["cli_unexpected_problems"] == 0
                        and report["store_unchanged"])
    return report


def fuzz_policies(work: Path, count: int, mutator: Mutator, jobs: int) -> dict:
    work.mkdir(parents=True)
    paths = write_mutants(policy_seeds(ROOT), work / "policies", count, mutator)
    for index, text in enumerate(crafted_policies().values()):
        path = work / "policies" / f"crafted-{index}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(work / "policies" / "crafted-pipe.toml")
        paths.append(work / "policies" / "crafted-pipe.toml")

    def check(path: Path) -> tuple[str, int | None, float, bool]:
        try:
            done, seconds = candor("policy", "check", str(path), timeout=30)
        except subprocess.TimeoutExpired:
            return path.name, None, 30.0, False
        return path.name, done.returncode, seconds, "Traceback" in done.stdout + done.stderr

    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(check, paths))
    exit_codes: dict[str, int] = {}
    for _name, code, _seconds, _traceback in results:
        exit_codes[str(code)] = exit_codes.get(str(code), 0) + 1
    slowest = max(results, key=lambda result: result[2])
    report = {
        "policies": len(paths),
        "mutated": count,
        "crafted": len(paths) - count,
        "mutator": mutator.tool,
        "exit_codes": dict(sorted(exit_codes.items())),
        "tracebacks": sum(traceback for *_rest, traceback in results),
        "max_seconds": round(slowest[2], 3),
        "slowest": slowest[0],
        "processes_in_parallel": jobs,
    }
    report["passed"] = (set(exit_codes) <= {"0", "1"} and report["tracebacks"] == 0
                        and report["max_seconds"] < LIMIT_SECONDS)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summaries", type=int, default=10_000, help="mutated summary files (default 10,000)")
    parser.add_argument("--policies", type=int, default=5_000, help="mutated policies (default 5,000)")
    parser.add_argument("--jobs", type=int, default=2, help="policy checks run at once (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and print its path")
    args = parser.parse_args()
    mutator = Mutator()
    work = Path(tempfile.mkdtemp(prefix="candor-fuzz-"))
    started = time.perf_counter()
    report = {"summaries": fuzz_summaries(work / "summaries", args.summaries, mutator) if args.summaries else None,
              "policies": fuzz_policies(work / "policy", args.policies, mutator, args.jobs) if args.policies else None}
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=2))
    if args.keep:
        print(f"work folder: {work}", file=sys.stderr)
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(part is None or part["passed"] for part in (report["summaries"], report["policies"])) else 1


if __name__ == "__main__":
    sys.exit(main())
