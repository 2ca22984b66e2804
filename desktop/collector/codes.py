"""The participation codes of a campaign, kept as keyed hashes, and the rule of one code, one summary.

``candor codes new`` makes the codes (:mod:`desktop.core.participation_code`); only a keyed hash of each
is kept here, per campaign: BLAKE2b under a key derived from the collector database's key, over
``campaign`` + code, so the table alone says nothing about which codes exist, and the same code in two
campaigns gives two unrelated values. A code is bound to the first installation that sends a summary
with it (its keyed submission id); a later summary from that installation with the same code replaces
the earlier one, one from any other installation is rejected.

The table is created when first needed (``CREATE TABLE IF NOT EXISTS``); it does not change the
collector database's schema version, and a database without it simply has no codes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from desktop.collector.store import CollectorStore, SummaryRow
from desktop.core.participation_code import CodeError, new_code, normalize

TABLE = "participation_codes"
_CREATE = (f"CREATE TABLE IF NOT EXISTS {TABLE} (code_key TEXT PRIMARY KEY, campaign TEXT NOT NULL, "
           "used_by TEXT)")


class CodeRejection(NamedTuple):
    row: SummaryRow
    reason_code: str  # "no_code", "bad_code" or "code_used"
    message: str


def _ensure(store: CollectorStore) -> None:
    store.db.execute(_CREATE)


def code_key(store: CollectorStore, campaign: str, code: str) -> str:
    return store.keyed_hash(f"participation-code\x00{campaign}\x00{code}")


def issue(store: CollectorStore, campaign: str, n: int) -> list[str]:
    """Make ``n`` new codes for ``campaign``, keep their keyed hashes, and return the codes (canonical)."""
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < n:
        code = new_code()
        if code not in seen:
            seen.add(code)
            codes.append(code)
    keep(store, campaign, codes)
    return codes


def keep(store: CollectorStore, campaign: str, codes: Sequence[str]) -> None:
    """Keep the keyed hashes of ``codes`` (canonical) as issued for ``campaign``, in one transaction."""
    with store.write_transaction():
        _ensure(store)
        store.db.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_by_campaign ON {TABLE} (campaign)")
        store.db.conn.executemany(
            f"INSERT OR IGNORE INTO {TABLE} (code_key, campaign, used_by) VALUES (?, ?, NULL)",
            [(code_key(store, campaign, code), campaign) for code in codes])


class Participation(NamedTuple):
    issued: int
    used: int


def participation(store: CollectorStore, campaign: str) -> Participation:
    """How many codes were issued for the campaign, and how many have been used by a summary."""
    with store.write_transaction():
        _ensure(store)
    row = store.db.execute(f"SELECT count(*), count(used_by) FROM {TABLE} WHERE campaign = ?", [campaign]).fetchone()
    return Participation(int(row[0]), int(row[1]))


def check_codes(store: CollectorStore, campaign: str, rows: Sequence[SummaryRow], *,
                required: bool) -> tuple[list[SummaryRow], list[CodeRejection]]:
    """Split ``rows`` (in processing order, one per submission id) into the accepted and the rejected, and
    bind each accepted code to its installation. A summary without a code passes only when codes are not
    ``required``; with a code, it must be one issued for ``campaign`` and not bound to another installation."""
    accepted: list[SummaryRow] = []
    rejected: list[CodeRejection] = []
    claims: list[tuple[str, str]] = []
    with store.write_transaction():
        _ensure(store)
        taken: dict[str, str | None] = {}
        for row in rows:
            text = json.loads(row.summary).get("participation_code")
            if not text:
                if required:
                    rejected.append(CodeRejection(row, "no_code", _NO_CODE))
                else:
                    accepted.append(row)
                continue
            try:
                code = normalize(text)
            except CodeError:
                rejected.append(CodeRejection(row, "bad_code", _MISTYPED))
                continue
            key = code_key(store, campaign, code)
            if key not in taken:
                found = store.db.execute(f"SELECT used_by FROM {TABLE} WHERE code_key = ? AND campaign = ?",
                                         [key, campaign]).fetchone()
                taken[key] = "" if found is None else found[0]
            owner = taken[key]
            installation = store.keyed_hash(row.submission_id)
            if owner == "":
                rejected.append(CodeRejection(row, "bad_code", _UNKNOWN))
            elif owner is not None and owner != installation:
                rejected.append(CodeRejection(row, "code_used", _USED))
            else:
                taken[key] = installation
                claims.append((installation, key))
                accepted.append(row)
        store.db.conn.executemany(f"UPDATE {TABLE} SET used_by = ? WHERE code_key = ? AND used_by IS NULL", claims)
    return accepted, rejected



_NO_CODE = ("This summary carries no participation code, and this campaign accepts only summaries with one "
            "(submission.require_code). It may be forged, or made before codes were handed out; ask for it to be "
            "exported again with the code from the trustee.")
_MISTYPED = ("This summary's participation code has a typing mistake (its check character does not match), so it "
             "was not counted. Candor checks codes when they are entered, so the file was probably altered.")
_UNKNOWN = ("This summary's participation code was not issued for this campaign (`candor codes new`), so it was "
            "not counted. It may be forged, or the code belongs to another campaign or collector database.")
_USED = ("This summary's participation code was already used by a summary from another installation, and each "
         "code counts for one person only, so it was not counted. A re-export from the same installation "
         "replaces its earlier summary; a second installation with the same code does not.")
