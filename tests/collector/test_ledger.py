"""The release ledger: which summaries each released report counted, and the reports it refuses."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.collector.ledger import (
    NO_MEMBERS,
    Members,
    ReleaseLedger,
    ReleaseRefused,
    scope_of,
    unit_of,
    unpack,
    unpack_with_persons,
)
from desktop.collector.store import DB_FILENAME, CollectorStore, SummaryRow

K = 5
CAMPAIGN = "2026-q4"


class Clock:
    def __init__(self) -> None:
        self.ticks = 0

    def __call__(self) -> str:
        self.ticks += 1
        return f"2026-03-01T10:{self.ticks // 60:02d}:{self.ticks % 60:02d}Z"


def row(number: int, unit: str | None = None, answer: str = "agree") -> SummaryRow:
    data = {"campaign": CAMPAIGN, "submission_id": f"{number:032x}", "sentiment": {"strategy_clear": answer}}
    if unit is not None:
        data["group"] = {"org_unit": unit}
    text = json.dumps(data, sort_keys=True)
    return SummaryRow(f"{number:032x}", CAMPAIGN, "candor-assessment", 1, 1, hashlib.sha256(text.encode()).hexdigest(),
                      text)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "collector"


@pytest.fixture
def store(folder: Path):
    opened = CollectorStore.open(folder, clock=Clock())
    yield opened
    opened.close()


def release(ledger: ReleaseLedger, org_unit: str | None = None, output: str = "html", target: str | None = "r.html"):
    return ledger.record(CAMPAIGN, org_unit, ledger.members(CAMPAIGN, org_unit), output, target)


def refusal(ledger: ReleaseLedger, org_unit: str | None = None):
    with pytest.raises(ReleaseRefused) as refused:
        release(ledger, org_unit, "csv", "again.csv")
    return refused.value.refusal


def test_one_more_summary_is_refused_until_k_more_have_come(store):
    store.put_many([row(n) for n in range(20)])
    ledger = ReleaseLedger(store, K)
    first = release(ledger, target="/reports/q4.html")
    assert (first.members, first.scope, first.output, first.k) == (20, "campaign", "html", K)
    for added in range(1, K):
        store.put_many([row(100 + added)])
        refused = refusal(ledger)
        assert (refused.difference, refused.more_needed, refused.earlier) == (added, K - added, first)
        assert ledger.check(CAMPAIGN, None, ledger.members(CAMPAIGN)) == refused  # check alone writes nothing
    assert [r.id for r in ledger.releases(CAMPAIGN)] == [first.id]  # nothing refused was recorded
    store.put_many([row(100 + K)])
    second = release(ledger)
    assert second.members == 20 + K
    assert [r.members for r in ledger.releases(CAMPAIGN)] == [20, 25]


def test_the_refusal_says_how_many_more_and_which_report_to_use(store):
    store.put_many([row(n) for n in range(20)])
    ledger = ReleaseLedger(store, K)
    release(ledger, target="/reports/q4.html")
    store.put_many([row(99)])
    with pytest.raises(ReleaseRefused) as refused:
        release(ledger)
    assert str(refused.value) == (
        "the report was not written: it would differ from the HTML report written to /reports/q4.html on "
        "2026-03-01 at 10:00 UTC by only 1 summary (fewer than the minimum group size, 5), so comparing the two "
        "would reveal that person's answers; import at least 4 more summaries before reporting again, or use "
        "that earlier report, which shows the latest figures that can be released.")


def test_the_same_members_again_are_allowed_and_recorded(store):
    store.put_many([row(n) for n in range(12)])
    ledger = ReleaseLedger(store, K)
    first = release(ledger)
    again = release(ledger, output="dashboard", target=None)
    store.put_many([row(n) for n in range(12)])  # the same files imported again change nothing
    third = release(ledger, output="pdf", target="r.pdf")
    assert first.set_digest == again.set_digest == third.set_digest
    assert [r.output for r in ledger.releases(CAMPAIGN)] == ["html", "dashboard", "pdf"]
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM release_sets").fetchone()[0] == 1  # one set, kept once


def test_a_replaced_summary_is_one_person_changed(store):
    store.put_many([row(n) for n in range(12)])
    ledger = ReleaseLedger(store, K)
    release(ledger)
    store.put_many([row(3, answer="disagree")])  # the same person exported again, with another answer
    assert store.count(CAMPAIGN) == 12
    refused = refusal(ledger)
    assert (refused.difference, refused.more_needed) == (1, K - 1)


def test_a_difference_of_k_or_more_is_allowed_and_then_compared_with_too(store):
    store.put_many([row(n) for n in range(10)])
    ledger = ReleaseLedger(store, K)
    release(ledger)
    store.put_many([row(n) for n in range(100, 100 + K)])
    second = release(ledger)
    store.put_many([row(200)])
    refused = refusal(ledger)  # 6 from the first, 1 from the second: the nearest one is named
    assert (refused.earlier, refused.difference, refused.more_needed) == (second, 1, K - 1)


def test_each_scope_has_its_own_releases(store):
    store.put_many([row(n, unit="sales" if n % 2 else "it") for n in range(20)])
    ledger = ReleaseLedger(store, K)
    release(ledger)
    release(ledger, "sales")
    release(ledger, "it")
    store.put_many([row(50, unit="sales")])
    assert refusal(ledger).difference == 1
    assert refusal(ledger, "sales").difference == 1
    assert release(ledger, "it").members == 10  # its members did not change
    store.put_many([row(51)])  # a summary that names no org unit
    assert release(ledger, "it").members == 10
    assert [r.scope for r in ledger.releases(CAMPAIGN, every_scope=True)] == [
        "campaign", "org_unit:sales", "org_unit:it", "org_unit:it", "org_unit:it"]


def test_releases_survive_closing_and_reopening(folder):
    with CollectorStore.open(folder) as first:
        first.put_many([row(n) for n in range(10)])
        release(ReleaseLedger(first, K))
    with CollectorStore.open(folder) as again:
        again.put_many([row(77)])
        assert refusal(ReleaseLedger(again, K)).difference == 1


def test_releases_far_apart_in_size_are_not_compared(store, monkeypatch):
    store.put_many([row(n) for n in range(10)])
    ledger = ReleaseLedger(store, K)
    release(ledger)
    store.put_many([row(n) for n in range(100, 100 + K)])
    monkeypatch.setattr(CollectorStore, "release_set", lambda *_a: pytest.fail("a set was read"))
    assert release(ledger).members == 15  # 5 more members: that release cannot be nearer than 5


def test_the_larger_k_of_then_and_now_applies(store):
    store.put_many([row(n) for n in range(10)])
    release(ReleaseLedger(store, 7))
    store.put_many([row(n) for n in range(100, 105)])
    refused = refusal(ReleaseLedger(store, K))  # the policy now says 5, the report was released under 7
    assert (refused.k, refused.difference, refused.more_needed) == (7, 5, 2)


def test_a_report_that_fails_is_taken_back(store):
    store.put_many([row(n) for n in range(10)])
    ledger = ReleaseLedger(store, K)
    report = _report_of(store)
    with pytest.raises(OSError), ledger.releasing(CAMPAIGN, report, "pdf", "/nowhere/r.pdf"):
        raise OSError("disk full")
    assert ledger.releases(CAMPAIGN) == []
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM release_sets").fetchone()[0] == 0
    with ledger.releasing(CAMPAIGN, report, "pdf", "r.pdf") as done:
        assert done.members == 10
    assert [r.target for r in ledger.releases(CAMPAIGN)] == ["r.pdf"]


def test_a_report_with_every_figure_withheld_counted_nobody(store):
    store.put_many([row(n) for n in range(3)])  # fewer than k
    ledger = ReleaseLedger(store, K)
    with ledger.releasing(CAMPAIGN, _report_of(store), "json", "r.json") as done:
        assert done.members == 0
    store.put_many([row(3)])
    with ledger.releasing(CAMPAIGN, _report_of(store), "json", "r.json") as done:
        assert done.members == 0  # still nothing shown, so nothing to subtract
    store.put_many([row(n) for n in range(4, 9)])
    with ledger.releasing(CAMPAIGN, _report_of(store), "json", "r.json") as done:
        assert done.members == 9


def test_a_report_that_counted_nobody_is_never_refused(store):
    store.put_many([row(n) for n in range(4)])
    release(ReleaseLedger(store, 3))  # 4 people were enough while the policy said k = 3
    stricter = ReleaseLedger(store, K)  # now k = 5: the report of these 4 withholds every figure
    with stricter.releasing(CAMPAIGN, _report_of(store), "html", "r.html") as done:
        assert done.members == 0


def _report_of(store: CollectorStore):
    """The whole-campaign report of as many respondents as the store holds (their answers do not matter)."""
    from desktop.collector.aggregate import build_report
    from desktop.collector.counters import _Group
    from desktop.collector.tally import Tally
    from desktop.core.catalog import load_catalog
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire

    counts = Tally(load_questionnaire(), load_catalog(), Policy.defaults())
    group = counts.groups[None] = _Group()
    group.n = group.common.n = store.count(CAMPAIGN)
    return build_report(counts)


def test_a_damaged_or_missing_set_refuses_rather_than_guesses(store, folder):
    store.put_many([row(n) for n in range(10)])
    ledger = ReleaseLedger(store, K)
    first = release(ledger)
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("UPDATE release_sets SET data = X'00' WHERE digest = ?", [first.set_digest])
    store.put_many([row(3, answer="disagree")])  # one replaced: the same size, another set
    assert refusal(ledger).difference == 1  # at least 1 (the sets differ), never assumed to be large
    store.put_many([row(300), row(301)])
    assert refusal(ledger).difference == 2  # at least the difference in size
    now = ledger.members(CAMPAIGN)  # the recorded set overwritten with today's, to slip a report through
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("UPDATE release_sets SET data = ? WHERE digest = ?", [now.packed(), first.set_digest])
    assert refusal(ledger).difference == 2  # it is not the set recorded: trusted no more than a damaged one
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("DELETE FROM release_sets")
    assert refusal(ledger).difference == 2


def test_stored_sets_round_trip_and_are_compact():
    keys = sorted(int.from_bytes(os.urandom(8), "big", signed=True) for _ in range(100_000))
    members = Members(keys)
    packed = members.packed()
    assert list(unpack(packed)) == keys
    assert len(packed) / len(keys) < 7  # bytes per member, of 8 raw
    assert list(unpack(NO_MEMBERS.packed())) == []
    assert Members(keys[:-1]).difference(unpack(packed)) == 1
    with_persons = Members(keys, keys[::-1])
    assert [list(found) for found in unpack_with_persons(with_persons.packed())] == [keys, keys]
    assert unpack_with_persons(packed)[1] is None  # a set of the first format knows no persons
    for damaged in (b"", b"\x03" + packed[1:], packed[:-3], b"\x01" + b"x" * 20, b"\x02" + packed[1:-1]):
        with pytest.raises(ValueError):
            unpack(damaged)


def test_scopes_are_named_for_the_whole_campaign_or_one_unit():
    assert scope_of(None) == "campaign" and unit_of("campaign") is None
    assert scope_of("sales") == "org_unit:sales" and unit_of("org_unit:sales") == "sales"


def test_large_sets_are_compared_bucket_by_bucket_to_the_same_answer_as_sets():
    import random

    rng = random.Random(5)
    keys = sorted({rng.randrange(-2 ** 63, 2 ** 63) for _ in range(20_000)} | {-2 ** 63, 2 ** 63 - 1})
    earlier = unpack(Members(keys).packed())
    for change in range(6):
        now = set(keys)
        gone = rng.sample(sorted(now), change)
        now -= set(gone)
        now |= {rng.randrange(-2 ** 63, 2 ** 63) for _ in range(change)}
        members = Members(sorted(now))
        exact = len(set(keys) ^ now)
        assert members.difference(earlier) == exact
        assert members.difference(earlier, limit=3) >= min(exact, 3)  # stops early once it reaches the limit
    edges = Members(keys[1:-1])  # the lowest and the highest possible keys are gone
    assert edges.difference(earlier) == 2
    assert Members(keys[:100]).difference(earlier) == len(keys) - 100  # a small set against a large one


def test_three_people_re_exporting_are_three_people_not_six(store):
    """Found while attacking the ledger: report, let three people export again with changed answers, report
    again. The two reports differ by exactly those three people's changes, fewer than k = 5; counting
    members, each replacement counted twice, so the difference read 6 and the second report was allowed."""
    store.put_many([row(n) for n in range(12)])
    ledger = ReleaseLedger(store, K)
    release(ledger)
    store.put_many([row(n, answer="disagree") for n in (1, 2, 3)])
    assert store.count(CAMPAIGN) == 12
    refused = refusal(ledger)
    assert refused.more_needed == K - 3
