"""What reports keep in the collector database: each campaign's counts from its last report, sealed (read and
written for ``tally_cache.py``), and the release ledger's rows (for ``ledger.py``): the member keys a report
counts, and each release with the set of members it counted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.collector.store_base import StoreBase
from desktop.collector.store_rows import tally_aad
from desktop.core.sealing import SealBroken

_RELEASE_COLUMNS = "id, campaign, scope, released_at, output, target, k, members, set_digest"


class KeptRows(StoreBase):
    """The kept counts and the release ledger (a part of ``CollectorStore``)."""

    # -- each campaign's counts (desktop/collector/tally_cache.py) -----------------------------------------

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
