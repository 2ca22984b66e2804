"""Brute force: the suppression audit is exactly what an attacker who knows the rule can work out.

Every table of a small size is published, tables are grouped by what is published, and each withheld
cell's true set of possible values is compared with the audit's. For ordinary publications the two must
be *equal* (the audit models the rule exactly, no more and no less); for every publication, fallbacks
included, the criterion must hold. Single tables, overlapping columns, and unit tables beside the whole.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from desktop.collector import int_sets
from desktop.collector import privacy_rules as rules
from desktop.collector.int_sets import int_set
from desktop.collector.suppression_linked import protect_linked
from desktop.collector.suppression_model import Table
from desktop.collector.suppression_rule import check, protect
from tests.collector.suppression_attackers import K, codes, compositions, published

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
