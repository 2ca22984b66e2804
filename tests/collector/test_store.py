"""The collector's database: where it lives, how private it is, and all-or-nothing writes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from desktop.collector.store import (
    DB_FILENAME,
    SCHEMA_VERSION,
    CollectorStore,
    CollectorStoreError,
    PutCounts,
    SummaryRow,
    collector_dir,
    member_key,
)
from desktop.collector.store_schema import MIGRATIONS
from tests.released_schemas import migrate_to, schema_digest, schema_lines


class Clock:
    def __init__(self) -> None:
        self.ticks = 0

    def __call__(self) -> str:
        self.ticks += 1
        return f"2026-01-01T00:00:{self.ticks:02d}Z"


def row(sid: str, campaign: str = "2026-q4", answer: str = "agree", unit: str | None = None) -> SummaryRow:
    data = {"campaign": campaign, "submission_id": sid, "sentiment": {"strategy_clear": answer}}
    if unit is not None:
        data["group"] = {"org_unit": unit}
    summary = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return SummaryRow(submission_id=sid, campaign=campaign, questionnaire_id="candor-assessment",
                      questionnaire_version=1, format_version=1,
                      source_digest=hashlib.sha256(summary.encode()).hexdigest(), summary=summary)


def sid(number: int) -> str:
    return f"{number:032x}"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "collector"


@pytest.fixture
def store(folder: Path):
    opened = CollectorStore.open(folder, clock=Clock())
    yield opened
    opened.close()


def stored(folder: Path) -> list[tuple]:
    """The table as another program would see it (sealed: keyed ids, blobs)."""
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        return conn.execute("SELECT id_key, campaign, member_key, sealed FROM summaries "
                            "ORDER BY id_key").fetchall()


# --- where and how it is kept ----------------------------------------------------------------------------


def test_collector_dir_follows_the_data_dir_flag_then_the_environment(tmp_path):
    assert collector_dir(str(tmp_path / "flag"), env={"CANDOR_DATA_DIR": str(tmp_path / "env")}) == \
        tmp_path / "flag" / "collector"
    assert collector_dir(None, env={"CANDOR_DATA_DIR": str(tmp_path / "env")}) == tmp_path / "env" / "collector"
    assert collector_dir(None, env={}).name == "collector"


def test_new_store_is_private_wal_versioned_and_empty(store, folder):
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700  # created by Candor, so kept private too
    assert stat.S_IMODE((folder / DB_FILENAME).stat().st_mode) == 0o600
    conn = sqlite3.connect(folder / DB_FILENAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 16384
    conn.close()
    assert store.count() == 0 and store.campaigns() == [] and list(store.summaries()) == []


def test_wal_companions_are_private_while_open(store, folder):
    store.put_many([row(sid(1))])
    companions = [p for p in folder.iterdir() if p.name != DB_FILENAME]
    assert companions  # the write-ahead log exists while the store is open
    assert {stat.S_IMODE(p.stat().st_mode) for p in companions} == {0o600}


def test_an_existing_collector_folder_is_tightened(tmp_path):
    folder = tmp_path / "collector"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    CollectorStore.open(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_shared_parent_folder_is_left_alone(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "someone-elses.txt").write_text("x")
    shared.chmod(0o755)
    CollectorStore.open(shared / "collector").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


# --- writing ---------------------------------------------------------------------------------------------


def test_put_many_counts_new_changed_and_identical_rows(store, folder):
    assert store.put_many([row(sid(1)), row(sid(2))]) == PutCounts(imported=2, replaced=0, unchanged=0)
    first = {r[2]: r for r in stored(folder)}  # by member key
    times = {n: store.imported_at(sid(n)) for n in (1, 2)}
    assert store.put_many([row(sid(1)), row(sid(2), answer="disagree"), row(sid(3))]) == PutCounts(1, 1, 1)
    after = {r[2]: r for r in stored(folder)}
    unchanged = member_key(sid(1), row(sid(1)).source_digest)
    assert after[unchanged] == first[unchanged]  # identical content: not rewritten, import time kept
    assert store.imported_at(sid(1)) == times[1] == "2026-01-01T00:00:01Z"
    by_id = {s["submission_id"]: s for s in store.summaries()}
    assert by_id[sid(2)]["sentiment"]["strategy_clear"] == "disagree"
    assert store.imported_at(sid(2)) == "2026-01-01T00:00:02Z" != times[2]  # a replaced row gets the new time
    assert store.imported_at(sid(9)) is None and not store.has(sid(9)) and store.has(sid(3))
    assert store.count() == 3


def test_within_one_batch_the_later_row_wins(store):
    counts = store.put_many([row(sid(1)), row(sid(1), answer="neutral"), row(sid(1), answer="neutral")])
    assert counts == PutCounts(imported=1, replaced=1, unchanged=1)
    assert [s["sentiment"]["strategy_clear"] for s in store.summaries()] == ["neutral"]


def test_put_many_is_all_or_nothing(store, folder):
    store.put_many([row(sid(1))])
    before = stored(folder)
    broken = SummaryRow(sid(3), None, "q", 1, 1, "d" * 64, "{}")  # type: ignore[arg-type]  # NOT NULL fails
    with pytest.raises(CollectorStoreError, match="nothing from this import was kept"):
        store.put_many([row(sid(2)), row(sid(1), answer="disagree"), broken])
    assert stored(folder) == before
    assert store.put_many([row(sid(2))]) == PutCounts(1, 0, 0)  # the store is still usable


def test_empty_batch_changes_nothing(store):
    assert store.put_many([]) == PutCounts(0, 0, 0)
    assert store.count() == 0


def test_rows_survive_closing_and_reopening(folder):
    with CollectorStore.open(folder) as first:
        first.put_many([row(sid(7))])
    with CollectorStore.open(folder) as again:
        assert again.count() == 1
        assert next(again.summaries())["submission_id"] == sid(7)


def test_a_store_opened_on_one_thread_can_import_on_another(store):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            store.put_many([row(sid(5))])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == [] and store.count() == 1


# --- reading ---------------------------------------------------------------------------------------------


def test_summaries_count_and_campaigns_filter_by_campaign(store):
    store.put_many([row(sid(n), campaign="2026-q4") for n in range(1, 4)]
                   + [row(sid(n), campaign="2025-q2") for n in range(10, 12)])
    assert store.campaigns() == ["2025-q2", "2026-q4"]
    assert store.count() == 5 and store.count("2026-q4") == 3 and store.count("nope") == 0
    assert sorted(s["submission_id"] for s in store.summaries("2025-q2")) == [sid(10), sid(11)]
    assert sorted(s["submission_id"] for s in store.summaries()) == sorted(sid(n) for n in (1, 2, 3, 10, 11))
    assert sorted(store.summary_texts("2025-q2")) == sorted(row(sid(n), "2025-q2").summary for n in (10, 11))


def test_summaries_are_read_in_pages(store):
    store.put_many([row(sid(n)) for n in range(2500)])  # more than one page of 1,000
    ids = [s["submission_id"] for s in store.summaries()]
    assert sorted(ids) == sorted(sid(n) for n in range(2500)) and len(ids) == 2500


# --- files it must not use -------------------------------------------------------------------------------


def test_a_damaged_file_is_refused_and_left_unchanged(folder):
    folder.mkdir(parents=True)
    damaged = folder / DB_FILENAME
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CollectorStoreError, match="damaged or is not Candor's collector database"):
        CollectorStore.open(folder)
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_a_database_from_a_newer_candor_is_refused_and_left_unchanged(folder):
    CollectorStore.open(folder).close()
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = (folder / DB_FILENAME).read_bytes()
    with pytest.raises(CollectorStoreError, match="newer version of Candor"):
        CollectorStore.open(folder)
    assert (folder / DB_FILENAME).read_bytes() == before


def test_a_data_folder_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "collector"
    blocker.write_text("a file")
    with pytest.raises(CollectorStoreError, match="is a file, not a folder"):
        CollectorStore.open(blocker)


# --- the schema over time ----------------------------------------------------------------------------------

# A version-2 database with rows as Candor 2 stored them, made by the released migrations 1 and 2; the schemas
# they make are pinned below, so a later edit of a migration cannot silently change what existing files hold.
V2_ROWS = """
INSERT INTO summaries VALUES ('00000000000000000000000000000001', '2026-q4', 'candor-assessment', 1, 1,
    '2026-01-01T00:00:01Z', 'aa', '{"campaign":"2026-q4","group":{"org_unit":"sales","role_level":"staff"}}');
