"""The report states participation against the codes issued and the people invited, and flags an excess."""

from __future__ import annotations

import json

from pyrage import x25519

from desktop.cli import main
from desktop.collector.codes import issue
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore, collector_dir
from desktop.core.policy import Policy
from desktop.demo_cmd import write_demo_summaries

N = 12


def filled(tmp_path, invited: int, codes: int):
    identity = x25519.Identity.generate()
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[campaign]\nid = "default"\ninvited = {invited}\n[submission]\n'
                      f'recipient = "{identity.to_public()}"\n', encoding="utf-8")
    write_demo_summaries(N, tmp_path / "inbox", recipient=str(identity.to_public()), policy=Policy.defaults(), seed=3)
    data = tmp_path / "data"
    with CollectorStore.open(collector_dir(str(data))) as store:
        assert ingest([tmp_path / "inbox"], [identity], "default", store).imported == N
        issue(store, "default", codes)
    return data, policy


def report(tmp_path, data, policy) -> dict:
    out = tmp_path / "report.json"
    assert main(["report", "--out", str(out), "--data-dir", str(data), "--policy", str(policy)]) == 0
    return json.loads(out.read_text())["participation"]


def test_more_summaries_than_codes_and_people_invited_is_flagged(tmp_path):
    data, policy = filled(tmp_path, invited=10, codes=11)
    participation = report(tmp_path, data, policy)
    assert (participation["codes_issued"], participation["invited"]) == (11, 10)
    assert participation["exceeds"] == ["the participation codes issued", "the people invited"]


def test_within_the_codes_and_headcount_nothing_is_flagged(tmp_path):
    data, policy = filled(tmp_path, invited=40, codes=30)
    participation = report(tmp_path, data, policy)
    assert (participation["codes_issued"], participation["invited"], participation["exceeds"]) == (30, 40, [])
    html = tmp_path / "report.html"
    assert main(["report", "--out", str(html), "--data-dir", str(data), "--policy", str(policy)]) == 0
    assert "Summaries against participation codes issued: 12 of 30." in html.read_text()
