"""No figure from fewer than k by subtraction: a unit report beside the whole campaign, or several unit
reports taken from it, pins no one.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.collector import privacy_rules as rules
from desktop.collector.aggregate import build_report
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.collector.tally import tally
from tests.collector.suppression_cases import (
    CATALOG,
    POLICY,
    K,
    Q,
    cells,
    figures,
    plain,
    report,
    tool,
)

# --- subtraction ----------------------------------------------------------------------------------


def test_subtraction_attack_on_org_unit_participation_fails():
    """Legal has k - 1 = 4 members and the total is shown: total minus what is visible must not give 4."""
    summaries = ([plain(unit="eng") for _ in range(20)] + [plain(unit="sales") for _ in range(12)]
                 + [plain(unit="legal") for _ in range(K - 1)] + [plain() for _ in range(9)])
    participation = report(summaries).participation
    total = participation.respondents.count
    assert total == 45
    shown = {cell.code: cell for cell in participation.by_org_unit}
    assert shown["other_units"].members == ("legal",) and shown["other_units"].figure.reason == "fewer_than_k"
    assert "legal" not in shown
    visible = {code: cell.figure.count for code, cell in shown.items() if cell.figure.shown}
    hidden = {code: cell.figure.reason for code, cell in shown.items() if cell.figure.suppressed}
    assert visible == {"eng": 20}
    assert hidden == {"sales": "complementary", "other_units": "fewer_than_k", "not_stated": "complementary"}
    # The attacker's best effort: what the hidden cells hold together, and every size of the small
    # cell that agrees with everything shown (a fewer-than-k cell holds 1..k-1; the two partners
    # each at least k and, being the smallest, less than eng's 20, which is listed before them).
    remainder = total - sum(visible.values())
    splits = [small for small in range(1, K) if 2 * K <= remainder - small <= 2 * (visible["eng"] - 1)]
    assert splits == [1, 2, 3, 4], f"the small unit's size is narrowed: {splits}"


def test_unit_report_withholds_what_subtraction_from_the_whole_would_reveal():
    # chatgpt: 10 of 20 in eng, and only 3 people outside eng. Whole minus eng would show those 3.
    summaries = ([plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(10)]
                 + [plain(unit="eng") for _ in range(10)]
                 + [plain(unit="sales", tools=[tool("chatgpt")]) for _ in range(3)]
                 + [plain(unit="sales") for _ in range(17)])
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = build_report(counts).prevalence.tool("chatgpt")
    eng = build_report(counts, org_unit="eng").prevalence.tool("chatgpt")
    assert whole is not None and eng is not None
    assert whole.unapproved_use.count == 13
    assert eng.unapproved_use.suppressed and eng.unapproved_use.reason == "complementary"


def test_unit_below_k_gets_a_fully_withheld_report_that_says_why():
    summaries = [plain(unit="eng", tools=[tool("chatgpt")], literacy="basic") for _ in range(30)]
    summaries += [plain(unit="legal", tools=[tool("chatgpt")], literacy="basic") for _ in range(K - 1)]
    legal = report(summaries, org_unit="legal")
    assert legal.org_unit == "legal" and legal.org_unit_label == "Legal"
    assert legal.notice is not None and "fewer than 5 respondents" in legal.notice.text
    every = list(figures(legal))
    assert every and all(figure.suppressed and figure.reason == "fewer_than_k" for figure in every)
    assert legal.license_candidates == ()
    data = legal.to_dict()
    assert data["respondents"] is None
    assert all(item["unapproved_use"] is None and item["suppressed"] for item in data["tools"])


def test_a_unit_whose_size_the_whole_report_hides_gets_no_report_of_its_own():
    # Legal (4) is folded away and sales (6) hidden as its partner: a sales report would give 6 away,
    # and with it legal's 4.
    summaries = ([plain(unit="eng") for _ in range(40)] + [plain(unit="sales") for _ in range(6)]
                 + [plain(unit="legal") for _ in range(4)] + [plain() for _ in range(12)])
    whole = cells(report(summaries).participation.by_org_unit)
    assert whole["other_units"].reason == "fewer_than_k" and whole["sales"].reason == "complementary"
    sales = report(summaries, org_unit="sales")
    assert sales.notice is not None and sales.notice.code == "withheld_unit_size_hidden"
    assert sales.respondents.suppressed and sales.to_dict()["respondents"] is None
    assert whole["not_stated"].reason == "complementary"  # the second partner
    assert report(summaries, org_unit="eng").respondents.count == 40


def test_unit_leaving_fewer_than_k_outside_it_is_withheld_too():
    summaries = [plain(unit="eng") for _ in range(30)] + [plain(unit="sales") for _ in range(2)]
    eng = report(summaries, org_unit="eng")
    assert eng.notice is not None and eng.notice.code == "withheld_complementary"
    assert all(figure.suppressed and figure.reason == "complementary" for figure in figures(eng))


def test_unit_report_shows_only_its_own_aggregates():
    summaries = [plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(20)]
    summaries += [plain(unit="sales") for _ in range(20)]
    eng = report(summaries, org_unit="eng")
    assert eng.respondents.count == 20
    chatgpt = eng.prevalence.tool("chatgpt")
    assert chatgpt is not None and chatgpt.unapproved_use.estimate == 1.0
    assert [cell.code for cell in eng.participation.by_org_unit] == ["eng"]


def _old_rule(counts: dict[str, int], rest: dict[str, int] | None = None) -> dict[str, str | None]:
    """The rules before the audit, for comparison: small cells, rest-forced cells, one partner."""
    reasons: dict[str, str | None] = {}
    for code, count in counts.items():
        if rest is not None and count and 0 < rest[code] < K:
            reasons[code] = "complementary"
        else:
            reasons[code] = "fewer_than_k" if 0 < count < K else None
    hidden = [code for code, reason in reasons.items() if reason]
    if len(hidden) == 1:
        visible = [code for code, reason in reasons.items() if reason is None]
        order = list(counts)
        reasons[min(visible, key=lambda c: (counts[c] == 0, counts[c], order.index(c)))] = "complementary"
    return reasons


LEVELS = ("beginner", "basic", "confident", "advanced")
WHOLE = {"beginner": 3, "basic": 10, "confident": 15, "advanced": 7}
ENG = {"beginner": 1, "basic": 5, "confident": 6, "advanced": 7}


def test_the_old_rules_let_the_unit_report_pin_the_whole_campaigns_small_cell():
    # The whole shows basic 10 and confident 15; eng shows confident 6 and advanced 7 (beginner
    # withheld because the rest has 2, basic as its partner). Eng's advanced 7 was not withheld, so
    # the rest has 0 or at least 5 advanced: the whole's advanced (a partner, 5..10) is 7, and its
    # withheld beginners are exactly 3.
    rest = {code: WHOLE[code] - ENG[code] for code in LEVELS}
    old_whole, old_eng = _old_rule(WHOLE), _old_rule(ENG, rest)
    assert [code for code in LEVELS if old_whole[code] is None] == ["basic", "confident"]
    assert [code for code in LEVELS if old_eng[code] is None] == ["confident", "advanced"]
    possible = set()
    for beginner, basic in itertools.product(range(11), range(7)):
        whole = {**WHOLE, "beginner": beginner, "advanced": 10 - beginner}
        eng = {**ENG, "beginner": basic and 6 - basic, "basic": basic}
        if any(eng[code] > whole[code] for code in LEVELS):
            continue
        rest_ = {code: whole[code] - eng[code] for code in LEVELS}
        same = all((_old_rule(whole)[c] is None) == (old_whole[c] is None) for c in LEVELS) and all(
            (_old_rule(eng, rest_)[c] is None) == (old_eng[c] is None) for c in LEVELS)
        if same and _old_rule(whole)["beginner"] == "fewer_than_k":
            possible.add(beginner)
    assert possible == {3}


def test_the_unit_report_beside_the_whole_campaign_is_audited_together():
    summaries = [plain(unit="eng", literacy=level) for level in LEVELS for _ in range(ENG[level])]
    summaries += [plain(unit="sales", literacy=level) for level in LEVELS for _ in range(WHOLE[level] - ENG[level])]
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = cells(build_report(counts).literacy.cells)
    eng = cells(build_report(counts, org_unit="eng").literacy.cells)
    assert {code for code, figure in whole.items() if figure.shown} == {"confident"}
    # Eng withholds what the whole withholds, whatever its own counts, and shows the rest.
    assert {code: figure.reason for code, figure in eng.items()} == {
        "beginner": "complementary", "basic": "complementary", "confident": None, "advanced": "complementary"}
    assert eng["confident"].count == 6

    # The attacker with both reports, by brute force over everything they cannot see.
    from desktop.collector import suppression_audit as audited
    from desktop.collector.int_sets import values

    published_whole = audited.protect_distribution(WHOLE, K).reasons
    protection = audited.protect_distribution(ENG, K, {c: WHOLE[c] - ENG[c] for c in LEVELS})
    published_eng = protection.reasons
    found: dict[str, set[int]] = {"whole": set(), "rest": set()}
    rests: dict[str, set[int]] = {code: set() for code in LEVELS}
    units: dict[str, set[int]] = {code: set() for code in LEVELS}
    others = ("beginner", "basic", "advanced")
    for whole_values in itertools.product(range(21), repeat=2):
        candidate = {"confident": 15, "beginner": whole_values[0], "basic": whole_values[1],
                     "advanced": 20 - sum(whole_values)}
        if candidate["advanced"] < 0 or audited.protect_distribution(candidate, K).reasons != published_whole:
            continue
        for unit_values in itertools.product(*(range(min(candidate[c], 13) + 1) for c in others[:2])):
            unit = {"confident": 6, "beginner": unit_values[0], "basic": unit_values[1],
                    "advanced": 13 - sum(unit_values)}
            if not 0 <= unit["advanced"] <= candidate["advanced"]:
                continue
            rest = {c: candidate[c] - unit[c] for c in LEVELS}
            if audited.protect_distribution(unit, K, rest).reasons == published_eng:
                found["whole"].add(candidate["beginner"])
                found["rest"].add(rest["beginner"])
                for code in LEVELS:
                    rests[code].add(rest[code])
                    units[code].add(unit[code])
    assert found["whole"] == {1, 2, 3, 4}  # the whole's small cell: still any of 1..4
    assert {1, 2, 3, 4} <= found["rest"]  # nor is the rest of the campaign's
    # And the audit worked out exactly what this attacker can.
    for code in others:
        assert values(protection.audit.rest_feasible[code]) == sorted(rests[code]), code
        assert values(protection.audit.feasible[code]) == sorted(units[code]), code


def test_a_cell_withheld_for_the_rest_of_the_campaign_says_so_in_every_writer():
    from desktop.collector.report_csv import render_csv
    from desktop.collector.report_html import render_html
    from desktop.collector.report_json import report_dict

    eng = {"basic": 28, "confident": 12, "advanced": 40}
    sales = {"basic": 2, "confident": 18, "advanced": 10}
    summaries = [plain(unit="eng", literacy=level) for level, count in eng.items() for _ in range(count)]
    summaries += [plain(unit="sales", literacy=level) for level, count in sales.items() for _ in range(count)]
    result = report(summaries, org_unit="eng")
    basic = cells(result.literacy.cells)["basic"]
    assert basic.reason == "rest_fewer_than_k" and basic.estimate is None  # the 2 in sales follow from 30 - 28
    words = "withheld (fewer than 5 outside this org unit)"
    assert words in render_html(result, organization="Acme")
    row = next(line for line in render_csv(result).splitlines() if line.startswith("literacy,basic,"))
    assert "rest_fewer_than_k" in row and words in row
    literacy = report_dict(result)["literacy"]
    assert next(cell for cell in literacy["cells"] if cell["code"] == "basic")["reason"] == "rest_fewer_than_k"


def _exact_cells(built: Report) -> dict[tuple[str, str], Figure]:
    """The exact figures of a report that several reports can be subtracted on: people per role
    level, the exact training and literacy answers, and each tool's exact share."""
    found: dict[tuple[str, str], Figure] = {}
    for cell in built.participation.by_role_level:
        found["role", cell.code] = cell.figure
    for name in ("received", "on_work_time"):
        for cell in getattr(built.training, name).cells:
            found[f"training_{name}", cell.code] = cell.figure
    for cell in built.literacy.cells:
        found["literacy", cell.code] = cell.figure
    for item in built.prevalence.by_tool:
        if item.unapproved_use.method == "exact":
            found["unapproved_use", item.id] = item.unapproved_use
    return {key: figure for key, figure in found.items() if figure.method == "exact"}


