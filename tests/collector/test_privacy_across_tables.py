"""The privacy tests of the report's own tables, run on the trend and on the org units side by side.

* The k rule: every figure the comparison or a trend shows rests on at least k people, and an exact share
  leaves none or at least k people on either side (as ``test_suppression_subtraction`` checks for a report).
* Differencing: the whole minus every unit shown never works a withheld unit's figure out (the interval
  attack of ``suppression_attackers``, on the comparison's columns), and a trend never compares a figure
  withheld in either campaign, so later minus the difference cannot give it back.
* Every unit's own report: the whole minus the ``--org-unit`` reports of every unit, figure by figure
  (headline, per tool, per answer, per table cell), never works a withheld unit's figure out either, and
  those reports show exactly what the comparison shows.
* The ledger: every unit report a comparison shows is a release of that unit's scope.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.collector import privacy_rules as rules
from desktop.collector import trends, unit_columns
from desktop.collector.aggregate import build_report
from desktop.collector.ledger import ReleaseLedger, ReleaseRefused
from desktop.collector.report_figure import Figure
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.collector.tally import tally
from desktop.collector.trend_report import trend_csv
from desktop.collector.unit_compare import (
    KEYS,
    UnitComparison,
    UnitRow,
    compare_units,
    headline,
    releasing_units,
    with_units,
)
from tests.collector.suppression_attackers import attack
from tests.collector.suppression_cases import CATALOG, POLICY, K, Q, plain, tool


def k_rule_problem(figure: Figure) -> str | None:
    """Why a shown figure breaks the k rule, or None."""
    if not figure.shown:
        return None
    if figure.kind == "share" and figure.n is not None and figure.n < K:
        return f"rests on {figure.n}"
    if figure.count is not None and figure.n is not None and (
            rules.is_small(figure.count, K) or rules.is_small(figure.n - figure.count, K)):
        return f"{figure.count} of {figure.n}"
    return None


def adds_to(row, values: list[int], before: list[int], key: str) -> bool:
    """Whether the comparison tells more of a withheld row than the whole and participation alone: one count
    (other than none or all) where there were several, or, for a row withheld as fewer than k, some but not all
    of 1..k-1 on either side, other than the whole alone already said."""
    n = row.respondents.count if row.respondents.shown else None
    if len(values) == 1 and len(before) > 1 and values[0] not in (0, n):
        # Those who stated no unit, worked out as every unit is shown, may be: as a share their own report
        # could show, it singles nobody out.
        return not (row.code in ("other_units", "not_stated") and n is not None
                    and rules.share_reason(values[0], n, K) is None)
    if row.figures[key].reason != "fewer_than_k" and (row.code in ("other_units", "not_stated")
                                                      or row.figures[key].reason not in rules.REASONS):
        return False
    small = set(range(1, K))

    def sides(found: list[int]) -> list[set[int]]:
        return [set(found) & small, {n - value for value in found} & small if n is not None else set()]

    return any(side and side != small and side != earlier for side, earlier in zip(sides(values), sides(before),
                                                                                    strict=True))


def people(units: dict[str | None, tuple[int, int]]):
    """Summaries: per unit (None: not stated), ``(users, others)`` people with and without an unapproved tool."""
    summaries = []
    for unit, (users, others) in units.items():
        summaries += [plain(unit=unit, tools=[tool("chatgpt")], pays=True) for _ in range(users)]
        summaries += [plain(unit=unit) for _ in range(others)]
    return summaries


groups = st.fixed_dictionaries({
    "eng": st.tuples(st.integers(0, 14), st.integers(0, 14)),
    "sales": st.tuples(st.integers(0, 14), st.integers(0, 14)),
    "legal": st.tuples(st.integers(0, 8), st.integers(0, 8)),
    None: st.tuples(st.integers(0, 8), st.integers(0, 8)),
})


@settings(max_examples=150, deadline=None)
@given(groups)
def test_the_comparison_keeps_the_k_rule_and_survives_differencing(units):
    summaries = people(units)
    if len(summaries) < K:
        return
    comparison = compare_units(tally(summaries, Q, CATALOG, POLICY))
    rows = {row.code: row for row in comparison.rows}
    for row in comparison.rows:
        for key in KEYS:
            assert k_rule_problem(row.figures[key]) is None, (row.code, key, row.figures[key])
        if row.respondents.shown:
            assert not rules.is_small(row.respondents.count or 0, K)
    # What the whole and the participation table alone say of each row (no unit shown): the comparison
    # must not add to it. (A row of 7 when 5 of the whole have the answer has 2 or more without it, from
    # the whole report alone; see docs/security.md, links between tables.)
    alone = dataclasses.replace(comparison, rows=tuple(
        dataclasses.replace(row, figures={key: Figure(None, suppressed=True, reason="complementary")
                                          for key in KEYS}) for row in comparison.rows))
    for key in KEYS:
        before = attack(alone, key)
        for code, values in attack(comparison, key).items():
            truth = units.get(code if code != "not_stated" else None)
            if truth is not None and key != "sensitive":
                assert truth[0] in values  # the attacker's sets hold the truth: the attack is sound
            assert not adds_to(rows[code], values, before[code], key), (units, key, code, values, before[code])


def _campaign(users: int, others: int, campaign: str):
    summaries = people({"eng": (users, others), "sales": (users, others)})
    for summary in summaries:
        summary["campaign"] = campaign
    return build_report(tally(summaries, Q, CATALOG, POLICY))


@pytest.mark.parametrize(("before", "after"), [((1, 29), (10, 20)), ((10, 20), (2, 28)), ((14, 2), (10, 20))],
                         ids=["withheld-earlier", "withheld-later", "almost-everyone-earlier"])
def test_a_trend_never_compares_a_withheld_figure(before, after):
    earlier, later = _campaign(*before, "2026-q3"), _campaign(*after, "2026-q4")
    result = trends.trends([trends.Campaign("2026-q3", earlier), trends.Campaign("2026-q4", later)])
    changes = {change.key: change for change in result[0].changes}
    for key, change in changes.items():
        for figure in (change.earlier, change.later):
            assert figure is None or k_rule_problem(figure) is None
        if change.earlier is None or change.later is None or not (change.earlier.shown and change.later.shown):
            assert not change.compared and change.ci_low is None and change.ci_high is None, key
    withheld = [key for key, change in changes.items() if not change.compared]
    assert trends.OVERALL in withheld and "tool:chatgpt" in withheld
    # The file: a row with either estimate empty has no difference and no interval, so nothing recovers it.
    for row in csv.DictReader(io.StringIO(trend_csv(result))):
        if not row["earlier_estimate"] or not row["later_estimate"]:
            assert row["difference"] == row["ci_low"] == row["ci_high"] == "" and row["not_compared"], row


def test_the_trend_shows_only_figures_each_campaigns_report_shows():
    earlier, later = _campaign(6, 24, "2026-q3"), _campaign(12, 18, "2026-q4")
    result = trends.trends([trends.Campaign("2026-q3", earlier), trends.Campaign("2026-q4", later)])
    shown_before = {key: figure for key, (_label, figure) in trends._figures(earlier).items() if figure.shown}
    shown_after = {key: figure for key, (_label, figure) in trends._figures(later).items() if figure.shown}
    for change in result[0].changes:
        if change.compared:
            assert change.earlier == shown_before[change.key] and change.later == shown_after[change.key]


def _row(number: int, unit: str | None) -> SummaryRow:
    summary = plain(unit=unit)
    summary["submission_id"] = f"{number:032x}"
    text = json.dumps(summary, sort_keys=True)
    return SummaryRow(f"{number:032x}", "2026-q4", "candor-assessment", 1, 1, hashlib.sha256(text.encode()).hexdigest(),
                      text)


def test_a_units_own_report_is_the_release_the_comparison_made_of_it(tmp_path):
    """The comparison released sales' report; sales' own report of the same summaries is the same release (no
    summary differs, so the ledger allows it) and shows the same figures, the audited ones."""
    with CollectorStore.open(tmp_path / "collector") as store:
        store.put_many([_row(n, "eng") for n in range(20)] + [_row(100 + n, "sales") for n in range(20)]
                       + [_row(200 + n, None) for n in range(5)])
        ledger = ReleaseLedger(store, K)
        counts = tally(store.summaries("2026-q4"), Q, CATALOG, POLICY)
        report = with_units(build_report(counts), counts)
        with ledger.releasing("2026-q4", report, "html", "all.html"), \
                releasing_units(ledger, "2026-q4", report, "html", "all.html"):
            pass
        own = build_report(counts, org_unit="sales")
        with ledger.releasing("2026-q4", own, "csv", "sales.csv"):
            pass
        released = {row.code: row for row in report.units.rows}
        assert released["sales"].figures == headline(own)
        assert [release.scope for release in ledger.releases("2026-q4", org_unit="sales")] == ["org_unit:sales"] * 2


def test_the_comparison_is_a_release_of_every_unit_it_shows(tmp_path):
    """Eng's report was released at 20; 2 more in eng and 3 in sales later, the whole differs by 5 (allowed)
    but eng by 2: the report with the units side by side would let eng's two be worked out, so it is refused."""
    with CollectorStore.open(tmp_path / "collector") as store:
        store.put_many([_row(n, "eng") for n in range(20)] + [_row(100 + n, "sales") for n in range(20)])
        ledger = ReleaseLedger(store, K)
        counts = tally(store.summaries("2026-q4"), Q, CATALOG, POLICY)
        with ledger.releasing("2026-q4", build_report(counts, org_unit="eng"), "html", "eng.html"):
            pass
        store.put_many([_row(200, "eng"), _row(201, "eng")] + [_row(300 + n, "sales") for n in range(3)])
        counts = tally(store.summaries("2026-q4"), Q, CATALOG, POLICY)
        report = with_units(build_report(counts), counts)
        with pytest.raises(ReleaseRefused) as refused, ledger.releasing("2026-q4", report, "html", "all.html"), \
                releasing_units(ledger, "2026-q4", report, "html", "all.html"):
            pass
        assert refused.value.refusal.org_unit == "eng"
        assert [release.scope for release in ledger.releases("2026-q4", every_scope=True)] == ["org_unit:eng"]