INSERT INTO summaries VALUES ('00000000000000000000000000000002', '2026-q4', 'candor-assessment', 1, 1,
    '2026-01-01T00:00:02Z', 'bb', '{"campaign":"2026-q4","group":{"role_level":"staff"}}');
INSERT INTO summaries VALUES ('00000000000000000000000000000003', '2026-q4', 'candor-assessment', 1, 1,
    '2026-01-01T00:00:03Z', 'cc', '{"campaign":"2026-q4"}');
INSERT INTO summaries VALUES ('00000000000000000000000000000004', '2025-q2', 'candor-assessment', 1, 1,
    '2026-01-01T00:00:04Z', 'dd', 'not json at all');
INSERT INTO tallies VALUES ('2026-q4', 'f1', '{"format": 1, "groups": []}');
"""
#: The schemas as released (see tests/released_schemas.py): version 1, 2 and 3 of collector.db.
RELEASED = {
    1: "67b8ed0279906c6c5b303fed3ef476ab2d577378575f92901d3e1b083c43cf9a",
    2: "b0637d3908916931dcb61a772f2407df0f5f0a221e50ef725331453663b9c75d",
    3: "88a309c348c3fe164fa15c6e10ea7dc437a39d54749ad4f7fdef3e5eaf00276d",
}


def make_v2_fixture(folder: Path) -> Path:
    folder.mkdir(parents=True, mode=0o700)
    conn = sqlite3.connect(folder / DB_FILENAME)
    migrate_to(conn, conn, MIGRATIONS, 2)
    conn.executescript(V2_ROWS)
    conn.execute("PRAGMA journal_mode = wal")
    conn.close()
    return folder


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_the_released_schemas_are_what_the_migrations_still_make(tmp_path, version):
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        migrate_to(conn, conn, MIGRATIONS, version)
        assert schema_digest(conn) == RELEASED[version], "\n".join(schema_lines(conn))
    conn.close()


def test_a_version_2_database_gains_the_ledger_and_each_rows_org_unit_and_member_key(folder):
    make_v2_fixture(folder)
    with CollectorStore.open(folder) as opened:
        assert opened.count() == 4
        assert opened.member_keys("2026-q4") == sorted(member_key(sid(n), d) for n, d in ((1, "aa"), (2, "bb"),
                                                                                          (3, "cc")))
        assert opened.member_keys("2026-q4", "sales") == [member_key(sid(1), "aa")]
        assert opened.member_keys("2026-q4", "it") == []
        assert opened.member_keys("2025-q2") == [member_key(sid(4), "dd")]  # damaged JSON: no org unit, kept
        assert opened.releases("2026-q4") == []
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        units = conn.execute("SELECT org_unit FROM summaries ORDER BY org_unit").fetchall()
        assert sorted(units, key=str) == sorted([("sales",), (None,), (None,), (None,)], key=str)
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"summaries", "tallies", "releases", "release_sets"} <= tables
    with CollectorStore.open(folder) as again:  # opening once more migrates nothing twice
        assert again.count() == 4
        assert again.stored_tally("2026-q4", "f1") is None  # kept counts are counted again, then kept sealed
        assert again.imported_at(sid(2)) == "2026-01-01T00:00:02Z"
        assert next(again.summary_texts("2025-q2")) == "not json at all"  # kept as it was, only sealed


def test_puts_keep_each_rows_org_unit_and_member_key_in_step_with_its_json(store, folder):
    store.put_many([row(sid(1), unit="sales"), row(sid(2)), row(sid(3), unit="it")])
    assert store.member_keys("2026-q4", "sales") == [member_key(sid(1), row(sid(1), unit="sales").source_digest)]
    moved = row(sid(1), answer="disagree", unit="it")  # a re-export from another unit replaces the first
    store.put_many([moved])
    assert store.member_keys("2026-q4", "sales") == []
    assert store.member_keys("2026-q4", "it") == sorted([member_key(sid(1), moved.source_digest),
                                                         member_key(sid(3), row(sid(3), unit="it").source_digest)])
    assert len(store.member_keys("2026-q4")) == 3


def test_member_keys_tell_a_replaced_summary_from_the_one_it_replaced():
    assert member_key(sid(1), "aa") != member_key(sid(1), "ab")
    assert member_key(sid(1), "aa") != member_key(sid(2), "aa")
    assert member_key(sid(1), "aa") == member_key(sid(1), "aa")
    assert -2 ** 63 <= member_key(sid(1), "aa") < 2 ** 63  # fits SQLite's INTEGER
