"""The envelope around a summary: age encryption (X25519) to the compliance team's recipient.

A summary leaves as a binary age file (``candor-<campaign>-<random>.age``) or,
for the clipboard, in age's ASCII armor. Both are what the standard ``age``
tool writes and reads, so compliance can open one by hand with
``age -d -i key.txt``. Decryption tells apart the cases a collector must
report differently: not for this key, damaged, too large.

Hostile input is bounded before age sees it: the input's size, and the number of recipient
stanzas in its header (:data:`MAX_STANZAS`), since the time age takes to try the collector's keys
grows with the square of that number (a 300 KB header of ten thousand stanzas took minutes). Each
input is decrypted at most once: :func:`open_age` makes the one attempt and :func:`failure` turns
age's words into the exception to report, also for an attempt made in another process.
"""

from __future__ import annotations

import base64
import binascii
import errno
import re
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

import pyrage
from pyrage import x25519

from desktop.core.durable import write_atomically
from desktop.core.errors import CandorError
from desktop.exchange.identity import parse_identity

#: No Candor summary comes near this; anything larger is refused before decryption.
MAX_ENVELOPE_BYTES = 1024 * 1024
#: Recipient stanzas read in one header. Candor writes one (and rage may add one "grease" stanza);
#: 20 is the limit the reference age implementation long enforced, and age tries every key on every
#: stanza in time that grows with the square of their number, so more are refused unread.
MAX_STANZAS = 20

ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = "-----END AGE ENCRYPTED FILE-----"
ARMOR_COLUMNS = 64
AGE_MAGIC = b"age-encryption.org/"
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_CAMPAIGN_ID = re.compile(r"[a-z0-9-]+")
# pyrage reports every failure as DecryptError; only its words tell "wrong key" from "damaged".
_NO_MATCHING_KEY = "no matching keys"


class EnvelopeError(CandorError):
    """A summary envelope could not be opened; the message is the reason to show for that file."""


class NotForThisKey(EnvelopeError):
    """The file is an intact-looking age file, but none of the given keys can open it."""

    def __init__(self) -> None:
        super().__init__(
            "This file was encrypted for a different key than this collector's, so it cannot be read here. Check that "
            "the policy's submission.recipient is the one printed for this key by `candor keys new`."
        )

    def __reduce__(self) -> tuple[type, tuple[()]]:  # sent back from decryption workers
        return NotForThisKey, ()


class DamagedEnvelope(EnvelopeError):
    """The file is truncated, altered or not in the age format; ``detail`` holds the library's words."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return type(self), (str(self), self.detail)


class NotAnEnvelope(DamagedEnvelope):
    """The bytes are not an age file at all (neither binary nor armored)."""


class TooLarge(EnvelopeError):
    """The input is larger than any summary can be; it was not decrypted."""

    def __init__(self, size: int, limit: int):
        super().__init__(
            f"This file is {_size_text(size)}, larger than any Candor summary can be (at most {_size_text(limit)}), "
            "so it is not a summary and was not opened."
        )
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[type, tuple[int, int]]:
        return TooLarge, (self.size, self.limit)


class TooManyRecipients(EnvelopeError):
    """The header names more recipients than any summary has; it was not decrypted."""

    def __init__(self, stanzas: int, limit: int = MAX_STANZAS):
        super().__init__(
            f"This file's header names {stanzas:,} recipients, far more than any summary has (Candor encrypts "
            f"to one key; at most {limit} are read), so it was not opened. It was made or altered by something "
            "other than Candor; ask for it to be exported again."
        )
        self.stanzas = stanzas
        self.limit = limit

    def __reduce__(self) -> tuple[type, tuple[int, int]]:
        return TooManyRecipients, (self.stanzas, self.limit)


class BadRecipient(CandorError):
    """The recipient to encrypt to is not an age X25519 public key."""


class ExportFolderError(CandorError):
    """The export folder cannot take the file; the caller still holds the data.

    ``reason`` is one of ``missing``, ``not_a_folder``, ``no_permission``,
    ``full`` or ``error``.
    """

    def __init__(self, message: str, folder: Path, reason: str):
        super().__init__(message)
        self.folder = folder
        self.reason = reason


def encrypt_summary(summary_json: bytes, recipient: str) -> bytes:
    """Encrypt the summary to ``recipient`` (``age1...``); returns a binary age file."""
    try:
        public = x25519.Recipient.from_str(recipient.strip())
    except (pyrage.RecipientError, ValueError, TypeError, AttributeError):
        raise BadRecipient(
            f"{recipient!r} is not a valid age recipient, so the summary cannot be encrypted. Ask IT to set "
            "submission.recipient in the policy to the line starting with age1 that `candor keys new` printed."
        ) from None
    return pyrage.encrypt(bytes(summary_json), [public])


def armor(binary: bytes) -> str:
    """age's ASCII armor (strict PEM, 64 columns, LF line ends) around a binary age file."""
    if not binary:
        raise ValueError("there is nothing to armor: the age file is empty")
    encoded = base64.b64encode(binary).decode("ascii")
    lines = [encoded[start:start + ARMOR_COLUMNS] for start in range(0, len(encoded), ARMOR_COLUMNS)]
    return "\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + "\n"


