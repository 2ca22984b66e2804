"""`candor report`: from the collector database to a JSON, HTML, PDF or CSV report, as a real process.

The store is filled as an analyst's is: demo summaries written through the real builder and
encrypted to a fresh identity, then imported with the collector's ingest.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.cli import main
from desktop.collector.db_key import PASSPHRASE_ENV, CollectorKeys
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore, collector_dir
from desktop.commands.demo import write_demo_summaries
from tests.cli.report_process import PASSPHRASE, candor, write_policy

N = 200


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> tuple[Path, Path, set[str]]:
    """(data dir, policy file, submission ids) of a collector store holding N imported summaries."""
    root = tmp_path_factory.mktemp("report-cmd")
    identity = x25519.Identity.generate()
    policy_file = write_policy(root / "policy.toml", str(identity.to_public()))
    from desktop.core.content import load_content

    content = load_content(str(policy_file))
    assert content.policy.problems == []
    write_demo_summaries(N, root / "inbox", recipient=str(identity.to_public()), policy=content.policy.policy,
                         seed=5)
    data_dir = root / "data"
    with CollectorStore.open(collector_dir(str(data_dir)), keys=CollectorKeys(PASSPHRASE, kdf_n=2**10)) as store:
        result = ingest([root / "inbox"], [identity], "demo-7", store)
        assert result.imported == N and not result.rejected
        ids = {summary["submission_id"] for summary in store.summaries("demo-7")}
    assert len(ids) == N
    return data_dir, policy_file, ids


def run_report(filled, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    data_dir, policy_file, _ = filled
    return candor("report", "--out", str(out), "--data-dir", str(data_dir), "--policy", str(policy_file), *extra)


def assert_private(path: Path) -> None:
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("fmt", ["json", "html", "pdf", "csv"])
def test_report_end_to_end_in_each_format(filled, tmp_path, fmt):
    out = tmp_path / f"campaign.{fmt}"
    result = run_report(filled, out, "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote the {fmt.upper()} report of campaign demo-7 ({N} summaries) to {out}"
    data = out.read_bytes()
    assert_private(out)
    if fmt == "json":
        report = json.loads(data)
        assert (report["format"], report["campaign"], report["respondents"]) == ("candor-report", "demo-7", N)
    elif fmt == "html":
        page = data.decode("utf-8")
        assert "<h1>AI use at Acme &amp; Söhne: campaign demo-7</h1>" in page
        assert f"{N} respondents." in page
        assert "<script" not in page and "http" not in page
    elif fmt == "pdf":
        assert data.startswith(b"%PDF-")
        assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) >= 1
    else:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        respondents = next(row for row in rows if row["table"] == "participation" and row["row"] == "all")
        assert respondents["estimate"] == str(N)
        assert sum(row["table"] == "prevalence_by_tool" for row in rows) > 30
    text = data.decode("latin-1")
    _, _, ids = filled
    assert [sid for sid in ids if sid in text] == []


def test_the_format_follows_the_file_name(filled, tmp_path):
    out = tmp_path / "report.html"
    result = run_report(filled, out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_one_org_unit(filled, tmp_path):
    out = tmp_path / "eng.json"
    result = run_report(filled, out, "--org-unit", "engineering")
    assert result.returncode == 0, result.stderr
    assert "org unit engineering of campaign demo-7" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["org_unit"], report["org_unit_label"]) == ("engineering", "Engineering")


# --- what goes wrong, in-process (no Qt needed) ----------------------------------------------------------


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys, fmt: str, out: Path, data_dir: Path, policy: Path, *extra: str) -> str:
    """Run ``candor report`` expecting it to refuse (exit 1); what it said on stderr."""
    code, _, err = cli(capsys, "report", "--format", fmt, "--out", str(out), "--data-dir", str(data_dir),
                       "--policy", str(policy), *extra)
    assert code == 1
    return err


def test_without_a_format_or_a_known_extension_it_is_a_usage_error(filled, tmp_path, capsys):
    data_dir, policy_file, _ = filled
    code, _, err = cli(capsys, "report", "--out", str(tmp_path / "report.txt"), "--data-dir", str(data_dir),
                       "--policy", str(policy_file))
    assert code == 2
    assert "add --format json|html|pdf|csv" in err
    assert not (tmp_path / "report.txt").exists()


def test_without_imported_summaries_it_says_to_ingest_first(tmp_path, capsys):
    policy_file = write_policy(tmp_path / "policy.toml", str(x25519.Identity.generate().to_public()))
    err = refused(capsys, "html", tmp_path / "r.html", tmp_path / "empty", policy_file)
    assert "no summaries have been imported here yet" in err and "candor ingest" in err
    assert not (tmp_path / "empty" / "collector").exists()  # nothing is created just to say so
    assert not (tmp_path / "r.html").exists()


def test_another_campaign_names_the_campaigns_there_are(filled, tmp_path, capsys):
    data_dir, _, _ = filled
    other = write_policy(tmp_path / "other.toml", str(x25519.Identity.generate().to_public()), campaign="q9")
    err = refused(capsys, "csv", tmp_path / "r.csv", data_dir, other)
    assert "no summaries of campaign 'q9'" in err and "it holds summaries of demo-7" in err


def test_an_unknown_org_unit_lists_the_policy_units(filled, tmp_path, capsys):
    data_dir, policy_file, _ = filled
    err = refused(capsys, "json", tmp_path / "r.json", data_dir, policy_file, "--org-unit", "finance")
    assert "no org unit 'finance'" in err and "engineering, sales" in err


def test_a_policy_with_problems_is_refused(filled, tmp_path, capsys):
    data_dir, _, _ = filled
    broken = tmp_path / "broken.toml"
    broken.write_text('[privacy]\nmin_group_size = "five"\n', encoding="utf-8")
    err = refused(capsys, "json", tmp_path / "r.json", data_dir, broken)
    assert "the policy has problems" in err and "min_group_size" in err


def test_an_unwritable_destination_says_what_to_do(filled, tmp_path, capsys):
    data_dir, policy_file, _ = filled
    err = refused(capsys, "json", tmp_path / "missing" / "r.json", data_dir, policy_file)
    assert "choose a folder that exists" in err
    err = refused(capsys, "json", tmp_path, data_dir, policy_file)
    assert "is a folder" in err


def test_an_existing_report_is_replaced_in_process(filled, tmp_path, capsys):
    data_dir, policy_file, _ = filled
    out = tmp_path / "r.csv"
    out.write_text("old", encoding="utf-8")
    code, stdout, _ = cli(capsys, "report", "--out", str(out), "--data-dir", str(data_dir), "--policy",
                          str(policy_file))
    assert code == 0 and "wrote the CSV report" in stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbftable,")


def test_a_wrong_passphrase_is_named_and_nothing_is_written(filled, tmp_path, capsys, monkeypatch):
    data_dir, policy_file, _ = filled
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    out = tmp_path / "r.json"
    code = main(["report", "--out", str(out), "--data-dir", str(data_dir), "--policy", str(policy_file)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists() and err.count("\n") == 1
    assert err.startswith("candor: That passphrase does not unlock the collector database")


def test_the_report_from_kept_counts_decrypts_no_summary(filled, tmp_path, monkeypatch):
    data_dir, policy_file, _ = filled
    assert main(["report", "--out", str(tmp_path / "first.json"), "--data-dir", str(data_dir), "--policy",
                 str(policy_file)]) == 0
    from desktop.core import sealing

    opened: list[int] = []
    original = sealing.Sealer.open

    def counting(self, blob, aad):
        opened.append(len(blob))
        return original(self, blob, aad)

    monkeypatch.setattr(sealing.Sealer, "open", counting)
    assert main(["report", "--out", str(tmp_path / "again.json"), "--data-dir", str(data_dir), "--policy",
                 str(policy_file)]) == 0
    # The key check, the wrapped key and the kept counts: three blobs, none of them a summary.
    assert len(opened) == 3


def test_the_spreadsheet_and_the_tidy_csv_are_written_in_process(filled, tmp_path, capsys):
    import zipfile

    data_dir, policy_file, _ = filled
    book = tmp_path / "r.xlsx"
    code, stdout, _ = cli(capsys, "report", "--out", str(book), "--data-dir", str(data_dir), "--policy",
                          str(policy_file))
    assert code == 0 and f"wrote the XLSX report of campaign demo-7 ({N} summaries) to {book}" in stdout
    with zipfile.ZipFile(book) as archive:
        assert "xl/workbook.xml" in archive.namelist()
    figures = tmp_path / "figures.csv"
    code, stdout, _ = cli(capsys, "report", "--format", "tidy-csv", "--out", str(figures), "--data-dir",
                          str(data_dir), "--policy", str(policy_file))
    assert code == 0 and f"its notes (properties, method notes, what each code means) are in " \
        f"{tmp_path / 'figures-notes.csv'}" in stdout
    rows = list(csv.DictReader(io.StringIO(figures.read_text(encoding="utf-8"))))
    assert rows[0]["table"] == "participation" and rows[0]["value"] == str(N)
    if os.name == "posix":
        for path in (book, figures, tmp_path / "figures-notes.csv"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
