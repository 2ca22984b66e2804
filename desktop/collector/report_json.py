"""The report as JSON: every aggregate of a :class:`~desktop.collector.report_model.Report`, never a summary.

The document is ``{"format": "candor-report", "format_version": 1, ...}`` followed by the
report's own fields (see :meth:`Report.to_dict`): ``respondents`` (a number, or null when
withheld), ``tools`` (one entry per tool: ``id``, ``name``, ``status``, ``unapproved_use`` as
``{"estimate", "ci_low", "ci_high", "n", ...}`` or null when withheld, ``suppressed`` and
``reason``), every other aggregate, and a ``method`` block (k, mechanism, n, the per-item
epsilon and each summary's total, and what the intervals mean). Figures hold shares from 0 to 1,
counts, or amounts in ``currency``. An amount summed over a few payers (a license candidate's
yearly spend) is known only as a band: it then carries ``band_low`` and ``band_high``, and its
``estimate`` is the band's middle. ``recommended_actions`` lists what the figures call for (see
:mod:`desktop.collector.actions`): each action's ``code``, ``subject``, ``text`` and the ``evidence``
figures that triggered it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop.collector.actions import recommended_actions
from desktop.collector.report_files import ReportWriteError, write_report_bytes  # noqa: F401
from desktop.collector.report_model import Report

FORMAT = "candor-report"
FORMAT_VERSION = 1


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, with the format header first."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **report.to_dict(),
            "recommended_actions": [action.to_dict() for action in recommended_actions(report)]}


def report_text(report: Report) -> str:
    """The JSON text :func:`write_json` writes (indented, UTF-8, ending in a newline)."""
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_json(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the report to ``path`` (replacing it whole, or not at all); return the path.

    The file is readable by its owner only, like everything the collector writes.
    Raises :class:`ReportWriteError` when the folder is missing or not writable.
    """
    return write_report_bytes(path, report_text(report).encode("utf-8"))
