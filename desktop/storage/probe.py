"""Can Candor really write its data folder? A start-up probe, and plain words for write failures.

Creating an empty file can still succeed on a full disk, and permission bits say little (root,
ACLs, read-only mounts), so the probe writes real bytes and forces them to disk. Every write
failure, at start or mid-session, becomes a :class:`WriteFailed` whose message names the folder
and says what to do: free space, fix permissions, or choose another folder with ``--data-dir``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path
from typing import Literal

from desktop.storage.errors import StoreError
from desktop.storage.paths import DATA_DIR_ENV, FILE_MODE

WriteProblem = Literal["full", "read_only", "other"]

#: One file-system block: enough to need a free block, small enough to cost nothing.
PROBE_BYTES = 4096

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN = 13, 8, 3, 14


class WriteFailed(StoreError):
    """Candor could not write to its data folder; ``problem`` says which kind of trouble it is."""

    def __init__(self, message: str, folder: Path, problem: WriteProblem, *, starting: bool = False,
                 detail: str = ""):
        super().__init__(message)
        self.folder = folder
        self.problem: WriteProblem = problem
        self.starting = starting  # at start (nothing lost yet) or a save that failed mid-session
        self.detail = detail  # the system's own words, for "other"


def classify(exc: BaseException) -> WriteProblem:
    """Full disk, read-only/permission, or something else, from an OSError or sqlite3.Error."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return "full"
        if exc.errno in _READ_ONLY_ERRNOS:
            return "read_only"
        return "other"
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return "full"
        if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
            return "read_only"
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return "read_only"
    return "other"


def write_failed(folder: Path, exc: BaseException, *, starting: bool = False) -> WriteFailed:
    """The error to raise when writing in ``folder`` failed with ``exc``.

    ``starting`` words it for the start of the app (nothing is lost yet); otherwise for a save
    that failed mid-session (what is on screen is kept until it can be saved).
    """
    problem = classify(exc)
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if starting:
        where = f"choose another folder with --data-dir or {DATA_DIR_ENV}"
        message = {
            "full": f"The disk holding Candor's data folder {folder} is full. Free some space on it and "
                    f"start Candor again, or {where}.",
            "read_only": f"Candor cannot write in its data folder {folder}: it is read-only or you lack "
                         f"permission. Make the folder writable for your user, or {where}.",
            "other": f"Candor cannot write in its data folder {folder}: {detail}. Check the disk and the "
                     f"folder's permissions, or {where}.",
        }[problem]
    else:
        message = f"Candor could not save to {folder}: " + {
            "full": "the disk is full. Free some space on that disk",
            "read_only": "the folder is read-only or you lack permission. Make it writable for your user again",
            "other": f"{detail}. Check the disk and the folder's permissions",
        }[problem] + "; your earlier answers are safe."
    return WriteFailed(message, Path(folder), problem, starting=starting, detail=str(detail))


def probe_data_dir(folder: Path) -> None:
    """Write :data:`PROBE_BYTES` to a new file in ``folder``, force them to disk, remove the file.

    Raises :class:`WriteFailed` (worded for start-up) when any step fails; the probe file is
    never left behind.
    """
    path = Path(folder) / f".candor-probe-{secrets.token_hex(4)}"
    try:
        _touch(path)
    except OSError as exc:
        raise write_failed(Path(folder), exc, starting=True) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _touch(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(b"\0" * PROBE_BYTES)
        while view:
            view = view[os.write(fd, view):]
        _sync(fd)
    finally:
        os.close(fd)


def _sync(fd: int) -> None:
    os.fsync(fd)
