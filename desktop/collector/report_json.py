"""The report as JSON: every aggregate of a :class:`~desktop.collector.aggregate.Report`, never a summary.

The document is ``{"format": "candor-report", "format_version": 1, ...}`` followed by the
report's own fields (see :meth:`Report.to_dict`): ``respondents`` (a number, or null when
withheld), ``tools`` (one entry per tool: ``id``, ``name``, ``status``, ``unapproved_use`` as
``{"estimate", "ci_low", "ci_high", "n", ...}`` or null when withheld, ``suppressed`` and
``reason``), every other aggregate, and a ``method`` block (k, mechanism, n, the per-item
epsilon and each summary's total, and what the intervals mean). Figures hold shares from 0 to 1,
counts, or amounts in ``currency``.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.collector.aggregate import Report
from desktop.core.errors import CandorError

FORMAT = "candor-report"
FORMAT_VERSION = 1


class ReportWriteError(CandorError):
    """The report file could not be written; the message names the file and what to do."""


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, with the format header first."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **report.to_dict()}


def report_text(report: Report) -> str:
    """The JSON text :func:`write_json` writes (indented, UTF-8, ending in a newline)."""
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_json(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the report to ``path`` (replacing it whole, or not at all); return the path.

    The file is readable by its owner only, like everything the collector writes.
    Raises :class:`ReportWriteError` when the folder is missing or not writable.
    """
    target = Path(path)
    data = report_text(report).encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".candor-report-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        raise ReportWriteError(
            f"Cannot write the report to {target} ({exc.strerror or exc}); choose a folder that exists and that "
            "you can write to."
        ) from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return target
