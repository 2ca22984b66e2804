"""Counts kept up to date by imports equal a fresh count, after any sequence of imports, replacements, re-imports
and cancelled imports; and the first report after an import reads the kept counts, not the summaries."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from desktop.collector import tally_cache
from desktop.collector.aggregate import aggregate, build_report
from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.collector.tally import Tally
from desktop.collector.tally_cache import CountsKeeper, counted
from desktop.commands.demo import write_demo_summaries
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.demo.population import population_summaries

UNITS = [{"code": "sales", "label": "Sales"}, {"code": "it", "label": "IT"}, {"code": "hr", "label": "HR"}]


def policy_for(randomized: bool) -> Policy:
    policy = Policy.from_data({"org_units": UNITS})
    return dataclasses.replace(policy, privacy=dataclasses.replace(policy.privacy, randomized_response=randomized))


@pytest.fixture(scope="module")
def content():
    return load_questionnaire(), load_catalog()


@pytest.fixture(scope="module")
def pools(content):
    """Summaries of both mechanisms (one of them is left out of each campaign's counts)."""
    questionnaire, catalog = content
    return _Pools({randomized: population_summaries(questionnaire, catalog, policy_for(randomized), 60,
                                                    f"pool{randomized}") for randomized in (True, False)})


class _Pools(dict):
    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "pools"


def row(summary: dict, submission_id: str) -> SummaryRow:
    summary = dict(summary, submission_id=submission_id)
    text = json.dumps(summary)
    return SummaryRow(submission_id, summary["campaign"], summary["questionnaire"]["id"],
                      int(summary["questionnaire"]["version"]), int(summary["format_version"]),
                      hashlib.sha256(text.encode()).hexdigest(), text)


def canonical(tally: Tally) -> list:
    """A tally's counts in a fixed order (groups, strata and counter keys sorted)."""
    data = json.loads(tally_cache.dumps(tally))
    groups = []
    for unit, group in data["groups"]:
        def counts(part):
            return [part["n"], sorted((family, sorted(map(json.dumps, pairs))) for family, pairs in part["c"].items())]
        groups.append([str(unit), group["n"], counts(group["common"]),
                       sorted([json.dumps(key), counts(part)] for key, part in group["strata"])])
    return [data["left_out"], sorted(groups)]


def assert_close(kept, fresh):
    """Equal, but for the last bits of summed amounts (taken away and added in another order)."""
    if isinstance(kept, float) or isinstance(fresh, float):
        assert math.isclose(kept, fresh, rel_tol=1e-9, abs_tol=1e-9), (kept, fresh)
    elif isinstance(kept, dict):
        assert kept.keys() == fresh.keys()
        for key in kept:
            assert_close(kept[key], fresh[key])
    elif isinstance(kept, list | tuple):
        assert len(kept) == len(fresh), (kept, fresh)
        for a, b in zip(kept, fresh, strict=True):
            assert_close(a, b)
    else:
        assert kept == fresh


def kept_equals_fresh(store: CollectorStore, questionnaire, catalog, policy) -> None:
    campaign = policy.campaign.id
    fresh = Tally(questionnaire, catalog, policy).add_all(store.summaries(campaign))
    stored = store.stored_tally(campaign, tally_cache.fingerprint(store, campaign, fresh))
    assert stored is not None, "the import left no counts that fit the stored rows"
    kept = tally_cache.loads(stored, questionnaire, catalog, policy)
    assert_close(json.loads(json.dumps(canonical(kept))), json.loads(json.dumps(canonical(fresh))))
    if fresh.n:
        assert_close(build_report(kept).to_dict(), build_report(fresh).to_dict())


# One step: ("import", how many new), ("replace", how many, pick seed), ("again", -) re-imports stored ones
# unchanged, ("batch", pick seed) a batch naming one id twice, ("cancel", -) a cancelled import.
STEPS = st.lists(st.one_of(
    st.tuples(st.just("import"), st.integers(1, 12), st.integers(0, 10**6)),
    st.tuples(st.just("replace"), st.integers(1, 6), st.integers(0, 10**6)),
    st.tuples(st.just("again"), st.integers(1, 6), st.integers(0, 10**6)),
    st.tuples(st.just("batch"), st.integers(1, 4), st.integers(0, 10**6)),
    st.tuples(st.just("cancel"), st.just(0), st.just(0)),
), min_size=1, max_size=7)


@pytest.mark.parametrize("randomized", [True, False], ids=["randomized", "exact"])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_counts_kept_by_imports_equal_a_fresh_count(content, pools, randomized, steps):
    questionnaire, catalog = content
    policy = policy_for(randomized)
    keeper = lambda: CountsKeeper(questionnaire, catalog, policy)  # noqa: E731 - one per write, as ingest does
    pool = pools[randomized] + pools[not randomized][:8]  # the other mechanism's are left out of the counts
    with tempfile.TemporaryDirectory() as scratch, CollectorStore.open(Path(scratch) / "c") as store:
        ids: dict[str, dict] = {}
        serial = 0
        for kind, size, seed in steps:
            rng = random.Random(seed)
            if kind == "import":
                batch = []
                for _ in range(size):
                    serial += 1
                    sid = f"{serial:032x}"
                    ids[sid] = rng.choice(pool)
                    batch.append(row(ids[sid], sid))
                store.put_many(batch, keeper())
            elif kind == "cancel":
                rules = CampaignRules.for_policy(questionnaire, catalog, policy)
                result = ingest([Path(scratch)], [x25519.Identity.generate()], rules, store, cancelled=lambda: True)
                assert result.cancelled
            elif ids:
                chosen = rng.sample(sorted(ids), min(size, len(ids)))
                if kind == "again":
                    store.put_many([row(ids[sid], sid) for sid in chosen], keeper())
                    continue
                batch = []
                for sid in chosen:
                    ids[sid] = rng.choice(pool)
                    batch.append(row(ids[sid], sid))
                    if kind == "batch":  # the same id twice in one write: the later one wins
                        ids[sid] = rng.choice(pool)
                        batch.append(row(ids[sid], sid))
                store.put_many(batch, keeper())
            if ids:  # before the first import there is nothing to count
                kept_equals_fresh(store, questionnaire, catalog, policy)


def two_batches(tmp_path, content, identity, first: int, second: int) -> tuple[Policy, CampaignRules, str]:
    """``first`` demo summaries in folder ``a`` and ``second`` more in ``b``, encrypted for ``identity``, under
    a randomized campaign; its policy, its rules and the recipient."""
    questionnaire, catalog = content
    policy = policy_for(True)
    rules = CampaignRules.for_policy(questionnaire, catalog, policy)
    recipient = str(identity.to_public())
    write_demo_summaries(first, tmp_path / "a", recipient=recipient, policy=policy, seed=1)
    write_demo_summaries(second, tmp_path / "b", recipient=recipient, policy=policy, seed=2)
    return policy, rules, recipient


def test_the_first_report_after_an_import_reads_no_summary(tmp_path, content, identity, monkeypatch):
    questionnaire, catalog = content
    policy, rules, _ = two_batches(tmp_path, content, identity, 25, 10)
    with CollectorStore.open(tmp_path / "c") as store:
        ingest([tmp_path / "a"], [identity], rules, store, workers=0)
        ingest([tmp_path / "b"], [identity], rules, store, workers=0)
        expected = aggregate(store.summaries(policy.campaign.id), questionnaire, catalog, policy).to_dict()
        monkeypatch.setattr(CollectorStore, "summaries", lambda *_a, **_k: pytest.fail("summaries were read"))
        first = counted(store, policy.campaign.id, questionnaire, catalog, policy)
        assert first.n == 35
        assert build_report(first).to_dict() == expected


def test_an_import_without_fitting_counts_leaves_counting_to_the_report(tmp_path, content, pools):
    questionnaire, catalog = content
    policy = policy_for(True)
    with CollectorStore.open(tmp_path / "c") as store:
        store.put_many([row(summary, f"{i:032x}") for i, summary in enumerate(pools[True][:10])])  # no keeper
        store.put_many([row(pools[True][20], f"{99:032x}")], CountsKeeper(questionnaire, catalog, policy))
        fresh = Tally(questionnaire, catalog, policy)
        assert store.stored_tally(policy.campaign.id, tally_cache.fingerprint(store, policy.campaign.id, fresh)) is None
        assert counted(store, policy.campaign.id, questionnaire, catalog, policy).n == 11
        kept_equals_fresh(store, questionnaire, catalog, policy)


def queued(tally: Tally) -> int:
    """Keys queued in a tally and not yet counted."""
    return sum(len(part.events) + sum(len(keys) for keys in part.pending.values())
               for group in tally.groups.values() for part in (group.common, *group.strata.values()))


def test_counting_from_the_store_streams_summaries_and_keeps_memory_bounded(tmp_path, content, pools, monkeypatch):
    """Each summary is counted as it is read, never all loaded first, and queued keys are counted in steps."""
    from desktop.collector import tally as tally_module

    questionnaire, catalog = content
    policy = policy_for(True)
    monkeypatch.setattr(tally_module, "FLUSH_EVERY", 10)
    with CollectorStore.open(tmp_path / "c") as store:
        store.put_many([row(summary, f"{i:032x}") for i, summary in enumerate(pools[True][:45])])
        read = added = 0
        most_ahead = most_queued = 0
        real_summaries, real_add = CollectorStore.summaries, Tally.add

        def summaries(self, campaign=None):
            nonlocal read
            for summary in real_summaries(self, campaign):
                read += 1
                yield summary

        def add(self, summary):
            nonlocal added, most_ahead, most_queued
            added += 1
            most_ahead = max(most_ahead, read - added)
            most_queued = max(most_queued, queued(self))
            real_add(self, summary)

        monkeypatch.setattr(CollectorStore, "summaries", summaries)
        monkeypatch.setattr(Tally, "add", add)
        assert counted(store, policy.campaign.id, questionnaire, catalog, policy).n == 45
    assert (read, added) == (45, 45)
    assert most_ahead == 0  # the next summary is read only once the last one was counted
    one = Tally(questionnaire, catalog, policy)
    real_add(one, pools[True][0])
    per_summary = queued(one)
    assert most_queued <= 10 * per_summary * 2  # about ten summaries' keys queued at most, not 45


def test_an_import_parses_each_summary_once_and_keeps_counts_equal_to_a_fresh_count(tmp_path, content, identity,
                                                                                    monkeypatch):
    """Ingest counts each summary as it validates it; only a replaced summary (read back from the store) and a
    counted one that was not written (stored unchanged, or superseded by a later file) are parsed again."""
    import pyrage

    questionnaire, catalog = content
    policy, rules, recipient = two_batches(tmp_path, content, identity, 12, 6)
    first = sorted((tmp_path / "a").glob("*.age"))
    second = tmp_path / "b"
    for index, file in enumerate(first[:3]):  # stored unchanged: the same files again
        (second / f"0-same-{index}.age").write_bytes(file.read_bytes())
    for index, file in enumerate(first[3:6]):  # replaced: the same summaries written out another way
        summary = json.loads(pyrage.decrypt(file.read_bytes(), [identity]))
        for indent, name in ((1, "1-early"), (2, "2-late")) if index == 0 else ((2, "2-late"),):
            text = json.dumps(summary, indent=indent).encode()  # the early one is superseded by the late one
            (second / f"{name}-{index}.age").write_bytes(pyrage.encrypt(text, [x25519.Recipient.from_str(recipient)]))
    real_parsed = tally_cache._parsed
    parsed_for_counting = 0

    def parsed(text):
        nonlocal parsed_for_counting
        parsed_for_counting += 1
        return real_parsed(text)

    monkeypatch.setattr(tally_cache, "_parsed", parsed)
    with CollectorStore.open(tmp_path / "c") as store:
        result = ingest([tmp_path / "a"], [identity], rules, store, workers=0)
        assert (result.imported, parsed_for_counting) == (12, 0)
        kept_equals_fresh(store, questionnaire, catalog, policy)
        result = ingest([second], [identity], rules, store, workers=0)
        assert (result.imported, result.replaced, result.unchanged, result.superseded) == (6, 3, 3, 1)
        assert parsed_for_counting == 3 + 3 + 1  # the replaced (read back), the unchanged, the superseded
        kept_equals_fresh(store, questionnaire, catalog, policy)


def test_an_import_holds_one_batch_of_summaries_at_a_time_and_stays_all_or_nothing(tmp_path, content, identity,
                                                                                   monkeypatch):
    """Accepted summaries wait, sealed, in a temporary table (staging.py): in memory stays one batch; the later
    file for an id still wins across batches, and the counts kept equal a fresh count."""
    import pyrage

    from desktop.collector import staging

    questionnaire, catalog = content
    policy = policy_for(True)
    rules = CampaignRules.for_policy(questionnaire, catalog, policy)
    recipient = x25519.Recipient.from_str(str(identity.to_public()))
    write_demo_summaries(9, tmp_path / "a", recipient=str(recipient), policy=policy, seed=3)
    files = sorted((tmp_path / "a").glob("*.age"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for index, file in enumerate(files):
        (inbox / f"1-{index}.age").write_bytes(file.read_bytes())
    first = json.loads(pyrage.decrypt(files[0].read_bytes(), [identity]))
    (inbox / "2-copy.age").write_bytes(files[1].read_bytes())  # an identical copy, batches later
    (inbox / "3-later.age").write_bytes(pyrage.encrypt(json.dumps(first, indent=1).encode(), [recipient]))
    most = 0
    real_flush = staging.StagedImport.flush

    def flush(self):
        nonlocal most
        most = max(most, len(self._buffer))
        real_flush(self)

    monkeypatch.setattr(staging, "BATCH", 3)
    monkeypatch.setattr(staging.StagedImport, "flush", flush)
    with CollectorStore.open(tmp_path / "c") as store:
        cancelled = ingest([inbox], [identity], rules, store, workers=0, cancelled=iter([False] * 11 + [True]).__next__)
        assert cancelled.cancelled and store.count() == 0
        result = ingest([inbox], [identity], rules, store, workers=0)
        assert (result.imported, result.superseded, result.unchanged) == (9, 1, 1)
        assert 0 < most <= 3
        kept_equals_fresh(store, questionnaire, catalog, policy)
        texts = {json.loads(text)["submission_id"]: text for text in store.summary_texts(policy.campaign.id)}
        assert texts[first["submission_id"]] == json.dumps(first, indent=1)  # the later file won
        again = ingest([inbox], [identity], rules, store, workers=0)
        assert (again.imported, again.replaced, again.unchanged, again.superseded) == (0, 0, 10, 1)
        kept_equals_fresh(store, questionnaire, catalog, policy)


def test_an_import_runs_with_a_larger_bounded_page_cache_and_gives_it_back(tmp_path, content, identity, monkeypatch):
    from desktop.collector import staging

    questionnaire, catalog = content
    policy = policy_for(True)
    rules = CampaignRules.for_policy(questionnaire, catalog, policy)
    write_demo_summaries(3, tmp_path / "a", recipient=str(identity.to_public()), policy=policy, seed=4)
    seen = []
    real_write = staging.StagedImport._write_rows

    def write_rows(self, joined):
        seen.append([self.store._conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0]
                     for schema in ("main", "temp")])
        real_write(self, joined)

    monkeypatch.setattr(staging.StagedImport, "_write_rows", write_rows)
    with CollectorStore.open(tmp_path / "c") as store:
        before = [store._conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")]
        assert ingest([tmp_path / "a"], [identity], rules, store, workers=0).imported == 3
        assert seen == [[-staging.IMPORT_CACHE_KIB, -staging.IMPORT_CACHE_KIB]]
        assert [store._conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")] \
            == before
