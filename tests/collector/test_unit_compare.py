"""Org units side by side: the comparison table must not let a withheld unit be worked out by differencing.

The attacker of these tests holds the whole-campaign figure, every figure the comparison shows
(each unit's share with its n and, for exact answers, its count) and each withheld cell's reason,
and subtracts: whole minus everything shown is what the withheld rows hold together.
"""

from __future__ import annotations

import pytest

from desktop.collector.tally import tally
from desktop.collector.trends import OVERALL, PAYS, SENSITIVE
from desktop.collector.unit_compare import KEYS, compare_units
from tests.collector.suppression_attackers import attack
from tests.collector.suppression_cases import CATALOG, POLICY, K, Q, make_policy, plain, randomized, tool


def _counts(summaries, policy=POLICY):
    return tally(summaries, Q, CATALOG, policy)


def _people(**groups: tuple[int, int]) -> list[dict]:
    """Exact summaries: per org unit (``none``: those who stated no unit), how many used an unapproved tool
    (ChatGPT) and how many did not."""
    summaries = []
    for code, (users, others) in groups.items():
        unit = None if code == "none" else code
        summaries += [plain(unit=unit, tools=[tool("chatgpt")]) for _ in range(users)]
        summaries += [plain(unit=unit) for _ in range(others)]
    return summaries


def worked_out(row, values: list[int], key: str) -> bool:
    """Whether the attacker learns more of a withheld row than its reason says: its one possible count
    (unless that is nobody or everybody, which an empty group or the whole already says), or, for a row
    withheld as fewer than k, fewer sizes than all of 1..k-1."""
    n = row.respondents.count if row.respondents.shown else None
    if len(values) == 1:
        return values[0] != 0 and values[0] != n
    return row.figures[key].reason == "fewer_than_k" and narrowed(values, n)


def narrowed(values: list[int], n: int | None) -> bool:
    small = set(range(1, K))
    found = set(values) & small
    if found and found != small:
        return True
    if n is not None:
        without = {n - value for value in values} & small
        if without and without != small:
            return True
    return False


def test_the_whole_minus_the_shown_units_does_not_give_a_withheld_unit_away():
    """Eng: 2 of 20 used an unapproved tool (withheld, fewer than k); sales 10 of 20; 10 people stated no unit,
    5 of them users. The whole shows 17 of 50. Were the people who stated no unit a row of their own, the
    whole minus sales minus them would be eng's 2."""
    summaries = _people(eng=(2, 18), sales=(10, 10), none=(5, 5))
    comparison = compare_units(_counts(summaries))
    rows = {row.code: row for row in comparison.rows}
    assert comparison.whole[OVERALL].count == 17
    assert rows["eng"].figures[OVERALL].suppressed
    assert rows["sales"].figures[OVERALL].count == 10
    for code, values in attack(comparison, OVERALL).items():
        assert not worked_out(rows[code], values, OVERALL), f"{code}'s hidden figure is worked out: {values}"


def test_no_row_beyond_the_units_reports_completes_the_sum():
    """Merged small units and those who stated no unit have no figures of their own in the comparison."""
    summaries = _people(eng=(12, 12), sales=(10, 10), legal=(2, 2), none=(6, 6))
    comparison = compare_units(_counts(summaries))
    rows = {row.code: row for row in comparison.rows}
    assert "legal" not in rows and rows["other_units"].members == ("legal",)
    for code in ("other_units", "not_stated"):
        assert all(rows[code].figures[key].suppressed for key in KEYS)
    for key in KEYS:
        for code, values in attack(comparison, key).items():
            assert not worked_out(rows[code], values, key), (key, code, values)


@pytest.mark.parametrize(("units", "shown"), [((20, 20, 3), set()), ((20, 25, 30, 3), {"ops"})])
def test_randomized_units_leave_at_least_k_behind_what_is_withheld(units, shown):
    """With randomized answers the figure behind the withheld rows is whole times n minus each shown row's
    estimate times n: the summaries behind it must be none or at least k."""
    codes = ["eng", "sales", "ops", "legal"][:len(units) - 1] + ["legal"]
    policy = make_policy(rr=True, org_units=[{"code": code, "label": code.title()} for code in codes])
    summaries = [randomized(unit=code, used=["chatgpt"] if index % 2 else [])
                 for code, size in zip(codes, units, strict=True) for index in range(size)]
    for summary in summaries:
        summary["campaign"] = policy.campaign.id
    comparison = compare_units(_counts(summaries, policy))
    assert {row.code for row in comparison.rows if row.figures[OVERALL].shown} == shown
    for key in (OVERALL, SENSITIVE, PAYS):
        whole = comparison.whole[key]
        behind = whole.n - sum(row.figures[key].n or 0 for row in comparison.rows if row.figures[key].shown)
        assert behind == 0 or behind >= K, (key, behind)


def test_the_column_audit_withholds_a_column_whose_rows_would_add_up():
    """The audit is a second line: handed the draft's rows (those who stated no unit shown as 5 of 10), it
    finds eng's 2 and withholds every unit's figure in that column; the whole stays."""
    from dataclasses import replace

    from desktop.collector.report_figure import Figure
    from desktop.collector.unit_compare import audit_columns, column_problem

    summaries = _people(eng=(2, 18), sales=(10, 10), none=(5, 5))
    comparison = compare_units(_counts(summaries))
    draft = tuple(replace(row, figures={**row.figures, OVERALL: Figure(0.5, n=10, count=5, method="exact")})
                  if row.code == "not_stated" else row for row in comparison.rows)
    assert column_problem(draft, comparison.whole[OVERALL], OVERALL, K) == "eng would be 2"
    audited = {row.code: row for row in audit_columns(draft, comparison.whole, K)}
    assert all(row.figures[OVERALL].suppressed for row in audited.values())
    assert comparison.whole[OVERALL].shown
    assert column_problem(comparison.rows, comparison.whole[OVERALL], OVERALL, K) is None
