"""The trustee's relay: summaries pass from the trustee's folder to compliance in shuffled batches.

What "addressed to the campaign" can honestly mean
    The relay holds no key, so it cannot decrypt, and an age X25519 stanza does not name its recipient
    (it carries an ephemeral share and a wrapped file key, by design). What the relay checks is that the
    file has exactly the shape Candor's export gives it: a well-formed binary (or armored) age v1 file,
    within the size of any summary, whose header holds exactly one ``X25519`` stanza (with its one
    32-byte share and a 32-byte body), no passphrase (``scrypt``) or SSH stanza, at most
    :data:`MAX_OTHER_STANZAS` other ("grease") stanzas such as age tools add, a 32-byte MAC line, and a
    payload of a 16-byte nonce and chunks of possible sizes. A file encrypted to another key passes this
    check, and so does one cut short inside its last chunk; the collector rejects those on import
    (``not_for_this_key``, ``damaged``). Everything else (wrong format,
    cut short, anything else dropped into the folder) is listed and left where it is for the trustee.

Batches
    Nothing moves until at least ``k`` well-formed files wait. Then all of them move at once, as one
    batch: in a shuffled order, each under a fresh random name, each with the same modification and
    access time (:func:`batch_time`: the start of the current hour, UTC), as new files owned by the
    trustee, and the originals are removed. Compliance sees batches, never who saved which file, or when.

Crash safety (safe to re-run)
    A batch is first copied into a hidden staging folder inside ``out`` (the collector skips hidden
    folders), with a journal of the originals; only when every copy is on disk is the ``complete`` mark
    written. Then the copies are moved into ``out`` one by one (a rename), the originals removed, and the
    staging folder deleted. A run that finds a staging folder finishes it if it is marked complete (the
    remaining moves and removals; each step may be repeated), and otherwise discards it (the originals are
    all still there). So no file is lost, none is sent twice, and nothing is left in the trustee's folder.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.durable import sync_folder, write_bytes_atomically
from desktop.core.regular_file import FileTooLarge, NotARegularFile, read_regular
from desktop.exchange.envelope import ARMOR_BEGIN, MAX_ENVELOPE_BYTES, EnvelopeError, dearmor, summary_file_name

HEADER_LINE = b"age-encryption.org/v1"
MAX_OTHER_STANZAS = 2
STAGING_PREFIX = ".candor-relay-"
JOURNAL = "journal.json"
COMPLETE = "complete"
_CHUNK = 64 * 1024
_TAG = 16
_NONCE = 16
_B64_32 = re.compile(rb"[A-Za-z0-9+/]{43}")
_ARG = re.compile(rb"[\x21-\x7e]+")
_PASSIVE_TYPES = (b"scrypt", b"ssh-rsa", b"ssh-ed25519", b"piv-p256")


@dataclass
class RelayResult:
    released: list[Path] = field(default_factory=list)
    waiting: int = 0
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    recovered: bool = False


def _b64_32(value: bytes) -> bool:
    if not _B64_32.fullmatch(value):
        return False
    try:
        return len(base64.b64decode(value + b"=", validate=True)) == 32
    except binascii.Error:
        return False


def age_shape_problem(data: bytes) -> str | None:
    """Why ``data`` is not shaped like a summary from Candor's export, in words; None when it is."""
    if len(data) > MAX_ENVELOPE_BYTES:
        return "it is larger than any summary"
    if data.lstrip().startswith(ARMOR_BEGIN.encode()):
        try:
            data = dearmor(data)
        except EnvelopeError:
            return "its armor is damaged"
    lines = data.split(b"\n")
    if not lines or lines[0] != HEADER_LINE:
        return "it is not an age v1 file"
    x25519 = others = 0
    index = 1
    offset = len(HEADER_LINE) + 1
    while True:
        if index >= len(lines) or (index == len(lines) - 1 and not lines[index]):
            return "its age header is cut short"
        line = lines[index]
        if line.startswith(b"--- "):
            if not _b64_32(line[4:]):
                return "its age header's MAC line is malformed"
            offset += len(line) + 1
            break
        if not line.startswith(b"-> "):
            return "its age header holds a malformed line"
        parts = line[3:].split(b" ")
        if not parts or not all(_ARG.fullmatch(part) for part in parts):
            return "its age header holds a malformed stanza"
        body: list[bytes] = []
        index += 1
        offset += len(line) + 1
        while True:
            if index >= len(lines):
                return "its age header is cut short"
            body_line = lines[index]
            if len(body_line) > 64:
                return "its age header holds a malformed stanza body"
            body.append(body_line)
            index += 1
            offset += len(body_line) + 1
            if len(body_line) < 64:
                break
        kind = parts[0]
        if kind == b"X25519":
            x25519 += 1
            if len(parts) != 2 or not _b64_32(parts[1]) or len(body) != 1 or not _b64_32(body[0]):
                return "its X25519 stanza is malformed"
        elif kind in _PASSIVE_TYPES:
            return f"it is encrypted with {kind.decode()}, not to the campaign's X25519 key"
        else:
            others += 1
    if x25519 != 1:
        return f"its age header holds {x25519} X25519 recipients; a Candor summary holds exactly one"
    if others > MAX_OTHER_STANZAS:
        return "its age header holds more stanzas than a Candor summary"
    payload_size = len(data) - offset - _NONCE
    if payload_size < _TAG + 1:
        return "it is cut short (no encrypted content)"
    if 0 < payload_size % (_CHUNK + _TAG) <= _TAG:
        return "its encrypted content is cut at a length no age file has"
    return None


