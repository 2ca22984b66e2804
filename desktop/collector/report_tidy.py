"""The report as a tidy CSV: one observation per row, codes and numbers only, and its notes in a file beside it.

``candor report --format tidy-csv --out figures.csv`` writes two files:

``figures.csv``, the data (UTF-8, comma-separated, header row, CRLF line ends). Columns (:data:`COLUMNS`):

``table``, ``group``, ``item``
    Codes: which aggregate (the ``table`` codes of :mod:`desktop.collector.report_csv`), which row of it (an
    option, tool, data class, org unit ... code; ``all`` for a whole item) and which figure of that row
    (``share``, ``respondents``, ``unapproved_use`` ...).
``value``, ``low``, ``high``
    The figure and its 95% interval (empty where the figure is exact); with ``status`` = ``band``, ``low``
    and ``high`` are the bounds of the band the amount is published as and ``value`` its middle.
``n``, ``count``
    Respondents behind the figure; for exact figures, the number with the answer.
``unit``
    ``share`` (0 to 1), ``people`` or the currency code of an amount.
``method``
    ``randomized_response``, ``exact``, ``benchmark`` (the policy's leadership figure) or ``answers``
    (the perception gap's leadership figure from senior leaders' own answers).
``status``, ``reason``
    ``shown``, ``too_wide`` (shown, but too uncertain to act on), ``band`` or ``withheld``; a withheld
    figure has every number empty and ``reason`` its code (``fewer_than_k``, ``complementary``,
    ``rest_fewer_than_k``, ``approved``), as in the CSV report.

``figures-notes.csv``, the words (columns ``kind``, ``table``, ``code``, ``text``): ``report`` rows give the
report's properties (campaign, k, mechanism, epsilon ...), ``note`` rows the method notes, ``label`` rows
what each ``group`` and ``item`` code of a table means in words.

Every section of the report model is in it, the ones the CSV report lists by name and any added since
(desktop/collector/report_walk.py).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from desktop.collector.report_csv import rows, safe_cell
from desktop.collector.report_files import write_report_bytes
from desktop.collector.report_model import Report

__all__ = ["COLUMNS", "NOTE_COLUMNS", "notes_path", "render_tidy", "tidy_notes", "tidy_rows", "write_tidy"]

COLUMNS = ("table", "group", "item", "value", "low", "high", "n", "count", "unit", "method", "status", "reason")
NOTE_COLUMNS = ("kind", "table", "code", "text")
#: Tables of the CSV report that hold words, not figures: they go to the notes.
_WORDS = {"report", "method"}


def _status(row: dict[str, str]) -> str:
    if row["suppressed"] == "yes":
        return "withheld"
    if "band_low=" in row["detail"]:
        return "band"
    return "too_wide" if row["too_wide"] == "yes" else "shown"


def _band(detail: str) -> tuple[str, str]:
    pairs = dict(pair.split("=", 1) for pair in detail.split("; ") if "=" in pair)
    return pairs.get("band_low", ""), pairs.get("band_high", "")


def tidy_rows(csv_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The data rows, keyed by :data:`COLUMNS`, from the CSV report's rows."""
    result = []
    for row in csv_rows:
        if row["table"] in _WORDS:
            continue
        status = _status(row)
        low, high = _band(row["detail"]) if status == "band" else (row["ci_low"], row["ci_high"])
        result.append({"table": row["table"], "group": row["row"], "item": row["column"], "value": row["estimate"],
                       "low": low, "high": high, "n": row["n"], "count": row["count"], "unit": row["unit"],
                       "method": row["method"], "status": status, "reason": row["reason"]})
    return result


def tidy_notes(csv_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The notes rows, keyed by :data:`NOTE_COLUMNS`, from the CSV report's rows: properties, method notes and
    what each code means."""
    notes: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for row in csv_rows:
        table = row["table"]
        if table in _WORDS:
            kind = "report" if table == "report" else "note"
            notes.append({"kind": kind, "table": "", "code": row["row"], "text": row["row_label"]})
            continue
        for code, text in ((row["row"], row["row_label"]), (row["column"], row["column_label"])):
            if (table, code, text) not in seen and text:
                seen.add((table, code, text))
                notes.append({"kind": "label", "table": table, "code": code, "text": text})
    return notes


def _csv(fieldnames: tuple[str, ...], data: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(data)
    return buffer.getvalue()


def render_tidy(report: Report) -> tuple[str, str]:
    """The data CSV and the notes CSV, as text."""
    csv_rows = rows(report)  # built once for both files (it finds the recommended actions, walks the model)
    notes = [{key: safe_cell(value) for key, value in row.items()} for row in tidy_notes(csv_rows)]
    return _csv(COLUMNS, tidy_rows(csv_rows)), _csv(NOTE_COLUMNS, notes)


def notes_path(path: str | os.PathLike[str]) -> Path:
    """Where the notes of the tidy CSV ``path`` go: ``figures.csv`` → ``figures-notes.csv``."""
    target = Path(path)
    return target.with_name(f"{target.stem}-notes{target.suffix or '.csv'}")


def write_tidy(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the data to ``path`` and the notes beside it (:func:`notes_path`), each whole or not at all."""
    data, notes = render_tidy(report)
    write_report_bytes(notes_path(path), notes.encode("utf-8"))
    return write_report_bytes(path, data.encode("utf-8"))
