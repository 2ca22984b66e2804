"""What one row of the collector database holds: a summary ready to store, its member key, and how its sealed
blob is laid out (padded plaintext, associated data naming where it lives).

Shared by the writers (``store_writes.py``, ``staging.py``), the readers (``store_reads.py``, ``tally_cache.py``)
and the upgrade that sealed the rows (``store_schema.py``), so a row is sealed and opened one way.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, NamedTuple

#: A summary's JSON is sealed padded with spaces (which JSON ignores, so the opened bytes parse as they are) to a
#: multiple of this, so the size of a blob tells the length of the summary only to within a block.
PAD_BLOCK = 512


class SummaryRow(NamedTuple):
    """One validated summary, ready to store. ``summary`` is its JSON text exactly as decrypted."""

    submission_id: str
    campaign: str
    questionnaire_id: str
    questionnaire_version: int
    format_version: int
    source_digest: str  # sha256 (hex) of the decrypted JSON: the same file again has the same digest
    summary: str


#: The org unit a summary's JSON names (NULL when it names none), as SQL over the JSON in ``{json}``.
ORG_UNIT_OF = "CASE WHEN json_valid({json}) THEN json_extract({json}, '$.group.org_unit') END"


def member_key(submission_id: str, source_digest: str) -> int:
    """A summary's identity for the release ledger: its (submission id, content digest) pair as a signed
    64-bit hash. A re-export replacing a summary has another digest, so it is another member."""
    pair = f"{submission_id}\x00{source_digest}".encode()
    return int.from_bytes(hashlib.blake2b(pair, digest_size=8).digest(), "big", signed=True)


#: The associated data of a sealed summary: this, its keyed id, then :func:`summary_aad_tail` of its campaign.
SUMMARY_AAD_HEAD = b"candor-collector:summaries:"


def summary_aad(id_key: str, campaign: str) -> bytes:
    """Where a sealed summary lives: its row (the keyed id) and its campaign. A blob moved to another row,
    or a row moved to another campaign, does not open."""
    return SUMMARY_AAD_HEAD + id_key.encode("ascii") + summary_aad_tail(campaign)


def summary_aad_tail(campaign: str) -> bytes:
    """The campaign's end of a summary's associated data (the same for every row of a campaign)."""
    return b":" + str(campaign).encode("utf-8") + b":summary"


def tally_aad(campaign: str, fingerprint: str) -> bytes:
    """Where a campaign's kept counts live: the campaign and the fingerprint of what they were counted from."""
    return b"candor-collector:tallies:" + campaign.encode("utf-8") + b":" + fingerprint.encode("utf-8") + b":data"


def sealed_plaintext(imported_at: str, summary: str) -> bytes:
    """What a row seals: its import time, a line break, the summary's JSON text, spaces up to a whole block."""
    raw = f"{imported_at}\n{summary}".encode()
    return raw + b" " * (-len(raw) % PAD_BLOCK)


_decode_json = json.JSONDecoder().raw_decode


def parsed_summary(text: str) -> Any:
    """The summary in an opened row (see :func:`sealed_plaintext`), parsed where it starts: no copy, and the padding
    after it is never scanned."""
    start = text.index("\n") + 1
    if text[start:start + 1] in ("{", "["):
        return _decode_json(text, start)[0]
    return json.loads(text[start:])  # a summary text that began with white space


def summary_text(text: str) -> str:
    """The summary's JSON text as imported in an opened row (see :func:`sealed_plaintext`), without the padding."""
    return text[text.index("\n") + 1:].rstrip(" ")


def imported_time(text: str) -> str:
    """When the summary in an opened row (see :func:`sealed_plaintext`) was imported (UTC, to the second)."""
    return text[:text.index("\n")]


def utc_now() -> str:
    """Now, in UTC to the second, as rows and releases keep their times."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