def test_a_units_own_report_beside_the_whole_does_not_bound_a_withheld_unit():
    """Found by the comparison's hypothesis test: sales 0 of 5, legal 2 of 7 (withheld, fewer than k), 5 of 5
    who stated no unit. Whole 7 of 17 minus sales' 0 leaves 7 for legal and the 5 not stated: legal has at
    least 2, so 1 is ruled out. The comparison withholds sales; sales' own report shows 0 of 5."""
    summaries = people({"sales": (0, 5), "legal": (2, 5), None: (5, 0)})
    counts = tally(summaries, Q, CATALOG, POLICY)
    comparison = compare_units(counts)
    assert not {row.code: row for row in comparison.rows}["sales"].figures["overall"].shown
    sales = build_report(counts, org_unit="sales").prevalence.overall
    assert not sales.shown, "sales' own report shows the figure the comparison withholds"
    assert sales.reason == rules.COMPLEMENTARY
    # The other figures of the same column are withheld in every unit's report alike.
    assert not build_report(counts, org_unit="legal").prevalence.overall.shown


def test_a_units_own_table_beside_the_whole_does_not_bound_a_withheld_cell():
    """The same attack on a table cell: 7 of 29 are beginners (legal 2 of 7, those who stated no unit 5 of 5,
    eng 0 of 12). Legal's table shows nothing (its 2 beginners have no partner). Sales' 0 of 5 beside the whole
    would leave legal 2 to 7 beginners, ruling out 1; so sales withholds the cell, and the confident one (the
    same people the other way round), as every unit does."""
    counts = tally(mixed_people({"sales": (0, 0, 5), "legal": (2, 0, 5), None: (5, 0, 0), "eng": (0, 6, 6)}),
                   Q, CATALOG, POLICY)
    assert build_report(counts).literacy.cell("beginner").figure.count == 7
    assert build_report(counts, org_unit="legal").literacy.cell("beginner").figure.reason == rules.COMPLEMENTARY
    sales = build_report(counts, org_unit="sales").literacy
    assert not sales.cell("beginner").figure.shown and not sales.cell("confident").figure.shown
    assert not build_report(counts, org_unit="eng").literacy.cell("beginner").figure.shown


