"""Reading summaries from the collector database for reports and the window: every summary of a campaign (parsed,
or as its JSON text) in pages, whether one is stored and when it was imported, and how many there are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.collector.store_base import StoreBase
from desktop.collector.store_rows import (
    SUMMARY_AAD_HEAD,
    imported_time,
    parsed_summary,
    summary_aad,
    summary_aad_tail,
    summary_text,
)
from desktop.core.sealing import SealBroken

_FETCH_ROWS = 1000


class SummaryReads(StoreBase):
    """Reading summaries (a part of ``CollectorStore``)."""

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
        return imported_time(self._open(blob, summary_aad(key, campaign)).decode("utf-8"))

    def summaries(self, campaign: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored summary (as parsed JSON), of one campaign or all, in the order of their keyed ids
        (which says nothing about submission ids or import times)."""
        for raw in self._summary_bytes(campaign):
            yield parsed_summary(raw.decode("utf-8"))

    def summary_texts(self, campaign: str | None = None) -> Iterator[str]:
        """Every stored summary's JSON text as imported (without trailing white space), as :meth:`summaries` but
        without parsing it."""
        for raw in self._summary_bytes(campaign):
            yield summary_text(raw.decode("utf-8"))

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
                    tail = tails[row_campaign] = summary_aad_tail(row_campaign)
                try:
                    plain = unseal(blob, SUMMARY_AAD_HEAD + key.encode("ascii") + tail)
                except SealBroken:
                    raise self._broken_row() from None
                yield plain
            after = page[-1][0]

    def count(self, campaign: str | None = None) -> int:
        """How many summaries are stored (in one campaign, or in all)."""
        if campaign is None:
            return int(self._read("SELECT count(*) FROM summaries")[0][0])
        return int(self._read("SELECT count(*) FROM summaries WHERE campaign = ?", [campaign])[0][0])

    def campaigns(self) -> list[str]:
        """The campaigns that have summaries, sorted."""
        return [row[0] for row in self._read("SELECT DISTINCT campaign FROM summaries ORDER BY campaign")]
