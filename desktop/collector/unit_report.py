"""The org units side by side in the report files: the HTML section and the CSV rows.

Both read the :class:`~desktop.collector.unit_compare.UnitComparison` a whole-campaign report
carries (``Report.units``, set by :func:`desktop.collector.unit_compare.with_units`); a report
without it (an org unit's own, or one made before) has no such section. The JSON report holds
the same comparison as its ``units`` member (:meth:`UnitComparison.to_dict`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.collector.unit_compare import KEYS, LABELS, UnitComparison, UnitRow

#: The CSV table of the comparison (``row``: an org unit's code, or ``whole`` for the whole campaign).
TABLE = "units_side_by_side"
WHOLE = "whole"
CHART_TITLES = {key: f"{LABELS[key]}, by org unit (share of respondents)" for key in KEYS}


def row_label(row: UnitRow, k: int) -> str:
    """A row's name; the merged small units say what they are, as the participation table does."""
    if row.members:
        return f"{row.label} (together; each has fewer than {k} respondents)"
    return row.label


def html_section(page: Any) -> None:
    """The section in the HTML report: a chart per figure and one table of every unit (``page``: an html_page.Page)."""
    comparison: UnitComparison | None = getattr(page.report, "units", None)
    if comparison is None:
        return
    k = comparison.k
    page.heading(2, "Org units side by side", "units")
    page.para("Each org unit's figures are those of its own report, under the same rules. Units with fewer than "
              f"{k} respondents are merged into “Other units”; that group and the respondents who stated no unit "
              "show no figures of their own, since with the whole campaign's figure and every unit shown they "
              "would give a withheld unit's figure away by subtraction. A figure that would still let one be "
              "worked out is withheld in every unit.")
    shown = [row for row in comparison.rows if not row.members and row.code != "not_stated"]
    for key in KEYS:
        bars = page.bars((row.label, row.figures[key]) for row in shown)
        page.chart(CHART_TITLES[key], f"{LABELS[key]}: " + "; ".join(bar.label + ": " + bar.text for bar in bars)
                   + ".", bars, note="Whiskers mark 95% intervals; the table lists every group.")
    rows = [("The whole campaign", [page.n_cell(comparison.whole[KEYS[0]]),
                                    *(page.figure_cell(comparison.whole[key]) for key in KEYS)])]
    rows += [(row_label(row, k), [page.figure_cell(row.respondents), *(page.figure_cell(row.figures[key])
                                                                       for key in KEYS)])
             for row in comparison.rows]
    page.table("Headline figures by org unit", ["Org unit", "Respondents", *(LABELS[key] for key in KEYS)], rows)


def csv_rows(writer: Any) -> Iterator[dict[str, str]]:
    """The comparison's rows of the CSV file (``writer``: report_csv's row maker for the report)."""
    comparison: UnitComparison | None = getattr(writer.report, "units", None)
    if comparison is None:
        return
    for key in KEYS:
        yield writer.figure(TABLE, WHOLE, "The whole campaign", key, LABELS[key], comparison.whole[key])
    for row in comparison.rows:
        label = row_label(row, comparison.k)
        detail = {"members": ",".join(row.members)} if row.members else None
        yield writer.figure(TABLE, row.code, label, "respondents", "Respondents", row.respondents, detail)
        for key in KEYS:
            yield writer.figure(TABLE, row.code, label, key, LABELS[key], row.figures[key], detail)