def _pinned_by_subtraction(counts: Any, units: Iterable[str]) -> list[tuple[Any, ...]]:
    """Every cell that the whole report minus the reports of one or more units pins at 1..k-1
    people (with the answer, or for a share without it), over every such set of units."""
    whole = _exact_cells(build_report(counts))
    per_unit = {unit: _exact_cells(build_report(counts, org_unit=unit)) for unit in units}
    pinned = []
    for size in range(1, len(per_unit) + 1):
        for chosen in itertools.combinations(per_unit, size):
            for key, figure in whole.items():
                parts = [per_unit[unit].get(key) for unit in chosen]
                if not figure.shown or any(part is None or not part.shown for part in parts):
                    continue
                left = (figure.count or 0) - sum(part.count or 0 for part in parts if part is not None)
                if rules.is_small(left, K):
                    pinned.append((chosen, key, left))
                if figure.kind == "share":
                    left_n = (figure.n or 0) - sum(part.n or 0 for part in parts if part is not None)
                    if rules.is_small(left_n - left, K):
                        pinned.append((chosen, key, "without", left_n - left))
    return pinned


def test_whole_minus_two_unit_reports_pins_no_one():
    """Units eng, sales and legal: 2 of legal's people are team leads. The whole report shows 22
    team leads, eng's and sales' reports 10 each; each unit's rest (12) is safe, but whole minus
    eng minus sales is legal's 2. So no unit report may show its team leads (here, with only two
    roles filled, the unit's role table then shows nothing at all: one withheld cell beside the
    respondents would be no secret)."""
    from tests.collector.built_summaries import built_with_groups

    groups = {("eng", "individual_contributor"): 20, ("eng", "team_lead"): 10,
              ("sales", "individual_contributor"): 20, ("sales", "team_lead"): 10,
              ("legal", "individual_contributor"): 20, ("legal", "team_lead"): 2}
    summaries = built_with_groups(Q, CATALOG, POLICY, groups, "three-units")
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = cells(build_report(counts).participation.by_role_level)
    assert whole["team_lead"].count == 22
    for unit in ("eng", "sales"):
        lead = cells(build_report(counts, org_unit=unit).participation.by_role_level)["team_lead"]
        assert lead.suppressed, (unit, lead)
    assert _pinned_by_subtraction(counts, ("eng", "sales", "legal")) == []


