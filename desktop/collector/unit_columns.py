"""Every org unit's own report, audited figure by figure beside the whole campaign's and the other units'.

Reports are made on demand, so an attacker may hold the whole-campaign report and the ``--org-unit``
report of every unit at once. Each figure of a report (found by its place: ``prevalence.overall``,
``training.received.cells[none]`` ...) is then a *column*: the whole campaign's value, and one row per
group of the whole-campaign participation table, each row holding that unit's own figure, and no
figure for the small units merged into "Other units" and for those who stated no unit (they have no
report of their own). Every column is audited with :func:`column_problem`, the rule the units side by
side (:mod:`desktop.collector.unit_compare`) were audited with first: for exact answers the people the
withheld rows can hold together (whole minus every shown row) are split over them within their
sizes, and no withheld row may be left with a single possible count (other than none or all of its
people) nor with some but not all of the sizes 1..k-1, with or without the answer (for a unit's own
withheld figure whatever its reason, as for a withheld cell of a table; for the groups with no report
only when withheld as fewer than k, as the comparison first had it); for randomized
answers the summaries behind the withheld rows together must be none or at least k. Only what the
shown rows add counts: what the whole and the participation table say of a row with no unit shown is
known without any unit report.

A column that fails is withheld (``complementary``) in *every* unit's report, so each report is the
same whichever unit is asked for, and the units side by side show exactly what the units' own reports
show. Withholding can only widen the other columns' ranges, but a figure that two columns share (a
sentiment item's "agree" and the same cell of its table; a category's "at least" figure and its top
tool's) is withheld in both, so the audit is repeated until no column fails.

Not modelled: the columns are audited one at a time; links between columns (a table's cells add up to
its respondents) and a withheld row's base when it is not its size are left to the tables' own audit
(:mod:`desktop.collector.suppression_linked`), which sets each unit's table beside the whole's. The
participation table and the method's respondents are the whole report's own table and are not
re-audited here. That a column was withheld in every unit (the audit failed for it) is visible, as it
is in the comparison; what that fact tells of the values is not modelled either.
Values a report derives from its figures (a category's top tool, a perception gap, the licence
candidates) are made to agree in :func:`_withhold`; a new derived value must be added there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from desktop.collector import privacy_rules as rules
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.collector.vocabulary import NOT_STATED, OTHER_UNITS

#: The groups with no report of their own: the small units merged into one, and those who stated no unit.
NO_REPORT = (OTHER_UNITS, NOT_STATED)
#: Parts of a report that are not audited as columns (see the module docstring).
_NOT_COLUMNS = frozenset({"participation", "method", "units"})
#: The fields that name an element of a tuple in a figure's place.
_NAMES = ("code", "id", "tool_id")
#: The most rounds of the audit (each withholds at least one figure more; a report has far fewer).
_MAX_ROUNDS = 1000


@dataclass(frozen=True)
class Row:
    """One row of a column: a group's code, its size (as the participation table shows it) and its figure."""

    code: str
    respondents: Figure
    figure: Figure


def withheld(figure: Figure, reason: str = rules.COMPLEMENTARY) -> Figure:
    return Figure(None, suppressed=True, reason=reason, method=figure.method, kind=figure.kind)


# --- the rule -----------------------------------------------------------------------------------


def _size(row: Row, whole_n: int) -> int:
    return row.respondents.count if row.respondents.shown and row.respondents.count is not None else whole_n


def _feasible(hidden: Sequence[Row], remainder: int, whole_n: int) -> dict[str, tuple[int, int]]:
    """Each hidden row's possible counts (an interval) when together they hold ``remainder`` within their sizes."""
    sizes = {row.code: _size(row, whole_n) for row in hidden}
    total = sum(sizes.values())
    return {code: (max(0, remainder - (total - size)), min(size, remainder)) for code, size in sizes.items()}


def _worked_out(row: Row, span: tuple[int, int], k: int, alone: tuple[int, int]) -> str | None:
    """Whether ``span`` tells more of the row than its reason and ``alone`` (what is known with no unit shown)
    say: a single count (other than none or all), or, for a unit's row or a row withheld as fewer than k, some
    but not all of 1..k-1 on either side where ``alone`` said otherwise."""
    n = row.respondents.count if row.respondents.shown else None
    low, high = span
    # A group with no report of its own, worked out as every unit is shown, is a share its own report could
    # show when it has at least k people and none or at least k on either side: nobody is singled out.
    harmless = row.code in NO_REPORT and n is not None and rules.share_reason(low, n, k) is None
    if low == high and low not in (0, n) and alone[0] != alone[1] and not harmless:
        return f"{row.code} would be {low}"
    # A unit's withheld figure, whatever its reason, keeps every size 1..k-1 or none (as a withheld cell of
    # a table must, suppression_audit's criterion); so does a group without a report of its own withheld as
    # fewer than k.
    if row.figure.reason != rules.FEWER_THAN_K and (row.code in NO_REPORT or row.figure.reason not in rules.REASONS):
        return None
    small = set(range(1, k))

    def sides(interval: tuple[int, int]) -> tuple[set[int], set[int]]:
        values = set(range(interval[0], interval[1] + 1))
        return values & small, ({n - value for value in values} & small) if n is not None else set()

    for found, before in zip(sides(span), sides(alone), strict=True):
        if found and found != small and found != before:
            return f"{row.code} narrowed to {sorted(found)}"
    return None