UNITS = ("eng", "sales", "legal")


def mixed_people(units: dict[str | None, tuple[int, int, int]]):
    """Summaries: per unit (None: not stated), ``(payers, users, others)``: users of an unapproved tool who pay
    for it themselves, have no approved tool and call themselves beginners; users who do not pay, are confident
    and agree the strategy is clear; and people with no unapproved tool. So the reports' exact shares, answers and
    table cells (not only the headline) differ from unit to unit."""
    summaries = []
    for unit, (payers, users, others) in units.items():
        summaries += [plain(unit=unit, tools=[tool("chatgpt")], pays=True, reasons=["no_approved_tool"],
                            literacy="beginner") for _ in range(payers)]
        summaries += [plain(unit=unit, tools=[tool("claude")], literacy="confident",
                            sentiment={"strategy_clear": "agree"}) for _ in range(users)]
        summaries += [plain(unit=unit, literacy="confident") for _ in range(others)]
    return summaries


mixed = st.fixed_dictionaries({
    "eng": st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 9)),
    "sales": st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 9)),
    "legal": st.tuples(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6)),
    None: st.tuples(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6)),
})


def as_columns(whole, reports: dict[str, object]) -> UnitComparison:
    """Every figure of the whole report as a column, each unit's row holding its own report's figure (those
    with no report of their own, and figures a unit's report lacks, withheld), in the comparison's form."""
    places = {code: unit_columns.figures(report) for code, report in reports.items()}
    columns = unit_columns.figures(whole)
    rows = []
    for cell in whole.participation.by_org_unit:
        own = places.get(cell.code, {})
        rows.append(UnitRow(cell.code, cell.label, cell.figure, {
            place: own.get(place) or Figure(None, suppressed=True, reason="complementary") for place in columns}))
    return UnitComparison(whole.k, columns, tuple(rows))


