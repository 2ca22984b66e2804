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

The store is put together from one module per job: ``store_open.py`` (the file, its folder, its key),
``store_schema.py`` (the schema and its migrations), ``store_rows.py`` (what a row holds and how it is sealed),
``store_writes.py`` (imports), ``store_reads.py`` (summaries for reports), ``store_kept.py`` (kept counts and the
release ledger) over ``store_base.py`` (the connection, lock and errors they share).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.collector.db_key import CollectorKeys
from desktop.collector.errors import CollectorKeyError, CollectorStoreError
from desktop.collector.store_kept import KeptRows
from desktop.collector.store_open import DB_FILENAME, collector_dir, open_file
from desktop.collector.store_reads import SummaryReads
from desktop.collector.store_rows import SummaryRow, member_key, utc_now
from desktop.collector.store_schema import SCHEMA_VERSION
from desktop.collector.store_writes import CountsKeeper, ImportWrites, PutCounts

if TYPE_CHECKING:  # only for the annotation: importing the store does not import keyring
    from keyring.backend import KeyringBackend

__all__ = ["DB_FILENAME", "SCHEMA_VERSION", "CollectorKeyError", "CollectorKeys", "CollectorStore",
           "CollectorStoreError", "CountsKeeper", "PutCounts", "SummaryRow", "collector_dir", "member_key",
           "open_collector"]


def open_collector(data_dir_flag: str | os.PathLike[str] | None = None,
                   passphrase_file: str | os.PathLike[str] | None = None, *,
                   backend: KeyringBackend | None = None) -> CollectorStore:
    """The collector database a command works on: in :func:`collector_dir`, opened with the key from
    ``passphrase_file``, ``CANDOR_COLLECTOR_PASSPHRASE`` or the keyring (:meth:`CollectorKeys.from_environment`)."""
    keys = CollectorKeys.from_environment(passphrase_file, backend=backend)
    return CollectorStore.open(collector_dir(data_dir_flag), keys=keys)


class CollectorStore(ImportWrites, SummaryReads, KeptRows):
    """The open collector database. Create with :meth:`open`; close with :meth:`close` (or ``with``)."""

    @classmethod
    def open(cls, directory: Path, *, keys: CollectorKeys | None = None,
             clock: Callable[[], str] = utc_now) -> CollectorStore:
        """Open (creating if needed) ``directory/collector.db``; ``directory`` is the collector's folder.

        Use :func:`collector_dir` for the usual place. The folder is made 0700 and the database files
        0600. ``keys`` says where the database key is (default: the OS keyring); pass the same
        :class:`CollectorKeys` to every open of a session. Raises CollectorKeyError when the key cannot
        be had (no or a locked keyring, the key gone, no or a wrong passphrase), and CollectorStoreError
        (naming the file and what to do) when the folder cannot be made, the file is not a database, was
        written by a newer Candor, or cannot be written; the file's contents are left as they were in
        each case.
        """
        conn, path, key = open_file(Path(directory), keys if keys is not None else CollectorKeys())
        return cls(conn, path, key, clock)
