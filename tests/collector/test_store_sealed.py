"""The collector database at rest: sealed rows, a keyed id, the upgrade from schema 3, and every way the key can be
missing. Each test reads the files as someone who copied the analyst's disk would: their raw bytes."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from desktop.collector.db_key import ACCOUNT_PREFIX, CollectorKeys
from desktop.collector.errors import CollectorKeyError
from desktop.collector.store import (
    DB_FILENAME,
    SCHEMA_VERSION,
    CollectorStore,
    CollectorStoreError,
    PutCounts,
    SummaryRow,
    member_key,
)
from desktop.collector.store_schema import MIGRATIONS
from desktop.exchange.identity import SERVICE
from desktop.storage.memory_keyring import MemoryKeyring
from tests.released_schemas import migrate_to

CHEAP = 2**10  # scrypt cost for tests; databases made by Candor use 2**17
#: Answer codes and ids that appear in the rows below and must never be readable in the files.
ANSWER = "strongly_disagree_marker"
TOOL = "tool-marker-xyz"
UNIT = "sales"


def sid(number: int) -> str:
    return f"{number:032x}"


def summary_text(number: int, answer: str = ANSWER, unit: str | None = UNIT) -> str:
    data = {"campaign": "2026-q4", "submission_id": sid(number), "sentiment": {"strategy_clear": answer},
            "tools": [{"id": TOOL, "account": "personal_paid"}]}
    if unit is not None:
        data["group"] = {"org_unit": unit}
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def row(number: int, answer: str = ANSWER, unit: str | None = UNIT) -> SummaryRow:
    text = summary_text(number, answer, unit)
    return SummaryRow(sid(number), "2026-q4", "candor-assessment", 1, 2, hashlib.sha256(text.encode()).hexdigest(),
                      text)


def disk_bytes(folder: Path) -> bytes:
    """collector.db with its -wal and -shm, as copied from the disk."""
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.name.startswith(DB_FILENAME))


def assert_nothing_in_clear(data: bytes, numbers: range) -> None:
    for number in numbers:
        assert sid(number).encode() not in data, f"submission id {number} is in clear"
    for marker in (ANSWER, TOOL, "strategy_clear", '"sentiment"', "personal_paid", "submission_id", "2026-01-01T"):
        assert marker.encode() not in data, f"{marker!r} is in clear"
    assert b'{"campaign"' not in data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "collector"


# --- what a copy of the disk holds ------------------------------------------------------------------------


def test_a_copied_database_and_its_wal_hold_no_summary_id_or_answer_in_clear(folder, tmp_path):
    with CollectorStore.open(folder, clock=lambda: "2026-01-01T09:30:00Z") as store:
        store.put_many([row(n) for n in range(1, 41)])
        store.put_many([row(n, answer="agree") for n in range(1, 6)])  # replaced: the old blobs must go too
        assert (folder / (DB_FILENAME + "-wal")).exists()
        copy = tmp_path / "copy"  # copied while the collector has it open, WAL and all
        shutil.copytree(folder, copy)
        assert store.count() == 40
    assert_nothing_in_clear(disk_bytes(copy), range(1, 41))
    assert_nothing_in_clear(disk_bytes(folder), range(1, 41))
    # What stays readable is what counting and the ledger need.
    with sqlite3.connect(copy / DB_FILENAME) as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(summaries)")]
        assert columns == ["id_key", "campaign", "questionnaire_id", "questionnaire_version", "format_version",
                           "org_unit", "member_key", "sealed"]
        assert conn.execute("SELECT DISTINCT campaign, org_unit FROM summaries").fetchall() == [("2026-q4", UNIT)]


def test_a_summary_text_is_read_back_as_imported(folder):
    spaced = SummaryRow(sid(7), "2026-q4", "candor-assessment", 1, 2, "d" * 64, '  {"a": [1, 2]}')
    with CollectorStore.open(folder, clock=lambda: "2026-03-04T05:06:07Z") as store:
        store.put_many([row(1), spaced])
        assert sorted(store.summary_texts()) == sorted([row(1).summary, '  {"a": [1, 2]}'])
        assert {"a": [1, 2]} in list(store.summaries())
        assert store.imported_at(sid(7)) == "2026-03-04T05:06:07Z"


def test_kept_counts_are_sealed_too(folder):
    with CollectorStore.open(folder) as store:
        store.keep_tally("2026-q4", "f", json.dumps({"counts": {ANSWER: 1}}))
        assert json.loads(store.stored_tally("2026-q4", "f")) == {"counts": {ANSWER: 1}}
        assert store.stored_tally("2026-q4", "other") is None
    assert ANSWER.encode() not in disk_bytes(folder)


def test_the_same_file_again_changes_nothing_and_a_re_export_replaces_by_keyed_id(folder):
    with CollectorStore.open(folder) as store:
        assert store.put_many([row(1), row(2)]) == PutCounts(2, 0, 0)
    with CollectorStore.open(folder) as store:  # the keyed id is the same in every session
        assert store.put_many([row(1), row(2)]) == PutCounts(0, 0, 2)
        assert store.put_many([row(2, answer="agree")]) == PutCounts(0, 1, 0)
        assert store.count() == 2
        assert {s["submission_id"]: s["sentiment"]["strategy_clear"] for s in store.summaries()} == {
            sid(1): ANSWER, sid(2): "agree"}
        assert store.member_keys("2026-q4") == sorted([member_key(sid(1), row(1).source_digest),
                                                       member_key(sid(2), row(2, answer="agree").source_digest)])


def test_two_databases_give_one_submission_id_different_keyed_ids(tmp_path):
    ids = []
    for name in ("a", "b"):
        with CollectorStore.open(tmp_path / name) as store:
            store.put_many([row(1)])
        with sqlite3.connect(tmp_path / name / DB_FILENAME) as conn:
            ids.append(conn.execute("SELECT id_key FROM summaries").fetchone()[0])
    assert ids[0] != ids[1] and sid(1) not in ids


# --- blobs stay where they were sealed ----------------------------------------------------------------------


def test_rows_swapped_between_ids_fail_to_open(folder):
    with CollectorStore.open(folder) as store:
        store.put_many([row(1), row(2, answer="agree")])
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        (a, blob_a), (b, blob_b) = conn.execute("SELECT id_key, sealed FROM summaries").fetchall()
        conn.execute("UPDATE summaries SET sealed = ? WHERE id_key = ?", [blob_b, a])
        conn.execute("UPDATE summaries SET sealed = ? WHERE id_key = ?", [blob_a, b])
    with CollectorStore.open(folder) as store, pytest.raises(CollectorStoreError, match="does not open"):
        list(store.summaries())


def test_a_row_moved_to_another_campaign_or_a_changed_byte_fails_to_open(folder):
    with CollectorStore.open(folder) as store:
        store.put_many([row(1)])
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("UPDATE summaries SET campaign = '2025-q1'")
    with CollectorStore.open(folder) as store, pytest.raises(CollectorStoreError, match="does not open"):
        list(store.summaries("2025-q1"))
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("UPDATE summaries SET campaign = '2026-q4'")
        blob = bytearray(conn.execute("SELECT sealed FROM summaries").fetchone()[0])
        blob[-1] ^= 1
        conn.execute("UPDATE summaries SET sealed = ?", [bytes(blob)])
    with CollectorStore.open(folder) as store, pytest.raises(CollectorStoreError, match="does not open"):
        list(store.summary_texts())


def test_a_database_copied_to_another_keyring_does_not_open(folder, tmp_path):
    with CollectorStore.open(folder) as store:
        store.put_many([row(1)])
    with pytest.raises(CollectorKeyError) as raised:
        CollectorStore.open(folder, keys=CollectorKeys(backend=MemoryKeyring()))
    assert raised.value.problem == "key_missing"


# --- the upgrade from schema 3 ----------------------------------------------------------------------------

# A version-3 database with rows as Candor stored them then (clear JSON, ids, times), made by the released
# migrations 1 to 3 (their schemas are pinned in test_store.py), with one release in its ledger.
V3_LEDGER = """
INSERT INTO release_sets VALUES ('d1', 3, x'01');
INSERT INTO releases VALUES (1, '2026-q4', 'campaign', '2026-01-02T10:00:00Z', 'html', '/r.html', 5, 3, 'd1');
"""
V3_ROWS = 300  # several pages of 16 KiB, so freed pages would hold JSON if they were not wiped


def make_v3_fixture(folder: Path, *, wal_left: bool = False) -> list[SummaryRow]:
    folder.mkdir(parents=True, mode=0o700)
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA journal_mode = wal")
    migrate_to(conn, conn, MIGRATIONS, 3)
    conn.executescript(V3_LEDGER)
    rows = [row(n, unit=UNIT if n % 2 else None) for n in range(1, V3_ROWS + 1)]
    conn.executemany("INSERT INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(r.submission_id, r.campaign, r.questionnaire_id, r.questionnaire_version, r.format_version,
                       f"2026-01-01T08:{n % 60:02d}:00Z", r.source_digest, r.summary, UNIT if n % 2 else None,
                       member_key(r.submission_id, r.source_digest)) for n, r in enumerate(rows, start=1)])
    conn.execute("INSERT INTO tallies VALUES ('2026-q4', 'f1', ?)", [json.dumps({"counts": {ANSWER: V3_ROWS}})])
    conn.commit()
    if wal_left:  # a collector that was killed: clear pages still in the write-ahead log
        conn.execute("UPDATE summaries SET imported_at = imported_at")
        conn.commit()
        shutil.copy(folder / (DB_FILENAME + "-wal"), folder / "wal.keep")
        shutil.copy(folder / DB_FILENAME, folder / "db.keep")
    conn.close()
    if wal_left:
        (folder / "db.keep").replace(folder / DB_FILENAME)
        (folder / "wal.keep").replace(folder / (DB_FILENAME + "-wal"))
    return rows


@pytest.mark.parametrize("wal_left", [False, True])
def test_a_version_3_database_is_sealed_on_first_open_leaving_nothing_in_clear(folder, wal_left):
    rows = make_v3_fixture(folder, wal_left=wal_left)
    assert sid(1).encode() in disk_bytes(folder) and ANSWER.encode() in disk_bytes(folder)  # the fixture is clear

    with CollectorStore.open(folder) as store:
        assert_nothing_in_clear(disk_bytes(folder), range(1, V3_ROWS + 1))  # already while open
        assert store.count("2026-q4") == V3_ROWS
        assert sorted(store.summary_texts("2026-q4")) == sorted(r.summary for r in rows)
        assert store.member_keys("2026-q4") == sorted(member_key(r.submission_id, r.source_digest) for r in rows)
        assert len(store.member_keys("2026-q4", UNIT)) == V3_ROWS // 2
        assert store.imported_at(sid(1)) == "2026-01-01T08:01:00Z"
        assert [r[:3] for r in store.releases("2026-q4")] == [(1, "2026-q4", "campaign")]  # the ledger is kept
        assert store.stored_tally("2026-q4", "f1") is None
        # Re-importing the same summaries after the upgrade changes nothing; a re-export still replaces.
        assert store.put_many(rows[:10] + [row(1, answer="agree")]) == PutCounts(0, 1, 10)
    data = disk_bytes(folder)
    assert_nothing_in_clear(data, range(1, V3_ROWS + 1))
    assert not (folder / (DB_FILENAME + "-wal")).exists() or (folder / (DB_FILENAME + "-wal")).stat().st_size == 0
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # rebuilt: no free page left behind
        assert {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == {
            "meta", "summaries", "tallies", "release_sets", "releases"}
        assert dict(conn.execute("SELECT key, value FROM meta"))["key_mode"] == "keyring"


def test_the_upgrade_is_refused_without_a_key_and_leaves_the_version_3_file_as_it_was(folder):
    rows = make_v3_fixture(folder)
    with pytest.raises(CollectorKeyError) as raised:
        CollectorStore.open(folder, keys=CollectorKeys(backend=fail.Keyring()))
    assert raised.value.problem == "no_keyring" and raised.value.creating
    assert "--passphrase-file" in str(raised.value) and "nothing was stored" in str(raised.value)
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert sorted(t for (t,) in conn.execute("SELECT summary FROM summaries")) == sorted(r.summary for r in rows)
    # With a passphrase, the same file is sealed, and then opens only with it.
    keys = CollectorKeys("correct horse battery", backend=fail.Keyring(), kdf_n=CHEAP)
    with CollectorStore.open(folder, keys=keys) as store:
        assert store.count() == V3_ROWS
    assert_nothing_in_clear(disk_bytes(folder), range(1, V3_ROWS + 1))
    with CollectorStore.open(folder, keys=CollectorKeys("correct horse battery", backend=fail.Keyring())) as store:
        assert store.count() == V3_ROWS


# --- the key: missing keyring, locked keyring, key gone, passphrases -------------------------------------------


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("locked")


def test_no_keyring_and_no_passphrase_means_no_database_never_plaintext(folder):
    with pytest.raises(CollectorKeyError) as raised:
        CollectorStore.open(folder, keys=CollectorKeys(backend=fail.Keyring()))
    assert raised.value.problem == "no_keyring"
    assert str(raised.value).startswith(f"No usable system keyring can hold the key of the collector database "
                                        f"{folder / DB_FILENAME}")
    with sqlite3.connect(folder / DB_FILENAME) as conn:  # nothing was set up, so nothing can be stored in clear
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_passphrase_protected_database_needs_its_passphrase(folder):
    keys = CollectorKeys("correct horse battery", backend=fail.Keyring(), kdf_n=CHEAP)
    with CollectorStore.open(folder, keys=keys) as store:
        store.put_many([row(1)])
    before = disk_bytes(folder)
    assert b"correct horse" not in before
    for given, problem in ((None, "passphrase_needed"), ("wrong horse battery", "wrong_passphrase")):
        with pytest.raises(CollectorKeyError) as raised:
            CollectorStore.open(folder, keys=CollectorKeys(given, backend=MemoryKeyring()))
        assert raised.value.problem == problem
    assert "--passphrase-file FILE or the CANDOR_COLLECTOR_PASSPHRASE" in str(
        pytest.raises(CollectorKeyError, CollectorStore.open, folder, keys=CollectorKeys(backend=fail.Keyring())).value)
    assert disk_bytes(folder) == before  # nothing stored was changed
    with CollectorStore.open(folder, keys=CollectorKeys("correct horse battery")) as store:
        assert [s["submission_id"] for s in store.summaries()] == [sid(1)]


def test_a_short_passphrase_is_refused_before_anything_is_written(folder):
    with pytest.raises(CollectorKeyError) as raised:
        CollectorStore.open(folder, keys=CollectorKeys("short", kdf_n=CHEAP))
    assert raised.value.problem == "weak_passphrase" and (raised.value.minimum, raised.value.length) == (8, 5)


def test_the_key_gone_from_the_keyring_is_named_and_nothing_is_lost(folder, memory_keyring):
    with CollectorStore.open(folder) as store:
        store.put_many([row(1)])
    [(service, account)] = list(memory_keyring.secrets)
    assert service == SERVICE == "Candor collector" and account.startswith(ACCOUNT_PREFIX)
    saved = memory_keyring.secrets.pop((service, account))
    before = disk_bytes(folder)
    with pytest.raises(CollectorKeyError) as raised:
        CollectorStore.open(folder)
    assert raised.value.problem == "key_missing" and raised.value.account == account
    assert f"account '{account}'" in str(raised.value) and "nothing was changed" in str(raised.value)
    assert disk_bytes(folder) == before
    memory_keyring.secrets[(service, account)] = saved  # restored from a backup: everything is there
    with CollectorStore.open(folder) as store:
        assert store.count() == 1


def test_a_locked_keyring_says_so_for_an_existing_and_a_new_database(folder, tmp_path):
    with CollectorStore.open(folder) as store:
        store.put_many([row(1)])
    for where, creating in ((folder, False), (tmp_path / "new", True)):
        with pytest.raises(CollectorKeyError) as raised:
            CollectorStore.open(where, keys=CollectorKeys(backend=LockedKeyring()))
        assert raised.value.problem == "keyring_locked" and raised.value.creating is creating
        assert "is locked" in str(raised.value) and "Unlock" not in str(raised.value).split(":")[0]


def test_a_keyring_with_an_age_identity_keeps_it_beside_the_database_key(folder, memory_keyring):
    from desktop.exchange.identity import load_identity_from_keyring, new_identity, store_identity_in_keyring

    secret, _recipient = new_identity()
    store_identity_in_keyring(secret)
    CollectorStore.open(folder).close()
    assert str(load_identity_from_keyring()) == secret
    assert len(memory_keyring.secrets) == 2  # age-identity and database-key-<id>: entries of their own


def test_one_keys_object_unlocks_once(folder):
    calls = []

    class Counting(MemoryKeyring):
        def get_password(self, service, username):
            calls.append(username)
            return super().get_password(service, username)

    keys = CollectorKeys(backend=Counting())
    CollectorStore.open(folder, keys=keys).close()
    calls.clear()
    for _ in range(3):
        CollectorStore.open(folder, keys=keys).close()
    assert calls == []  # remembered after the first unlock
