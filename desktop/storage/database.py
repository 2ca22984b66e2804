"""The SQLite database file: opening it safely, its schema, and forward migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` moves a
database from version ``i`` to ``i + 1`` inside one transaction, so a failed
step leaves the file exactly as it was. Only forward migrations exist: a file
written by a newer Candor is refused, never rewritten.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.errors import DamagedStore, StoreError
from desktop.storage.private_db import PrivateDb

Migration = Callable[[Database], None]

# How long a write waits for another Candor process holding the file before giving up.
BUSY_TIMEOUT_MS = 2000


def _v1_initial_schema(db: Database) -> None:
    """Version 1: settings in ``meta``; one row per assessment, answers sealed in ``state``."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT,
            state BLOB NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX assessments_by_campaign ON assessments (campaign_id, status, updated_at)")
    # Private values that are not per assessment (e.g. memoized randomized answers,
    # export copies): sealed with their name as associated data.
    db.execute("CREATE TABLE sealed_items (name TEXT PRIMARY KEY, updated_at TEXT NOT NULL, value BLOB NOT NULL)")
    db.execute("INSERT INTO meta (key, value) VALUES ('install_id', ?)", [uuid.uuid4().hex])


MIGRATIONS: list[Migration] = [_v1_initial_schema]


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def open_database(path: Path, migrations: Sequence[Migration] | None = None) -> Database:
    """Open (creating if needed) Candor's database at ``path`` and bring its schema up to date.

    The file and its WAL companions are 0600. Raises DamagedStore when the file
    is not a SQLite database, and StoreError when it was written by a newer
    Candor, cannot be opened, or a migration fails; the file is left unchanged
    in each of those cases.
    """
    steps = list(MIGRATIONS if migrations is None else migrations)
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"Candor's database {path} is a folder, not a file. Move it aside and start Candor again.")
    private = PrivateDb(path, BUSY_TIMEOUT_MS, foreign_keys=True)
    private.create_file()
    try:
        conn = private.connect()
    except sqlite3.Error as exc:
        raise StoreError(f"Candor cannot open its database {path}: {exc}. Check the file's permissions.") from exc
    try:
        db = Database(conn, recursive_triggers=False, execute_plugins=False)
        version = _read_version(db, path)
        if version > len(steps):
            raise StoreError(
                f"{path} was written by a newer version of Candor (schema {version}, this version knows "
                f"up to {len(steps)}). Install the newer Candor again to open it; the file was not changed."
            )
        _configure(private, db)
        _migrate(db, path, version, steps)
    except BaseException:
        conn.close()
        raise
    return db


def _read_version(db: Database, path: Path) -> int:
    try:
        # quick_check reads every page: a damaged file is caught here, before anything is written.
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise StoreError(f"Candor cannot read its database {path}: {exc}. Check the file's permissions.") from exc
        raise _damaged(path, str(exc)) from exc
    if result != "ok":
        raise _damaged(path, result)
    return version


def _damaged(path: Path, detail: str) -> DamagedStore:
    return DamagedStore(
        f"{path} is damaged or is not a Candor database ({detail}). Candor has not changed it: move it "
        "aside to start fresh, or use Delete all my data."
    )


def _configure(private: PrivateDb, db: Database) -> None:
    try:
        private.configure(db.conn, new_file=False)  # the default page size, so no new-file pragma
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"Candor cannot write its database {private.path}: {exc}. Check that the file and its folder are "
            "writable, and that no other Candor window is starting up."
        ) from exc


def _migrate(db: Database, path: Path, version: int, steps: Sequence[Migration]) -> None:
    for index in range(version, len(steps)):
        try:
            with db.atomic():
                steps[index](db)
                db.execute(f"PRAGMA user_version = {index + 1}")
        except Exception as exc:  # a failed step of any kind is rolled back and reported the same way
            raise StoreError(
                f"Candor could not upgrade its database {path} from schema {index} to {index + 1}: {exc}. "
                "The file was left as it was; please report this problem."
            ) from exc


def get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def set_meta(db: Database, values: dict[str, str]) -> None:
    """Write several ``meta`` entries at once (one transaction)."""
    with db.atomic():
        for key, value in values.items():
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


def install_id(db: Database) -> str:
    value = get_meta(db, "install_id")
    if not value:
        raise StoreError("Candor's database has no installation id; it is damaged. Use Delete all my data.")
    return value
