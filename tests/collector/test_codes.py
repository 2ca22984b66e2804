"""Participation codes at ingest: one code, one installation; forged, mistyped and reused codes are rejected."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.codes import TABLE, issue, participation
from desktop.collector.ingest import ingest
from desktop.commands.demo import write_demo_summaries
from desktop.core.catalog import load_catalog
from desktop.core.participation_code import ALPHABET
from desktop.core.policy import Policy, Submission
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.exchange.envelope import encrypt_summary
from desktop.exchange.exporter import payload


@pytest.fixture(scope="module")
def base(tmp_path_factory, identity) -> list[dict]:
    out = tmp_path_factory.mktemp("demo") / "summaries"
    write_demo_summaries(3, out, recipient=str(identity.to_public()), policy=Policy.defaults(), seed=7)
    return [json.loads(pyrage.decrypt(path.read_bytes(), [identity])) for path in sorted(out.glob("*.age"))]


@pytest.fixture(scope="module")
def rules() -> CampaignRules:
    policy = dataclasses.replace(Policy.defaults(), submission=Submission(require_code=True))
    return CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)


class Inbox:
    def __init__(self, root: Path, identity: x25519.Identity):
        self.root, self.identity, self.count = root, identity, 0

    def file(self, summary: dict, *, code: str | None = None, installation: str | None = None) -> Path:
        summary = dict(summary)
        if code is not None:
            summary["participation_code"] = code
        if installation is not None:
            summary["submission_id"] = installation
        self.count += 1
        path = self.root / f"candor-{self.count:03}.age"
        path.write_bytes(encrypt_summary(payload(summary), str(self.identity.to_public())))
        return path


@pytest.fixture
def inbox(tmp_path, identity) -> Inbox:
    (tmp_path / "in").mkdir()
    return Inbox(tmp_path / "in", identity)


def run(paths, identity, rules, store):
    return ingest([Path(p) for p in paths], [identity], rules, store, workers=0)


def reasons(result) -> list[str]:
    return [rejection.reason_code for rejection in result.rejected]


def test_a_forged_summary_without_a_code_is_rejected(base, identity, rules, store, inbox):
    issue(store, "default", 5)
    result = run([inbox.file(base[0])], identity, rules, store)
    assert (result.imported, reasons(result)) == (0, ["no_code"])
    assert "carries no participation code" in result.rejected[0].message


def test_a_valid_code_is_accepted_and_counted(base, identity, rules, store, inbox):
    codes = issue(store, "default", 5)
    result = run([inbox.file(base[0], code=codes[0])], identity, rules, store)
    assert (result.imported, result.rejected) == (1, [])
    assert participation(store, "default") == (5, 1)


def test_a_mistyped_code_is_rejected(base, identity, rules, store, inbox):
    code = issue(store, "default", 1)[0]
    wrong = ALPHABET[(ALPHABET.index(code[3]) + 1) % len(ALPHABET)]
    typo = code[:3] + wrong + code[4:]
    result = run([inbox.file(base[0], code=typo)], identity, rules, store)
    assert reasons(result) == ["bad_code"] and "typing mistake" in result.rejected[0].message


def test_a_well_formed_code_that_was_never_issued_is_rejected(base, identity, rules, store, inbox):
    from desktop.core.participation_code import new_code

    issue(store, "default", 3)
    result = run([inbox.file(base[0], code=new_code())], identity, rules, store)
    assert reasons(result) == ["bad_code"] and "not issued" in result.rejected[0].message


def test_a_code_used_by_another_installation_is_rejected_in_a_later_import(base, identity, rules, store, inbox):
    code = issue(store, "default", 2)[0]
    assert run([inbox.file(base[0], code=code)], identity, rules, store).imported == 1
    result = run([inbox.file(base[1], code=code)], identity, rules, store)
    assert (result.imported, reasons(result)) == (0, ["code_used"])
    assert "another installation" in result.rejected[0].message
    assert store.count() == 1


def test_a_code_used_twice_in_one_import_counts_once(base, identity, rules, store, inbox):
    code = issue(store, "default", 2)[0]
    result = run([inbox.file(base[0], code=code), inbox.file(base[1], code=code)], identity, rules, store)
    assert (result.imported, reasons(result)) == (1, ["code_used"])


def test_a_re_export_with_the_same_code_replaces_the_earlier_summary(base, identity, rules, store, inbox):
    code = issue(store, "default", 2)[0]
    first = inbox.file(base[0], code=code)
    assert run([first], identity, rules, store).imported == 1
    again = dict(base[1], submission_id=base[0]["submission_id"])  # same installation, other answers
    result = run([inbox.file(again, code=code)], identity, rules, store)
    assert (result.imported, result.replaced, result.rejected) == (0, 1, [])
    assert store.count() == 1


def test_codes_stay_single_use_across_repeated_imports(base, identity, rules, store, inbox):
    code = issue(store, "default", 1)[0]
    owner = inbox.file(base[0], code=code)
    intruder = inbox.file(base[1], code=code)
    for _ in range(3):
        result = run([owner, intruder], identity, rules, store)
        assert reasons(result) == ["code_used"]
    result = run([intruder], identity, rules, store)
    assert reasons(result) == ["code_used"]
    assert store.count() == 1 and participation(store, "default") == (1, 1)


def test_only_keyed_hashes_of_codes_are_stored(store):
    codes = issue(store, "default", 4)
    stored = [row[0] for row in store.db.execute(f"SELECT code_key FROM {TABLE}").fetchall()]
    assert len(stored) == 4
    raw = store.path.read_bytes()
    assert not any(code.encode() in raw or code in key for code in codes for key in stored)


def test_without_require_code_and_no_codes_issued_summaries_pass(base, identity, store, inbox):
    rules = CampaignRules.for_policy(load_questionnaire(), load_catalog(), Policy.defaults())
    result = run([inbox.file(base[0])], identity, rules, store)
    assert (result.imported, result.rejected) == (1, [])
