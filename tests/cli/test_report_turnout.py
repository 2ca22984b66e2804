"""The report states participation against the codes issued and the people invited, and flags an excess."""

from __future__ import annotations

import json

from pyrage import x25519

from desktop.cli import main
from desktop.collector.codes import issue
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore, collector_dir
from desktop.commands.demo import write_demo_summaries
from desktop.core.policy import Policy

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
        if codes:
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


def written(tmp_path, data, policy, suffix: str):
    out = tmp_path / f"report.{suffix}"
    assert main(["report", "--out", str(out), "--data-dir", str(data), "--policy", str(policy)]) == 0
    return out


def csv_rows(path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_states_summaries_against_codes_and_headcount_and_flags_the_excess_in_a_note(tmp_path):
    data, policy = filled(tmp_path, invited=10, codes=30)
    rows = csv_rows(written(tmp_path, data, policy, "csv"))
    against = {row["row"]: row for row in rows if row["table"] == "participation" and row["row"] != "all"}
    assert against.keys() == {"codes_issued", "invited"}
    codes, invited = against["codes_issued"], against["invited"]
    assert (codes["estimate"], codes["shown_as"], codes["detail"]) == ("12", "12 of 30", "of=30; exceeded=no")
    assert (invited["estimate"], invited["shown_as"], invited["detail"]) == ("12", "12 of 10", "of=10; exceeded=yes")
    assert codes["column"] == "summaries" and codes["row_label"] == "Summaries against participation codes issued"
    notes = {row["row"]: row["row_label"] for row in rows if row["table"] == "method"}
    assert notes["summaries_exceed_invited"].startswith("Warning: this campaign has more summaries than the "
                                                        "people invited.")
    assert "summaries_exceed_codes_issued" not in notes


def test_csv_without_codes_or_headcount_has_no_such_rows(tmp_path):
    data, policy = filled(tmp_path, invited=40, codes=0)
    policy.write_text(policy.read_text().replace("invited = 40\n", ""), encoding="utf-8")
    rows = csv_rows(written(tmp_path, data, policy, "csv"))
    assert [row["row"] for row in rows if row["table"] == "participation"] == ["all"]
    assert not [row for row in rows if row["row"].startswith("summaries_exceed")]


def test_pdf_states_participation_and_the_warning(qapp, tmp_path):
    from desktop.collector.aggregate import build_report
    from desktop.collector.tally_cache import counted
    from desktop.collector.turnout import with_turnout
    from desktop.core.content import load_content
    from desktop.ui.collector.report_pdf import render_document

    data, policy = filled(tmp_path, invited=40, codes=11)
    pdf = written(tmp_path, data, policy, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    # The PDF is this document printed; its text is what the pages show.
    content = load_content(policy_flag=str(policy), env={})
    rules = content.policy.policy
    with CollectorStore.open(collector_dir(str(data))) as store:
        report = build_report(counted(store, "default", content.questionnaire, content.catalog, rules))
        report = with_turnout(report, store, "default", rules.campaign.invited, store.count("default"))
    text = " ".join(render_document(report, organization="Example").toPlainText().split())
    assert "Summaries against participation codes issued: 12 of 11." in text
    assert "Summaries against people invited: 12 of 40." in text
    assert "Warning: this campaign has more summaries than the participation codes issued." in text
    assert "more summaries than the people invited" not in text
