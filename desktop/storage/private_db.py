"""One way to open a private SQLite file: created 0600 before SQLite touches it, its companions kept 0600, and
the pragmas every Candor database runs with.

Both of Candor's databases open their file through here: the employee's store (``storage/database.py``) and the
collector's database (``collector/store_open.py``). What they share is set here once: the file is made by Candor
with mode 0600 (never by SQLite under the process umask, so it is not readable by others even briefly), the
write-ahead log, shared memory and rollback journal beside it are tightened to 0600 whenever it is opened or
closed, and the connection runs in WAL mode with ``synchronous = NORMAL`` (a killed process never corrupts the
file; only a power cut can lose the last write, where FULL would sync on every answer) and ``secure_delete``
(a replaced or deleted row is zeroed, not left in free pages). The folder around the file is the caller's: each
store makes its own folder 0700 with :func:`desktop.storage.paths.ensure_private_dir` first.

What truly differs between the two stores is a parameter of :class:`PrivateDb`, with its reason there.

It lives in ``storage`` beside ``paths.py``, whose 0600/0700 helpers it builds on, rather than in a package of its
own: it is one small module, and the collector already takes its private folder from ``storage.paths``. The
collector's use of it is a named exception in the ``collector-not-storage`` import contract (pyproject.toml).
``core`` stays free of SQLite. Errors from SQLite are raised as ``sqlite3.Error`` and those of the file's modes as
:class:`~desktop.storage.errors.StoreError`, so each store words them for its own reader.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.errors import StoreError
from desktop.storage.paths import DB_COMPANION_SUFFIXES, ensure_private_file, tighten_if_present


def tighten_companions(path: Path, *, best_effort: bool = False) -> None:
    """Make the database's write-ahead log, shared memory and rollback journal 0600, those that exist. Raises
    StoreError when one cannot be; with ``best_effort`` (on closing, which must not fail over a mode) that one
    is passed over and the others are still tightened."""
    for suffix in DB_COMPANION_SUFFIXES:
        try:
            tighten_if_present(path.with_name(path.name + suffix))
        except StoreError:
            if not best_effort:
                raise


@dataclass(frozen=True)
class PrivateDb:
    """How one store opens its SQLite file at ``path``. Use :meth:`create_file`, :meth:`connect`, read what the
    store needs to check (its schema version), then :meth:`configure` before writing anything."""

    path: Path
    #: How long a write waits for another Candor process holding the file before giving up. The employee's app
    #: waits briefly (a second window starting up); the collector longer (another window importing).
    busy_timeout_ms: int
    #: The page size of a new file (None: SQLite's default). The collector's summaries are a few KiB each, and
    #: larger pages make its imports faster; the employee's store keeps the default.
    page_size: int | None = None
    #: The employee's store enforces its foreign keys; the collector's schema declares one (the release ledger's
    #: set) that its own code keeps, as it always has, without the pragma.
    foreign_keys: bool = False
    #: The collector runs its own transactions (``BEGIN IMMEDIATE``) and is handed between threads, so it
    #: connects in autocommit mode, usable from any thread; the employee's store uses sqlite-utils' transactions.
    autocommit: bool = False

    def create_file(self) -> None:
        """Create the file empty with mode 0600 if missing (tighten it if not), and tighten its companions."""
        ensure_private_file(self.path)
        tighten_companions(self.path)

    def connect(self) -> sqlite3.Connection:
        """Connect to the file (made by :meth:`create_file`). Raises sqlite3.Error."""
        if self.autocommit:
            return sqlite3.connect(str(self.path), timeout=self.busy_timeout_ms / 1000, isolation_level=None,
                                   check_same_thread=False)
        return sqlite3.connect(str(self.path), timeout=self.busy_timeout_ms / 1000)

    def configure(self, conn: sqlite3.Connection, *, new_file: bool) -> None:
        """Set the pragmas (``new_file``: the file has no schema yet, so it can still take a page size), then
        tighten the companions SQLite may just have made. Raises sqlite3.Error, or StoreError for a mode."""
        conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        if new_file and self.page_size is not None:
            conn.execute(f"PRAGMA page_size = {self.page_size}")  # before WAL: a WAL file keeps its page size
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if self.foreign_keys:
            conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        tighten_companions(self.path)