def dearmor(text: str | bytes) -> bytes:
    """The binary age file inside an armored one.

    Strict, as the age specification asks: whitespace is allowed only around
    the block, lines end in LF or CRLF, every base64 line but the last has
    exactly 64 columns and the base64 must be canonical, so an armored file
    cannot be altered without the change being noticed.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        data = bytes(text)
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError as exc:
            if not data.lstrip(b" \t\r\n").startswith(ARMOR_BEGIN.encode("ascii")):
                raise NotAnEnvelope(_NOT_AGE, "armor is not ASCII") from None
            # armor with a character changed on the way (an e-mail program, an editor): damaged, not something else
            at_line = data.count(b"\n", 0, exc.start) + 1
            raise DamagedEnvelope(
                f"This text is damaged: line {at_line} holds a character that cannot be part of an encrypted summary "
                "(perhaps changed by an e-mail program or an editor), so it cannot be read. Ask for it to be "
                "exported again.", f"armor line {at_line} has a byte that is not ASCII") from None
    lines = text.strip(" \t\r\n").split("\n")
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if lines[0] != ARMOR_BEGIN:
        raise NotAnEnvelope(_NOT_AGE, "no age armor header")
    if len(lines) < 2 or lines[-1] != ARMOR_END:
        raise DamagedEnvelope(_DAMAGED_ARMOR, "armor end line missing")
    body = lines[1:-1]
    if not body:
        raise DamagedEnvelope(_DAMAGED_ARMOR, "armor holds no data")
    for number, line in enumerate(body, start=1):
        last = number == len(body)
        if len(line) > ARMOR_COLUMNS or (not last and len(line) != ARMOR_COLUMNS) or not line:
            raise DamagedEnvelope(_DAMAGED_ARMOR, f"armor line {number + 1} has {len(line)} columns")
        if not _BASE64_LINE.fullmatch(line) or ("=" in line and not last):
            raise DamagedEnvelope(_DAMAGED_ARMOR, f"armor line {number + 1} is not base64")
    joined = "".join(body)
    try:
        binary = base64.b64decode(joined, validate=True)
    except (binascii.Error, ValueError):
        raise DamagedEnvelope(_DAMAGED_ARMOR, "armor base64 is malformed") from None
    if base64.b64encode(binary).decode("ascii") != joined:
        raise DamagedEnvelope(_DAMAGED_ARMOR, "armor base64 is not canonical")
    return binary


def is_armored(data: str | bytes) -> bool:
    """Whether ``data`` looks like armored text rather than a binary age file."""
    if isinstance(data, str):
        return data.lstrip(" \t\r\n").startswith("-----BEGIN ")
    return bytes(data[:4096]).lstrip(b" \t\r\n").startswith(b"-----BEGIN ")


def decrypt_summary(
    data: bytes | str,
    identities: Iterable[x25519.Identity | str],
    *,
    max_bytes: int = MAX_ENVELOPE_BYTES,
) -> bytes:
    """The summary JSON inside a binary or armored age file.

    ``identities`` are the collector's secret keys (pyrage identities or
    ``AGE-SECRET-KEY-1...`` strings). Raises TooLarge before any work when the
    input exceeds ``max_bytes`` (armored text may be a third larger),
    TooManyRecipients before decryption when its header holds more than
    :data:`MAX_STANZAS` stanzas, NotForThisKey when no key opens it,
    DamagedEnvelope (or its NotAnEnvelope) when it is truncated, altered or not
    an age file. age is asked once.
    """
    keys = [parse_identity(key) if isinstance(key, str) else key for key in identities]
    if not keys:
        raise ValueError("decrypt_summary needs at least one identity")
    if isinstance(data, str) or is_armored(data):
        armored_limit = max_bytes * 4 // 3 + max_bytes // 24 + 4096  # base64, line ends, markers, whitespace
        if len(data) > armored_limit:
            raise TooLarge(len(data), max_bytes)
        binary = dearmor(data)
    else:
        binary = bytes(data)
    if len(binary) > max_bytes:
        raise TooLarge(len(binary), max_bytes)
    if not binary.startswith(AGE_MAGIC):
        raise NotAnEnvelope(_NOT_AGE, "no age header")
    return open_age(binary, keys)


def count_stanzas(binary: bytes) -> int:
    """How many recipient stanzas (``-> `` lines) the header of a binary age file holds.

    The header ends at the first line starting with ``---`` (its MAC); stanza arguments and bodies
    cannot start a line that way. A file without that line is counted to its end. One pass in C,
    without copying: cheap enough to run on every file before age sees it.
    """
    end = binary.find(b"\n---")
    return binary.count(b"\n-> ", 0, len(binary) if end < 0 else end)


def open_age(binary: bytes, keys: list[x25519.Identity]) -> bytes:
    """The one decryption attempt for a binary age file, after its header's bounds are checked.

    Raises TooManyRecipients before any decryption when the header holds more than
    :data:`MAX_STANZAS` stanzas, else whatever :func:`failure` makes of age's error.
    """
    stanzas = count_stanzas(binary)
    if stanzas > MAX_STANZAS:
        raise TooManyRecipients(stanzas)
    try:
        return pyrage.decrypt(binary, keys)
    except pyrage.DecryptError as exc:
        raise failure(str(exc)) from None


def failure(detail: str) -> EnvelopeError:
    """The exception for age's error text ``detail``: NotForThisKey, or DamagedEnvelope holding it."""
    if _NO_MATCHING_KEY in detail.lower():
        return NotForThisKey()
    return DamagedEnvelope(
        "This file is damaged or incomplete (perhaps cut short while copying), so it cannot be read. Ask "
        "for it to be exported again.",
        detail,
    )


