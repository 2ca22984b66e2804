"""The "reports over time subtract" attack through `candor report`, and the release ledger that stops it.

Write a report, import one more summary, write the report again: the difference between the two
reports would be that one person's answers. The ledger in the collector database refuses the
second report until it differs from the first by at least k summaries (k = 5 here, the default).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from pyrage import x25519

from desktop.cli import main
from desktop.collector.ingest import ingest
from desktop.collector.ledger import ReleaseLedger
from desktop.collector.store import CollectorStore, collector_dir
from desktop.commands.demo import write_demo_summaries
from desktop.exchange.envelope import encrypt_summary, summary_file_name

ROOT = Path(__file__).resolve().parents[2]
CAMPAIGN = "demo-8"
K = 5
N = 40


class Setup(NamedTuple):
    root: Path
    identity: x25519.Identity
    policy_file: Path
    data_dir: Path


@pytest.fixture
def setup(tmp_path) -> Setup:
    identity = x25519.Identity.generate()
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(
        f'[campaign]\nid = "{CAMPAIGN}"\n\n[submission]\nrecipient = "{identity.to_public()}"\n\n'
        '[[org_units]]\ncode = "engineering"\nlabel = "Engineering"\n\n'
        '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n', encoding="utf-8")
    from desktop.core.content import load_content

    policy = load_content(str(policy_file)).policy.policy
    assert policy.privacy.min_group_size == K
    write_demo_summaries(N, tmp_path / "inbox", recipient=str(identity.to_public()), policy=policy, seed=8)
    found = Setup(tmp_path, identity, policy_file, tmp_path / "data")
    imported(found, tmp_path / "inbox")
    return found


def imported(setup: Setup, folder: Path) -> None:
    with CollectorStore.open(collector_dir(str(setup.data_dir))) as store:
        result = ingest([folder], [setup.identity], CAMPAIGN, store)
    assert not result.rejected and (result.imported or result.replaced or result.unchanged)


def arrive(setup: Setup, count: int, unit: str | None = None) -> None:
    """``count`` more employees' summaries arrive (like a stored one, under fresh submission ids) and are
    imported; ``unit``: the org unit they name."""
    folder = setup.root / f"late-{secrets.token_hex(4)}"
    folder.mkdir()
    with CollectorStore.open(collector_dir(str(setup.data_dir))) as store:
        like = next(store.summaries(CAMPAIGN))
    for _ in range(count):
        summary = dict(like, submission_id=secrets.token_hex(16))
        summary["group"] = {**like.get("group", {}), **({"org_unit": unit} if unit else {})}
        if unit is None:
            summary["group"].pop("org_unit", None)
        write_encrypted(setup, folder, summary)
    imported(setup, folder)


def replace_one(setup: Setup) -> None:
    """One employee exports again with one answer changed: the same submission id, new content."""
    with CollectorStore.open(collector_dir(str(setup.data_dir))) as store:
        summary = next(store.summaries(CAMPAIGN))
    randomized = dict(summary["randomized"], pays_out_of_pocket=not summary["randomized"]["pays_out_of_pocket"])
    folder = setup.root / f"again-{secrets.token_hex(4)}"
    folder.mkdir()
    write_encrypted(setup, folder, dict(summary, randomized=randomized))
    with CollectorStore.open(collector_dir(str(setup.data_dir))) as store:
        result = ingest([folder], [setup.identity], CAMPAIGN, store)
    assert result.replaced == 1


def write_encrypted(setup: Setup, folder: Path, summary: dict) -> None:
    data = json.dumps(summary, sort_keys=True).encode()
    (folder / summary_file_name(CAMPAIGN)).write_bytes(encrypt_summary(data, str(setup.identity.to_public())))


def report(setup: Setup, capsys, name: str, *extra: str) -> tuple[int, str, str, Path]:
    out = setup.root / "reports" / name
    (setup.root / "reports").mkdir(exist_ok=True)
    code = main(["report", "--out", str(out), "--data-dir", str(setup.data_dir), "--policy", str(setup.policy_file),
                 *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err, out


def respondents(path: Path) -> int:
    return json.loads(path.read_text(encoding="utf-8"))["respondents"]


def test_report_then_one_more_summary_then_report_again_is_refused(setup, capsys):
    code, _, _, before = report(setup, capsys, "before.json")
    assert code == 0 and respondents(before) == N
    arrive(setup, 1)
    code, out, err, after = report(setup, capsys, "after.json")
    assert code == 1 and out == ""
    assert not after.exists()  # nothing written: there is no "after" to subtract "before" from
    assert err.startswith("candor: the report was not written: it would differ from the JSON report written to "
                          f"{before} on ")
    assert "by only 1 summary (fewer than the minimum group size, 5)" in err
    assert "would reveal that person's answers; import at least 4 more summaries before reporting again" in err
    assert err.count("\n") == 1  # one sentence, on one line

    arrive(setup, K - 2)  # 4 since the report: still refused, one more to go
    code, _, err, after = report(setup, capsys, "after.json")
    assert code == 1 and not after.exists()
    assert "by only 4 summaries" in err and "import at least 1 more summary before" in err
    arrive(setup, 1)  # k since the report: allowed and recorded
    code, out, _, after = report(setup, capsys, "after.json")
    assert code == 0 and respondents(after) == N + K
    assert f"({N + K} summaries)" in out

    arrive(setup, 1)  # the new report is now the one to keep a distance from
    code, _, err, _ = report(setup, capsys, "later.json")
    assert code == 1 and f"written to {after} on " in err and "by only 1 summary" in err


def test_a_replaced_summary_counts_as_a_difference(setup, capsys):
    assert report(setup, capsys, "before.csv")[0] == 0
    replace_one(setup)  # same number of summaries, but one person's answers changed
    code, _, err, out = report(setup, capsys, "after.csv")
    assert code == 1 and not out.exists()
    assert "by only 1 summary" in err and "import at least 4 more summaries" in err  # one person, not two


def test_the_same_summaries_may_be_reported_again_in_any_format(setup, capsys):
    for name in ("r.json", "r.html", "r.csv", "r.json"):
        assert report(setup, capsys, name)[0] == 0
    imported(setup, setup.root / "inbox")  # the same files again: nothing changes
    assert report(setup, capsys, "again.json")[0] == 0
    with CollectorStore.open(collector_dir(str(setup.data_dir))) as store:
        releases = ReleaseLedger(store, K).releases(CAMPAIGN)
    assert [(r.output, Path(r.target).name, r.members) for r in releases] == [
        ("json", "r.json", N), ("html", "r.html", N), ("csv", "r.csv", N), ("json", "r.json", N),
        ("json", "again.json", N)]
    assert len({r.set_digest for r in releases}) == 1


def test_each_org_unit_has_its_own_ledger_beside_the_whole_campaigns(setup, capsys):
    arrive(setup, 6, unit="engineering")
    arrive(setup, 6, unit="sales")
    assert report(setup, capsys, "all.json")[0] == 0
    assert report(setup, capsys, "eng.json", "--org-unit", "engineering")[0] == 0
    assert report(setup, capsys, "sales.json", "--org-unit", "sales")[0] == 0
    arrive(setup, 1, unit="sales")
    code, _, _, out = report(setup, capsys, "eng-2.json", "--org-unit", "engineering")
    assert code == 0 and out.exists()  # engineering's members did not change
    code, _, err, _ = report(setup, capsys, "sales-2.json", "--org-unit", "sales")
    assert code == 1 and err.startswith("candor: the report of org unit sales was not written")
    assert "sales.json" in err and "by only 1 summary" in err
    code, _, err, _ = report(setup, capsys, "all-2.json")
    assert code == 1 and "all.json" in err and "by only 1 summary" in err


def test_a_report_that_could_not_be_written_is_not_in_the_ledger(setup, capsys):
    code, _, err, _ = report(setup, capsys, "missing/r.json")
    assert code == 1 and "choose a folder that exists" in err
    arrive(setup, 1)
    assert report(setup, capsys, "r.json")[0] == 0  # the failed report released nothing


def test_the_ledger_outlives_the_process_that_wrote_it(setup, capsys, memory_keyring):
    assert report(setup, capsys, "before.html")[0] == 0
    arrive(setup, 2)
    out = setup.root / "reports" / "after.html"
    # The child finds the collector database's key in a keyring of its own, which holds what this process's does.
    from tests.faults.file_keyring import BACKEND_NAME, FILE_ENV, FileKeyring

    keyring_file = setup.root / "keyring.json"
    child_keyring = FileKeyring(keyring_file)
    for (service, account), secret in memory_keyring.secrets.items():
        child_keyring.set_password(service, account, secret)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": BACKEND_NAME,
           FILE_ENV: str(keyring_file)}
    result = subprocess.run([sys.executable, "-m", "desktop", "report", "--out", str(out), "--data-dir",
                             str(setup.data_dir), "--policy", str(setup.policy_file)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    assert result.returncode == 1 and not out.exists()
    assert "by only 2 summaries" in result.stderr and "before.html" in result.stderr
