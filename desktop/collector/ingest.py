"""Import summaries into the collector's store: files, folders and zips, all decided before one write.

What is read
    A path given by name is always examined, whatever its name; a zip (by content or by a ``.zip``
    name) is opened and its members read in memory. A folder is walked recursively in name order,
    not following links to other folders, and from it (and from inside zips) only these are read:
    ``*.age``; ``*.zip``; any file named ``candor-*`` (Candor's export names, including the
    ``candor-*.json`` of a policy that allows plaintext, and copies such as ``candor-*.age.part``);
    and ``*.txt`` / ``*.asc`` files holding an ASCII-armored age block. Hidden files and folders
    (``.name``), ``__MACOSX``, ``truth.json`` and everything else are skipped without a rejection and
    only counted in ``skipped``, so a folder's notes or a demo's truth file do not read as failures.
    Zips inside zips are not opened (rejected as not a summary). An armored block pasted into a
    longer text (an e-mail, a note) is found and read on its own.

What is checked, per file, in order
    size (too_large, before reading) -> the age header's number of recipient stanzas (too_large
    beyond :data:`~desktop.exchange.envelope.MAX_STANZAS`, before age sees the file) -> decryption
    with the collector's keys, one attempt per file (not_for_this_key, damaged, not_a_summary for
    non-age input; an unencrypted summary skips this, but is refused with other_settings unless the
    campaign's rules allow plaintext) -> UTF-8 JSON (not_a_summary) -> ``format`` is
    ``candor-summary`` (not_a_summary) -> ``format_version`` is one this Candor reads
    (wrong_version) -> the published summary schema (not_a_summary) -> the campaign, when one is
    given (wrong_campaign) -> the campaign's privacy settings and items, when its
    :class:`CampaignRules` are given (other_settings). A file that cannot be read at all is
    ``unreadable``. Each rejection names its reason in a sentence for the
    person importing.

Duplicates
    Summaries are keyed by submission id, which stays the same for every export from one
    installation in one campaign. "Later" is the order of processing: the paths in the order given,
    folders in name order, zip members in name order. Within one import the last file for an id
    wins (earlier ones with other content are counted as ``superseded``, identical copies as
    ``unchanged``); against the store, a different content replaces the stored one (``replaced``) and
    the same content (the same decrypted JSON, whatever the encryption) changes nothing
    (``unchanged``). Importing the same folder again therefore changes nothing.

All or nothing
    Nothing is written until every file has been examined; then one transaction stores the lot. Until
    then the accepted summaries wait sealed in a temporary table, a batch at a time in memory
    (desktop/collector/staging.py; under participation codes, which are checked all at once, in memory,
    then :meth:`CollectorStore.put_many`). Cancelling, or an error while writing, leaves the store as
    it was. No input can make :func:`ingest` raise: every problem with a file becomes a rejection;
    only a failing store (CollectorStoreError) or a programming error propagates.

Zips are read within :class:`Limits` (members, size per member, total size, compression ratio), so a
zip bomb is refused from its directory, before anything is inflated; members are never written to
disk, and only the "stored" and "deflate" methods are read (bzip2 and LZMA inflate without a bound
per step). A rejected zip member's source is shown as ``archive.zip [folder/member.age]``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import struct
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal, NamedTuple

from jsonschema.exceptions import best_match
from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.codes import check_codes, participation
from desktop.collector.decrypt_pool import CHUNK, DecryptPool, worker_count
from desktop.collector.staging import StagedImport
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.core.fast_schema import Unsupported, compile_schema
from desktop.core.regular_file import FileTooLarge, NotARegularFile, describe_mode, open_regular, read_regular
from desktop.core.resources import resource
from desktop.core.schema_check import describe, reference_validator
from desktop.core.summary import FORMAT, FORMAT_VERSION
from desktop.exchange.envelope import (
    AGE_MAGIC,
    ARMOR_BEGIN,
    ARMOR_END,
    MAX_ENVELOPE_BYTES,
    EnvelopeError,
    NotAnEnvelope,
    NotForThisKey,
    TooLarge,
    TooManyRecipients,
    decrypt_summary,
    open_age,
)
from desktop.exchange.identity import parse_identity

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


@dataclass(frozen=True)
class IngestResult:
    """What an import did. When ``cancelled``, nothing was written and every count is 0.

    Every file examined is counted exactly once: ``imported + replaced + unchanged + superseded +
    len(rejected)``; ``skipped`` counts the files in folders and zips that are not summaries.
    """

    imported: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    cancelled: bool = False
    superseded: int = 0
    skipped: int = 0

    @property
    def examined(self) -> int:
        return self.imported + self.replaced + self.unchanged + self.superseded + len(self.rejected)


def ingest(
    paths: Sequence[Path],
    identities: Iterable[x25519.Identity | str],
    campaign: str | CampaignRules | None,
    store: CollectorStore,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    limits: Limits = Limits(),  # noqa: B008 - immutable
    workers: int | None = None,
) -> IngestResult:
    """Examine every summary under ``paths`` and store the acceptable ones in one transaction.

    ``identities`` are the collector's secret keys; ``campaign`` the campaign id summaries must carry
    (None: any), or the campaign's :class:`CampaignRules`, which also fix its privacy settings and items.
    An unencrypted summary is read only when those rules allow plaintext (the policy's
    ``submission.allow_plaintext``); a bare campaign id or None carries no policy that could allow it,
    so such a file is then refused (``other_settings``), as from a campaign that requires encryption.
    ``progress(done, total)`` is called with ``(0, total)`` once the inputs are listed,
    then as files are examined (at most about 500 times) and at the end; ``cancelled()`` is polled
    before each file and once more before writing, and when it returns true ingest returns at once
    with ``cancelled=True`` and the store untouched. Safe to run off the UI thread. ``workers``: how
    many processes decrypt (0: this one; None: chosen from the number of files and cores).
    """
    keys = [parse_identity(key) if isinstance(key, str) else key for key in identities]
    if not keys:
        raise ValueError("ingest needs at least one identity to decrypt with")
    run = _Run(keys, campaign, limits, cancelled)
    keeper = None
    if isinstance(campaign, CampaignRules) and campaign.counting is not None:
        from desktop.collector.tally_cache import CountsKeeper  # counting's modules, only when it is wanted

        keeper = CountsKeeper(*campaign.counting)
        run.counter = keeper.count
    try:
        for path in paths:
            run.list_path(Path(path))
    except _Cancelled:
        return IngestResult(cancelled=True)
    units = run.units
    total = len(units)
    if progress is not None:
        progress(0, total)
    step = max(1, total // 500)
    accepted: dict[str, SummaryRow] = {}
    sources: dict[str, str] = {}
    superseded = duplicates = 0
    # Accepted summaries wait for the one write sealed in a temporary table, a batch at a time in memory
    # (staging.py); only participation codes, checked against all of an import's summaries at once, keep them here.
    staged = None if _codes_in_play(campaign, store) else StagedImport(store, keeper)
    if staged is not None and keeper is not None:
        keeper.remember_rows = False
    workers = worker_count(total) if workers is None else workers
    rows = _examined_in_parallel(run, units, keys, workers) if workers else map(run.examine, units)
    try:
        for done in range(1, total + 1):
            if cancelled():
                return IngestResult(cancelled=True)
            row = next(rows)
            if row is not None and staged is not None:
                staged.add(row)
            elif row is not None:
                earlier = accepted.pop(row.submission_id, None)  # pop: the later file also takes the later place
                if earlier is not None:
                    if earlier.source_digest == row.source_digest:
                        duplicates += 1
                    else:
                        superseded += 1
                accepted[row.submission_id] = row
                sources[row.submission_id] = units[done - 1].source
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)
        if workers:  # files were read ahead of their checks: list the rejected in the order they were found
            order = {unit.source: index for index, unit in enumerate(units)}
            run.rejected.sort(key=lambda rejection: order.get(rejection.source, total))
        if cancelled():
            return IngestResult(cancelled=True)
        if staged is not None:
            counts = staged.write()
            superseded, duplicates = staged.superseded, staged.duplicates
        else:
            counts = store.put_many(_with_codes_checked(campaign, store, accepted, sources, run), keeper)
    finally:
        if isinstance(rows, Generator):
            rows.close()  # stops the worker processes, also when cancelled
        run.close()
        if staged is not None:
            staged.discard()
    return IngestResult(imported=counts.imported, replaced=counts.replaced, unchanged=counts.unchanged + duplicates,
                        rejected=run.rejected, superseded=superseded, skipped=run.skipped)


def _codes_in_play(campaign: str | CampaignRules | None, store: CollectorStore) -> bool:
    """Whether the import's summaries must pass the campaign's participation codes (see _with_codes_checked)."""
    if not isinstance(campaign, CampaignRules):
        return False
    return campaign.require_code or participation(store, campaign.campaign).issued > 0


def _with_codes_checked(campaign: str | CampaignRules | None, store: CollectorStore,
                        accepted: dict[str, SummaryRow], sources: dict[str, str], run: _Run) -> list[SummaryRow]:
    """The summaries that pass the campaign's participation codes (see desktop/collector/codes.py): checked when
    the campaign's policy requires a code or codes were issued for it; the others become rejections."""
    rows = list(accepted.values())
    if not isinstance(campaign, CampaignRules) or not rows:
        return rows
    if not campaign.require_code and not participation(store, campaign.campaign).issued:
        return rows
    kept, refused = check_codes(store, campaign.campaign, rows, required=campaign.require_code)
    for rejection in refused:
        run.reject(sources[rejection.row.submission_id], rejection.reason_code, rejection.message)  # type: ignore[arg-type]
    return kept


