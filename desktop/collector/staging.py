"""An import's accepted summaries, held sealed in a temporary table until one transaction writes them all.

Ingest examines every file before it writes anything (all or nothing, see ingest.py). Holding every accepted
summary in memory until then grew with the import (about 10 KB per summary: a million would need 10 GB), so
:class:`StagedImport` keeps them instead in a temporary table of the store's own connection (SQLite keeps it in a
file it deletes as it opens it, gone when the connection closes), sealed exactly as the summaries table holds
them (AES-GCM under the database key, bound to their row), a batch at a time; in memory stays one batch.

Within the import the last file for a submission id wins: an earlier one with other content is ``superseded``,
an identical copy a ``duplicate``. :meth:`StagedImport.write` then compares the staged rows with the stored ones
(same member key: ``unchanged``; another: ``replaced``; none: ``imported``) and writes the new and the changed in
one transaction, with a :class:`~desktop.collector.tally_cache.CountsKeeper` keeping the campaign's counts up to
date in it. Each summary was counted once, as ingest parsed it (``CountsKeeper.count``); what was counted but is
not written (a superseded or duplicate file, one stored unchanged) is taken away again, and so is every stored
summary an import replaces. Nothing is written to the summaries table before :meth:`write`; :meth:`discard` (or
closing the store) forgets the staged rows.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.collector.errors import CollectorStoreError
from desktop.collector.store import CollectorStore, PutCounts, SummaryRow
from desktop.collector.store_rows import ORG_UNIT_OF as _ORG_UNIT_OF
from desktop.collector.store_rows import member_key, summary_aad
from desktop.collector.store_rows import sealed_plaintext as _plaintext

if TYPE_CHECKING:
    from desktop.collector.tally_cache import CountsKeeper

#: Rows held in memory before they go to the temporary table.
BATCH = 1000
_TABLE = "temp.candor_incoming"
_COLUMNS = "id_key, campaign, questionnaire_id, questionnaire_version, format_version, org_unit, member_key, sealed"
_LOOKUP_CHUNK = 500
#: The page cache of each of the store's databases (main and temporary) while an import runs, in KiB.
IMPORT_CACHE_KIB = 65536


class StagedImport:
    """See the module's docstring. Use from one thread; ``add`` rows, then ``write`` once, or ``discard``."""

    def __init__(self, store: CollectorStore, keeper: CountsKeeper | None = None):
        self.store = store
        self.keeper = keeper
        self.superseded = 0
        self.duplicates = 0
        self.staged = 0
        self._buffer: list[SummaryRow] = []
        self._now = store._clock()
        with self._sql():
            conn = store._conn
            # SQLite's default page cache (2 MB) spills an import's dirty pages again and again: at a million rows in
            # random key order it wrote over 100 GB. The import gets a larger, still bounded, cache while it runs.
            self._cache = [conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")]
            conn.execute(f"PRAGMA main.cache_size = -{IMPORT_CACHE_KIB}")
            conn.execute(f"PRAGMA temp.cache_size = -{IMPORT_CACHE_KIB}")
            conn.execute(f"DROP TABLE IF EXISTS {_TABLE}")
            conn.execute(f"CREATE TABLE {_TABLE} (id_key TEXT PRIMARY KEY, campaign TEXT NOT NULL, questionnaire_id "
                         "TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, format_version INTEGER NOT NULL, "
                         "org_unit TEXT, member_key INTEGER NOT NULL, sealed BLOB NOT NULL)")

    @contextlib.contextmanager
    def _sql(self) -> Iterator[None]:
        with self.store._lock:
            try:
                yield
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    def _failed(self, exc: sqlite3.Error) -> CollectorStoreError:
        return CollectorStoreError(
            f"The summaries could not be saved in {self.store.path} ({exc}); nothing from this import was "
            "kept. Free some disk space, then import again.")

    @contextlib.contextmanager
    def _batch(self) -> Iterator[None]:
        """One transaction of the temporary table for a batch: row by row (the connection commits each statement
        on its own) every insert was its own transaction, most of the cost of staging a row."""
        conn = self.store._conn
        conn.execute("SAVEPOINT candor_staging")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO candor_staging")
            conn.execute("RELEASE candor_staging")
            raise
        conn.execute("RELEASE candor_staging")

    def add(self, row: SummaryRow) -> None:
        self._buffer.append(row)
        if len(self._buffer) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Stage the rows held in memory (the later file for an id replacing an earlier one)."""
        batch, self._buffer = self._buffer, []
        if not batch:
            return
        store = self.store
        id_key, seal = store._key.id_key, store._key.sealer.seal
        counting = self.keeper is not None
        #: The JSON texts of the files given way to in this batch, their counts taken away at once at the end.
        dropped: list[str] = []
        latest: dict[str, tuple[int, SummaryRow]] = {}
        for row in batch:
            key, member = id_key(row.submission_id), member_key(row.submission_id, row.source_digest)
            earlier = latest.get(key)
            if earlier is not None:
                self._given_way(earlier[0] == member)
                if counting:
                    dropped.append(earlier[1].summary)
            latest[key] = (member, row)
        with self._sql(), self._batch():
            conn = store._conn
            keys = sorted(latest)
            for start in range(0, len(keys), _LOOKUP_CHUNK):
                chunk = keys[start:start + _LOOKUP_CHUNK]
                marks = ", ".join("?" * len(chunk))
                for key, campaign, member, blob in conn.execute(
                        f"SELECT id_key, campaign, member_key, sealed FROM {_TABLE} WHERE id_key IN ({marks})", chunk):
                    same = latest[key][0] == member
                    self._given_way(same)
                    if counting:  # the staged row's text is opened only when its counts are to go
                        dropped.append(latest[key][1].summary if same else _text(store, key, campaign, blob))
                    self.staged -= 1
            conn.executemany(
                f"INSERT OR REPLACE INTO {_TABLE} ({_COLUMNS}) "
                f"VALUES (?1, ?2, ?3, ?4, ?5, {_ORG_UNIT_OF.format(json='?8')}, ?6, ?7)",
                ((key, r.campaign, r.questionnaire_id, r.questionnaire_version, r.format_version, member,
                  seal(_plaintext(self._now, r.summary), summary_aad(key, r.campaign)), r.summary)
                 for key, (member, r) in latest.items()))
            self.staged += len(latest)
            if self.keeper is not None and dropped:  # one tally for the batch's earlier files, not one for each
                self.keeper.take_away_counted(dropped)

    def _given_way(self, same: bool) -> None:
        """A staged row gives way to a later file for its id: a duplicate when of the same content, else
        superseded (the earlier file's counts go with it, see :meth:`flush`)."""
        if same:
            self.duplicates += 1
        else:
            self.superseded += 1

    def write(self) -> PutCounts:
        """Write the staged rows in one transaction (all or, on any error, none) and keep the counts up to date."""
        self.flush()
        if not self.staged:  # nothing to write: the store, and its kept counts, stay as they are
            return PutCounts(0, 0, 0)
        store, keeper = self.store, self.keeper
        joined = f"FROM {_TABLE} i JOIN main.summaries s ON s.id_key = i.id_key"
        with store.write_transaction(self._failed):
            conn = store._conn
            if keeper is not None:
                keeper.before(store)
            total = self.staged
            unchanged = int(conn.execute(f"SELECT count(*) {joined} WHERE s.member_key = i.member_key")
                            .fetchone()[0])
            replaced = int(conn.execute(f"SELECT count(*) {joined} WHERE s.member_key != i.member_key")
                           .fetchone()[0])
            if keeper is not None:
                if unchanged:  # counted as parsed, but already stored as they are: not counted twice
                    keeper.take_away_counted(text for _campaign, text in self._pairs(
                        f"SELECT i.id_key, i.campaign, i.sealed {joined} WHERE s.member_key = i.member_key"))
                if replaced:  # the stored summaries these replace: their counts go (streamed, before the update)
                    keeper.take_away_stored(self._pairs(
                        f"SELECT s.id_key, s.campaign, s.sealed {joined} WHERE s.member_key != i.member_key"))
            self._write_rows(joined)
            if keeper is not None:
                keeper.finish(store)
        return PutCounts(total - unchanged - replaced, replaced, unchanged)

    def _write_rows(self, joined: str) -> None:
        """Inside :meth:`write`'s transaction: the changed rows updated, the new ones inserted."""
        conn = self.store._conn
        conn.execute(
            f"UPDATE main.summaries SET (campaign, questionnaire_id, questionnaire_version, format_version, "
            f"org_unit, member_key, sealed) = (SELECT campaign, questionnaire_id, questionnaire_version, "
            f"format_version, org_unit, member_key, sealed FROM {_TABLE} i WHERE i.id_key = "
            f"main.summaries.id_key) WHERE id_key IN (SELECT i.id_key {joined} WHERE s.member_key != "
            "i.member_key)")
        conn.execute(f"INSERT INTO main.summaries ({_COLUMNS}) SELECT {_COLUMNS} FROM {_TABLE} i WHERE NOT "
                     "EXISTS (SELECT 1 FROM main.summaries s WHERE s.id_key = i.id_key)")

    def _pairs(self, sql: str) -> Iterator[tuple[str, str]]:
        """(campaign, JSON text) of each row ``sql`` selects (id_key, campaign, sealed), one at a time."""
        for key, campaign, blob in self.store._conn.execute(sql):
            yield campaign, _text(self.store, key, campaign, blob)

    def discard(self) -> None:
        """Forget the staged rows (after a cancelled or failed import, and after writing them)."""
        self._buffer = []
        with self.store._lock, contextlib.suppress(sqlite3.Error):
            self.store._conn.execute(f"DROP TABLE IF EXISTS {_TABLE}")
            for schema, size in zip(("main", "temp"), self._cache, strict=True):
                self.store._conn.execute(f"PRAGMA {schema}.cache_size = {int(size)}")


def _text(store: CollectorStore, key: str, campaign: str, blob: bytes) -> str:
    """The JSON text of a sealed row (staged or stored)."""
    text = store._open(blob, summary_aad(key, campaign)).decode("utf-8")
    return text[text.index("\n") + 1:].rstrip(" ")
