"""What ingest refuses and how it says so: the limits on hostile input, the reason codes and the rejections.

Reading (ingest_sources.py, ingest_reading.py) and checking (summary_check.py) raise :class:`Reject`
with a :data:`ReasonCode` and a sentence for the person importing; ingest.py records it as a
:class:`Rejection`. The wording helpers here keep paths, sizes and unexpected errors in the same words
wherever a file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from desktop.core.regular_file import NotARegularFile
from desktop.exchange.envelope import MAX_ENVELOPE_BYTES

ReasonCode = Literal[
    "not_for_this_key", "damaged", "not_a_summary", "wrong_version", "wrong_campaign", "other_settings", "too_large",
    "unreadable", "no_code", "bad_code", "code_used",
]
REASON_CODES: tuple[ReasonCode, ...] = (
    "not_for_this_key", "damaged", "not_a_summary", "wrong_version", "wrong_campaign", "other_settings", "too_large",
    "unreadable", "no_code", "bad_code", "code_used",
)
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much ingest reads; anything beyond is rejected as too_large without being read."""

    #: Per file or zip member, as stored (armored text is a third larger than the age file inside).
    max_file_bytes: int = MAX_ENVELOPE_BYTES * 3 // 2
    #: The age file, or the JSON of an unencrypted summary (real summaries are a few KiB).
    max_summary_bytes: int = MAX_ENVELOPE_BYTES
    max_zip_members: int = 250_000
    #: All candidate members of one zip together, uncompressed.
    max_zip_total_bytes: int = 512 * MiB
    #: Uncompressed over compressed size of one member, checked for members above ``ratio_floor_bytes``.
    max_compression_ratio: int = 100
    ratio_floor_bytes: int = 64 * 1024


class Rejection(NamedTuple):
    """One file not imported: where it is, why (a :data:`ReasonCode`) and a sentence for a person."""

    source: str
    reason_code: ReasonCode
    message: str


class Reject(Exception):
    """Raised while reading or checking one file: it is not imported, for ``code``, as ``message`` says."""

    def __init__(self, code: ReasonCode, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def display(text: str) -> str:
    """A path or member name safe to print: control characters and undecodable bytes escaped."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else f"\\x{ord(char):02x}" if ord(char) < 0x100 else
                   f"\\u{ord(char):04x}" for char in text)


def clip(text: str, limit: int = 200) -> str:
    text = display(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def size_text(size: int) -> str:
    if size >= MiB:
        return f"{size / MiB:,.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KiB"
    return f"{size} bytes"


def too_large(size: int, limit: int) -> str:
    return (f"This file is {size_text(size)}, larger than any Candor summary can be (at most {size_text(limit)}), so "
            "it is not a summary and was not read.")


def unexpected(exc: Exception) -> str:
    return (f"This file could not be read because of an unexpected problem ({type(exc).__name__}: "
            f"{clip(str(exc))}). Please report it if it recurs.")


def os_problem(exc: OSError, what: str = "file") -> str:
    if isinstance(exc, NotARegularFile):
        return f"This is {exc.what}, not a file, so it was not opened."
    if isinstance(exc, PermissionError):
        return (f"This {what} could not be read: permission denied. Import it as a user who may read it, or fix "
                "its permissions.")
    if isinstance(exc, FileNotFoundError):
        return f"This {what} disappeared while it was being imported (moved or deleted). Import it again."
    return f"This {what} could not be read ({exc.strerror or exc}). Check the drive or share it is on."