def _examined_in_parallel(run: _Run, units: Sequence[_Unit], keys: Sequence[x25519.Identity],
                          workers: int) -> Iterator[SummaryRow | None]:
    """What ``run.examine`` gives for each unit, in order, with decryption done by worker processes.

    This process reads the files in chunks and hands each chunk's age envelopes to the workers,
    then parses and validates the decrypted chunks in order while the workers go on with the next.
    """
    pool = DecryptPool(keys, workers)
    try:
        chunks = [units[start:start + CHUNK] for start in range(0, len(units), CHUNK)]
        in_flight: deque[tuple[Sequence[_Unit], list[bytes | None], Future[list[bytes | Exception]]]] = deque()

        def send(chunk: Sequence[_Unit]) -> None:
            read = [run.read(unit) for unit in chunk]
            envelopes = [data for data in read if data is not None and run.decryptable(data)]
            in_flight.append((chunk, read, pool.submit(envelopes)))

        upcoming = iter(chunks)
        for chunk in upcoming:
            send(chunk)
            if len(in_flight) >= workers * 2:
                break
        while in_flight:
            chunk, read, future = in_flight.popleft()
            next_chunk = next(upcoming, None)
            if next_chunk is not None:
                send(next_chunk)
            opened = iter(future.result())
            for unit, data in zip(chunk, read, strict=True):
                if data is None:
                    yield None
                    continue
                yield run.examine_data(unit, data, next(opened) if run.decryptable(data) else None)
    finally:
        pool.close()