def batch_time(now: float | None = None) -> float:
    """The one timestamp every file of a batch gets: the start of the current hour (UTC)."""
    now = time.time() if now is None else now
    return float(int(now) // 3600 * 3600)


def _candidates(folder: Path) -> list[Path]:
    """The files waiting in the trustee's folder (hidden files, such as an export's temporary file, wait on)."""
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or not entry.is_file() or entry.is_symlink():
            continue
        found.append(entry)
    return found


def relay(folder: Path, out: Path, k: int, campaign: str, *, now: float | None = None) -> RelayResult:
    """One pass of the relay (see the module's text): recover an interrupted batch, then release a batch
    of all waiting well-formed files when there are at least ``k``."""
    if k < 1:
        raise ValueError("k must be at least 1")
    folder, out = Path(folder), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    result = RelayResult()
    for staging in sorted(out.glob(STAGING_PREFIX + "*")):
        result.recovered = True
        if (staging / COMPLETE).exists():
            result.released.extend(_finish(staging, out))
        else:
            shutil.rmtree(staging)
    ready: list[tuple[Path, bytes]] = []
    for path in _candidates(folder):
        try:
            # Through read_regular, as every file from a path someone else chose: a pipe put in a listed
            # file's place is refused, not waited on, and a file that grows is not read past the bound.
            data = read_regular(path, MAX_ENVELOPE_BYTES * 2)
        except FileTooLarge:
            data = b"\0" * (MAX_ENVELOPE_BYTES + 1)  # refused below by its size, as any too-large file
        except NotARegularFile as exc:
            result.rejected.append((path, f"it is {exc.what}, not a file"))
            continue
        except OSError as exc:
            result.rejected.append((path, f"it cannot be read ({exc.strerror or exc})"))
            continue
        problem = age_shape_problem(data)
        if problem:
            result.rejected.append((path, problem))
        else:
            ready.append((path, data))
    if len(ready) < k:
        result.waiting = len(ready)
        return result
    secrets.SystemRandom().shuffle(ready)
    staging = out / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
    staging.mkdir(mode=0o700)
    stamp = batch_time(now)
    names = []
    for _path, data in ready:
        name = summary_file_name(campaign)
        names.append(name)
        target = staging / name
        with open(target, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(target, 0o644)
        os.utime(target, (stamp, stamp))
    journal = {"originals": [str(path) for path, _data in ready], "names": names}
    write_bytes_atomically(staging / JOURNAL, json.dumps(journal).encode())
    write_bytes_atomically(staging / COMPLETE, b"")
    result.released.extend(_finish(staging, out))
    return result



def _finish(staging: Path, out: Path) -> list[Path]:
    """Move a complete batch's copies into ``out``, remove its originals and the staging folder; each step
    may have been done before (a crash), so each is allowed to find its work done."""
    journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    released = []
    for name in journal["names"]:
        copy = staging / name
        if copy.exists():
            os.replace(copy, out / name)
        released.append(out / name)
    sync_folder(out)
    for original in journal["originals"]:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(original)
    shutil.rmtree(staging)
    sync_folder(out)
    return released
