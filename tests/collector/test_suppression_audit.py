"""The audited suppression rule against an attacker who knows it.

Three attackers, from the weakest assumption to the strongest:

* the one from the finding: the brief's interval formula over the constraints the rule implies
  (``[max(lo_i, S - Σ hi_j), min(hi_i, S - Σ lo_j)]``), written here independently of the module;
* a property test over random small tables, with an independent dynamic-programming attacker;
* brute force: every table of a small size is published, tables are grouped by what is published,
  and each withheld cell's true set of possible values is compared with the audit's. For ordinary
  publications the two must be *equal* (the audit models the rule exactly, no more and no less);
  for every publication, fallbacks included, the criterion must hold.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.collector import int_sets
from desktop.collector import privacy_rules as rules
from desktop.collector.int_sets import int_set
from desktop.collector.suppression_audit import protect_distribution
from desktop.collector.suppression_linked import protect_linked, remainder_forced
from desktop.collector.suppression_model import Protection, Table
from desktop.collector.suppression_rule import check, primary_reason, protect

K = 5


def compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in compositions(total - first, parts - 1):
            yield (first, *rest)


def codes(count: int) -> list[str]:
    return [f"c{index}" for index in range(count)]


def published(table: Table, protection: Protection) -> tuple:
    """Everything the attacker sees of one table."""
    total = None if protection.fallback and table.own_total else table.total
    return (tuple(protection.reasons.items()),
            tuple(None if protection.reasons[code] else value for code, value in table.counts.items()), total)


# --- the attack from the finding ------------------------------------------------------------------


def interval_attack(counts: Mapping[str, int], reasons: Mapping[str, str | None], k: int,
                    total: int) -> dict[str, tuple[int, int]]:
    """The attacker of the finding: boxes from what the rule says, one sum, the interval formula.

    A ``fewer_than_k`` cell holds 1..k-1; a ``complementary`` partner holds at least k and, since
    partners are the smallest cells that could be chosen, at most every visible cell that holds
    someone (strictly less than those listed before it). Valid for count tables, whose boxes are
    intervals.
    """
    order = list(counts)
    visible = {code: counts[code] for code, reason in reasons.items() if reason is None}
    boxes = {}
    for index, code in enumerate(order):
        reason = reasons[code]
        if reason == rules.FEWER_THAN_K:
            boxes[code] = (1, k - 1)
        elif reason == rules.COMPLEMENTARY:
            if all(reason == rules.COMPLEMENTARY for reason in reasons.values()):
                boxes[code] = (0, total)  # the table shows nothing: its cells can be anything
                continue
            high = total
            for other, value in visible.items():
                if value > 0:
                    high = min(high, value if order.index(other) > index else value - 1)
            boxes[code] = (k, high)
    hidden_sum = total - sum(visible.values())
    result = {}
    for code, (low, high) in boxes.items():
        others = [box for other, box in boxes.items() if other != code]
        result[code] = (max(low, hidden_sum - sum(box[1] for box in others)),
                        min(high, hidden_sum - sum(box[0] for box in others)))
    return result


def old_partner_rule(counts: Mapping[str, int], k: int) -> dict[str, str | None]:
    """The rule before the audit: one hidden cell takes the smallest visible cell with someone."""
    reasons: dict[str, str | None] = {code: rules.FEWER_THAN_K if 0 < count < k else None
                                      for code, count in counts.items()}
    hidden = [code for code, reason in reasons.items() if reason]
    if len(hidden) == 1:
        order = {code: index for index, code in enumerate(counts)}
        visible = [code for code, reason in reasons.items() if reason is None]
        partner = min(visible, key=lambda code: (counts[code] == 0, counts[code], order[code]))
        reasons[partner] = rules.COMPLEMENTARY
    return reasons


ATTACK = {"ic": 12, "lead": 11, "manager": 5, "senior": 5, "not_stated": 4}


def test_the_old_rule_lets_a_known_rule_attacker_pin_the_small_cell():
    reasons = old_partner_rule(ATTACK, K)
    assert reasons == {"ic": None, "lead": None, "manager": "complementary", "senior": None,
                       "not_stated": "fewer_than_k"}
    # 37 - 12 - 11 - 5 = 9 hidden; the partner is at least 5 and at most the smallest visible 5.
    assert interval_attack(ATTACK, reasons, K, 37)["not_stated"] == (4, 4)


def test_the_audited_rule_leaves_the_known_rule_attacker_nothing():
    protection = protect(Table(ATTACK, 37), K)
    attack = interval_attack(ATTACK, protection.reasons, K, 37)
    assert protection.audit.ok
    for code, reason in protection.reasons.items():
        if reason == rules.FEWER_THAN_K:
            assert attack[code] == (1, K - 1)
        elif reason:
            assert attack[code][1] - attack[code][0] + 1 >= K
    # Two partners of 5 leave a hidden sum of 14: each partner would be known to be 5..8, so no
    # publication of this table meets the criterion, and it shows nothing.
    assert protection.fallback and set(protection.reasons.values()) == {"complementary"}


def test_with_room_the_table_keeps_its_large_cells_visible():
    counts = {"ic": 40, "lead": 21, "manager": 9, "senior": 12, "not_stated": 4}
    protection = protect(Table(counts, sum(counts.values())), K)
    assert protection.reasons == {"ic": None, "lead": None, "manager": "complementary", "senior": "complementary",
                                  "not_stated": "fewer_than_k"}
    assert interval_attack(counts, protection.reasons, K, sum(counts.values()))["not_stated"] == (1, 4)
    assert int_sets.values(protection.audit.feasible["not_stated"]) == [1, 2, 3, 4]


def test_suppress_cells_is_the_audited_rule():
    assert rules.suppress_cells(ATTACK, K) == protect(Table(ATTACK, 37), K).reasons
    assert rules.suppress_cells({"a": 30, "b": 2, "c": 9}, K, total_shown=False) == {
        "a": None, "b": "fewer_than_k", "c": None}


# --- the criterion --------------------------------------------------------------------------------


def test_the_criterion_in_words():
    small = int_set(((1, 4),))
    assert check("x", small, K, base=None, complementary=False) is None
    assert check("x", int_set(((2, 4),)), K, base=None, complementary=False) is not None  # 1 ruled out
    assert check("x", int_set(((26, 29),)), K, base=None, complementary=False) is None  # surely not small
    assert check("x", int_set(((5, 8),)), K, base=None, complementary=True) is not None  # 4 values
    assert check("x", int_set(((5, 9),)), K, base=None, complementary=True) is None
    assert check("x", int_set(((36, 38),)), K, base=40, complementary=False) is not None  # 2..4 lack it
    assert check("x", int_set(((0, 0),)), K, base=None, complementary=True) is None  # known empty
    assert check("x", int_set(((26, 29),)), K, base=None, complementary=True, whole_value=30) is None


def test_a_single_choice_cell_almost_everyone_gave_is_withheld():
    # 36 of 40 agree: the 4 others all answered otherwise. The cell is withheld (fewer than 5 lack
    # it), and with nothing left to be a partner the question shows nothing at all.
    table = Table({"agree": 36, "neutral": 2, "disagree": 2}, 40, share_base=40)
    protection = protect(table, K)
    assert protection.fallback and protection.reasons["agree"] == "complementary"
    assert primary_reason(36, K, 40) == "fewer_than_k"


# --- brute force: the audit is exactly what the attacker can work out ------------------------------


def brute_force_single(cells: int, total: int, k: int, share: bool) -> list[str]:
    names = codes(cells)
    groups: defaultdict[tuple, list[tuple[int, ...]]] = defaultdict(list)
    seen = {}
    for counts in compositions(total, cells):
        table = Table(dict(zip(names, counts, strict=True)), total, share_base=total if share else None)
        protection = protect(table, k)
        key = published(table, protection)
        groups[key].append(counts)
        seen[key] = protection
    problems = []
    for key, tables in groups.items():
        protection = seen[key]
        for index, code in enumerate(names):
            if not protection.reasons[code]:
                continue
            true = int_set((counts[index], counts[index]) for counts in tables)
            if not protection.fallback and true != protection.audit.feasible[code]:
                problems.append(f"{key} {code}: true {int_sets.describe(true)}, "
                                f"audit {int_sets.describe(protection.audit.feasible[code])}")
            problem = check(code, true, k, base=total if share else None,
                            complementary=protection.reasons[code] == rules.COMPLEMENTARY)
            if problem:
                problems.append(f"{key}: {problem}")
    return problems


@pytest.mark.parametrize(("k", "cells", "largest"), [(3, 3, 14), (3, 4, 11), (5, 3, 16), (5, 4, 13)])
@pytest.mark.parametrize("share", [False, True], ids=["counts", "shares"])
def test_brute_force_single_tables(k, cells, largest, share):
    problems = [problem for total in range(k, largest + 1) for problem in brute_force_single(cells, total, k, share)]
    assert not problems, problems[:5]


def test_brute_force_tables_of_overlapping_columns():
    k, problems = 3, []
    for columns, base in itertools.product((2, 3), range(3, 8)):
        names = codes(columns)
        groups: defaultdict[tuple, list[tuple[int, ...]]] = defaultdict(list)
        seen = {}
        for total in range(base + 1):
            shown = rules.share_reason(total, base, k) is None
            for counts in itertools.product(range(total + 1), repeat=columns):
                if sum(counts) < total:
                    continue
                table = Table(dict(zip(names, counts, strict=True)), total if shown else None, cover=True,
                              share_base=base, own_total=False)
                protection = protect(table, k)
                key = published(table, protection)
                groups[key].append(counts)
                seen[key] = protection
        for key, tables in groups.items():
            protection = seen[key]
            for index, code in enumerate(names):
                if protection.reasons[code]:
                    true = int_set((counts[index], counts[index]) for counts in tables)
                    if not protection.fallback and true != protection.audit.feasible[code]:
                        problems.append(f"{key} {code}: true {int_sets.describe(true)}")
                    problem = check(code, true, k, base=base,
                                    complementary=protection.reasons[code] == rules.COMPLEMENTARY)
                    if problem:
                        problems.append(f"{key}: {problem}")
    assert not problems, problems[:5]


def brute_force_linked(cells: int, whole_total: int, k: int, share: bool) -> list[str]:
    """Every (whole, unit) pair of a size; the attacker sees both publications."""
    names = codes(cells)
    groups: defaultdict[tuple, list[tuple[tuple[int, ...], tuple[int, ...]]]] = defaultdict(list)
    seen = {}
    for whole_counts in compositions(whole_total, cells):
        for unit_counts in itertools.product(*(range(value + 1) for value in whole_counts)):
            unit_total = sum(unit_counts)
            if unit_total < k or unit_total == whole_total:
                continue
            whole = Table(dict(zip(names, whole_counts, strict=True)), whole_total,
                          share_base=whole_total if share else None)
            unit = Table(dict(zip(names, unit_counts, strict=True)), unit_total,
                         share_base=unit_total if share else None)
            protection = protect_linked(unit, whole, k)
            assert protection.whole is not None
            key = (published(whole, protection.whole), published(unit, protection))
            groups[key].append((whole_counts, unit_counts))
            seen[key] = protection
    problems = []
    for key, pairs in groups.items():
        protection = seen[key]
        assert protection.whole is not None
        for index, code in enumerate(names):
            sets = {
                "unit": (protection.reasons[code], int_set((u[index],) * 2 for _, u in pairs),
                         protection.audit.feasible.get(code), {sum(u) - u[index] for _, u in pairs}),
                "whole": (protection.whole.reasons[code], int_set((w[index],) * 2 for w, _ in pairs),
                          protection.audit.whole_feasible.get(code), {sum(w) - w[index] for w, _ in pairs}),
                "rest": ("rest", int_set((w[index] - u[index],) * 2 for w, u in pairs),
                         protection.audit.rest_feasible.get(code),
                         {sum(w) - sum(u) - (w[index] - u[index]) for w, u in pairs}),
            }
            for name, (reason, true, audited, without) in sets.items():
                if not reason:
                    continue
                fixed = name == "rest" and int_sets.size(true) == 1
                if fixed and 0 < true[0][0] < k:
                    problems.append(f"{key} {code}: the rest is known to hold {true[0][0]}")
                if not fixed and not protection.fallback and audited is not None and true != audited:
                    problems.append(f"{key} {name} {code}: true {int_sets.describe(true)}, audit "
                                    f"{int_sets.describe(audited)}")
                whole_value = None
                if name == "unit" and protection.whole.reasons[code] is None:
                    whole_value = pairs[0][0][index]
                complementary = reason == rules.COMPLEMENTARY
                problem = None if fixed else check(code, true, k, base=None, complementary=complementary, table=name,
                                                   whole_value=whole_value)
                if problem:
                    problems.append(f"{key}: {problem}")
                if share:  # the people without it, as the attacker can tell (the base may be unknown too)
                    lacking = int_set((value, value) for value in without)
                    part = int_sets.meet(lacking, int_sets.span(1, k - 1))
                    if part and part != int_sets.span(1, k - 1):
                        problems.append(f"{key} {name} {code}: those without it {int_sets.describe(lacking)}")
    return problems


@pytest.mark.parametrize(("k", "cells", "largest"), [(3, 3, 9), (3, 4, 7), (5, 3, 11)])
@pytest.mark.parametrize("share", [False, True], ids=["counts", "shares"])
def test_brute_force_unit_tables_beside_the_whole(k, cells, largest, share):
    problems = [problem for whole_total in range(2 * k, largest + 1)
                for problem in brute_force_linked(cells, whole_total, k, share)]
    assert not problems, problems[:5]


def test_a_unit_cell_the_whole_withholds_is_withheld_whatever_its_count():
    whole = Table({"a": 120, "b": 3, "c": 40, "d": 8, "e": 0, "f": 61}, 232, share_base=232)
    unit = Table({"a": 30, "b": 1, "c": 12, "d": 2, "e": 0, "f": 9}, 54, share_base=54)
    protection = protect_linked(unit, whole, K)
    assert protection.whole is not None
    assert protection.whole.reasons == {"a": None, "b": "fewer_than_k", "c": "complementary", "d": "complementary",
                                        "e": None, "f": None}
    # b and d are small in the unit too, but saying so would bound the rest of the campaign there.
    assert protection.reasons == {"a": None, "b": "complementary", "c": "complementary", "d": "complementary",
                                  "e": None, "f": None}
    assert protection.audit.ok and not protection.fallback


def test_the_rest_of_the_campaign_is_audited_too():
    # The whole shows 30 for "a"; the unit has 28, so the rest has 2.
    whole = Table({"a": 30, "b": 20, "c": 25}, 75)
    unit = Table({"a": 28, "b": 12, "c": 15}, 55)
    protection = protect_linked(unit, whole, K)
    assert protection.reasons["a"] == "rest_fewer_than_k"
    assert int_sets.values(protection.audit.rest_feasible["a"]) == [1, 2, 3, 4]
    assert protection.audit.ok


# --- property: random small tables against an independent attacker ----------------------------------


def dp_attack(domains: list[set[int]], total: int | None, cover: bool) -> list[set[int]]:
    """Each cell's feasible values by dynamic programming over the sums of the others."""
    result = []
    for index, domain in enumerate(domains):
        sums = {0}
        for other, values in enumerate(domains):
            if other != index:
                sums = {s + v for s in sums for v in values}
        if total is None:
            result.append(set(domain))
        elif cover:
            result.append({v for v in domain if v + max(sums) >= total})
        else:
            result.append({v for v in domain if total - v in sums})
    return result


