"""The collector's database: every imported summary, one row per submission id, sealed.

This database holds row-level summaries. They are anonymous by construction (option codes, tool ids,
numbers; no names, free text or times finer than the campaign), but a single row is still one person's
answers, so the file must stay on the compliance team's machine: it is created private (folder 0700,
files 0600) and never exported. Reports are computed from it and hold aggregates only, never rows.

Since schema 4 it is sealed at rest as the employee's store is: each summary's JSON, its import time and
each campaign's kept counts are AES-256-GCM ciphertext under the database's random data key
(``desktop/collector/db_key.py``: in the OS keyring, or wrapped under the analyst's passphrase), with where
the blob lives bound as associated data, so a blob moved to another row does not open. In clear stays only
what counting and the release ledger read without the key: the campaign, questionnaire id and version,
format version, the org unit the summary names, its :func:`member_key`, and in place of the submission id
a keyed hash of it (``id_key``, see :meth:`DatabaseKey.id_key`), so a re-export still replaces the earlier
summary and the same file again still changes nothing. No content digest is kept: a summary is the same as
the stored one when their member keys (a hash of id and digest) are equal.

``collector.db`` lives in ``<data dir>/collector/`` (see :func:`collector_dir`), is a sqlite-utils
database in WAL mode, and records its schema version in ``PRAGMA user_version``; forward migrations
only, all pending ones in one transaction, and a file from a newer Candor is refused, never rewritten. The
upgrade to schema 4 seals every row in that transaction, then rebuilds the file (VACUUM) and empties the
write-ahead log, so no page with a summary in clear is left in either. :meth:`CollectorStore.put_many`
writes a whole import in one transaction, so an import is either stored completely or not at all.

Tables (schema 4): ``meta`` (the database id and how its key is kept), ``summaries`` (one sealed row per
submission id), ``tallies`` (each campaign's counts from its last report, sealed, see tally_cache.py) and
``releases`` with ``release_sets`` (the release ledger: which summaries each released report counted, as
member keys, see ledger.py).

One store may be handed between threads (the GUI imports off the UI thread); its methods take a lock,
so use it from one thread at a time and finish iterating :meth:`~CollectorStore.summaries` before
another thread writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from keyring.backend import KeyringBackend
from sqlite_utils import Database

from desktop.collector.db_key import CollectorKeys, DatabaseKey, new_database_id
from desktop.collector.errors import CollectorKeyError, CollectorStoreError
from desktop.core.errors import CandorError
from desktop.core.sealing import SealBroken
from desktop.storage.paths import (
    DIR_MODE,
    ensure_private_dir,
    ensure_private_file,
    resolve_data_dir,
    tighten_if_present,
)

if TYPE_CHECKING:  # only for the annotation: importing the store does not import keyring
    from keyring.backend import KeyringBackend

COLLECTOR_SUBDIR = "collector"
DB_FILENAME = "collector.db"
_COMPANIONS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 16384
_FETCH_ROWS = 1000
_LOOKUP_CHUNK = 500  # ids per "IN (...)" query, below SQLite's variable limit everywhere
#: A summary's JSON is sealed padded with spaces (which JSON ignores, so the opened bytes parse as they are) to a
#: multiple of this, so the size of a blob tells the length of the summary only to within a block.
PAD_BLOCK = 512

__all__ = ["DB_FILENAME", "SCHEMA_VERSION", "CollectorKeyError", "CollectorKeys", "CollectorStore",
           "CollectorStoreError", "PutCounts", "SummaryRow", "collector_dir", "member_key"]


def collector_dir(data_dir_flag: str | os.PathLike[str] | None = None,
                  env: Mapping[str, str] = os.environ) -> Path:
    """``<data dir>/collector``: the data dir of ``--data-dir`` / ``CANDOR_DATA_DIR`` / the OS default."""
    return resolve_data_dir(data_dir_flag, env) / COLLECTOR_SUBDIR


def open_collector(data_dir_flag: str | os.PathLike[str] | None = None,
                   passphrase_file: str | os.PathLike[str] | None = None, *,
                   backend: KeyringBackend | None = None) -> CollectorStore:
    """The collector database a command works on: in :func:`collector_dir`, opened with the key from
    ``passphrase_file``, ``CANDOR_COLLECTOR_PASSPHRASE`` or the keyring (:meth:`CollectorKeys.from_environment`)."""
    keys = CollectorKeys.from_environment(passphrase_file, backend=backend)
    return CollectorStore.open(collector_dir(data_dir_flag), keys=keys)


class SummaryRow(NamedTuple):
    """One validated summary, ready to store. ``summary`` is its JSON text exactly as decrypted."""

    submission_id: str
    campaign: str
    questionnaire_id: str
    questionnaire_version: int
    format_version: int
    source_digest: str  # sha256 (hex) of the decrypted JSON: the same file again has the same digest
    summary: str


class CountsKeeper(Protocol):
    """What :meth:`CollectorStore.put_many` calls to keep counts up to date (tally_cache.CountsKeeper)."""

    def before(self, store: CollectorStore) -> None: ...

    def after(self, store: CollectorStore, gone: list[tuple[str, str]], came: list[SummaryRow]) -> None: ...


class PutCounts(NamedTuple):
    """What :meth:`CollectorStore.put_many` did: new ids, changed content for a known id, nothing to do."""

    imported: int
    replaced: int
    unchanged: int


#: The org unit a summary's JSON names (NULL when it names none), as SQL over the JSON in ``{json}``.
_ORG_UNIT_OF = "CASE WHEN json_valid({json}) THEN json_extract({json}, '$.group.org_unit') END"


def member_key(submission_id: str, source_digest: str) -> int:
    """A summary's identity for the release ledger: its (submission id, content digest) pair as a signed
    64-bit hash. A re-export replacing a summary has another digest, so it is another member."""
    pair = f"{submission_id}\x00{source_digest}".encode()
    return int.from_bytes(hashlib.blake2b(pair, digest_size=8).digest(), "big", signed=True)


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
    conn.execute(f"UPDATE summaries SET org_unit = {_ORG_UNIT_OF.format(json='summary')}, "
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


_SUMMARY_AAD = b"candor-collector:summaries:"


def summary_aad(id_key: str, campaign: str) -> bytes:
    """Where a sealed summary lives: its row (the keyed id) and its campaign. A blob moved to another row,
    or a row moved to another campaign, does not open."""
    return _SUMMARY_AAD + id_key.encode("ascii") + _summary_aad_tail(campaign)


def _summary_aad_tail(campaign: str) -> bytes:
    return b":" + str(campaign).encode("utf-8") + b":summary"


def tally_aad(campaign: str, fingerprint: str) -> bytes:
    return b"candor-collector:tallies:" + campaign.encode("utf-8") + b":" + fingerprint.encode("utf-8") + b":data"


def _plaintext(imported_at: str, summary: str) -> bytes:
    """What a row seals: its import time, a line break, the summary's JSON text, spaces up to a whole block."""
    raw = f"{imported_at}\n{summary}".encode()
    return raw + b" " * (-len(raw) % PAD_BLOCK)


