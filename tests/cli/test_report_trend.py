"""`candor report --trend`: three demo campaigns with changing truths in one collector database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pyrage import x25519

from desktop.collector.db_key import PASSPHRASE_ENV, CollectorKeys
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore, collector_dir
from desktop.commands.demo import write_demo_summaries
from tests.cli.report_process import PASSPHRASE, candor, write_policy


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    root = tmp_path_factory.mktemp("trend")
    identity = x25519.Identity.generate()
    from desktop.core.content import load_content

    data_dir = root / "data"
    policies = []
    for index, (campaign, drift) in enumerate((("2026-q1", -0.15), ("2026-q2", 0.0), ("2026-q3", 0.2))):
        policy_file = write_policy(root / f"{campaign}.toml", str(identity.to_public()), campaign)
        policy = load_content(str(policy_file)).policy.policy
        write_demo_summaries(150, root / campaign, recipient=str(identity.to_public()), policy=policy,
                             seed=index, drift=drift)
        with CollectorStore.open(collector_dir(str(data_dir)), keys=CollectorKeys(PASSPHRASE, kdf_n=2**10)) as store:
            assert ingest([root / campaign], [identity], campaign, store).imported == 150
        policies.append(policy_file)
    return root, data_dir, policies


def test_trend_of_three_campaigns_as_csv_and_json(three):
    root, data_dir, (q1, q2, q3) = three
    out = root / "trend.csv"
    done = candor("report", "--data-dir", str(data_dir), "--policy", str(q3), "--trend", str(q1), "--trend", str(q2),
                  "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote the trend of 2026-q1 → 2026-q2 → 2026-q3" in done.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    pairs = {(row["earlier"], row["later"]) for row in rows}
    assert pairs == {("2026-q1", "2026-q2"), ("2026-q2", "2026-q3")}
    overall = [row for row in rows if row["figure"] == "overall"]
    assert len(overall) == 2 and all(row["ci_low"] and row["ci_high"] for row in overall)
    for row in rows:  # withheld figures have no numbers at all
        if row["not_compared"]:
            assert row["difference"] == row["ci_low"] == row["ci_high"] == ""
    wide = candor("report", "--data-dir", str(data_dir), "--policy", str(q3), "--trend", str(q2),
                  "--out", str(root / "trend.json"))
    assert wide.returncode == 0, wide.stderr
    data = json.loads((root / "trend.json").read_text(encoding="utf-8"))
    assert data["format"] == "candor-trend" and data["trends"][0]["earlier"] == "2026-q2"


def test_trend_needs_another_campaigns_policy_and_a_csv_or_json_file(three):
    root, data_dir, (q1, _q2, q3) = three
    same = candor("report", "--data-dir", str(data_dir), "--policy", str(q3), "--trend", str(q3),
                  "--out", str(root / "t.csv"))
    assert same.returncode == 2 and "another campaign" in same.stderr
    html = candor("report", "--data-dir", str(data_dir), "--policy", str(q3), "--trend", str(q1),
                  "--out", str(root / "t.html"))
    assert html.returncode == 2 and ".csv or .json" in html.stderr


def test_an_org_unit_report_states_the_units_own_count(three):
    root, data_dir, (_q1, _q2, q3) = three
    done = candor("report", "--data-dir", str(data_dir), "--policy", str(q3), "--org-unit", "engineering",
                  "--out", str(root / "eng.json"))
    assert done.returncode == 0, done.stderr
    unit = json.loads((root / "eng.json").read_text(encoding="utf-8"))["participation"]["respondents"]
    assert unit["estimate"] < 150
    assert f"({round(unit['estimate']):,} respondents of 150 in the campaign)" in done.stdout
