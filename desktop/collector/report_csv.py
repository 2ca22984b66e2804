"""The report's aggregate tables as one CSV file: one row per figure, the first column naming its table.

Why one file rather than a zip of CSVs: it opens directly in a spreadsheet, a filter on the
``table`` column gives each table, and a script reads it with any CSV reader. The file is UTF-8
with a byte-order mark (so spreadsheet programs read the labels' accents right), comma-separated,
with a header row; lines end in CRLF (RFC 4180).

Columns (:data:`COLUMNS`):

``table``
    Which aggregate: ``report`` (properties of the report), ``method`` (method notes),
    ``participation``, ``participation_by_org_unit``, ``participation_by_role_level``,
    ``participation_by_mechanism``, ``prevalence_overall``, ``prevalence_by_tool``,
    ``prevalence_by_category``, ``data_classes``, ``spend``, ``spend_bands``,
    ``license_candidates``, ``reasons``, ``reasons_by_tool`` (exact summaries of questionnaire 3 on: one row
    per tool at least k people gave reasons for, one column per reason and ``respondents``), ``literacy``,
    ``policy_awareness``,
    ``training_received``, ``training_wanted``, ``training_formats``,
    ``training_on_work_time``, one table per workplace item (``workplace_access``, ``workplace_overstated``,
    ``workplace_ai_measured``, ...: questionnaire 2 on), ``sentiment``, ``perception_gap``,
    ``recommended_actions`` (one row per figure that triggered an action: ``row`` is the
    action's code, ``row_label`` its sentence, ``column`` the item and answer quoted).
``row``, ``row_label``
    The row's stable code (option code, tool id, data class ...) and its label. In the
    ``report`` table ``row`` is a property (``campaign``, ``k``, ``mechanism``,
    ``epsilon_per_item`` ...) and ``row_label`` its value; in ``method``, a note's code and text
    (among them ``summaries_exceed_codes_issued`` / ``summaries_exceed_invited``: the warning that the
    campaign has more summaries than participation codes issued or people invited). In
    ``participation``, rows ``codes_issued`` and ``invited`` (campaign-wide reports, when codes were
    issued or the policy states ``campaign.invited``) set the summaries against that number:
    ``detail`` holds ``of=<number>; exceeded=yes|no`` and ``shown_as`` says ``12 of 30``.
``column``, ``column_label``
    Which figure of the row: ``share`` for a breakdown's cells, ``respondents`` for the number
    who answered (row ``all``), ``unapproved_use`` / ``use`` for tools, ``to_unapproved`` /
    ``to_personal`` / ``any_tool`` / ``status:<status>`` / ``account_kind:<kind>`` for data
    classes, ``demand`` / ``annual_out_of_pocket`` for license candidates, ``disagree`` /
    ``neutral`` / ``agree`` for sentiment, ``employees`` / ``leadership`` (the policy's benchmark) /
    ``leadership_answers`` (senior leaders' own answers) / ``gap`` for the perception gap.
``estimate``, ``ci_low``, ``ci_high``
    The figure (shares from 0 to 1, counts of people, or amounts) and its 95% interval where it
    is an estimate. Empty when the figure is withheld. A license candidate's yearly spend is known
    only as a band: ``estimate`` is then the band's middle, ``detail`` holds ``band_low`` and
    ``band_high``, and ``shown_as`` says the band.
``n``, ``count``
    Respondents behind the figure, and for exact shares the number with the answer.
``unit``
    ``share``, ``people`` or the currency code of an amount.
``method``
    ``randomized_response``, ``exact``, ``mixed``, or ``benchmark`` (the policy's leadership
    figure).
``suppressed``, ``reason``, ``too_wide``
    ``yes``/``no``; why a figure is withheld (``fewer_than_k``, ``complementary`` or, in an
    org-unit report, ``rest_fewer_than_k``: the rest of the campaign, or the rest minus some other
    units, has fewer than k there); whether
    its interval is too wide to act on.
``shown_as``
    The figure as the HTML report writes it: ``48% (41–55%)``, ``fewer than 5``, ``withheld (so
    a hidden group cannot be worked out)`` ...
``detail``
    More about the row as ``key=value`` pairs separated by ``; `` (a tool's status and category,
    a license candidate's rank and priority ...).

A withheld figure is a row with empty values, ``suppressed`` = ``yes`` and its reason: never a
number. The file holds aggregates only, never a summary or submission id. A text cell that a
spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) gets a
leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from desktop.collector import unit_report
from desktop.collector.actions import recommended_actions
from desktop.collector.report_figure import AMOUNT, COUNT, Cell, Distribution, Figure, MultiChoice
from desktop.collector.report_files import write_report_bytes
from desktop.collector.report_model import Report
from desktop.collector.report_text import figure_text
from desktop.collector.report_walk import walk_rows
from desktop.collector.turnout import EXCEEDS_CODES, EXCEEDS_INVITED, bases, warning

__all__ = ["COLUMNS", "render_csv", "rows", "write_csv"]

COLUMNS = ("table", "row", "row_label", "column", "column_label", "estimate", "ci_low", "ci_high", "n", "count",
           "unit", "method", "suppressed", "reason", "too_wide", "shown_as", "detail")
_TEXT_COLUMNS = ("row", "row_label", "column", "column_label", "shown_as", "detail")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = dict[str, str]
#: The report's fields this writer lists table by table; any other field is walked (desktop/collector/report_walk.py).
KNOWN_SECTIONS = frozenset({
    "campaign", "org_unit", "org_unit_label", "currency", "k", "notice", "participation", "prevalence",
    "data_classes", "spend", "license_candidates", "reasons", "literacy", "policy_awareness", "training",
    "sentiment", "perception_gap", "method", "workplace", "units",
})
_AGAINST = {"codes_issued": "participation codes issued", "invited": "people invited"}
_EXCEEDS = {"codes_issued": EXCEEDS_CODES, "invited": EXCEEDS_INVITED}


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _detail(pairs: Mapping[str, Any]) -> str:
    return "; ".join(f"{key}={value}" for key, value in pairs.items() if value is not None)


class _Rows:
    def __init__(self, report: Report):
        self.report = report
        self.k = report.k
        self.currency = report.currency

    def unit(self, kind: str) -> str:
        if kind == AMOUNT:
            return self.currency
        return "people" if kind == COUNT else "share"

    def figure(self, table: str, row: str, row_label: str, column: str, column_label: str, figure: Figure,
               detail: Mapping[str, Any] | None = None) -> Row:
        data = figure.to_dict()  # rounded as in the JSON report
        if figure.banded:
            detail = {**(detail or {}), "band_low": _number(data["band_low"]), "band_high": _number(data["band_high"])}
        return {
            "table": table, "row": row, "row_label": row_label, "column": column, "column_label": column_label,
            "estimate": _number(data["estimate"]), "ci_low": _number(data["ci_low"]),
            "ci_high": _number(data["ci_high"]), "n": "" if figure.suppressed else _number(data["n"]),
            "count": "" if figure.suppressed else _number(data["count"]), "unit": self.unit(figure.kind),
            "method": figure.method, "suppressed": "yes" if figure.suppressed else "no",
            "reason": (figure.reason or "") if figure.suppressed else "",
            "too_wide": "yes" if figure.too_wide else "no",
            "shown_as": figure_text(figure, self.k, self.currency), "detail": _detail(detail or {}),
        }

    def plain(self, table: str, row: str, row_label: str, **values: str) -> Row:
        data = dict.fromkeys(COLUMNS, "")
        data.update(table=table, row=row, row_label=row_label, **values)
        return data

    def cells(self, table: str, cells: Iterable[Cell]) -> Iterator[Row]:
        for cell in cells:
            yield self.figure(table, cell.code, cell.label, "share", "Share", cell.figure)

    def choice(self, table: str, item: Distribution | MultiChoice) -> Iterator[Row]:
        yield self.figure(table, "all", item.label, "respondents", "Respondents who answered", item.respondents)
        yield from self.cells(table, item.cells if isinstance(item, Distribution) else item.options)

    # -- tables --------------------------------------------------------------------------------------

    def all(self) -> Iterator[Row]:
        report = self.report
        method = report.method
        properties = {
            "campaign": report.campaign,
            "org_unit": report.org_unit or "",
            "org_unit_label": report.org_unit_label or "",
            "k": str(report.k),
            "mechanism": method.mechanism,
            "epsilon_per_item": " ".join(_number(value) for value in method.epsilon_per_item),
            "epsilon_total_per_summary": " ".join(_number(value) for value in method.epsilon_total_per_summary),
            "currency": report.currency,
            "notice": report.notice.text if report.notice else "",
        }
        for name, value in properties.items():
            yield self.plain("report", name, value)
        for note in method.notes:
            yield self.plain("method", note.code, note.text)
        for base in bases(report.participation):
            if base.exceeded:
                yield self.plain("method", f"summaries_exceed_{base.code}", warning(_EXCEEDS[base.code]))
        yield from self.participation()
        yield from self.prevalence()
        yield from self.data_classes()
        yield from self.spend()
        yield from self.choice("reasons", report.reasons)
        yield from self.reasons_by_tool()
        yield from self.choice("literacy", report.literacy)
        yield from self.choice("policy_awareness", report.policy_awareness)
        training = report.training
        yield from self.choice("training_received", training.received)
        yield from self.choice("training_wanted", training.wanted)
        yield from self.choice("training_formats", training.formats)
        yield from self.choice("training_on_work_time", training.on_work_time)
        for item in report.workplace.items:
            yield from self.choice(item.id, item)
        yield from self.sentiment()
        for action in recommended_actions(report):  # one row per figure that triggered the action
            yield from (self.figure("recommended_actions", action.code, action.text, f"{item.item}:{item.code}",
                                    item.label, item.figure, {"subject": action.subject}) for item in action.evidence)
        # Sections this writer does not name yet still get their rows (and so their sheets and tidy rows).
        yield from walk_rows(report, KNOWN_SECTIONS, self.figure, self.choice)

    def reasons_by_tool(self) -> Iterator[Row]:
        """Per tool (row), the respondents who gave reasons for it and the share giving each reason (column)."""
        for item in self.report.reasons_by_tool:
            tool = item.id.removeprefix("reasons:")
            yield self.figure("reasons_by_tool", tool, item.label, "respondents", "Respondents who gave reasons",
                              item.respondents)
            for cell in item.options:
                yield self.figure("reasons_by_tool", tool, item.label, cell.code, cell.label, cell.figure)

    def participation(self) -> Iterator[Row]:
        participation = self.report.participation
        yield self.figure("participation", "all", "All respondents", "respondents", "Respondents",
                          participation.respondents)
        for base in bases(participation):
            row = self.figure("participation", base.code, f"Summaries against {_AGAINST[base.code]}", "summaries",
                              "Summaries", participation.respondents,
                              {"of": base.number, "exceeded": "yes" if base.exceeded else "no"})
            row["shown_as"] = f"{row['shown_as']} of {base.number:,}"
            yield row
        for table, cells in (("participation_by_org_unit", participation.by_org_unit),
                             ("participation_by_role_level", participation.by_role_level),
                             ("participation_by_mechanism", participation.by_mechanism)):
            for cell in cells:
                detail = {"merged": "yes"} if cell.members else None
                yield self.figure(table, cell.code, cell.label, "respondents", "Respondents", cell.figure, detail)

    def prevalence(self) -> Iterator[Row]:
        prevalence = self.report.prevalence
        if prevalence.overall is not None:
            yield self.figure("prevalence_overall", "any_unapproved_tool", "Used at least one unapproved tool",
                              "share", "Share of respondents", prevalence.overall,
                              {"note": prevalence.overall_note})
        if prevalence.sensitive is not None:
            yield self.figure("prevalence_overall", "any_sensitive_data",
                              "Put sensitive data into an unapproved tool or a personal account", "share",
                              "Share of respondents", prevalence.sensitive, None)
        for tool in prevalence.by_tool:
            detail = {"status": tool.status, "category": tool.category, "vendor": tool.vendor,
                      "trains_by_default": tool.trains_by_default, "business_tier": tool.business_tier}
            yield self.figure("prevalence_by_tool", tool.id, tool.name, "unapproved_use", "Used without approval",
                              tool.unapproved_use, detail)
            if tool.use is not None:
                yield self.figure("prevalence_by_tool", tool.id, tool.name, "use", "Used at all", tool.use, detail)
        for item in prevalence.by_category:
            yield self.figure("prevalence_by_category", item.code, item.label, "unapproved_use",
                              "Used without approval", item.figure, {"basis": item.basis, "top_tool": item.top_tool})

    def data_classes(self) -> Iterator[Row]:
        for row in self.report.data_classes.rows:
            yield self.figure("data_classes", row.code, row.label, "to_unapproved", "Into an unapproved tool",
                              row.to_unapproved)
            yield self.figure("data_classes", row.code, row.label, "to_personal", "Into a personal account",
                              row.to_personal)
            if row.any_tool is not None:
                yield self.figure("data_classes", row.code, row.label, "any_tool", "Into any tool", row.any_tool)
            for prefix, cells in (("status", row.by_status), ("account_kind", row.by_account_kind)):
                for cell in cells:
                    yield self.figure("data_classes", row.code, row.label, f"{prefix}:{cell.code}", cell.label,
                                      cell.figure)

    def spend(self) -> Iterator[Row]:
        report = self.report
        spend = report.spend
        yield self.figure("spend", "pays_out_of_pocket", "Pays for AI tools out of pocket", "share",
                          "Share of respondents", spend.pays_out_of_pocket)
        yield self.figure("spend", "annual_per_respondent", "Personal spend per respondent and year (estimate)",
                          "amount", "Amount", spend.annual_per_respondent)
        yield self.figure("spend", "annual_total", "Personal spend of all respondents per year (estimate)",
                          "amount", "Amount", spend.annual_total)
        yield from self.choice("spend_bands", spend.bands)
        for rank, item in enumerate(report.license_candidates, start=1):
            detail = {"rank": rank, "priority": round(item.priority, 6), "basis": item.basis, "status": item.status,
                      "category": item.category, "trains_by_default": item.trains_by_default,
                      "business_tier": item.business_tier}
            yield self.figure("license_candidates", item.tool_id, item.name, "demand", "Demand", item.demand, detail)
            if item.annual_out_of_pocket is not None:
                yield self.figure("license_candidates", item.tool_id, item.name, "annual_out_of_pocket",
                                  "Yearly out-of-pocket spend (estimate)", item.annual_out_of_pocket, detail)

    def sentiment(self) -> Iterator[Row]:
        report = self.report
        for item in report.sentiment:
            yield self.figure("sentiment", item.id, item.label, "respondents", "Respondents who answered",
                              item.distribution.respondents)
            yield from (self.figure("sentiment", item.id, item.label, cell.code, cell.label, cell.figure)
                        for cell in item.distribution.cells)
        for gap in report.perception_gap:
            yield self.figure("perception_gap", gap.id, gap.label, "employees", "Employees agreeing", gap.employees,
                              {"source": gap.source, "fallback": gap.fallback})
            if gap.leadership_answers is not None:
                yield self.figure("perception_gap", gap.id, gap.label, "leadership_answers",
                                  "Senior leaders agreeing (their own answers)", gap.leadership_answers)
            elif gap.leadership is not None:
                yield self.plain("perception_gap", gap.id, gap.label, column="leadership",
                                 column_label="Leadership benchmark", estimate=_number(round(gap.leadership, 6)),
                                 unit="share", method="benchmark", suppressed="no", too_wide="no",
                                 shown_as=figure_text(Figure(gap.leadership), self.k))
            if gap.gap is not None:
                points = f"leadership {gap.gap * 100:+.0f} points"
                yield self.plain("perception_gap", gap.id, gap.label, column="gap",
                                 column_label="Gap (leadership minus employees)", estimate=_number(round(gap.gap, 6)),
                                 unit="share", method=gap.source, suppressed="no", too_wide="no", shown_as=points)


def safe_cell(value: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def rows(report: Report) -> list[Row]:
    """Every row of the CSV file as a dict keyed by :data:`COLUMNS` (before formula protection)."""
    maker = _Rows(report)
    return [*maker.all(), *unit_report.csv_rows(maker)]  # the org units side by side, when carried


def render_csv(report: Report) -> str:
    """The CSV text (without the byte-order mark :func:`write_csv` puts in front)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(report):
        writer.writerow({key: safe_cell(value) if key in _TEXT_COLUMNS else value for key, value in row.items()})
    return buffer.getvalue()


def write_csv(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the CSV file to ``path`` (UTF-8 with BOM; replacing it whole, or not at all); return the path."""
    return write_report_bytes(path, render_csv(report).encode("utf-8-sig"))
