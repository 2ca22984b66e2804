"""Checking one summary file's bytes: decrypt, parse, validate; the row to store, or a :class:`Reject` saying why not.

In order: the age header's number of recipient stanzas (too_large beyond
:data:`~desktop.exchange.envelope.MAX_STANZAS`, before age sees the file) -> decryption with the
collector's keys, one attempt per file (not_for_this_key, damaged, not_a_summary for non-age input; an
unencrypted summary skips this, but is refused with other_settings unless the campaign's rules allow
plaintext) -> UTF-8 JSON (not_a_summary) -> ``format`` is ``candor-summary`` (not_a_summary) ->
``format_version`` is one this Candor reads (wrong_version) -> the published summary schema
(not_a_summary) -> the campaign, when one is given (wrong_campaign) -> the campaign's privacy settings
and items, when its :class:`CampaignRules` are given (other_settings). An armored block pasted into a
longer text (an e-mail, a note) is found and read on its own. Each rejection names its reason in a
sentence for the person importing.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import best_match
from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest_limits import Limits, Reject, clip
from desktop.collector.ingest_reading import ARMOR_BEGIN_BYTES, ARMOR_END_BYTES, ZIP_MAGIC
from desktop.collector.store import SummaryRow
from desktop.core.schema_check import describe, schema_validator
from desktop.core.summary import FORMAT, FORMAT_VERSION
from desktop.exchange.envelope import (
    AGE_MAGIC,
    EnvelopeError,
    NotAnEnvelope,
    NotForThisKey,
    TooLarge,
    TooManyRecipients,
    decrypt_summary,
    open_age,
)

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: How a rejection of a decrypted summary begins.
OPENS_BUT = "This file opens with this collector's key but"


class SummaryCheck:
    """Checks summary files for one import: its keys, its campaign (or rules) and its limits."""

    def __init__(self, keys: list[x25519.Identity], campaign: str | CampaignRules | None, limits: Limits):
        self.keys = keys
        self.rules = campaign if isinstance(campaign, CampaignRules) else None
        self.campaign = campaign.campaign if isinstance(campaign, CampaignRules) else campaign
        self.limits = limits
        checks = schema_validator("summary")  # one per schema, shared with content checking
        self.fast, self.validator = checks.fast, checks.reference  # the reference uses ECMA-262 patterns
        #: Shown each accepted summary as parsed here (the keeper of the campaign's counts counts it then, so no
        #: summary's JSON is parsed a second time for counting).
        self.counter: Callable[[SummaryRow, dict[str, Any]], None] | None = None

    def decryptable(self, data: bytes) -> bool:
        """Whether ``data`` can be decrypted as it is (the usual case: a plain age file), by a worker too."""
        return len(data) <= self.limits.max_summary_bytes and data.startswith(AGE_MAGIC)

    def check(self, data: bytes, *, nested: bool) -> SummaryRow:
        """Decrypt, parse and validate one summary file's bytes; raises Reject."""
        if not data or data.isspace():
            raise Reject("damaged", "This file is empty, perhaps because copying or downloading it failed. Ask "
                                    "for it to be exported again.")
        if data.startswith(ZIP_MAGIC):
            where = "inside a zip; Candor does not open zips within zips" if nested else \
                "named like a summary; give it a .zip name to import what it holds"
            raise Reject("not_a_summary", f"This is a zip archive {where}.")
        if data.startswith(AGE_MAGIC):  # the usual case first
            return self.validate(self.decrypt(data), OPENS_BUT)
        if data.startswith(_UTF16_BOMS):
            raise Reject("not_a_summary", "This file is text in UTF-16, as an editor saves it, not a summary as "
                                          "Candor writes it (UTF-8). It was probably opened and saved again; ask "
                                          "for it to be exported again.")
        if data.removeprefix(_BOM).lstrip()[:1] == b"{":  # an unencrypted summary (a policy may allow plaintext)
            if self.rules is None or not self.rules.allow_plaintext:
                raise Reject("other_settings", _PLAINTEXT_REFUSED)
            if len(data) > self.limits.max_summary_bytes:
                raise Reject("too_large", str(TooLarge(len(data), self.limits.max_summary_bytes)))
            return self.validate(data, "This file")
        return self.validate(self.decrypt(data), OPENS_BUT)

    def decrypt(self, data: bytes) -> bytes:
        """The plaintext of one file's age envelope, from one attempt; raises Reject saying why not."""
        try:
            if self.decryptable(data):
                return open_age(data, self.keys)  # the usual case: no copy, no armor sniffing
            envelope = data
            if not data.startswith(AGE_MAGIC):
                begin = data.find(ARMOR_BEGIN_BYTES)
                if begin > 0:  # an armored block pasted into a message or note: read just the block
                    end = data.find(ARMOR_END_BYTES, begin)
                    envelope = data[begin:] if end < 0 else data[begin:end + len(ARMOR_END_BYTES)]
            return decrypt_summary(envelope, self.keys, max_bytes=self.limits.max_summary_bytes)
        except EnvelopeError as exc:
            raise envelope_rejection(exc) from None

    def validate(self, plain: bytes, opening: str) -> SummaryRow:
        """The row for a summary's plaintext; ``opening`` begins the sentence of a rejection."""
        # A byte-order mark (Notepad adds one) is ignored, as RFC 8259 allows; the digest is of what follows.
        plain = plain.removeprefix(_BOM)
        try:
            text = plain.decode("utf-8")
            summary = _JSON.decode(text)
        except (ValueError, RecursionError):
            raise Reject("not_a_summary",
                         f"{opening} does not hold a Candor summary (its content is not JSON text).") from None
        if type(summary) is not dict or summary.get("format") != FORMAT:
            raise Reject("not_a_summary", f"{opening} holds something other than a Candor summary.")
        version = summary.get("format_version")
        if type(version) is int and version != FORMAT_VERSION:
            newer = version > FORMAT_VERSION
            raise Reject("wrong_version",
                         f"This file is a Candor summary of format version {version}, which this Candor cannot read "
                         f"(it reads version {FORMAT_VERSION}). "
                         + ("Update Candor's collector to import it." if newer else
                            "It comes from an old Candor; ask for it to be exported again."))
        if self.fast is None or not self.fast(summary):
            exact = _exact_parts_beside_randomized(summary)
            if exact:
                raise Reject("not_a_summary",
                             "This file is not a valid Candor summary: it says its answers were randomized, yet it "
                             f"also carries {', '.join(exact)} as given, which no Candor sends that way. It may "
                             "have been altered; ask for it to be exported again.")
            error = best_match(self.validator.iter_errors(summary))
            if error is not None:
                location, problem = describe(error)
                raise Reject("not_a_summary",
                             f"This file is not a valid Candor summary ({location or 'top level'}: "
                             f"{clip(problem)}). If it comes from a newer Candor, update the collector; "
                             "otherwise ask for it to be exported again.")
        found = summary["campaign"]
        if self.campaign is not None and found != self.campaign:
            raise Reject("wrong_campaign",
                         f"This summary belongs to campaign '{found}', not to '{self.campaign}', the campaign of "
                         f"the policy in use. Import it with that campaign's policy (--policy FILE), or leave it "
                         "out if it is from another campaign.")
        if self.rules is not None:
            difference = self.rules.difference(summary)
            if difference:
                raise Reject("other_settings",
                             f"This summary was made with other privacy settings than this campaign's: {difference}. "
                             "It was not counted, because pooling it with the campaign's other summaries could "
                             "reveal its answers or distort the figures. Ask IT to check that Candor uses the "
                             "campaign's policy, then have it exported again.")
        questionnaire = summary["questionnaire"]
        row = SummaryRow(
            submission_id=summary["submission_id"],
            campaign=found,
            questionnaire_id=questionnaire["id"],
            questionnaire_version=int(questionnaire["version"]),
            format_version=int(summary["format_version"]),
            source_digest=hashlib.sha256(plain).hexdigest(),
            summary=text,
        )
        if self.counter is not None:
            self.counter(row, summary)
        return row


