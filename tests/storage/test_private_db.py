"""The one private-SQLite opener: both of Candor's databases are made 0600 in a 0700 folder through it, with
their write-ahead log and shared memory 0600 too, and run with the same pragmas."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.collector.store import DB_FILENAME as COLLECTOR_DB
from desktop.collector.store import CollectorKeys, CollectorStore
from desktop.storage import private_db
from desktop.storage.database import set_meta
from desktop.storage.errors import StoreError
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.storage.private_db import PrivateDb, tighten_companions
from desktop.storage.startup import open_store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A umask that lets everyone read new files: the modes must come from Candor, not from the umask."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """The files the one opener was asked to create and configure, in order."""
    seen: list[Path] = []
    create, configure = PrivateDb.create_file, PrivateDb.configure

    def spy_create(self: PrivateDb) -> None:
        seen.append(self.path)
        create(self)

    def spy_configure(self: PrivateDb, conn: sqlite3.Connection, *, new_file: bool) -> None:
        seen.append(self.path)
        configure(self, conn, new_file=new_file)

    monkeypatch.setattr(PrivateDb, "create_file", spy_create)
    monkeypatch.setattr(PrivateDb, "configure", spy_configure)
    return seen


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_employee_database_and_its_wal_files_are_0600_in_a_0700_folder(tmp_path, open_umask, opened):
    data_dir = tmp_path / "candor"
    store = open_store(data_dir, None)
    try:
        set_meta(store.db, {"written": "yes"})  # a write, so the write-ahead log and shared memory exist
        db_path = data_dir / "candor.db"
        assert opened == [db_path, db_path]  # made and configured by the one opener
        files = {p.name: mode(p) for p in data_dir.iterdir()}
        assert {"candor.db", "candor.db-wal", "candor.db-shm"} <= set(files)
        assert files == dict.fromkeys(files, 0o600)
        assert mode(data_dir) == 0o700
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # the employee's store keeps them
    finally:
        store.db.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_collector_database_and_its_wal_files_are_0600_in_a_0700_folder(tmp_path, open_umask, opened):
    folder = tmp_path / "data" / "collector"
    with CollectorStore.open(folder, keys=CollectorKeys(backend=MemoryKeyring())) as store:
        store.keep_tally("2026-q4", "f1", "{}")  # a write, so the write-ahead log and shared memory exist
        db_path = folder / COLLECTOR_DB
        assert opened == [db_path, db_path]
        files = {p.name: mode(p) for p in folder.iterdir()}
        assert {COLLECTOR_DB, COLLECTOR_DB + "-wal", COLLECTOR_DB + "-shm"} <= set(files)
        assert files == dict.fromkeys(files, 0o600)
        assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # as it always ran
    for name, file_mode in {p.name: mode(p) for p in folder.iterdir()}.items():
        assert file_mode == 0o600, name  # still after closing


@pytest.mark.parametrize("new_file, expected_page", [(True, 8192), (False, 4096)])
def test_the_pragmas_every_database_runs_with(tmp_path, new_file, expected_page):
    private = PrivateDb(tmp_path / "x.db", 1500, page_size=8192)
    private.create_file()
    conn = private.connect()
    try:
        if not new_file:
            conn.execute("CREATE TABLE t (a)")  # a file with a schema keeps its page size
        private.configure(conn, new_file=new_file)
        pragma = {name: conn.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in ("busy_timeout", "journal_mode", "synchronous", "secure_delete", "page_size")}
    finally:
        conn.close()
    assert pragma == {"busy_timeout": 1500, "journal_mode": "wal", "synchronous": 1, "secure_delete": 1,
                      "page_size": expected_page}


def test_autocommit_connections_run_their_own_transactions_from_any_thread(tmp_path):
    private = PrivateDb(tmp_path / "x.db", 1000, autocommit=True)
    private.create_file()
    conn = private.connect()
    try:
        assert conn.isolation_level is None
        conn.execute("CREATE TABLE t (a)")
        assert not conn.in_transaction  # no transaction opened behind the store's back
    finally:
        conn.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_tightening_the_companions_on_closing_passes_over_one_that_cannot_be(tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).write_text("")
        db.with_name(db.name + suffix).chmod(0o644)
    real = private_db.tighten_if_present

    def refuse_wal(path: Path) -> None:
        if path.name.endswith("-wal"):
            raise StoreError("cannot")
        real(path)

    monkeypatch.setattr(private_db, "tighten_if_present", refuse_wal)
    with pytest.raises(StoreError):
        tighten_companions(db)
    tighten_companions(db, best_effort=True)
    assert mode(tmp_path / "x.db-shm") == 0o600