def summary_file_name(campaign_id: str) -> str:
    """``candor-<campaign>-<16 random hex digits>.age``: unique, and naming nobody."""
    if not _CAMPAIGN_ID.fullmatch(campaign_id):
        raise ValueError(f"campaign id {campaign_id!r} may hold only a-z, 0-9 and '-'")
    return f"candor-{campaign_id}-{secrets.token_hex(8)}.age"


def write_summary_file(folder: Path, campaign_id: str, data: bytes, *, mode: int = 0o600,
                       suffix: str = ".age") -> Path:
    """Save ``data`` in ``folder`` under a fresh summary file name, atomically; returns the new path.

    The bytes go to a temporary file in the same folder, reach the disk, and
    only then take their final name, so the folder never shows a partial
    summary. The file is created readable only by its owner (``mode``) where
    the OS has such permissions. Any failure raises ExportFolderError naming
    the folder, leaves nothing behind and keeps the caller's data untouched.
    An existing summary is never replaced.
    """
    folder = Path(folder)

    def fresh_name() -> Path:
        target = folder / summary_file_name(campaign_id)
        while target.exists():  # 64 random bits: practically never taken, but never replace a summary
            target = fresh_name()
        return target

    return _write_atomically(folder, data, mode, fresh_name)


def write_file(path: Path, data: bytes, *, mode: int = 0o600) -> Path:
    """Save ``data`` at exactly ``path`` (the person's "Save as" choice), atomically; returns ``path``.

    A file already at ``path`` is replaced only once the new bytes are safely
    on disk (the save dialog asked about it). Failures raise
    ExportFolderError naming the folder, as write_summary_file does.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportFolderError(f"{target} is a folder; choose a file name to save the summary as. {_KEEP}",
                                target.parent, "error")
    return _write_atomically(target.parent, data, mode, lambda: target)


def _write_atomically(folder: Path, data: bytes, mode: int, final_path: Callable[[], Path]) -> Path:
    try:
        return write_atomically(folder, final_path, lambda temp: temp.write_bytes(data), mode=mode)
    except OSError as exc:
        message, reason = _folder_problem(folder, exc)
        raise ExportFolderError(message, folder, reason) from exc



_KEEP = "Your summary is not lost: choose another folder, or save it again once this is fixed."
_NOT_AGE = "This is not an encrypted Candor summary (not an age file)."
_DAMAGED_ARMOR = (
    "This text is damaged or incomplete (perhaps a line was lost or changed while copying), so it cannot be "
    "read. Ask for it to be exported again."
)


def _folder_problem(folder: Path, exc: OSError) -> tuple[str, str]:
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return (f"The folder {folder} does not exist or cannot be reached. Check that its drive or network share "
                f"is connected. {_KEEP}", "missing")
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return (f"{folder} is not a folder Candor can save into: part of that path is a file. {_KEEP}",
                "not_a_folder")
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Candor may not save into the folder {folder}: it is read-only or you lack permission. Ask IT "
                f"for access if it is the drop folder. {_KEEP}", "no_permission")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"The drive holding the folder {folder} is full. Free some space. {_KEEP}", "full"
    return f"Candor could not save into the folder {folder} ({exc.strerror or exc}). {_KEEP}", "error"


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size} bytes"