def envelope_rejection(exc: EnvelopeError) -> Reject:
    """The rejection for a file whose envelope could not be opened."""
    if isinstance(exc, NotForThisKey):
        return Reject("not_for_this_key", str(exc))
    if isinstance(exc, TooLarge | TooManyRecipients):
        return Reject("too_large", str(exc))
    if isinstance(exc, NotAnEnvelope):
        return Reject("not_a_summary", "This is not a Candor summary: it is neither an encrypted (age) file nor "
                                       "a summary's JSON text.")
    return Reject("damaged", str(exc))


_PLAINTEXT_REFUSED = (
    "This summary is not encrypted, and this campaign's policy does not allow unencrypted summaries "
    "(submission.allow_plaintext is not true), so it was not read: anybody could have written or changed it on "
    "the way. Ask for it to be exported again with the campaign's policy, which encrypts it for this collector's "
    "key.")

#: Parts a summary carries only when randomized response is off.
_EXACT_PARTS = ("tools", "spend", "reasons", "tasks", "literacy", "policy_awareness", "training", "sentiment")


def _exact_parts_beside_randomized(summary: dict[str, Any]) -> list[str]:
    privacy = summary.get("privacy")
    if not isinstance(privacy, dict) or privacy.get("randomized_response") is not True:
        return []
    return [part for part in _EXACT_PARTS if part in summary]


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


#: One decoder for every file (json.loads with options builds a new one per call). NaN and Infinity are not
#: JSON, and a float literal too large for a double would read as infinity: both are refused.
_JSON = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite_float)