_decode_json = json.JSONDecoder().raw_decode


def _parsed(text: str) -> Any:
    """The summary in an opened row (see :func:`_plaintext`), parsed where it starts: no copy, and the padding
    after it is never scanned."""
    start = text.index("\n") + 1
    if text[start:start + 1] in ("{", "["):
        return _decode_json(text, start)[0]
    return json.loads(text[start:])  # a summary text that began with white space


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
    sealer, now = key.sealer, _now()
    old = conn.execute("SELECT submission_id, campaign, questionnaire_id, questionnaire_version, format_version, "
                       "imported_at, source_digest, summary, org_unit, member_key FROM summaries")

    def sealed() -> Iterator[tuple[Any, ...]]:
        for sid, campaign, qid, qversion, fversion, imported_at, digest, summary, unit, member in old:
            id_key = key.id_key(sid)
            yield (id_key, campaign, qid, qversion, fversion, unit,
                   member if member is not None else member_key(sid, digest),
                   sealer.seal(_plaintext(str(imported_at or now), str(summary)), summary_aad(id_key, campaign)))

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


_RELEASE_COLUMNS = "id, campaign, scope, released_at, output, target, k, members, set_digest"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class CollectorStore:
    """The open collector database. Create with :meth:`open`; close with :meth:`close` (or ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, key: DatabaseKey, clock: Callable[[], str] = _now):
        self._conn = conn
        self._db = Database(conn, execute_plugins=False)
        self._lock = threading.RLock()
        self.path = path
        self._key = key
        self._clock = clock

    # -- opening ------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, *, keys: CollectorKeys | None = None,
             clock: Callable[[], str] = _now) -> CollectorStore:
        """Open (creating if needed) ``directory/collector.db``; ``directory`` is the collector's folder.

        Use :func:`collector_dir` for the usual place. The folder is made 0700 and the database files
        0600. ``keys`` says where the database key is (default: the OS keyring); pass the same
        :class:`CollectorKeys` to every open of a session. Raises CollectorKeyError when the key cannot
        be had (no or a locked keyring, the key gone, no or a wrong passphrase), and CollectorStoreError
        (naming the file and what to do) when the folder cannot be made, the file is not a database, was
        written by a newer Candor, or cannot be written; the file's contents are left as they were in
        each case.
        """
        directory = Path(directory)
        path = directory / DB_FILENAME
        try:
            if not directory.parent.exists():
                ensure_private_dir(directory.parent)  # Candor creates it, so Candor keeps it private
            ensure_private_dir(directory)
            _tighten_dir(directory)
            if path.is_dir():
                raise CollectorStoreError(
                    f"The collector database {path} is a folder, not a file. Move it aside and import again.")
            ensure_private_file(path)
            for suffix in _COMPANIONS:
                tighten_if_present(path.with_name(path.name + suffix))
        except CollectorStoreError:
            raise
        except CandorError as exc:  # the data folder's own errors already say what to do
            raise CollectorStoreError(str(exc)) from exc
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise CollectorStoreError(
                f"Candor cannot open the collector database {path}: {exc}. Check the file's permissions.") from exc
        try:
            key = _prepare(conn, path, keys if keys is not None else CollectorKeys())
        except BaseException as exc:
            conn.close()
            if isinstance(exc, CandorError) and not isinstance(exc, CollectorStoreError):
                raise CollectorStoreError(str(exc)) from exc
            raise
        return cls(conn, path, key, clock)

    # -- writing ------------------------------------------------------------------------------------------

    def put_many(self, rows: Iterable[SummaryRow], keeper: CountsKeeper | None = None) -> PutCounts:
        """Store ``rows`` in one transaction: all of them, or (on any error) none.

        Rows count as if stored one after another: a submission id not yet stored is ``imported``; a
        known id with other content is ``replaced`` (the later row wins, also within ``rows``); a row
        identical to what is stored (same member key: same id and digest) is ``unchanged`` and not
        rewritten. Replaced rows get a fresh import time. Raises CollectorStoreError after rolling back.

        ``keeper`` (see tally_cache.CountsKeeper) keeps a campaign's stored counts up to date in the same
        transaction: it is shown the store before the rows are written, then each summary that went (a replaced
        one) as ``(campaign, JSON text)``, and each row that came.
        """
        batch = list(rows)
        if not batch:
            return PutCounts(0, 0, 0)
        now = self._clock()
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    if keeper is not None:
                        keeper.before(self)
                    counts = self._put(batch, now, keeper)
                    self._conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise CollectorStoreError(
                    f"The summaries could not be saved in {self.path} ({exc}); nothing from this import was "
                    "kept. Free some disk space or close other Candor collector windows, then import again."
                ) from exc
        return counts

    def _put(self, batch: list[SummaryRow], now: str, keeper: CountsKeeper | None = None) -> PutCounts:
        id_key = self._key.id_key
        keyed = [(id_key(row.submission_id), member_key(row.submission_id, row.source_digest), row) for row in batch]
        stored = self._stored_members({key for key, _member, _row in keyed})
        final: dict[str, tuple[int, SummaryRow]] = {}
        imported = replaced = unchanged = 0
        for key, member, row in keyed:
            previous = final[key][0] if key in final else stored.get(key)
            if previous is None:
                imported += 1
            elif previous != member:
                replaced += 1
            else:
                unchanged += 1
                continue
            final[key] = (member, row)
        # A replaced summary's counts are taken away: read it before it is overwritten (only with a keeper).
        gone = self._stored_texts([key for key in final if key in stored]) if keeper is not None else []
        seal = self._key.sealer.seal
        inserts, updates = [], []
        for key, (member, r) in final.items():
            values = (r.campaign, r.questionnaire_id, r.questionnaire_version, r.format_version, member,
                      seal(_plaintext(now, r.summary), summary_aad(key, r.campaign)), r.summary, key)
            if key in stored:
                if stored[key] != member:
                    updates.append(values)
            else:
                inserts.append(values)
        # The org unit comes from the JSON itself (as in the migration), so it can never disagree with it: the
        # clear JSON is handed to SQLite's json_extract as a parameter (?7) and never stored.
        self._conn.executemany(
            "INSERT INTO summaries (campaign, questionnaire_id, questionnaire_version, format_version, member_key, "
            "sealed, org_unit, id_key) "
            f"VALUES (?1, ?2, ?3, ?4, ?5, ?6, {_ORG_UNIT_OF.format(json='?7')}, ?8)", inserts)
        self._conn.executemany(
            "UPDATE summaries SET campaign = ?1, questionnaire_id = ?2, questionnaire_version = ?3, "
            "format_version = ?4, member_key = ?5, sealed = ?6, "
            f"org_unit = {_ORG_UNIT_OF.format(json='?7')} WHERE id_key = ?8", updates)
        if keeper is not None:
            keeper.after(self, gone, [r for _member, r in final.values()])
        return PutCounts(imported, replaced, unchanged)

    def _stored_texts(self, keys: list[str]) -> list[tuple[str, str]]:
        """The campaign and JSON text of the stored summaries with these keyed ids."""
        found: list[tuple[str, str]] = []
        for start in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[start:start + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for key, campaign, blob in self._conn.execute(
                    f"SELECT id_key, campaign, sealed FROM summaries WHERE id_key IN ({marks})", chunk):
                text = self._open(blob, summary_aad(key, campaign)).decode("utf-8")
                found.append((campaign, text[text.index("\n") + 1:].rstrip(" ")))
        return found

    def _stored_members(self, keys: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), _LOOKUP_CHUNK):
            chunk = ordered[start:start + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(self._conn.execute(
                f"SELECT id_key, member_key FROM summaries WHERE id_key IN ({marks})", chunk))
        return found

    def keyed_hash(self, text: str) -> str:
        """A keyed hash of ``text`` under this database's key (as kept for submission ids): the same text always
        gives the same value here, and without the key it can be neither computed nor reversed."""
        return self._key.id_key(text)

    # -- reading ------------------------------------------------------------------------------------------

    def has(self, submission_id: str) -> bool:
        """Whether a summary with this submission id is stored."""
        return bool(self._read("SELECT 1 FROM summaries WHERE id_key = ?", [self._key.id_key(submission_id)]))

    def imported_at(self, submission_id: str) -> str | None:
        """When the stored summary with this submission id was imported (UTC, to the second), or None."""
        key = self._key.id_key(submission_id)
        rows = self._read("SELECT campaign, sealed FROM summaries WHERE id_key = ?", [key])
        if not rows:
            return None
        campaign, blob = rows[0]
        text = self._open(blob, summary_aad(key, campaign)).decode("utf-8")
        return text[:text.index("\n")]

    def stored_tally(self, campaign: str, fingerprint: str) -> str | None:
        """The counts kept for ``campaign`` if they were made from exactly ``fingerprint``, else None (also when
        the kept counts do not open: they are then counted again)."""
        rows = self._read("SELECT data FROM tallies WHERE campaign = ? AND fingerprint = ?", [campaign, fingerprint])
        if not rows:
            return None
        try:
            return self._key.sealer.open(rows[0][0], tally_aad(campaign, fingerprint)).decode("utf-8")
        except (SealBroken, UnicodeDecodeError):
            return None

    def keep_tally(self, campaign: str, fingerprint: str, data: str) -> None:
        """Keep ``campaign``'s counts for the next report (replacing older ones), sealed."""
        blob = self._key.sealer.seal(data.encode("utf-8"), tally_aad(campaign, fingerprint))
        with self._lock:
            self._conn.execute(
                "INSERT INTO tallies (campaign, fingerprint, data) VALUES (?, ?, ?) ON CONFLICT (campaign) DO "
                "UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data", [campaign, fingerprint, blob])

    # -- the release ledger (desktop/collector/ledger.py) ---------------------------------------------------

    def member_keys(self, campaign: str, org_unit: str | None = None) -> list[int]:
        """The :func:`member_key` of every summary of ``campaign`` (of ``org_unit`` only, when given), sorted."""
        if org_unit is None:
            rows = self._read("SELECT member_key FROM summaries WHERE campaign = ? ORDER BY member_key", [campaign])
        else:
            rows = self._read("SELECT member_key FROM summaries WHERE campaign = ? AND org_unit = ? "
                              "ORDER BY member_key", [campaign, org_unit])
        return [key for (key,) in rows]

    def person_keys(self, campaign: str, org_unit: str | None = None) -> list[int]:
        """One key per person (submission id) of ``campaign`` (of ``org_unit`` only, when given): the first 64
        bits of the keyed hash kept in place of the id, as a signed integer like the member keys."""
        if org_unit is None:
            rows = self._read("SELECT id_key FROM summaries WHERE campaign = ?", [campaign])
        else:
            rows = self._read("SELECT id_key FROM summaries WHERE campaign = ? AND org_unit = ?", [campaign, org_unit])
        return [int(key[:16], 16) - (1 << 63) for (key,) in rows]

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One write transaction, held against other connections (``BEGIN IMMEDIATE``): all of it or none."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._write_error(exc) from exc
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._write_error(exc) from exc
                raise

    def releases_near(self, campaign: str, scope: str, members: int, k: int) -> list[tuple[Any, ...]]:
        """The releases of ``campaign`` and ``scope`` whose member count is less than k away from ``members``
        (k: the larger of ``k`` and the release's own), newest first, as release rows (see :meth:`releases`)."""
        return self._read(f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE campaign = ? AND scope = ? AND "
                          "abs(members - ?) < max(k, ?) ORDER BY id DESC", [campaign, scope, members, k])

    def releases(self, campaign: str, scope: str | None = None) -> list[tuple[Any, ...]]:
        """Every release of ``campaign`` (of one ``scope``, when given), oldest first: (id, campaign, scope,
        released_at, output, target, k, members, set_digest)."""
        if scope is None:
            return self._read(f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE campaign = ? ORDER BY id", [campaign])
        return self._read(f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE campaign = ? AND scope = ? ORDER BY id",
                          [campaign, scope])

    def release_set(self, digest: str) -> bytes | None:
        """The stored member keys (compressed, see ledger.py) of the release set ``digest``."""
        rows = self._read("SELECT data FROM release_sets WHERE digest = ?", [digest])
        return bytes(rows[0][0]) if rows else None

    def add_release(self, campaign: str, scope: str, output: str, target: str | None, k: int, members: int,
                    set_digest: str, set_data: Callable[[], bytes]) -> tuple[int, str]:
        """Record a release (the member set is stored once, from ``set_data()``); returns (its id, its time).
        Call inside :meth:`write_transaction`."""
        now = self._clock()
        with self._lock:
            if not self._read("SELECT 1 FROM release_sets WHERE digest = ?", [set_digest]):
                self._conn.execute("INSERT INTO release_sets (digest, members, data) VALUES (?, ?, ?)",
                                   [set_digest, members, set_data()])
            cursor = self._conn.execute(
                "INSERT INTO releases (campaign, scope, released_at, output, target, k, members, set_digest) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [campaign, scope, now, output, target, k, members, set_digest])
            assert cursor.lastrowid is not None  # set by every INSERT
            return cursor.lastrowid, now

    def remove_release(self, release_id: int) -> None:
        """Forget a release that was not completed (its file could not be written), and its set if unused."""
        with self.write_transaction():
            rows = self._read("SELECT set_digest FROM releases WHERE id = ?", [release_id])
            self._conn.execute("DELETE FROM releases WHERE id = ?", [release_id])
            if rows:
                self._conn.execute("DELETE FROM release_sets WHERE digest = ? AND NOT EXISTS (SELECT 1 FROM "
                                   "releases WHERE set_digest = ?)", [rows[0][0], rows[0][0]])

    def _write_error(self, exc: sqlite3.Error) -> CollectorStoreError:
        return CollectorStoreError(
            f"The collector database {self.path} could not be written ({exc}). Free some disk space or close other "
            "Candor collector windows, then try again.")

    # -- reading summaries ----------------------------------------------------------------------------------

    def summaries(self, campaign: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored summary (as parsed JSON), of one campaign or all, in the order of their keyed ids
        (which says nothing about submission ids or import times)."""
        for raw in self._summary_bytes(campaign):
            yield _parsed(raw.decode("utf-8"))

    def summary_texts(self, campaign: str | None = None) -> Iterator[str]:
        """Every stored summary's JSON text as imported (without trailing white space), as :meth:`summaries` but
        without parsing it."""
        for raw in self._summary_bytes(campaign):
            text = raw.decode("utf-8")
            yield text[text.index("\n") + 1:].rstrip(" ")

    def _summary_bytes(self, campaign: str | None) -> Iterator[bytes]:
        if campaign is None:
            sql, args = "SELECT id_key, campaign, sealed FROM summaries WHERE id_key > ? " \
                        "ORDER BY id_key LIMIT ?", []
        else:
            sql, args = "SELECT id_key, campaign, sealed FROM summaries WHERE campaign = ? AND id_key > ? " \
                        "ORDER BY id_key LIMIT ?", [campaign]
        unseal = self._key.sealer.open
        tails: dict[str, bytes] = {}
        after = ""
        while True:  # in pages, so no cursor (nor the lock) is held between the rows handed out
            with self._lock:
                page = self._read(sql, [*args, after, _FETCH_ROWS])
            if not page:
                return
            for key, row_campaign, blob in page:
                tail = tails.get(row_campaign)
                if tail is None:
                    tail = tails[row_campaign] = _summary_aad_tail(row_campaign)
                try:
                    plain = unseal(blob, _SUMMARY_AAD + key.encode("ascii") + tail)
                except SealBroken:
                    raise self._broken_row() from None
                yield plain
            after = page[-1][0]

    def _open(self, blob: bytes, aad: bytes) -> bytes:
        try:
            return self._key.sealer.open(blob, aad)
        except SealBroken:
            raise self._broken_row() from None

    def _broken_row(self) -> CollectorStoreError:
        return CollectorStoreError(
            f"A summary in the collector database {self.path} does not open with the database's key: it was changed, "
            "or moved from another row or another database. Move the database aside and import the summaries again.")

    def count(self, campaign: str | None = None) -> int:
        """How many summaries are stored (in one campaign, or in all)."""
        if campaign is None:
            return int(self._read("SELECT count(*) FROM summaries")[0][0])
        return int(self._read("SELECT count(*) FROM summaries WHERE campaign = ?", [campaign])[0][0])

    def campaigns(self) -> list[str]:
        """The campaigns that have summaries, sorted."""
        return [row[0] for row in self._read("SELECT DISTINCT campaign FROM summaries ORDER BY campaign")]

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
        with self._lock:
            self._conn.close()
        for suffix in _COMPANIONS:
            with contextlib.suppress(CandorError):
                tighten_if_present(self.path.with_name(self.path.name + suffix))

    def __enter__(self) -> CollectorStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _tighten_dir(directory: Path) -> None:
    """The collector folder is always Candor's own (it is named by Candor): keep it 0700."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if directory.stat().st_uid == os.getuid() and directory.stat().st_mode & 0o777 != DIR_MODE:
            os.chmod(directory, DIR_MODE)


def _prepare(conn: sqlite3.Connection, path: Path, keys: CollectorKeys) -> DatabaseKey:
    """Check the file, configure it (WAL, private companions), bring its schema up to date, and return its key."""
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
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if version == 0:
            # A summary's JSON is a few KiB: at 16 KiB per page several share one, which makes an import's
            # write about three times faster than at the default 4 KiB. Only a new file can take it.
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: a killed process never corrupts the file
        conn.execute("PRAGMA secure_delete = ON")  # a replaced summary does not linger in free pages
    except sqlite3.Error as exc:
        raise CollectorStoreError(
            f"Candor cannot write the collector database {path}: {exc}. Check that the file and its folder are "
            "writable."
        ) from exc
    for suffix in _COMPANIONS:
        tighten_if_present(path.with_name(path.name + suffix))
    if version < SCHEMA_VERSION:
        made = _migrate(conn, path, keys)
        if made is not None:
            return made
    return keys.unlock(conn, path)


def _migrate(conn: sqlite3.Connection, path: Path, keys: CollectorKeys) -> DatabaseKey | None:
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
        _scrub(conn, path)
    return setup.key


def _scrub(conn: sqlite3.Connection, path: Path) -> None:
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
