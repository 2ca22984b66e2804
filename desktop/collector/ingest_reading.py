"""Reading the bytes of one file to import, a file on disk or a zip member, within the :class:`Limits`.

A file is read only if it is a regular file (never a pipe or a device) and no larger than
``max_file_bytes``. A zip member is read in memory, never written to disk, and only when it is not
encrypted, uses the "stored" or "deflate" method (bzip2 and LZMA inflate without a bound per step), is
not compressed beyond ``max_compression_ratio``, and its zip has not already given
``max_zip_total_bytes``. One zip is open at a time: opened for its first member, closed when the next
zip's member (or the end) comes. Every problem becomes a :class:`Rejection`; a ``*.txt``/``*.asc`` file
with no armored age block in it is skipped quietly.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from desktop.collector.ingest_limits import (
    Limits,
    Reject,
    Rejection,
    clip,
    os_problem,
    size_text,
    too_large,
    unexpected,
)
from desktop.core.regular_file import FileTooLarge, open_regular, read_regular
from desktop.exchange.envelope import ARMOR_BEGIN, ARMOR_END

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
ARMOR_BEGIN_BYTES = ARMOR_BEGIN.encode("ascii")
ARMOR_END_BYTES = ARMOR_END.encode("ascii")
#: What reading a member of a damaged zip raises (zlib.error: compressed data that does not inflate).
ZIP_DAMAGE = (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error)
DAMAGED_IN_ZIP = ("This file is damaged inside its zip archive (its contents do not unpack or do not match their "
                  "checksum), so it could not be read. Ask for it again.")


def open_binary(path: str | Path) -> BinaryIO:
    """A file object on the regular file at ``path`` (a pipe or device raises NotARegularFile unopened)."""
    return os.fdopen(open_regular(path), "rb")


class ZipSource:
    """A zip being read: opened when its first member is examined, closed after its last."""

    def __init__(self, path: Path, shown: str):
        self.path = path
        self.shown = shown
        self.archive: zipfile.ZipFile | None = None
        self.handle: BinaryIO | None = None
        self.read_bytes = 0

    def open_member(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if self.archive is None:
            self.handle = open_binary(self.path)
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


class Unit:
    """One file to examine: a file on disk or a zip member."""

    __slots__ = ("source", "path", "zip", "info", "quiet", "rejection")

    def __init__(self, source: str, path: str | Path | None = None, zip_source: ZipSource | None = None,
                 info: zipfile.ZipInfo | None = None, quiet: bool = False, rejection: Rejection | None = None):
        self.source = source
        self.path = path
        self.zip = zip_source
        self.info = info
        self.quiet = quiet
        self.rejection = rejection  # decided while listing (a missing path, a zip bomb): nothing to read


class Reader:
    """Reads units' bytes within ``limits``, keeping the zip being read open between its members."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.current_zip: ZipSource | None = None

    def read(self, unit: Unit) -> bytes | Rejection | None:
        """The file's bytes; or why it is not read further (a Rejection); or None: skipped, not a summary."""
        if unit.rejection is not None:
            return unit.rejection
        try:
            data = self.load(unit)
        except Reject as problem:
            return Rejection(unit.source, problem.code, problem.message)
        except OSError as exc:
            return Rejection(unit.source, "unreadable", os_problem(exc))
        except ZIP_DAMAGE:
            return Rejection(unit.source, "damaged", DAMAGED_IN_ZIP)
        except UnicodeDecodeError:  # the member's own header names it in bytes that are not the text its flags say
            return Rejection(unit.source, "damaged", DAMAGED_IN_ZIP)
        except NotImplementedError as exc:  # zipfile: a feature it does not read, such as patched data
            return Rejection(unit.source, "unreadable", f"This file is stored inside its zip with a feature Candor "
                                                        f"does not read ({clip(str(exc))}). Make the zip again with "
                                                        "an ordinary zip tool.")
        except Exception as exc:  # noqa: BLE001 - no input may stop an import
            return Rejection(unit.source, "unreadable", unexpected(exc))
        if unit.quiet and ARMOR_BEGIN_BYTES not in data:
            return None
        return data

    def load(self, unit: Unit) -> bytes:
        limit = self.limits.max_file_bytes
        if unit.zip is not None and unit.info is not None:
            return self.load_member(unit.zip, unit.info)
        assert unit.path is not None
        try:
            return read_regular(unit.path, limit)  # never opens a pipe or a device
        except FileTooLarge as exc:
            raise Reject("too_large", too_large(exc.size, limit)) from None

    def load_member(self, source: ZipSource, info: zipfile.ZipInfo) -> bytes:
        limits = self.limits
        if self.current_zip is not source:
            self.close()
            self.current_zip = source
        if info.flag_bits & 0x1:
            raise Reject("unreadable", "This file is protected by a password inside its zip, so Candor cannot read "
                                       "it. Make the zip again without a password.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # bzip2 and LZMA inflate without a bound per step; no Candor summary zip needs them.
            raise Reject("unreadable", "This file is compressed inside its zip with a method Candor does not "
                                       "read (only 'stored' and 'deflate', what zip tools use by default). Make "
                                       "the zip again with the usual settings.")
        if info.file_size > limits.max_file_bytes:
            raise Reject("too_large", too_large(info.file_size, limits.max_file_bytes))
        if info.file_size > limits.ratio_floor_bytes and \
                info.file_size > info.compress_size * limits.max_compression_ratio:
            raise Reject("too_large",
                         f"This file is compressed {info.file_size // max(info.compress_size, 1):,} to 1 inside its "
                         "zip, far more than any summary can be, so it was not unpacked.")
        if source.read_bytes + info.file_size > limits.max_zip_total_bytes:
            raise Reject("too_large", f"The zip holding this file already gave {size_text(source.read_bytes)}, the "
                                      "most Candor reads from one archive, so this file was not unpacked.")
        data = source.open_member(info, limits.max_file_bytes)
        if len(data) > limits.max_file_bytes:
            raise Reject("too_large", too_large(len(data), limits.max_file_bytes))
        return data

    def close(self) -> None:
        if self.current_zip is not None:
            self.current_zip.close()
            self.current_zip = None
