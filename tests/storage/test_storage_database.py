from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.storage.database import MIGRATIONS, get_meta, open_database, schema_version, set_meta
from desktop.storage.errors import DamagedStore, StoreError
from tests.released_schemas import migrate_to, schema_digest, schema_lines

# A version-1 database as the first Candor left it, made by the released migration 1 (its schema pinned below,
# so a later edit of migration 1 cannot silently change what existing installations hold).
V1_ROWS = """
UPDATE meta SET value = '0123456789abcdef0123456789abcdef' WHERE key = 'install_id';
INSERT INTO meta (key, value) VALUES ('key_mode', 'keyring');
INSERT INTO assessments VALUES ('a1', 'c-2025', 'candor-core', 3, 'draft',
    '2025-03-01T09:00:00Z', '2025-03-01T09:05:00Z', NULL, X'01AABBCC');
"""
#: The schema of candor.db version 1 as released (see tests/released_schemas.py).
RELEASED_V1 = "8e9db65892c1e896eb5575df7f5ee98c5354c3e33087656c187a971bfed41a7a"


def make_v1_fixture(path: Path) -> Path:
    conn = sqlite3.connect(path)
    migrate_to(Database(conn), conn, MIGRATIONS[:1], 1)
    conn.executescript(V1_ROWS)
    conn.execute("PRAGMA journal_mode = wal")
    conn.close()
    return path


def test_the_released_schema_is_what_migration_1_still_makes(tmp_path):
    conn = sqlite3.connect(make_v1_fixture(tmp_path / "candor.db"))
    try:
        assert schema_digest(conn) == RELEASED_V1, "\n".join(schema_lines(conn))
    finally:
        conn.close()


def test_new_database_has_current_schema(tmp_path):
    db = open_database(tmp_path / "candor.db")
    try:
        assert schema_version(db) == len(MIGRATIONS) == 1
        assert {"meta", "assessments", "sealed_items"} <= set(db.table_names())
        install_id = get_meta(db, "install_id")
        assert install_id is not None
        assert len(install_id) == 32
        int(install_id, 16)
        assert get_meta(db, "key_mode") is None
    finally:
        db.close()


def test_install_id_is_created_once(tmp_path):
    path = tmp_path / "candor.db"
    db = open_database(path)
    first = get_meta(db, "install_id")
    db.close()
    db = open_database(path)
    assert get_meta(db, "install_id") == first
    db.close()


def test_wal_and_foreign_keys_are_on(tmp_path):
    path = tmp_path / "candor.db"
    db = open_database(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()
    header = path.read_bytes()[:20]
    assert header[18:20] == b"\x02\x02"  # file format read/write version 2 = WAL, stored in the file


def test_set_meta_writes_and_replaces(tmp_path):
    db = open_database(tmp_path / "candor.db")
    set_meta(db, {"a": "1", "b": "2"})
    set_meta(db, {"a": "3"})
    assert (get_meta(db, "a"), get_meta(db, "b"), get_meta(db, "nope")) == ("3", "2", None)
    db.close()


def _add_notes_table(db):
    db.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, assessment_id TEXT REFERENCES assessments(id))")
    db.execute("INSERT INTO notes VALUES ('n1', 'a1')")


def test_migration_from_version_1_runs_once_and_keeps_data(tmp_path):
    path = make_v1_fixture(tmp_path / "candor.db")
    calls = []

    def migration_2(db):
        calls.append(1)
        _add_notes_table(db)

    db = open_database(path, migrations=[*MIGRATIONS, migration_2])
    assert schema_version(db) == 2
    assert calls == [1]
    assert "notes" in db.table_names()
    assert db.execute("SELECT id, campaign_id, state FROM assessments").fetchall() == [
        ("a1", "c-2025", b"\x01\xaa\xbb\xcc")
    ]
    assert get_meta(db, "install_id") == "0123456789abcdef0123456789abcdef"
    assert get_meta(db, "key_mode") == "keyring"
    db.close()

    db = open_database(path, migrations=[*MIGRATIONS, migration_2])
    assert calls == [1]
    assert schema_version(db) == 2
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    db.close()


def test_version_1_fixture_opens_unchanged_with_current_migrations(tmp_path):
    path = make_v1_fixture(tmp_path / "candor.db")
    db = open_database(path)
    assert schema_version(db) == 1
    assert db.execute("SELECT id FROM assessments").fetchall() == [("a1",)]
    db.close()


def test_failed_migration_leaves_the_file_as_it_was(tmp_path):
    path = make_v1_fixture(tmp_path / "candor.db")

    def broken_migration_2(db):
        _add_notes_table(db)
        raise RuntimeError("step exploded halfway")

    with pytest.raises(StoreError, match="from schema 1 to 2") as info:
        open_database(path, migrations=[*MIGRATIONS, broken_migration_2])
    assert "step exploded halfway" in str(info.value)
    assert str(path) in str(info.value)

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "notes" not in tables
    assert conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == 1
    conn.close()


def test_database_from_a_newer_candor_is_refused_untouched(tmp_path):
    path = make_v1_fixture(tmp_path / "candor.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="written by a newer version of Candor") as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported_and_kept(tmp_path):
    path = tmp_path / "candor.db"
    garbage = b"These are my holiday notes, not a database.\n" * 200
    path.write_bytes(garbage)

    with pytest.raises(DamagedStore) as info:
        open_database(path)
    message = str(info.value)
    assert str(path) in message
    assert "damaged or is not a Candor database" in message
    assert path.read_bytes() == garbage


def test_a_corrupted_database_is_reported(tmp_path):
    path = tmp_path / "candor.db"
    db = open_database(path)
    with db.atomic():
        for i in range(200):
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [f"k{i}", "x" * 200])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page_size
    data[2 * page_size : 3 * page_size] = b"\xff" * page_size  # wipe out a b-tree page
    path.write_bytes(bytes(data))

    with pytest.raises(DamagedStore, match="damaged"):
        open_database(path)


def test_a_folder_in_place_of_the_file_is_reported(tmp_path):
    path = tmp_path / "candor.db"
    path.mkdir()
    with pytest.raises(StoreError, match="is a folder, not a file"):
        open_database(path)
