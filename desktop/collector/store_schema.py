"""The collector database's schema and its forward migrations, up to the sealed rows of schema 4.

The schema version is ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes the file from version ``i`` to ``i + 1``;
:func:`migrate` runs all pending ones in one transaction (so a failed step leaves the file as it was), and after
sealing an older file rebuilds it (:func:`scrub`) so no page keeps a summary in clear. Opening the file, and
refusing one from a newer Candor, is ``store_open.py``'s job.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.collector.db_key import CollectorKeys, DatabaseKey, new_database_id
from desktop.collector.errors import CollectorKeyError, CollectorStoreError
from desktop.collector.store_rows import ORG_UNIT_OF, member_key, sealed_plaintext, summary_aad, utc_now


def _v1(conn: sqlite3.Connection, _keys: _KeySetup | None = None) -> None:
    conn.execute(
        """
        CREATE TABLE summaries (
            submission_id TEXT PRIMARY KEY,
            campaign TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version INTEGER NOT NULL,
            format_version INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            source_digest TEXT NOT NULL,
            summary TEXT NOT NULL
        )
        """
    )
    # Covers the paged read (campaign filter, ordered by submission id) without a sort per page.
    conn.execute("CREATE INDEX summaries_by_campaign ON summaries (campaign, submission_id)")


def _v2(conn: sqlite3.Connection, _keys: _KeySetup | None = None) -> None:
    # Each campaign's counts from its last report, with the fingerprint of what they were counted
    # from (desktop/collector/tally_cache.py). Counts only: no summary, submission id or row.
    conn.execute("CREATE TABLE tallies (campaign TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, data TEXT NOT NULL)")


def _v3(conn: sqlite3.Connection, _keys: _KeySetup | None = None) -> None:
    # The release ledger (desktop/collector/ledger.py). Each summary's org unit and member key are kept
    # in columns of their own, filled from the stored JSON here and on every put, so the members of a
    # report (the whole campaign, or one org unit) are read from an index, not from 100,000 JSON texts.
    conn.execute("ALTER TABLE summaries ADD COLUMN org_unit TEXT")
    conn.execute("ALTER TABLE summaries ADD COLUMN member_key INTEGER")
    conn.create_function("candor_member_key", 2, member_key, deterministic=True)
    conn.execute(f"UPDATE summaries SET org_unit = {ORG_UNIT_OF.format(json='summary')}, "
                 "member_key = candor_member_key(submission_id, source_digest)")
    conn.execute("CREATE INDEX summaries_members ON summaries (campaign, member_key)")
    conn.execute("CREATE INDEX summaries_unit_members ON summaries (campaign, org_unit, member_key)")
    # One row per set of members released (shared by every release of exactly that set): the sorted
    # member keys, compressed. Member keys only: no summary, submission id or figure.
    conn.execute("CREATE TABLE release_sets (digest TEXT PRIMARY KEY, members INTEGER NOT NULL, "
                 "data BLOB NOT NULL)")
    # One row per report released: the campaign and scope ('campaign' or 'org_unit:<code>'), when,
    # what was written ('html', 'pdf', 'csv', 'json' with its file, or 'dashboard'), the policy's k then,
    # how many summaries it counted and which (the set's digest).
    conn.execute(
        """
        CREATE TABLE releases (
            id INTEGER PRIMARY KEY,
            campaign TEXT NOT NULL,
            scope TEXT NOT NULL,
            released_at TEXT NOT NULL,
            output TEXT NOT NULL,
            target TEXT,
            k INTEGER NOT NULL,
            members INTEGER NOT NULL,
            set_digest TEXT NOT NULL REFERENCES release_sets (digest)
        )
        """
    )
    conn.execute("CREATE INDEX releases_by_scope ON releases (campaign, scope, members)")


_SEALED_SUMMARIES = """
    CREATE TABLE {name} (
        id_key TEXT PRIMARY KEY,
        campaign TEXT NOT NULL,
        questionnaire_id TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        format_version INTEGER NOT NULL,
        org_unit TEXT,
        member_key INTEGER NOT NULL,
        sealed BLOB NOT NULL
    )
