"""What every part of the open collector database shares: the connection and its lock, the database key, reads
and write transactions that say what went wrong in words, and closing (with the companion files kept 0600).

:class:`~desktop.collector.store.CollectorStore` is this plus its jobs: writing imports (``store_writes.py``),
reading summaries (``store_reads.py``) and what reports keep (``store_kept.py``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from desktop.collector.db_key import DatabaseKey
from desktop.collector.errors import CollectorStoreError
from desktop.collector.store_open import after_close
from desktop.collector.store_rows import utc_now
from desktop.core.sealing import SealBroken


class StoreBase:
    """The connection, lock, key and clock of an open collector database (see ``CollectorStore``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, key: DatabaseKey, clock: Callable[[], str] = utc_now):
        self._conn = conn
        self._db = Database(conn, execute_plugins=False)
        self._lock = threading.RLock()
        self.path = path
        self._key = key
        self._clock = clock

    def keyed_hash(self, text: str) -> str:
        """A keyed hash of ``text`` under this database's key (as kept for submission ids): the same text always
        gives the same value here, and without the key it can be neither computed nor reversed."""
        return self._key.id_key(text)

    @contextlib.contextmanager
    def write_transaction(self, error: Callable[[sqlite3.Error], CollectorStoreError] | None = None
                          ) -> Iterator[None]:
        """One write transaction, held against other connections (``BEGIN IMMEDIATE``): all of it or none.
        A database error (beginning, within, committing) is rolled back and raised as ``error(exc)`` says it (by
        default: the database could not be written)."""
        failed = self._write_error if error is None else error
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise failed(exc) from exc
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise failed(exc) from exc
                raise

    def _write_error(self, exc: sqlite3.Error) -> CollectorStoreError:
        return CollectorStoreError(
            f"The collector database {self.path} could not be written ({exc}). Free some disk space or close other "
            "Candor collector windows, then try again.")

    def _open(self, blob: bytes, aad: bytes) -> bytes:
        try:
            return self._key.sealer.open(blob, aad)
        except SealBroken:
            raise self._broken_row() from None

    def _broken_row(self) -> CollectorStoreError:
        return CollectorStoreError(
            f"A summary in the collector database {self.path} does not open with the database's key: it was changed, "
            "or moved from another row or another database. Move the database aside and import the summaries again.")

    @property
    def db(self) -> Database:
        """The sqlite-utils database, for queries over the clear columns. Read only; summaries are sealed."""
        return self._db

    def _read(self, sql: str, args: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, list(args)).fetchall()
            except sqlite3.Error as exc:
                raise CollectorStoreError(
                    f"The collector database {self.path} could not be read ({exc}). If it is damaged, move it "
                    "aside and import the summaries again."
                ) from exc

    # -- closing ------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection and keep whatever companion files SQLite left 0600 (as far as it can)."""
        with self._lock:
            self._conn.close()
        after_close(self.path)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