def column_problem(rows: Sequence[Row], whole: Figure, k: int) -> str | None:
    """Why the column would let a withheld row be worked out from the whole and the shown rows, or None.

    Only what the shown rows add counts: what the whole campaign's figure and the participation table
    say of a row without any unit shown (a row of 7 people when only 5 of the whole have the answer has
    at least 2 without it) is no more known for the units' reports, and withholding units would not change it.
    """
    if not whole.shown or whole.n is None:
        return None
    shown = [row for row in rows if row.figure.shown]
    hidden = [row for row in rows if not row.figure.shown and _size(row, whole.n) > 0]
    if not hidden or not shown:
        return None
    behind = whole.n - sum(row.figure.n or 0 for row in shown)
    if rules.is_small(behind, k):
        return f"the withheld rows together rest on {behind} summaries"
    if whole.count is None:  # randomized: only the number of summaries behind the rest matters
        return None
    if any(row.figure.count is None for row in shown):
        return "a shown row has no count"
    remainder = whole.count - sum(row.figure.count or 0 for row in shown)
    found = _feasible(hidden, remainder, whole.n)
    alone = _feasible([row for row in rows if _size(row, whole.n) > 0], whole.count, whole.n)
    for row in hidden:
        problem = _worked_out(row, found[row.code], k, alone[row.code])
        if problem:
            return problem
    return None


# --- a report's figures by their place ----------------------------------------------------------


def _name(item: Any, index: int) -> str:
    for attr in _NAMES:
        value = getattr(item, attr, None)
        if isinstance(value, str):
            return value
    return str(index)


def figures(report: Report) -> dict[str, Figure]:
    """Every figure of the report that is audited as a column, by its place (see the module docstring)."""
    found: dict[str, Figure] = {}

    def walk(value: Any, place: str) -> None:
        if isinstance(value, Figure):
            found[place] = value
        elif isinstance(value, tuple):
            names: set[str] = set()
            for index, item in enumerate(value):
                name = _name(item, index)
                name = name if name not in names else f"{name}#{index}"  # never two figures in one place
                names.add(name)
                walk(item, f"{place}[{name}]")
        elif is_dataclass(value) and not isinstance(value, type):
            for field in fields(value):
                if place or field.name not in _NOT_COLUMNS:
                    walk(getattr(value, field.name), f"{place}.{field.name}" if place else field.name)

    walk(report, "")
    return found


def _without(value: Any, ids: set[int]) -> Any:
    """``value`` with every figure whose ``id`` is in ``ids`` withheld, wherever it appears."""
    if isinstance(value, Figure):
        return withheld(value) if id(value) in ids and value.shown else value
    if isinstance(value, tuple):
        items = tuple(_without(item, ids) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: _without(getattr(value, field.name), ids) for field in fields(value)}
        changes = {name: item for name, item in changes.items() if item is not getattr(value, name)}
        return replace(value, **changes) if changes else value
    return value


def _withhold(report: Report, ids: set[int]) -> Report:
    """The report with those figures withheld, and what it derives from them made to agree."""
    report = _without(report, ids)
    prevalence = report.prevalence
    categories = tuple(replace(category, top_tool=None) if category.top_tool and not category.figure.shown
                       else category for category in prevalence.by_category)
    gaps = tuple(_gap_in_step(gap) for gap in report.perception_gap)
    candidates = tuple(candidate for candidate in report.license_candidates if candidate.demand.shown)
    return replace(report, prevalence=replace(prevalence, by_category=categories), perception_gap=gaps,
                   license_candidates=candidates)


def _gap_in_step(gap: Any) -> Any:
    """A perception gap with no figure behind it when either side is withheld (leaders' side, if answered)."""
    leaders = getattr(gap, "leadership_answers", None)
    if leaders is not None and not leaders.shown and gap.leadership is not None:
        gap = replace(gap, leadership=None, gap=None)
    if gap.gap is not None and not gap.employees.shown:
        gap = replace(gap, gap=None)
    return gap


# --- every unit's report --------------------------------------------------------------------------


def _columns(whole: Report, units: Mapping[str, Report]) -> Iterator[tuple[str, list[Row]]]:
    places = {code: figures(report) for code, report in units.items()}
    for place, figure in figures(whole).items():
        if not any(place in found and found[place].shown for found in places.values()):
            continue
        rows = [Row(cell.code, cell.figure, places.get(cell.code, {}).get(place) or withheld(figure))
                for cell in whole.participation.by_org_unit]
        yield place, rows


def audit(whole: Report, units: Mapping[str, Report]) -> dict[str, Report]:
    """Every unit's report (``units``, by code, as built alone) with each failing column withheld."""
    current = dict(units)
    whole_figures = figures(whole)
    for _ in range(_MAX_ROUNDS):
        failing = {place for place, rows in _columns(whole, current)
                   if column_problem(rows, whole_figures[place], whole.k) is not None}
        if not failing:
            return current
        for code, report in current.items():
            ids = {id(figure) for place, figure in figures(report).items() if place in failing}
            if ids:
                current[code] = _withhold(report, ids)
    raise RuntimeError("the org units' figures did not settle")  # pragma: no cover - each round withholds more


def unit_reports(whole: Report, draft: Callable[[str], Report], *,
                 known: Mapping[str, Report] | None = None) -> dict[str, Report]:
    """The report of every org unit the whole-campaign report lists on its own, audited together.

    ``draft`` builds one unit's report alone (before this audit); ``known`` holds drafts made already."""
    drafts = dict(known or {})
    for cell in whole.participation.by_org_unit:
        if cell.code not in NO_REPORT and cell.code not in drafts:
            drafts[cell.code] = draft(cell.code)
    return audit(whole, drafts)
