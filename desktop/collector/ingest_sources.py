"""Finding the files to import: paths given by name, folders walked, zips listed from their directory.

A path given by name is always examined, whatever its name; a zip (by content or by a ``.zip``
name) is opened and its members read in memory. A folder is walked recursively in name order,
not following links to other folders, and from it (and from inside zips) only these are read:
``*.age``; ``*.zip``; any file named ``candor-*`` (Candor's export names, including the
``candor-*.json`` of a policy that allows plaintext, and copies such as ``candor-*.age.part``);
and ``*.txt`` / ``*.asc`` files holding an ASCII-armored age block. Hidden files and folders
(``.name``), ``__MACOSX``, ``truth.json`` and everything else are skipped without a rejection and
only counted in ``skipped``, so a folder's notes or a demo's truth file do not read as failures.
Zips inside zips are not opened (rejected as not a summary).

A zip is listed within its :class:`Limits` (members, total size), so a zip bomb is refused from its
directory, before anything is inflated; a member whose name climbs out of the archive (``../x``,
``/x``, ``C:/x``) is refused. A zip member's source is shown as ``archive.zip [folder/member.age]``.
What cannot be listed (a missing path, a pipe, a damaged zip) becomes a rejection in its place among
the files. Reading the listed files is ingest_reading.py's job.
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from desktop.collector.ingest_limits import (
    Limits,
    ReasonCode,
    Rejection,
    clip,
    display,
    os_problem,
    size_text,
    unexpected,
)
from desktop.collector.ingest_reading import ZIP_MAGIC, Unit, ZipSource, open_binary
from desktop.core.regular_file import NotARegularFile, describe_mode

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


class Cancelled(Exception):
    """Raised from deep in listing when ``cancelled()`` says so."""


class Sources:
    """The files to examine, in order (:attr:`units`), found under the paths given to :meth:`list_path`."""

    def __init__(self, limits: Limits, cancelled: Callable[[], bool]):
        self.limits = limits
        self.cancelled = cancelled
        self.units: list[Unit] = []
        #: Files in folders and zips that are not summaries.
        self.skipped = 0

    def refuse(self, source: str, code: ReasonCode, message: str) -> None:
        """A rejection decided while listing, kept in its place among the files (and counted in progress)."""
        self.units.append(Unit(source, rejection=Rejection(source, code, message)))

    def list_path(self, path: Path) -> None:
        if self.cancelled():
            raise Cancelled
        shown = display(str(path))
        try:
            if path.is_dir():
                self.list_folder(path)
            elif path.is_file():
                if path.suffix.lower() == ".zip" or _starts_with_zip_magic(path):
                    self.list_zip(path, shown)
                else:
                    self.units.append(Unit(shown, path=path))
            elif path.exists():
                self.refuse(shown, "unreadable", os_problem(NotARegularFile(path, describe_mode(path.stat().st_mode))))
            elif path.is_symlink():
                self.refuse(shown, "unreadable", "This is a link to nothing, so it was not read.")
            else:
                self.refuse(shown, "unreadable", "This file or folder does not exist. Check the path.")
        except OSError as exc:
            self.refuse(shown, "unreadable", os_problem(exc))
        except Exception as exc:  # noqa: BLE001 - no input may stop an import, not even while listing
            self.refuse(shown, "unreadable", unexpected(exc))

    def list_folder(self, folder: Path) -> None:
        if self.cancelled():  # a large tree on a network share takes a while to list
            raise Cancelled
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            self.refuse(display(str(folder)), "unreadable", os_problem(exc, "folder"))
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
                    self.refuse(display(entry.path), "unreadable",
                                os_problem(NotARegularFile(entry.path, describe_mode(os.stat(entry.path).st_mode))))
                elif kind is None or not entry.is_file():
                    self.skipped += 1
                elif kind == "zip":
                    self.list_zip(Path(entry.path), display(entry.path))
                else:
                    self.units.append(Unit(display(entry.path), path=entry.path, quiet=kind == "armor?"))
            except OSError as exc:
                self.refuse(display(entry.path), "unreadable", os_problem(exc))
            except Exception as exc:  # noqa: BLE001 - one odd entry must not stop the listing of the rest
                self.refuse(display(entry.path), "unreadable", unexpected(exc))

    def list_zip(self, path: Path, shown: str) -> None:
        limits = self.limits
        try:
            with open_binary(path) as handle:
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
            self.refuse(shown, "unreadable", os_problem(exc))
            return
        except NotImplementedError as exc:  # zipfile: a format version or feature it does not read
            self.refuse(shown, "unreadable", f"This zip archive uses a feature Candor does not read "
                                             f"({clip(str(exc))}), so none of its files could be read. Make the "
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
                        f"This zip would unpack to {size_text(declared)}, more than Candor reads from one archive "
                        f"({size_text(limits.max_zip_total_bytes)}), so none of it was read. Split it into smaller "
                        "zips.")
            return
        for info in sorted(climbing, key=lambda info: info.filename):
            self.refuse(f"{shown} [{display(info.filename)}]", "damaged",
                        "This file's name inside the zip points outside the archive (it starts with '/' or a drive, "
                        "or holds '..'), as no zip tool writes it: the zip was damaged or crafted, so this file "
                        "was not read. Ask for the zip again, made with an ordinary zip tool.")
        source = ZipSource(path, shown)
        chosen.sort(key=lambda pair: pair[0].filename)
        for info, kind in chosen:
            self.units.append(Unit(f"{shown} [{display(info.filename)}]", zip_source=source, info=info,
                                   quiet=kind == "armor?"))


def _starts_with_zip_magic(path: Path) -> bool:
    with open_binary(path) as handle:
        return handle.read(4) in ZIP_MAGIC


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
