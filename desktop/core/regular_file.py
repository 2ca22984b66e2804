"""Open only regular files: a named pipe, a device or a socket is refused, never read.

Reading a FIFO blocks until something writes into it, which may be never; a device such as
``/dev/zero`` never ends; a terminal can become the process's controlling one. Every file Candor
reads from a path someone else chose (a policy, a summary, a zip) goes through here: the path is
looked at first (``stat``), so anything but a regular file is refused without being opened, and it
is then opened without blocking and looked at again through the open descriptor, so swapping the
path for a pipe in between changes nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
          | getattr(os, "O_CLOEXEC", 0))


class NotARegularFile(OSError):
    """The path names a pipe, a device, a socket or a folder; ``what`` says which, in words."""

    def __init__(self, path: str | os.PathLike[str], what: str):
        super().__init__(f"{path} is {what}, not a file")
        self.path = path
        self.what = what


class FileTooLarge(Exception):
    """The file holds more than the caller's limit; only ``size`` was learned, nothing was read."""

    def __init__(self, size: int, limit: int):
        super().__init__(f"{size} bytes, more than {limit}")
        self.size = size
        self.limit = limit


def describe_mode(mode: int) -> str:
    """What a file of ``mode`` is, in words that fit "X is ...": "a named pipe (FIFO)", "a folder", ..."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor on ``path``, which must be a regular file (links are followed).

    Raises NotARegularFile for anything else (before opening it, and again if it changed into one
    while being opened), or the OSError of the failing call (missing, permission denied, ...).
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path, describe_mode(mode))
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, describe_mode(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file ignores it; keep later reads plain
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: str | os.PathLike[str] | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises FileTooLarge without reading when the file is larger (or grows past the limit while
    being read), NotARegularFile, or OSError. Reads in os-level calls into a buffer of the file's
    size, not the limit's.
    """
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise FileTooLarge(size, limit)
        data = os.read(fd, size + 1)
        while len(data) <= size:  # a short read (network drives): keep going until the end
            more = os.read(fd, limit + 1 - len(data))
            if not more:
                break
            data += more
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileTooLarge(len(data), limit)
    return data