def implied_domains(table: Table, reasons: Mapping[str, str | None], k: int) -> list[set[int]]:
    """What the rule says of each cell, derived here from its description, not from the module."""
    bound = table.total if table.total is not None else table.share_base
    assert bound is not None
    base = table.share_base
    order = list(table.counts)
    visible = [code for code, reason in reasons.items() if reason is None and table.counts[code] > 0]
    everything = all(reason == rules.COMPLEMENTARY for reason in reasons.values())

    def not_primary(value: int) -> bool:
        return not (0 < value < k) and not (base is not None and 0 < base - value < k)

    domains = []
    for code in order:
        reason = reasons[code]
        if reason is None:
            domains.append({table.counts[code]})
        elif everything:
            domains.append(set(range(bound + 1)))
        elif reason == rules.FEWER_THAN_K:
            domains.append({value for value in range(bound + 1) if not not_primary(value)})
        else:
            limits = [table.counts[other] if order.index(other) > order.index(code) else table.counts[other] - 1
                      for other in visible]
            high = min([bound, *limits])
            domains.append({value for value in range(k, high + 1) if not_primary(value)})
    return domains


tables = st.tuples(
    st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=6),
    st.sampled_from([3, 5]),
    st.sampled_from(["counts", "shares", "cover"]),
    st.integers(min_value=0, max_value=20),
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_no_published_table_lets_the_attacker_narrow_a_withheld_cell(example):
    values, k, kind, extra = example
    counts = {f"c{index}": value for index, value in enumerate(values)}
    if kind == "cover":
        # A respondent counts in every column they touch: the total is at least the largest column
        # and at most all of them together.
        total = max(values) + extra % (sum(values) - max(values) + 1)
        base = total + extra // 2
        if rules.share_reason(total, base, k) is not None:
            return
        table = Table(counts, total, cover=True, share_base=base, own_total=False)
    else:
        total = sum(values)
        if total < k:
            return
        table = Table(counts, total, share_base=total if kind == "shares" else None)
    protection = protect(table, k)
    seen_total = None if protection.fallback and table.own_total else table.total
    base = table.share_base
    shown = Table(counts, seen_total, table.cover, base)
    domains = implied_domains(Table(counts, total, table.cover, base), protection.reasons, k)
    feasible = dp_attack(domains, seen_total, table.cover)
    for (code, reason), possible in zip(protection.reasons.items(), feasible, strict=True):
        if reason is None:
            assert not 0 < counts[code] < k and not (base is not None and 0 < base - counts[code] < k)
            continue
        assert counts[code] in possible
        found = int_set((value, value) for value in possible)
        assert check(code, found, k, base=base, complementary=reason == rules.COMPLEMENTARY) is None, (
            code, sorted(possible), protection.reasons)
        if not protection.fallback and seen_total is not None:
            assert found == int_sets.meet(protection.audit.feasible[code], int_sets.span(0, shown.bound()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=6), st.sampled_from([3, 5]))
