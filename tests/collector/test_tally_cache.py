"""A report from stored counts is the report from the summaries themselves, and stale counts are never used."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from desktop.collector import tally_cache
from desktop.collector.aggregate import aggregate, build_report
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore
from desktop.collector.tally_cache import counted
from desktop.commands.demo import write_demo_summaries
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire

CAMPAIGN = "default"


@pytest.fixture(scope="module")
def content():
    return load_questionnaire(), load_catalog()


def policy_with_units(randomized: bool = True) -> Policy:
    policy = Policy.from_data({"org_units": [{"code": "sales", "label": "Sales"}, {"code": "it", "label": "IT"}]})
    return dataclasses.replace(policy, privacy=dataclasses.replace(policy.privacy, randomized_response=randomized))


def demo(folder: Path, identity, n: int, seed: int, randomized: bool = True) -> Path:
    write_demo_summaries(n, folder, recipient=str(identity.to_public()), policy=policy_with_units(randomized),
                         seed=seed)
    return folder


def report_dict(report) -> dict:
    return report.to_dict()


def test_stored_counts_give_the_same_report_as_counting_again(tmp_path, content, identity):
    questionnaire, catalog = content
    policy = policy_with_units()
    with CollectorStore.open(tmp_path / "c") as store:
        ingest([demo(tmp_path / "a", identity, 40, 1), demo(tmp_path / "b", identity, 30, 2, randomized=False)],
               [identity], None, store)
        expected = aggregate(store.summaries(CAMPAIGN), questionnaire, catalog, policy)
        first = counted(store, CAMPAIGN, questionnaire, catalog, policy)  # counts and keeps them
        assert store.stored_tally(CAMPAIGN, tally_cache.fingerprint(store, CAMPAIGN, first)) is not None
        second = counted(store, CAMPAIGN, questionnaire, catalog, policy)  # from the kept counts
        assert report_dict(build_report(first)) == report_dict(expected)
        assert report_dict(build_report(second)) == report_dict(expected)
        for unit in ("sales", "it"):
            assert report_dict(build_report(second, org_unit=unit)) == report_dict(
                aggregate(store.summaries(CAMPAIGN), questionnaire, catalog, policy, org_unit=unit))


def test_the_kept_counts_are_read_and_no_summary_is_parsed(tmp_path, content, identity, monkeypatch):
    questionnaire, catalog = content
    policy = policy_with_units()
    with CollectorStore.open(tmp_path / "c") as store:
        ingest([demo(tmp_path / "a", identity, 20, 3)], [identity], None, store)
        counted(store, CAMPAIGN, questionnaire, catalog, policy)
        monkeypatch.setattr(CollectorStore, "summaries", lambda *_a, **_k: pytest.fail("summaries were read"))
        assert counted(store, CAMPAIGN, questionnaire, catalog, policy).n == 20


def test_an_import_or_another_policy_makes_a_new_count(tmp_path, content, identity):
    questionnaire, catalog = content
    policy = policy_with_units()
    with CollectorStore.open(tmp_path / "c") as store:
        ingest([demo(tmp_path / "a", identity, 20, 4)], [identity], None, store)
        assert counted(store, CAMPAIGN, questionnaire, catalog, policy).n == 20
        ingest([demo(tmp_path / "b", identity, 7, 5)], [identity], None, store)
        assert counted(store, CAMPAIGN, questionnaire, catalog, policy).n == 27
        stricter = Policy.from_data({"org_units": [{"code": "sales", "label": "Sales"}, {"code": "it", "label": "IT"}],
                                     "tools": [{"id": "chatgpt", "status": "prohibited"}]})
        again = counted(store, CAMPAIGN, questionnaire, catalog, stricter)
        assert report_dict(build_report(again)) == report_dict(
            aggregate(store.summaries(CAMPAIGN), questionnaire, catalog, stricter))


def test_damaged_kept_counts_are_counted_again_not_trusted(tmp_path, content, identity):
    questionnaire, catalog = content
    policy = policy_with_units()
    with CollectorStore.open(tmp_path / "c") as store:
        ingest([demo(tmp_path / "a", identity, 15, 6)], [identity], None, store)
        first = counted(store, CAMPAIGN, questionnaire, catalog, policy)
        key = tally_cache.fingerprint(store, CAMPAIGN, first)
        for damage in ('{"format": 1, "groups": [[null, {"n": "x"}]]}', "not json", '{"format": 99}', "[]",
                       '{"format": 1, "groups": [[null, {"n": 1, "common": {"n": 1, "c": {"a": [[[1], 2]]}}, '
                       '"strata": []}]]}'):
            store.keep_tally(CAMPAIGN, key, damage)
            assert counted(store, CAMPAIGN, questionnaire, catalog, policy).n == 15
            assert store.stored_tally(CAMPAIGN, key) != damage  # replaced by the fresh count


def test_a_version_1_database_gains_the_tallies_table(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    conn = sqlite3.connect(folder / "collector.db")
    from desktop.collector.store_schema import MIGRATIONS

    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with CollectorStore.open(folder) as store:
        assert store.stored_tally(CAMPAIGN, "x") is None
        store.keep_tally(CAMPAIGN, "x", "{}")
        assert store.stored_tally(CAMPAIGN, "x") == "{}"
