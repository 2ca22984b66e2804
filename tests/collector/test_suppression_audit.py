"""The audited suppression rule against an attacker who knows it: the finding's attacker and a random one.

* the one from the finding: the brief's interval formula over the constraints the rule implies,
  written independently of the module, pins nothing the old rule let it pin;
* the criterion, in words;
* a property test over random small tables, with an independent dynamic-programming attacker, that
  narrows no withheld cell beyond what the audit allows.
"""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.collector import int_sets
from desktop.collector import privacy_rules as rules
from desktop.collector.int_sets import int_set
from desktop.collector.suppression_audit import protect_distribution
from desktop.collector.suppression_linked import remainder_forced
from desktop.collector.suppression_model import Table
from desktop.collector.suppression_rule import check, primary_reason, protect
from tests.collector.suppression_attackers import K, interval_attack, old_partner_rule

# --- the attack from the finding ------------------------------------------------------------------


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