def test_suppress_cells_survives_the_interval_attack(values, k):
    """Through the existing API: every breakdown with a shown total, attacked with the finding's formula."""
    counts = {f"c{index}": value for index, value in enumerate(values)}
    total = sum(values)
    if total < k:
        return
    reasons = rules.suppress_cells(counts, k)
    for code, (low, high) in interval_attack(counts, reasons, k, total).items():
        assert low <= counts[code] <= high
        found = int_set(((low, high),))
        assert check(code, found, k, base=None, complementary=reasons[code] == rules.COMPLEMENTARY) is None, (
            counts, reasons, code, (low, high))


def test_a_cell_other_units_would_pin_is_withheld_and_the_audit_holds():
    """Unit eng answers a: 12, b: 10, c: 9. The rest has a: 22 (safe), but 2 of them are legal's and
    sales' report would show 20: whole minus eng minus sales pins legal's 2. So eng withholds a."""
    observed = {"a": 12, "b": 10, "c": 9}
    sales, legal = {"a": 20, "b": 10, "c": 10}, {"a": 2, "b": 10, "c": 10}
    rest = {code: sales[code] + legal[code] for code in observed}
    before = protect_distribution(observed, K, rest)
    assert before.reasons["a"] is None
    protection = protect_distribution(observed, K, rest, unstated={}, others=[sales, legal])
    assert protection.reasons["a"] == rules.REST_FEWER_THAN_K and not protection.fallback
    assert protection.audit.ok, protection.audit.problems


def test_a_share_cell_with_no_one_is_withheld_when_a_remainder_lacks_it_for_few():
    """A share of 0 in the unit still tells whole minus unit minus S how many lack the answer."""
    unit = Table({"x": 0, "y": 20}, None, cover=True, share_base=20, own_total=False)
    others = [Table({"x": 10, "y": 10}, None, share_base=13), Table({"x": 5, "y": 5}, None, share_base=25)]
    # The second unit has 25 - 5 = 20 without x, the first 13 - 10 = 3: whole - unit - second pins them.
    forced = remainder_forced(unit, Table({}, None, share_base=0), others, K)
    assert "x" in forced
    # 3 lack y in the first unit too, but everyone in this unit has y: whole minus unit minus S
    # lacks y for the same people as whole minus S, which the other units' own reports are checked for.
    assert "y" not in forced
    assert remainder_forced(unit, Table({"x": 0, "y": 0}, None, share_base=K), others, K) == frozenset()
