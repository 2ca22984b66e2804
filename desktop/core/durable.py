"""Files that survive a power cut: written whole or not at all, their bytes synced, then their folder synced
so the new name is durable too. The one writer for exported summaries, report files and the relay's journal."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Make the names in ``folder`` durable (POSIX); a folder that cannot be synced is not an error, because
    the file itself is already on disk and the worst case is the name's loss on a crash."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(folder: Path, final_path: Callable[[], Path], produce: Callable[[Path], object], *,
                     mode: int = 0o600, prefix: str = ".candor-", suffix: str = ".part") -> Path:
    """Write a file whole or not at all, and durably; returns its path.

    ``produce`` writes a temporary file in ``folder`` (given its path, so a writer that wants a file
    name, such as Qt's PDF writer, can fill it). Its bytes are synced, it is renamed over
    ``final_path()`` (asked for only then, so a fresh name can be picked at the last moment), and the
    folder is synced so the new name survives a power cut. The file gets ``mode``. Whatever fails,
    the temporary file is removed and the error (OSError from the disk) propagates.
    """
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
        os.close(fd)
        os.chmod(temp_name, mode)
        produce(Path(temp_name))
        with open(temp_name, "rb+") as stream:  # whatever wrote it, its bytes are on disk first
            os.fsync(stream.fileno())
        target = final_path()
        os.replace(temp_name, target)
        temp_name = None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    sync_folder(folder)
    return target


def write_bytes_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> Path:
    """``data`` at ``path``, whole or not at all, durably (see :func:`write_atomically`)."""
    return write_atomically(path.parent if str(path.parent) else Path("."), lambda: path,
                            lambda temp: temp.write_bytes(data), mode=mode)
