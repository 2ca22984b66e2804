"""The trend between campaigns as a file: a tidy CSV (one row per figure and pair of campaigns) or JSON.

Withheld or unshared figures are rows with empty numbers and a ``not_compared`` reason code. The
note on shared items (different questionnaire versions or mechanisms) is the JSON's ``note`` and is
printed by the command; the CSV holds data rows only.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from desktop.collector.report_files import write_report_bytes
from desktop.collector.trends import Change, Trend

COLUMNS = ("earlier", "later", "figure", "label", "earlier_estimate", "later_estimate", "difference",
           "ci_low", "ci_high", "too_wide", "not_compared")


def _value(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}"


def _row(trend: Trend, change: Change) -> list[str]:
    earlier = None if change.earlier is None or change.earlier.suppressed else change.earlier.estimate
    later = None if change.later is None or change.later.suppressed else change.later.estimate
    return [trend.earlier, trend.later, change.key, change.label, _value(earlier), _value(later),
            _value(change.difference), _value(change.ci_low), _value(change.ci_high),
            "yes" if change.too_wide else "no", change.reason or ""]


def trend_csv(trends: list[Trend]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for trend in trends:
        for change in trend.changes:
            writer.writerow(_row(trend, change))
    return out.getvalue()


def trend_json(trends: list[Trend]) -> str:
    data: list[dict[str, Any]] = []
    for trend in trends:
        data.append({"earlier": trend.earlier, "later": trend.later, "note": trend.note,
                     "changes": [dict(zip(COLUMNS[2:], _row(trend, change)[2:], strict=True))
                                 for change in trend.changes]})
    return json.dumps({"format": "candor-trend", "trends": data}, indent=2) + "\n"


def write_trend(trends: list[Trend], path: str | os.PathLike[str], fmt: str) -> Path:
    text = trend_json(trends) if fmt == "json" else trend_csv(trends)
    return write_report_bytes(path, text.encode("utf-8"))