"""
_INSERT_SEALED = ("INSERT INTO {name} (id_key, campaign, questionnaire_id, questionnaire_version, format_version, "
                  "org_unit, member_key, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


class _KeySetup:
    """The key for the upgrade to schema 4, made when the migration asks for it (inside its transaction)."""

    def __init__(self, keys: CollectorKeys, path: Path):
        self.keys, self.path = keys, path
        self.database_id: str | None = None
        self.key: DatabaseKey | None = None

    def create(self) -> tuple[DatabaseKey, dict[str, str]]:
        self.database_id = new_database_id()
        self.key, entries = self.keys.create(self.database_id, self.path)
        return self.key, entries

    def discard(self) -> None:
        if self.database_id is not None:
            self.keys.discard(self.database_id)
        self.key = None


def _v4(conn: sqlite3.Connection, keys: _KeySetup | None = None) -> None:
    # Sealed at rest: every summary's JSON and import time become AES-GCM blobs under the database key, the
    # submission id gives way to its keyed hash, the content digest goes (the member key stands for it), and
    # the kept counts are dropped (they are counted again, then kept sealed). All in this one transaction.
    if keys is None:
        raise CollectorStoreError("the upgrade to schema 4 needs the database key")
    key, entries = keys.create()
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(entries.items()))
    conn.execute(_SEALED_SUMMARIES.format(name="sealed_summaries"))
    sealer, now = key.sealer, utc_now()
    old = conn.execute("SELECT submission_id, campaign, questionnaire_id, questionnaire_version, format_version, "
                       "imported_at, source_digest, summary, org_unit, member_key FROM summaries")

    def sealed() -> Iterator[tuple[Any, ...]]:
        for sid, campaign, qid, qversion, fversion, imported_at, digest, summary, unit, member in old:
            id_key = key.id_key(sid)
            yield (id_key, campaign, qid, qversion, fversion, unit,
                   member if member is not None else member_key(sid, digest),
                   sealer.seal(sealed_plaintext(str(imported_at or now), str(summary)), summary_aad(id_key, campaign)))

    conn.executemany(_INSERT_SEALED.format(name="sealed_summaries"), sealed())
    conn.execute("DROP TABLE summaries")  # with secure_delete on, its pages are zeroed as they are freed
    conn.execute("ALTER TABLE sealed_summaries RENAME TO summaries")
    # Cover the paged read (campaign filter, ordered by keyed id) and the ledger's members, as before.
    conn.execute("CREATE INDEX summaries_by_campaign ON summaries (campaign, id_key)")
    conn.execute("CREATE INDEX summaries_members ON summaries (campaign, member_key)")
    conn.execute("CREATE INDEX summaries_unit_members ON summaries (campaign, org_unit, member_key)")
    conn.execute("DROP TABLE tallies")
    conn.execute("CREATE TABLE tallies (campaign TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, data BLOB NOT NULL)")


#: ``MIGRATIONS[i]`` takes the database from schema version ``i`` to ``i + 1``; all pending ones run in one
#: transaction. The upgrade to 4 is handed the key set-up (it seals every row).
MIGRATIONS: list[Callable[..., None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path, keys: CollectorKeys) -> DatabaseKey | None:
    """Run every pending migration in one transaction; the new key when the upgrade to schema 4 made one."""
    setup = _KeySetup(keys, path)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise CollectorStoreError(
            f"Candor cannot write the collector database {path} to upgrade it ({exc}). Close other Candor collector "
            "windows, check that the file is writable, then try again; the file was left as it was.") from exc
    start = step = 0
    try:
        # Again, now that no one else can write: another Candor may have upgraded it meanwhile.
        start = step = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for step in range(start, SCHEMA_VERSION):
            MIGRATIONS[step](conn, setup)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        setup.discard()
        if isinstance(exc, CollectorKeyError) or not isinstance(exc, Exception):
            raise
        raise CollectorStoreError(
            f"Candor could not upgrade the collector database {path} from schema {step} to {step + 1}: {exc}. "
            "The file was left as it was; please report this problem."
        ) from exc
    if 0 < start < 4:
        scrub(conn, path)
    return setup.key


def scrub(conn: sqlite3.Connection, path: Path) -> None:
    """After sealing an older database: rebuild the file, so no free page keeps a summary in clear, and empty the
    write-ahead log (where the rebuild went first) into it."""
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        raise CollectorStoreError(
            f"The collector database {path} was encrypted, but could not be rebuilt afterwards ({exc}), so parts of "
            "the unencrypted summaries may still be in its free space: free some disk space and open it again."
        ) from exc
