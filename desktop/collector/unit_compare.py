"""Org units side by side: the headline figures of every org unit in one table, and the whole campaign's.

Each unit's figures are those of its own org-unit report (:func:`build_report` with ``org_unit``),
so the comparison shows nothing that report does not, under the same rules: a unit with fewer
than k respondents, or whose size the whole-campaign report hides, shows nothing; an exact share
is withheld when the whole minus the unit minus any set of other units would single out 1..k-1
people (:func:`desktop.collector.privacy_rules.remainders_reason`).

What the comparison must not add is the last piece of a sum. Those who stated no unit and the
small units merged into "Other units" have no report of their own, and they get no figures here
either: were they a row, the whole minus every row shown would be the withheld unit's figure
(``tests/collector/test_unit_compare.py`` shows that attack on such a row). Their rows say how
many people they hold (as the participation table does) and withhold every figure.

Then every column is audited as a whole against an attacker who holds the whole-campaign figure,
every shown row (its share, n and, for exact answers, count) and each withheld row's reason and
size: for exact answers, the counts the withheld rows can hold together (whole minus shown) are
split over them within their sizes, and no withheld row may be left with a single possible count
(other than none or all of its people) nor, when it is a unit or withheld as fewer than k, with some
but not all of the sizes 1..k-1 (those who stated no unit may be worked out when every unit is shown, if the share
is one the k rule would let their own report show); for randomized answers, the summaries behind the
withheld rows together (whole n minus the shown rows' n) must be none or at least k. Only what the
shown rows add counts: what the whole and the participation table already say of a row with no unit
shown is known without the comparison. A column that fails shows no unit's figure (reason
``complementary``); the whole campaign's stays, as its own report shows it. The rule lives in
:mod:`desktop.collector.unit_columns`, which applies it to every figure of every unit's own report
before the comparison reads them, so a unit's own report and its row here never differ; the audit of
the headline columns here is the same rule again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from typing import Any

from desktop.collector import unit_columns
from desktop.collector.aggregate import build_report, draft_report
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.collector.tally import Tally
from desktop.collector.trends import NAMES, OVERALL, PAYS, SENSITIVE
from desktop.collector.vocabulary import NOT_STATED, OTHER_UNITS

#: The figures compared, in order: any unapproved use, sensitive data, paying out of pocket.
KEYS = (OVERALL, SENSITIVE, PAYS)
LABELS = {key: NAMES[key] for key in KEYS}


def headline(report: Report) -> dict[str, Figure]:
    """The compared figures of one report."""
    overall, sensitive = report.prevalence.overall, report.prevalence.sensitive
    assert overall is not None and sensitive is not None  # a built report has both (only old JSON lacks them)
    return {OVERALL: overall, SENSITIVE: sensitive,
            PAYS: report.spend.pays_out_of_pocket}


@dataclass(frozen=True)
class UnitRow:
    """One row: a unit (or the merged small units, or those who stated none), its size and its figures."""

    code: str
    label: str
    respondents: Figure
    figures: dict[str, Figure]
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "label": self.label,
                                "respondents": self.respondents.to_dict(),
                                **{key: self.figures[key].to_dict() for key in KEYS}}
        if self.members:
            data["members"] = list(self.members)
        return data


@dataclass(frozen=True)
class UnitComparison:
    """The whole campaign's compared figures and a row per group of its participation table."""

    k: int
    whole: dict[str, Figure]
    rows: tuple[UnitRow, ...]
    #: The org-unit reports the rows come from: each is released through the ledger with the comparison.
    reports: tuple[Report, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"figures": [{"key": key, "label": LABELS[key]} for key in KEYS],
                "whole": {key: self.whole[key].to_dict() for key in KEYS},
                "rows": [row.to_dict() for row in self.rows]}


def compare_units(counts: Tally, whole: Report | None = None, *, lang: str | None = None) -> UnitComparison:
    """The comparison of the campaign counted in ``counts`` (``whole``: its whole-campaign report, if made)."""
    options = {} if lang is None else {"lang": lang}
    whole = whole if whole is not None else build_report(counts, **options)
    heads = headline(whole)
    rows: list[UnitRow] = []
    reports: list[Report] = []
    # Each unit's own report, as build_report(counts, org_unit=...) gives it: audited beside the others.
    own = unit_columns.unit_reports(whole, lambda unit: draft_report(counts, org_unit=unit, **options))
    for cell in whole.participation.by_org_unit:
        if cell.code in (OTHER_UNITS, NOT_STATED):  # no report of their own: the last piece of a sum
            figures = {key: unit_columns.withheld(heads[key]) for key in KEYS}
        else:
            report = own[cell.code]
            reports.append(report)
            figures = headline(report)
        rows.append(UnitRow(cell.code, cell.label, cell.figure, figures, cell.members))
    audited = audit_columns(tuple(rows), heads, whole.k)
    return UnitComparison(whole.k, heads, audited, tuple(reports))


def column_problem(rows: Sequence[UnitRow], whole: Figure, key: str, k: int) -> str | None:
    """Why column ``key`` would let a withheld row be worked out from the whole and the shown rows, or None
    (the rule every unit's own report is audited with: :func:`desktop.collector.unit_columns.column_problem`)."""
    return unit_columns.column_problem([unit_columns.Row(row.code, row.respondents, row.figures[key])
                                        for row in rows], whole, k)


def audit_columns(rows: tuple[UnitRow, ...], whole: dict[str, Figure], k: int) -> tuple[UnitRow, ...]:
    """Every column audited (see the module docstring); a column that fails withholds every row's figure."""
    for key in KEYS:
        if column_problem(rows, whole[key], key, k) is not None:
            rows = tuple(replace(row, figures={**row.figures, key: unit_columns.withheld(row.figures[key])
                                               if row.figures[key].shown else row.figures[key]})
                         for row in rows)
    return rows


def with_units(report: Report, counts: Tally, *, lang: str | None = None) -> Report:
    """The whole-campaign report carrying its org units side by side (an org unit's report as it is)."""
    if report.org_unit is not None or report.notice is not None:
        return report
    return replace(report, units=compare_units(counts, report, lang=lang))


@contextmanager
def releasing_units(ledger: Any, campaign: str, report: Report, output: str,
                    target: str | None = None) -> Iterator[None]:
    """Release, through the ledger, every org-unit report a comparison shows, with the report carrying it."""
    with ExitStack() as stack:
        comparison = getattr(report, "units", None)
        for unit_report in comparison.reports if comparison is not None else ():
            stack.enter_context(ledger.releasing(campaign, unit_report, output, target))
        yield
