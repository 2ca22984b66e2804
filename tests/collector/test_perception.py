"""Issue 16: the perception gap from senior leaders’ own answers, and the fallback to the benchmark.

Leaders answer the same strategy statements; the report sets their share agreeing against everyone
else's when both groups reach k, and otherwise uses the policy's benchmark and says so, without
showing anything of a small group of leaders.
"""

from __future__ import annotations

import json

import pytest

from desktop.collector.aggregate import aggregate
from desktop.collector.perception import LEADERS_SMALL, NO_LEADERS, STAFF_SMALL, UNIT_REPORT
from desktop.collector.report_csv import rows
from desktop.collector.report_html import render_html
from desktop.collector.report_sections import FROM_ANSWERS, FROM_BENCHMARK
from tests.collector.perception_cases import BENCHMARK, staff_and_leaders
from tests.collector.suppression_cases import CATALOG, Q, make_policy, plain, randomized


def gap(report, item="strategy_successful"):
    return next(g for g in report.perception_gap if g.id == item)


def test_exact_answers_of_both_groups_give_leaderships_view_from_the_summaries():
    policy = make_policy(False, **BENCHMARK)
    report = aggregate(staff_and_leaders(20, 14, 200, 50), Q, CATALOG, policy)
    item = gap(report)
    assert item.source == FROM_ANSWERS and item.fallback is None
    assert item.leadership_answers.count == 14 and item.leadership_answers.n == 20
    assert item.leadership == pytest.approx(0.7)
    assert (item.employees.count, item.employees.n) == (50, 200)  # everyone but the leaders
    assert item.gap == pytest.approx(0.7 - 0.25)
    html = render_html(report, organization="Acme")
    assert "senior leaders’ own answers" in html
    assert "70%" in html and "25%" in html
    csv = [row for row in rows(report) if row["table"] == "perception_gap" and row["row"] == "strategy_successful"]
    assert {row["column"] for row in csv} >= {"employees", "leadership_answers", "gap"}


def test_randomized_answers_of_both_groups_are_estimated_with_intervals():
    policy = make_policy(True, **BENCHMARK)
    summaries = []
    for index in range(800):
        summary = randomized()
        leader = index < 400
        summary["group"] = {"role_level": "senior_leader"} if leader else {}
        agrees = index % 5 < (2 if leader else 1)  # sent: 2 in 5 leaders, 1 in 5 others (estimates 70%, 10%)
        summary["randomized"]["sentiment"]["strategy_successful"] = "agree" if agrees else "disagree"
        summaries.append(summary)
    report = aggregate(summaries, Q, CATALOG, policy)
    item = gap(report)
    assert item.source == FROM_ANSWERS
    lead, staff = item.leadership_answers, item.employees
    assert lead.method == "randomized_response" and lead.n == 400 and staff.n == 400
    assert lead.ci_low < lead.estimate < lead.ci_high and lead.estimate > staff.ci_high
    assert item.gap > 0.3


@pytest.mark.parametrize("leaders, staff, why", [(3, 200, LEADERS_SMALL), (0, 200, NO_LEADERS),
                                                 (200, 3, STAFF_SMALL)],
                         ids=["three-leaders", "no-leaders", "three-employees"])
def test_one_group_below_k_falls_back_to_the_benchmark_and_reveals_nothing_of_it(leaders, staff, why):
    policy = make_policy(False, **BENCHMARK)
    summaries = staff_and_leaders(leaders, leaders, staff, staff // 4)
    report = aggregate(summaries, Q, CATALOG, policy)
    item = gap(report)
    assert item.source == FROM_BENCHMARK and item.fallback == why
    assert item.leadership_answers is None and item.leadership == 0.75
    whole = next(s for s in report.sentiment if s.id == "strategy_successful").agree
    assert item.employees == whole  # everyone's figure, the same as the sentiment table's
    # Nothing in any output rests on the small group alone.
    small = min(leaders, staff)
    data = json.dumps(report.to_dict()["perception_gap"])
    assert '"leadership_answers": {' not in data
    if small:
        assert f'"n": {small},' not in data and f'"count": {small},' not in data
    html = render_html(report, organization="Acme")
    assert "benchmark" in html
    assert not [row for row in rows(report) if row["column"] == "leadership_answers"]


def test_leaders_hidden_in_the_role_table_are_not_split_out():
    """Six leaders pass k, but the role table hides their row to protect the four managers beside it."""
    policy = make_policy(False, **BENCHMARK)
    summaries = staff_and_leaders(6, 6, 100, 30)
    summaries += [plain(role="manager", sentiment={"strategy_successful": "agree"}) for _ in range(4)]
    report = aggregate(summaries, Q, CATALOG, policy)
    cell = next((c for c in report.participation.by_role_level if c.code == "senior_leader"), None)
    if cell is None or not cell.figure.shown:
        assert gap(report).source == FROM_BENCHMARK and gap(report).fallback == LEADERS_SMALL
    else:
        assert gap(report).source == FROM_ANSWERS


def test_an_org_unit_report_uses_the_benchmark_and_says_why():
    policy = make_policy(False, **BENCHMARK)
    summaries = staff_and_leaders(20, 10, 100, 25, unit="eng") + staff_and_leaders(10, 5, 100, 25, unit="sales")
    report = aggregate(summaries, Q, CATALOG, policy, org_unit="eng")
    item = gap(report)
    assert item.source == FROM_BENCHMARK and item.fallback == UNIT_REPORT and item.leadership_answers is None


def test_a_statement_whose_split_would_single_people_out_falls_back():
    """Leaders are 20, but only 2 of them disagree: their share agreeing would point at those two."""
    policy = make_policy(False, **BENCHMARK)
    report = aggregate(staff_and_leaders(20, 18, 200, 50), Q, CATALOG, policy)
    item = gap(report)
    assert item.source == FROM_BENCHMARK and item.fallback == "withheld" and item.leadership_answers is None


def test_the_stored_tally_keeps_the_leaders_answers_apart():
    from desktop.collector.aggregate import build_report
    from desktop.collector.tally import tally
    from desktop.collector.tally_cache import dumps, loads

    policy = make_policy(False, **BENCHMARK)
    counts = tally(staff_and_leaders(20, 14, 200, 50), Q, CATALOG, policy)
    again = loads(dumps(counts), Q, CATALOG, policy)
    assert gap(build_report(again)) == gap(build_report(counts))
    assert gap(build_report(again)).source == FROM_ANSWERS
