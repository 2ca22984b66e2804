"""Writing an import into the collector database: a whole batch of summaries in one transaction, each replacing
the stored summary of the same submission id (a re-export, or another summary under the same participation code)
or changing nothing when it is the same, with the campaign's kept counts updated in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from desktop.collector.errors import CollectorStoreError
from desktop.collector.store_base import StoreBase
from desktop.collector.store_rows import (
    ORG_UNIT_OF,
    SummaryRow,
    member_key,
    sealed_plaintext,
    summary_aad,
    summary_text,
)

if TYPE_CHECKING:
    from desktop.collector.store import CollectorStore

_LOOKUP_CHUNK = 500  # ids per "IN (...)" query, below SQLite's variable limit everywhere


class CountsKeeper(Protocol):
    """What :meth:`CollectorStore.put_many` calls to keep counts up to date (tally_cache.CountsKeeper)."""

    def before(self, store: CollectorStore) -> None: ...

    def after(self, store: CollectorStore, gone: list[tuple[str, str]], came: list[SummaryRow]) -> None: ...


class PutCounts(NamedTuple):
    """What :meth:`CollectorStore.put_many` did: new ids, changed content for a known id, nothing to do."""

    imported: int
    replaced: int
    unchanged: int


class ImportWrites(StoreBase):
    """Writing imports (a part of ``CollectorStore``)."""

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
        with self.write_transaction(self._import_failed):
            if keeper is not None:
                keeper.before(self._whole())
            counts = self._put(batch, now, keeper)
        return counts

    def _import_failed(self, exc: sqlite3.Error) -> CollectorStoreError:
        return CollectorStoreError(
            f"The summaries could not be saved in {self.path} ({exc}); nothing from this import was "
            "kept. Free some disk space or close other Candor collector windows, then import again.")

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
                      seal(sealed_plaintext(now, r.summary), summary_aad(key, r.campaign)), r.summary, key)
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
            f"VALUES (?1, ?2, ?3, ?4, ?5, ?6, {ORG_UNIT_OF.format(json='?7')}, ?8)", inserts)
        self._conn.executemany(
            "UPDATE summaries SET campaign = ?1, questionnaire_id = ?2, questionnaire_version = ?3, "
            "format_version = ?4, member_key = ?5, sealed = ?6, "
            f"org_unit = {ORG_UNIT_OF.format(json='?7')} WHERE id_key = ?8", updates)
        if keeper is not None:
            keeper.after(self._whole(), gone, [r for _member, r in final.values()])
        return PutCounts(imported, replaced, unchanged)

    def _whole(self) -> CollectorStore:
        """This part as the whole store it is part of, which is what a keeper is shown."""
        return cast("CollectorStore", self)

    def _stored_texts(self, keys: list[str]) -> list[tuple[str, str]]:
        """The campaign and JSON text of the stored summaries with these keyed ids."""
        found: list[tuple[str, str]] = []
        for start in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[start:start + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for key, campaign, blob in self._conn.execute(
                    f"SELECT id_key, campaign, sealed FROM summaries WHERE id_key IN ({marks})", chunk):
                text = self._open(blob, summary_aad(key, campaign)).decode("utf-8")
                found.append((campaign, summary_text(text)))
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