@given(st.integers(0, 12), st.lists(st.integers(0, 12), max_size=6), st.integers(2, 6))
def test_remainder_rule_is_exactly_every_set_of_other_units(unstated, others, k):
    """The closed form against the definition: some set S of the other units leaves whole minus
    unit minus S (the not-stated people plus the units outside S) at 1..k-1."""
    by_enumeration = any(
        rules.is_small(unstated + sum(count for index, count in enumerate(others) if index not in chosen), k)
        for size in range(len(others) + 1) for chosen in itertools.combinations(range(len(others)), size))
    assert rules.remainder_small(unstated, others, k) == by_enumeration


def _random_campaign(rng: random.Random) -> list[dict[str, Any]]:
    """A few units (and some who stated none) with small, lopsided groups: many cells of 1..k-1."""
    roles = ["individual_contributor", "team_lead", "manager", None]
    literacy = ["basic", "confident", "advanced", None]
    summaries = []
    for unit in ("eng", "sales", "legal", None):
        role_weights = [rng.randint(0, 6) for _ in roles]
        for _ in range(rng.choice([0, 2, 6, 9, 14, 20]) if unit is None else rng.randint(K, 22)):
            used = [tool(name) for name, chance in (("chatgpt", 0.3), ("microsoft-copilot", 0.8))
                    if rng.random() < chance]
            summaries.append(plain(unit=unit, role=rng.choices(roles, [w + 1 for w in role_weights])[0],
                                   literacy=rng.choice(literacy), tools=used))
    return summaries


@pytest.mark.parametrize("seed", range(40))
def test_no_set_of_unit_reports_pins_anyone_in_the_whole_report(seed):
    """Whole minus the sum of any set of published unit reports shows no cell of 1..k-1, for
    random three-unit campaigns: role levels, literacy answers and exact tool shares."""
    counts = tally(_random_campaign(random.Random(seed)), Q, CATALOG, POLICY)
    assert _pinned_by_subtraction(counts, ("eng", "sales", "legal")) == []
