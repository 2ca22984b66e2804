"""Writing a report file whole or not at all, readable by its owner only: shared by every format."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.core.durable import write_atomically
from desktop.core.errors import CandorError


class ReportWriteError(CandorError):
    """The report file could not be written; the message names the file and what to do."""


def write_report_file(path: str | os.PathLike[str], produce: Callable[[Path], None]) -> Path:
    """Write a report file whole or not at all: ``produce`` writes a temporary file beside ``path``,
    which then replaces ``path``. The file is readable by its owner only.

    Raises :class:`ReportWriteError` (naming the file and what to do) when the folder is missing or
    not writable; any other error from ``produce`` propagates, and no temporary file is left behind.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        return write_atomically(folder, lambda: target, produce, mode=0o600, prefix=".candor-report-", suffix=".tmp")
    except OSError as exc:
        raise ReportWriteError(
            f"Cannot write the report to {target} ({exc.strerror or exc}); choose a folder that exists and that "
            "you can write to."
        ) from exc


def write_report_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` as a report file (see :func:`write_report_file`); return the path."""

    def produce(temp: Path) -> None:
        with open(temp, "wb") as stream:
            stream.write(data)

    return write_report_file(path, produce)
