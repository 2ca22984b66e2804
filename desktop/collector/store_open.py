"""Opening the collector database's file: where it lives, its private folder and file (through the one private
SQLite opener, ``storage/private_db.py``), refusing a damaged file or one from a newer Candor, bringing its schema
up to date (``store_schema.py``) and unlocking it with its key (``db_key.py``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from desktop.collector.db_key import CollectorKeys, DatabaseKey
from desktop.collector.errors import CollectorStoreError
from desktop.collector.store_schema import SCHEMA_VERSION, migrate
from desktop.core.errors import CandorError
from desktop.storage.paths import DIR_MODE, ensure_private_dir, resolve_data_dir
from desktop.storage.private_db import PrivateDb, tighten_companions

COLLECTOR_SUBDIR = "collector"
DB_FILENAME = "collector.db"
#: Another collector window may be importing: wait for it rather than fail at once.
BUSY_TIMEOUT_MS = 5000
#: A summary's JSON is a few KiB: at 16 KiB per page several share one, which makes an import's write about
#: three times faster than at the default 4 KiB. Only a new file can take it.
PAGE_SIZE = 16384


def collector_dir(data_dir_flag: str | os.PathLike[str] | None = None,
                  env: Mapping[str, str] = os.environ) -> Path:
    """``<data dir>/collector``: the data dir of ``--data-dir`` / ``CANDOR_DATA_DIR`` / the OS default."""
    return resolve_data_dir(data_dir_flag, env) / COLLECTOR_SUBDIR


def open_file(directory: Path, keys: CollectorKeys) -> tuple[sqlite3.Connection, Path, DatabaseKey]:
    """Open (creating if needed) ``directory/collector.db``: its connection, path and unlocked key. See
    :meth:`CollectorStore.open <desktop.collector.store.CollectorStore.open>` for what it raises."""
    path = directory / DB_FILENAME
    private = PrivateDb(path, BUSY_TIMEOUT_MS, page_size=PAGE_SIZE, autocommit=True)
    try:
        if not directory.parent.exists():
            ensure_private_dir(directory.parent)  # Candor creates it, so Candor keeps it private
        ensure_private_dir(directory)
        _tighten_dir(directory)
        if path.is_dir():
            raise CollectorStoreError(
                f"The collector database {path} is a folder, not a file. Move it aside and import again.")
        private.create_file()
    except CollectorStoreError:
        raise
    except CandorError as exc:  # the data folder's own errors already say what to do
        raise CollectorStoreError(str(exc)) from exc
    try:
        conn = private.connect()
    except sqlite3.Error as exc:
        raise CollectorStoreError(
            f"Candor cannot open the collector database {path}: {exc}. Check the file's permissions.") from exc
    try:
        key = _prepare(conn, private, keys)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, CandorError) and not isinstance(exc, CollectorStoreError):
            raise CollectorStoreError(str(exc)) from exc
        raise
    return conn, path, key


def after_close(path: Path) -> None:
    """Keep whatever companion files SQLite left beside the closed database 0600, as far as it can (closing
    does not fail over a file's mode)."""
    tighten_companions(path, best_effort=True)


def _tighten_dir(directory: Path) -> None:
    """The collector folder is always Candor's own (it is named by Candor): keep it 0700."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if directory.stat().st_uid == os.getuid() and directory.stat().st_mode & 0o777 != DIR_MODE:
            os.chmod(directory, DIR_MODE)


def _prepare(conn: sqlite3.Connection, private: PrivateDb, keys: CollectorKeys) -> DatabaseKey:
    """Check the file, configure it (WAL, private companions), bring its schema up to date, and return its key."""
    path = private.path
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise CollectorStoreError(
                f"Candor cannot read the collector database {path}: {exc}. Check the file's permissions.") from exc
        raise CollectorStoreError(
            f"{path} is damaged or is not Candor's collector database ({exc}). Candor has not changed it: move it "
            "aside, then import the summaries again."
        ) from exc
    if version > SCHEMA_VERSION:
        raise CollectorStoreError(
            f"{path} was written by a newer version of Candor (schema {version}; this version knows up to "
            f"{SCHEMA_VERSION}). Use that newer Candor to open it; the file was not changed."
        )
    try:
        private.configure(conn, new_file=version == 0)
    except sqlite3.Error as exc:
        raise CollectorStoreError(
            f"Candor cannot write the collector database {path}: {exc}. Check that the file and its folder are "
            "writable."
        ) from exc
    if version < SCHEMA_VERSION:
        made = migrate(conn, path, keys)
        if made is not None:
            return made
    return keys.unlock(conn, path)