@settings(max_examples=60, deadline=None)
@given(mixed)
def test_every_units_own_report_beside_the_whole_and_the_others_survives_differencing(units):
    summaries = mixed_people(units)
    if len(summaries) < K:
        return
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = build_report(counts)
    reports = {code: build_report(counts, org_unit=code) for code in UNITS}
    for code, report in reports.items():
        for place, figure in unit_columns.figures(report).items():
            assert k_rule_problem(figure) is None, (code, place, figure)
        # What a report derives from its figures follows their withholding: no gap, candidate or top tool
        # rests on a withheld figure.
        assert all(gap.gap is None for gap in report.perception_gap if not gap.employees.shown), code
        assert all(candidate.demand.shown for candidate in report.license_candidates), code
        assert all(category.top_tool is None for category in report.prevalence.by_category
                   if not category.figure.shown), code
    columns = as_columns(whole, reports)
    rows = {row.code: row for row in columns.rows}
    alone = dataclasses.replace(columns, rows=tuple(
        dataclasses.replace(row, figures={key: Figure(None, suppressed=True, reason="complementary")
                                          for key in columns.whole}) for row in columns.rows))
    for key in columns.whole:
        before = attack(alone, key)
        for code, values in attack(columns, key).items():
            assert not adds_to(rows[code], values, before[code], key), (units, key, code, values, before[code])
    # The comparison shows each unit's own figures, no more and no fewer.
    for row in compare_units(counts).rows:
        if row.code in reports:
            assert row.figures == headline(reports[row.code]), row.code