# --- what is read -----------------------------------------------------------------------------------------

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ARMOR_BEGIN = ARMOR_BEGIN.encode("ascii")
_ARMOR_END = ARMOR_END.encode("ascii")
_BOM = b"\xef\xbb\xbf"
#: What reading a member of a damaged zip raises (zlib.error: compressed data that does not inflate).
_ZIP_DAMAGE = (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error)
_DAMAGED_IN_ZIP = ("This file is damaged inside its zip archive (its contents do not unpack or do not match their "
                   "checksum), so it could not be read. Ask for it again.")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_QUIET_SUFFIXES = (".txt", ".asc")  # read, but skipped silently unless they hold an armored age block
_SKIPPED_NAMES = frozenset({"truth.json", "__macosx"})

Kind = Literal["summary", "armor?", "zip"]


def _kind(name: str) -> Kind | None:
    """How a file found in a folder or zip is treated, by its name; None: not a summary, skip it."""
    lower = name.lower()
    if not lower or lower.startswith(".") or lower in _SKIPPED_NAMES:
        return None
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(".age") or lower.startswith("candor-"):
        return "summary"
    if lower.endswith(_QUIET_SUFFIXES):
        return "armor?"
    return None


class _ZipSource:
    """A zip being read: opened when its first member is examined, closed after its last."""

    def __init__(self, path: Path, shown: str):
        self.path = path
        self.shown = shown
        self.archive: zipfile.ZipFile | None = None
        self.handle: BinaryIO | None = None
        self.read_bytes = 0

    def open_member(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if self.archive is None:
            self.handle = _open_binary(self.path)
            self.archive = zipfile.ZipFile(self.handle)
        with self.archive.open(info) as member:
            data = member.read(limit + 1)
        self.read_bytes += len(data)
        return data

    def close(self) -> None:
        if self.archive is not None:
            with contextlib.suppress(Exception):
                self.archive.close()
            self.archive = None
        if self.handle is not None:
            with contextlib.suppress(Exception):
                self.handle.close()
            self.handle = None


class _Unit:
    """One file to examine: a file on disk or a zip member."""

    __slots__ = ("source", "path", "zip", "info", "quiet", "rejection")

    def __init__(self, source: str, path: str | Path | None = None, zip_source: _ZipSource | None = None,
                 info: zipfile.ZipInfo | None = None, quiet: bool = False, rejection: Rejection | None = None):
        self.source = source
        self.path = path
        self.zip = zip_source
        self.info = info
        self.quiet = quiet
        self.rejection = rejection  # decided while listing (a missing path, a zip bomb): nothing to read


class _Cancelled(Exception):
    """Raised from deep in listing when ``cancelled()`` says so."""


class _Reject(Exception):
    def __init__(self, code: ReasonCode, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@cache
def _validators() -> tuple[Callable[[Any], bool] | None, Any]:
    # The shipped schema is read as is: load_schema() would also check it against the JSON Schema
    # meta-schema, a tenth of a second that every import would wait for (the tests check it).
    schema = json.loads(resource("schema", "summary.schema.json").read_text(encoding="utf-8"))
    try:
        fast: Callable[[Any], bool] | None = compile_schema(schema)
    except Unsupported:  # a future schema keyword: jsonschema alone still checks everything, only slower
        fast = None
    return fast, reference_validator(schema)  # jsonschema, with ECMA-262 patterns as the fast check has


class _Run:
    """The state of one ingest: keys, limits, rejections so far, the zip being read."""

    def __init__(self, keys: list[x25519.Identity], campaign: str | CampaignRules | None, limits: Limits,
                 cancelled: Callable[[], bool]):
        self.keys = keys
        self.cancelled = cancelled
        self.rules = campaign if isinstance(campaign, CampaignRules) else None
        self.campaign = campaign.campaign if isinstance(campaign, CampaignRules) else campaign
        self.limits = limits
        self.rejected: list[Rejection] = []
        self.units: list[_Unit] = []
        self.skipped = 0
        self.current_zip: _ZipSource | None = None
        self.fast, self.validator = _validators()
        #: Shown each accepted summary as parsed here (the keeper of the campaign's counts counts it then, so no
        #: summary's JSON is parsed a second time for counting).
        self.counter: Callable[[SummaryRow, dict[str, Any]], None] | None = None

    def reject(self, source: str, code: ReasonCode, message: str) -> None:
        self.rejected.append(Rejection(source, code, message))

    def refuse(self, source: str, code: ReasonCode, message: str) -> None:
        """A rejection decided while listing, kept in its place among the files (and counted in progress)."""
        self.units.append(_Unit(source, rejection=Rejection(source, code, message)))

    def close(self) -> None:
        if self.current_zip is not None:
            self.current_zip.close()
            self.current_zip = None

    # -- listing ------------------------------------------------------------------------------------------

    def list_path(self, path: Path) -> None:
        if self.cancelled():
            raise _Cancelled
        shown = _display(str(path))
        try:
            if path.is_dir():
                self.list_folder(path)
            elif path.is_file():
                if path.suffix.lower() == ".zip" or _starts_with_zip_magic(path):
                    self.list_zip(path, shown)
                else:
                    self.units.append(_Unit(shown, path=path))
            elif path.exists():
                self.refuse(shown, "unreadable", _os_problem(NotARegularFile(path, describe_mode(path.stat().st_mode))))
            elif path.is_symlink():
                self.refuse(shown, "unreadable", "This is a link to nothing, so it was not read.")
            else:
                self.refuse(shown, "unreadable", "This file or folder does not exist. Check the path.")
        except OSError as exc:
            self.refuse(shown, "unreadable", _os_problem(exc))
        except Exception as exc:  # noqa: BLE001 - no input may stop an import, not even while listing
            self.refuse(shown, "unreadable", _unexpected(exc))

    def list_folder(self, folder: Path) -> None:
        if self.cancelled():  # a large tree on a network share takes a while to list
            raise _Cancelled
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            self.refuse(_display(str(folder)), "unreadable", _os_problem(exc, "folder"))
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith(".") and entry.name.lower() not in _SKIPPED_NAMES:
                        self.list_folder(Path(entry.path))
                    continue
                kind = _kind(entry.name)
                if kind is not None and not entry.is_file() and os.path.exists(entry.path):
                    # named like a summary, but a pipe or a device: listed, never opened
                    self.refuse(_display(entry.path), "unreadable",
                                _os_problem(NotARegularFile(entry.path, describe_mode(os.stat(entry.path).st_mode))))
                elif kind is None or not entry.is_file():
                    self.skipped += 1
                elif kind == "zip":
                    self.list_zip(Path(entry.path), _display(entry.path))
                else:
                    self.units.append(_Unit(_display(entry.path), path=entry.path, quiet=kind == "armor?"))
            except OSError as exc:
                self.refuse(_display(entry.path), "unreadable", _os_problem(exc))
            except Exception as exc:  # noqa: BLE001 - one odd entry must not stop the listing of the rest
                self.refuse(_display(entry.path), "unreadable", _unexpected(exc))

    def list_zip(self, path: Path, shown: str) -> None:
        limits = self.limits
        try:
            with _open_binary(path) as handle:
                entries = _zip_entry_count(handle)
                if entries is not None and entries > limits.max_zip_members:
                    self.refuse(shown, "too_large",
                                f"This zip holds {entries:,} files, more than Candor reads from one archive "
                                f"({limits.max_zip_members:,}), so none of it was read. Split it into smaller zips.")
                    return
                handle.seek(0)
                with zipfile.ZipFile(handle) as archive:
                    infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
            self.refuse(shown, "damaged", "This zip archive is damaged or incomplete, so none of its files could "
                                          "be read. Ask for it again, or import the files it should hold.")
            return
        except OSError as exc:
            self.refuse(shown, "unreadable", _os_problem(exc))
            return
        except NotImplementedError as exc:  # zipfile: a format version or feature it does not read
            self.refuse(shown, "unreadable", f"This zip archive uses a feature Candor does not read "
                                             f"({_clip(str(exc))}), so none of its files could be read. Make the "
                                             "zip again with an ordinary zip tool.")
            return
        if len(infos) > limits.max_zip_members:
            self.refuse(shown, "too_large",
                        f"This zip holds {len(infos):,} files, more than Candor reads from one archive "
                        f"({limits.max_zip_members:,}), so none of it was read. Split it into smaller zips.")
            return
        chosen: list[tuple[zipfile.ZipInfo, Kind]] = []
        climbing: list[zipfile.ZipInfo] = []
        for info in infos:
            if info.is_dir():
                continue
            parts = info.filename.replace("\\", "/").split("/")
            if ".." in parts or parts[0] == "" or (len(parts[0]) == 2 and parts[0][1] == ":"):
                climbing.append(info)  # "../x", "/x", "C:/x": no zip tool packs those; a crafted zip does
                continue
            kind = _kind(parts[-1])
            if kind is None or any(p.startswith(".") or p.lower() == "__macosx" for p in parts[:-1]):
                self.skipped += 1
                continue
            chosen.append((info, kind))
        declared = sum(info.file_size for info, _kind_ in chosen)
        if declared > limits.max_zip_total_bytes:
            self.refuse(shown, "too_large",
                        f"This zip would unpack to {_size(declared)}, more than Candor reads from one archive "
                        f"({_size(limits.max_zip_total_bytes)}), so none of it was read. Split it into smaller "
                        "zips.")
            return
        for info in sorted(climbing, key=lambda info: info.filename):
            self.refuse(f"{shown} [{_display(info.filename)}]", "damaged",
                        "This file's name inside the zip points outside the archive (it starts with '/' or a drive, "
                        "or holds '..'), as no zip tool writes it: the zip was damaged or crafted, so this file "
                        "was not read. Ask for the zip again, made with an ordinary zip tool.")
        source = _ZipSource(path, shown)
        chosen.sort(key=lambda pair: pair[0].filename)
        for info, kind in chosen:
            self.units.append(_Unit(f"{shown} [{_display(info.filename)}]", zip_source=source, info=info,
                               quiet=kind == "armor?"))

    # -- examining ----------------------------------------------------------------------------------------

    def examine(self, unit: _Unit) -> SummaryRow | None:
        """The row for one file, or None after recording its rejection (or counting it as skipped)."""
        data = self.read(unit)
        return None if data is None else self.examine_data(unit, data)

    def read(self, unit: _Unit) -> bytes | None:
        """The file's bytes, or None after recording why it is not read further (rejected or skipped)."""
        if unit.rejection is not None:
            self.rejected.append(unit.rejection)
            return None
        try:
            data = self.load(unit)
        except _Reject as problem:
            self.reject(unit.source, problem.code, problem.message)
            return None
        except OSError as exc:
            self.reject(unit.source, "unreadable", _os_problem(exc))
            return None
        except _ZIP_DAMAGE:
            self.reject(unit.source, "damaged", _DAMAGED_IN_ZIP)
            return None
        except UnicodeDecodeError:  # the member's own header names it in bytes that are not the text its flags say
            self.reject(unit.source, "damaged", _DAMAGED_IN_ZIP)
            return None
        except NotImplementedError as exc:  # zipfile: a feature it does not read, such as patched data
            self.reject(unit.source, "unreadable", f"This file is stored inside its zip with a feature Candor does not "
                                                   f"read ({_clip(str(exc))}). Make the zip again with an ordinary "
                                                   "zip tool.")
            return None
        except Exception as exc:  # noqa: BLE001 - no input may stop an import
            self.reject(unit.source, "unreadable",
                        f"This file could not be read because of an unexpected problem ({type(exc).__name__}: "
                        f"{_clip(str(exc))}). Please report it if it recurs.")
            return None
        if unit.quiet and _ARMOR_BEGIN not in data:
            self.skipped += 1
            return None
        return data

    def decryptable(self, data: bytes) -> bool:
        """Whether a worker may decrypt ``data`` as it is (the usual case: a plain age file)."""
        return len(data) <= self.limits.max_summary_bytes and data.startswith(AGE_MAGIC)

    def examine_data(self, unit: _Unit, data: bytes, opened: bytes | Exception | None = None) -> SummaryRow | None:
        """The row for bytes already read; ``opened``: a worker's one attempt at decrypting them, if it made one
        (the plaintext, or the exception saying why not)."""
        try:
            if isinstance(opened, EnvelopeError):
                raise _envelope_rejection(opened)
            if isinstance(opened, Exception):
                raise opened
            if opened is not None:
                return self.validate(opened, "This file opens with this collector's key but")
            return self.check(data, nested=unit.zip is not None)
        except _Reject as problem:
            self.reject(unit.source, problem.code, problem.message)
        except OSError as exc:
            self.reject(unit.source, "unreadable", _os_problem(exc))
        except _ZIP_DAMAGE:
            self.reject(unit.source, "damaged", _DAMAGED_IN_ZIP)
        except Exception as exc:  # no input may stop an import: whatever it was, it is this file's problem
            self.reject(unit.source, "unreadable",
                        f"This file could not be read because of an unexpected problem ({type(exc).__name__}: "
                        f"{_clip(str(exc))}). Please report it if it recurs.")
        return None

    def load(self, unit: _Unit) -> bytes:
        limit = self.limits.max_file_bytes
        if unit.zip is not None and unit.info is not None:
            return self.load_member(unit.zip, unit.info)
        assert unit.path is not None
        try:
            return read_regular(unit.path, limit)  # never opens a pipe or a device
        except FileTooLarge as exc:
            raise _Reject("too_large", _too_large(exc.size, limit)) from None

    def load_member(self, source: _ZipSource, info: zipfile.ZipInfo) -> bytes:
        limits = self.limits
        if self.current_zip is not source:
            self.close()
            self.current_zip = source
        if info.flag_bits & 0x1:
            raise _Reject("unreadable", "This file is protected by a password inside its zip, so Candor cannot read "
                                        "it. Make the zip again without a password.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # bzip2 and LZMA inflate without a bound per step; no Candor summary zip needs them.
            raise _Reject("unreadable", "This file is compressed inside its zip with a method Candor does not "
                                        "read (only 'stored' and 'deflate', what zip tools use by default). Make "
                                        "the zip again with the usual settings.")
        if info.file_size > limits.max_file_bytes:
            raise _Reject("too_large", _too_large(info.file_size, limits.max_file_bytes))
        if info.file_size > limits.ratio_floor_bytes and \
                info.file_size > info.compress_size * limits.max_compression_ratio:
            raise _Reject("too_large",
                          f"This file is compressed {info.file_size // max(info.compress_size, 1):,} to 1 inside its "
                          "zip, far more than any summary can be, so it was not unpacked.")
        if source.read_bytes + info.file_size > limits.max_zip_total_bytes:
            raise _Reject("too_large", f"The zip holding this file already gave {_size(source.read_bytes)}, the "
                                       "most Candor reads from one archive, so this file was not unpacked.")
        data = source.open_member(info, limits.max_file_bytes)
        if len(data) > limits.max_file_bytes:
            raise _Reject("too_large", _too_large(len(data), limits.max_file_bytes))
        return data

    def check(self, data: bytes, *, nested: bool) -> SummaryRow:
        """Decrypt, parse and validate one summary file's bytes; raises _Reject."""
        if not data or data.isspace():
            raise _Reject("damaged", "This file is empty, perhaps because copying or downloading it failed. Ask "
                                     "for it to be exported again.")
        if data.startswith(_ZIP_MAGIC):
            where = "inside a zip; Candor does not open zips within zips" if nested else \
                "named like a summary; give it a .zip name to import what it holds"
            raise _Reject("not_a_summary", f"This is a zip archive {where}.")
        if data.startswith(AGE_MAGIC):  # the usual case first
            return self.validate(self.decrypt(data), "This file opens with this collector's key but")
        if data.startswith(_UTF16_BOMS):
            raise _Reject("not_a_summary", "This file is text in UTF-16, as an editor saves it, not a summary as "
                                           "Candor writes it (UTF-8). It was probably opened and saved again; ask "
                                           "for it to be exported again.")
        if data.removeprefix(_BOM).lstrip()[:1] == b"{":  # an unencrypted summary (a policy may allow plaintext)
            if self.rules is None or not self.rules.allow_plaintext:
                raise _Reject("other_settings", _PLAINTEXT_REFUSED)
            if len(data) > self.limits.max_summary_bytes:
                raise _Reject("too_large", str(TooLarge(len(data), self.limits.max_summary_bytes)))
            return self.validate(data, "This file")
        return self.validate(self.decrypt(data), "This file opens with this collector's key but")

    def decrypt(self, data: bytes) -> bytes:
        """The plaintext of one file's age envelope, from one attempt; raises _Reject saying why not."""
        try:
            if len(data) <= self.limits.max_summary_bytes and data.startswith(AGE_MAGIC):
                return open_age(data, self.keys)  # the usual case: no copy, no armor sniffing
            envelope = data
            if not data.startswith(AGE_MAGIC):
                begin = data.find(_ARMOR_BEGIN)
                if begin > 0:  # an armored block pasted into a message or note: read just the block
                    end = data.find(_ARMOR_END, begin)
                    envelope = data[begin:] if end < 0 else data[begin:end + len(_ARMOR_END)]
            return decrypt_summary(envelope, self.keys, max_bytes=self.limits.max_summary_bytes)
        except EnvelopeError as exc:
            raise _envelope_rejection(exc) from None

    def validate(self, plain: bytes, opening: str) -> SummaryRow:
        # A byte-order mark (Notepad adds one) is ignored, as RFC 8259 allows; the digest is of what follows.
        plain = plain.removeprefix(_BOM)
        try:
            text = plain.decode("utf-8")
            summary = _JSON.decode(text)
        except (ValueError, RecursionError):
            raise _Reject("not_a_summary",
                          f"{opening} does not hold a Candor summary (its content is not JSON text).") from None
        if type(summary) is not dict or summary.get("format") != FORMAT:
            raise _Reject("not_a_summary", f"{opening} holds something other than a Candor summary.")
        version = summary.get("format_version")
        if type(version) is int and version != FORMAT_VERSION:
            newer = version > FORMAT_VERSION
            raise _Reject("wrong_version",
                          f"This file is a Candor summary of format version {version}, which this Candor cannot read "
                          f"(it reads version {FORMAT_VERSION}). "
                          + ("Update Candor's collector to import it." if newer else
                             "It comes from an old Candor; ask for it to be exported again."))
        if self.fast is None or not self.fast(summary):
            exact = _exact_parts_beside_randomized(summary)
            if exact:
                raise _Reject("not_a_summary",
                              "This file is not a valid Candor summary: it says its answers were randomized, yet it "
                              f"also carries {', '.join(exact)} as given, which no Candor sends that way. It may "
                              "have been altered; ask for it to be exported again.")
            error = best_match(self.validator.iter_errors(summary))
            if error is not None:
                location, problem = describe(error)
                raise _Reject("not_a_summary",
                              f"This file is not a valid Candor summary ({location or 'top level'}: "
                              f"{_clip(problem)}). If it comes from a newer Candor, update the collector; "
                              "otherwise ask for it to be exported again.")
        found = summary["campaign"]
        if self.campaign is not None and found != self.campaign:
            raise _Reject("wrong_campaign",
                          f"This summary belongs to campaign '{found}', not to '{self.campaign}', the campaign of "
                          f"the policy in use. Import it with that campaign's policy (--policy FILE), or leave it "
                          "out if it is from another campaign.")
        if self.rules is not None:
            difference = self.rules.difference(summary)
            if difference:
                raise _Reject("other_settings",
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


# --- helpers ----------------------------------------------------------------------------------------------

_PLAINTEXT_REFUSED = (
    "This summary is not encrypted, and this campaign's policy does not allow unencrypted summaries "
    "(submission.allow_plaintext is not true), so it was not read: anybody could have written or changed it on "
    "the way. Ask for it to be exported again with the campaign's policy, which encrypts it for this collector's "
    "key.")


def _envelope_rejection(exc: EnvelopeError) -> _Reject:
    """The rejection for a file whose envelope could not be opened."""
    if isinstance(exc, NotForThisKey):
        return _Reject("not_for_this_key", str(exc))
    if isinstance(exc, TooLarge | TooManyRecipients):
        return _Reject("too_large", str(exc))
    if isinstance(exc, NotAnEnvelope):
        return _Reject("not_a_summary", "This is not a Candor summary: it is neither an encrypted (age) file nor "
                                        "a summary's JSON text.")
    return _Reject("damaged", str(exc))


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


def _open_binary(path: str | Path) -> BinaryIO:
    """A file object on the regular file at ``path`` (a pipe or device raises NotARegularFile unopened)."""
    return os.fdopen(open_regular(path), "rb")


def _starts_with_zip_magic(path: Path) -> bool:
    with _open_binary(path) as handle:
        return handle.read(4) in _ZIP_MAGIC


def _zip_entry_count(handle: Any) -> int | None:
    """The number of entries a zip's end record declares, read before zipfile loads its directory."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_size = min(size, 22 + 0xFFFF)  # the end record (22 bytes) plus the longest comment
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or tail_size - at < 22:
        return None
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    if entries != 0xFFFF:
        return entries
    locator = size - tail_size + at - 20  # zip64: the real count is in the zip64 end record
    if locator < 0:
        return entries
    handle.seek(locator)
    record = handle.read(20)
    if record[:4] != b"PK\x06\x07":
        return entries
    handle.seek(struct.unpack_from("<Q", record, 8)[0])
    end64 = handle.read(56)
    if len(end64) < 40 or end64[:4] != b"PK\x06\x06":
        return None
    return struct.unpack_from("<Q", end64, 32)[0]


def _display(text: str) -> str:
    """A path or member name safe to print: control characters and undecodable bytes escaped."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else f"\\x{ord(char):02x}" if ord(char) < 0x100 else
                   f"\\u{ord(char):04x}" for char in text)


def _clip(text: str, limit: int = 200) -> str:
    text = _display(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _size(size: int) -> str:
    if size >= MiB:
        return f"{size / MiB:,.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KiB"
    return f"{size} bytes"


def _too_large(size: int, limit: int) -> str:
    return (f"This file is {_size(size)}, larger than any Candor summary can be (at most {_size(limit)}), so it is "
            "not a summary and was not read.")


def _unexpected(exc: Exception) -> str:
    return (f"This file could not be read because of an unexpected problem ({type(exc).__name__}: "
            f"{_clip(str(exc))}). Please report it if it recurs.")


def _os_problem(exc: OSError, what: str = "file") -> str:
    if isinstance(exc, NotARegularFile):
        return f"This is {exc.what}, not a file, so it was not opened."
    if isinstance(exc, PermissionError):
        return (f"This {what} could not be read: permission denied. Import it as a user who may read it, or fix "
                "its permissions.")
    if isinstance(exc, FileNotFoundError):
        return f"This {what} disappeared while it was being imported (moved or deleted). Import it again."
    return f"This {what} could not be read ({exc.strerror or exc}). Check the drive or share it is on."
