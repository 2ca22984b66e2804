"""The suppression rule for one table and its single-table audit.

What the rule implies of every withheld cell (:func:`cell_domains`: a ``fewer_than_k`` cell is one
of 1..k-1, a partner holds at least k and at most every cell still shown that could have been
chosen instead), the exact feasible set of each cell under the table's sum (:func:`feasible_sets`),
the criterion for one cell (:func:`check`), and :func:`protect`: primary cells, partners chosen
smallest first, one audit, and the fallback to showing nothing. The module docstring of
:mod:`desktop.collector.suppression_audit` states the rule and the criterion in full; an org-unit
table set beside the whole campaign is :mod:`desktop.collector.suppression_linked`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop.collector import privacy_rules as rules
from desktop.collector.int_sets import EMPTY, INF, ZERO, IntSet, add, int_set, meet, point, reflect, size, span
from desktop.collector.suppression_model import Audit, Problem, Protection, Table

# --- what the rule implies ----------------------------------------------------------------------


def is_small(value: float, k: int) -> bool:
    return 0 < value < k


def small_set(k: int) -> IntSet:
    """1..k-1: the sizes of a group too small to show."""
    return span(1, k - 1)


def primary_reason(count: int, k: int, share_base: int | None) -> str | None:
    """``fewer_than_k`` for a cell of 1..k-1 people, or, for shares, one leaving 1..k-1 without it."""
    if is_small(count, k) or (share_base is not None and is_small(share_base - count, k)):
        return rules.FEWER_THAN_K
    return None


def not_primary(k: int, share_base: int | None) -> IntSet:
    """The values a cell not withheld for its own size can hold: 0, or at least k (for shares also
    at most n - k, or all n)."""
    if share_base is None:
        return int_set(((0, 0), (k, INF)))
    return int_set(((0, 0), (k, share_base - k), (share_base, share_base)))


def primary_domain(k: int, share_base: int | None) -> IntSet:
    """The values a ``fewer_than_k`` cell can hold."""
    if share_base is None:
        return small_set(k)
    return meet(int_set(((1, k - 1), (share_base - k + 1, share_base - 1))), span(0, share_base))


def partners_needed(reasons: Mapping[str, str | None], unknown: Iterable[str] = ()) -> int:
    """How many partners the rule adds, from the reasons alone (never from the values): none when no
    cell is withheld for its own size (``unknown`` cells count as such), else until at least three
    cells are withheld and at least one of them is complementary."""
    unknown = set(unknown)
    withheld = [code for code, reason in reasons.items() if reason]
    own = sum(reasons[code] != rules.COMPLEMENTARY or code in unknown for code in withheld)
    if own == 0:
        return 0
    complementary = len(withheld) - own
    return max(0, 3 - len(withheld), 1 - complementary)


def partner_bounds(counts: Mapping[str, int], reasons: Mapping[str, str | None],
                   partners: Iterable[str]) -> dict[str, float]:
    """The upper bound smallest-first selection implies for each partner: at most every cell still
    shown that could have been chosen (holding someone), strictly below those listed before it."""
    order = {code: index for index, code in enumerate(counts)}
    candidates = [code for code, reason in reasons.items() if reason is None and counts[code] > 0]
    bounds = {}
    for partner in partners:
        bound = INF
        for code in candidates:
            limit = counts[code] if order[code] > order[partner] else counts[code] - 1
            bound = min(bound, limit)
        bounds[partner] = bound
    return bounds


def is_fallback(reasons: Mapping[str, str | None]) -> bool:
    """A table that shows nothing: every cell withheld as complementary (the rule never publishes
    that otherwise, so the attacker can tell)."""
    return bool(reasons) and all(reason == rules.COMPLEMENTARY for reason in reasons.values())


def cell_domains(table: Table, reasons: Mapping[str, str | None], k: int, *,
                 coordinated: Iterable[str] = (), unknown: Iterable[str] = ()) -> dict[str, IntSet]:
    """What the attacker knows of each cell from the publication alone: its value when shown,
    otherwise the set the reason and the rule allow (see the module docstring). ``coordinated``
    cells are withheld because the whole-campaign report withholds them; of ``unknown`` cells
    (withheld by the caller) nothing is assumed."""
    counts, base = table.counts, table.share_base
    coordinated, unknown = set(coordinated), set(unknown)
    fallback = is_fallback(reasons) and not unknown
    partners = [code for code, reason in reasons.items() if reason == rules.COMPLEMENTARY
                and code not in coordinated and code not in unknown and not fallback]
    bounds = partner_bounds(counts, reasons, partners)
    upper = table.bound()
    others = not_primary(k, base)
    domains = {}
    for code in counts:
        reason = reasons[code]
        cap = min(upper, table.caps.get(code, INF))
        if reason is None:
            domain = point(counts[code])
        elif fallback or code in unknown:
            domain = span(0, cap)
        elif reason == rules.FEWER_THAN_K:
            domain = primary_domain(k, base)
        elif reason == rules.REST_FEWER_THAN_K:
            domain = meet(others, span(1, INF))
        elif code in coordinated:
            domain = span(0, INF)
        elif reason == rules.COMPLEMENTARY:
            domain = meet(others, span(1, bounds[code]))
        else:  # a reason this rule does not give: assume nothing
            domain = span(0, INF)
        domains[code] = meet(domain, span(0, cap))
    return domains


# --- the single-table audit ---------------------------------------------------------------------


def _sums(domains: Sequence[IntSet]) -> tuple[list[IntSet], list[IntSet]]:
    prefix = [ZERO]
    for domain in domains:
        prefix.append(add(prefix[-1], domain))
    suffix = [ZERO]
    for domain in reversed(domains):
        suffix.append(add(suffix[-1], domain))
    suffix.reverse()
    return prefix, suffix


def feasible_sets(table: Table, domains: Mapping[str, IntSet]) -> dict[str, IntSet]:
    """Each cell's exact feasible set, from the cells' sets and the table's sum."""
    codes = list(domains)
    sets = [domains[code] for code in codes]
    if any(not domain for domain in sets):
        return {code: EMPTY for code in codes}
    if table.total is None:
        return dict(domains)
    prefix, suffix = _sums(sets)
    result = {}
    for index, code in enumerate(codes):
        others = add(prefix[index], suffix[index + 1])
        if table.cover:
            most = others[-1][1] if others else -INF
            result[code] = meet(sets[index], span(table.total - most, INF))
        else:
            result[code] = meet(sets[index], reflect(table.total, others))
    return result


def check(code: str, feasible: IntSet, k: int, *, base: int | None, complementary: bool,
          table: str = "unit", whole_value: int | None = None) -> Problem | None:
    """The criterion for one cell (see the module docstring), or None when it holds.

    ``whole_value`` is the cell's count in the whole-campaign report when that report shows it
    (for an org-unit cell): knowing the unit's count then only to within ``whole - (1..k-1)`` is
    knowing that the rest of the campaign has fewer than k there, which is all the rest reason says.
    """
    small = small_set(k)
    if not feasible:
        return Problem(table, code, feasible, "no value is consistent with the publication")
    part = meet(feasible, small)
    if part and part != small:
        return Problem(table, code, feasible, f"narrowed within 1..{k - 1}")
    if base is not None:
        part = meet(reflect(base, feasible), small)
        if part and part != small:
            return Problem(table, code, feasible, f"the people without it narrowed within 1..{k - 1}")
    if complementary and size(feasible) < k and feasible not in (small, ZERO) and not (
            whole_value is not None and reflect(whole_value, feasible) == small):
        return Problem(table, code, feasible, f"fewer than {k} possible values")
    return None


def audit(table: Table, reasons: Mapping[str, str | None], k: int, *, unknown: Iterable[str] = ()) -> Audit:
    """The single-table audit of ``reasons`` applied to ``table`` as published (see the module
    docstring); ``table.total`` is None when the total is not shown."""
    feasible = feasible_sets(table, cell_domains(table, reasons, k, unknown=unknown))
    problems = []
    for code, reason in reasons.items():
        if reason is None:
            continue
        problem = check(code, feasible[code], k, base=table.share_base,
                        complementary=reason == rules.COMPLEMENTARY)
        if problem:
            problems.append(problem)
    return Audit({code: feasible[code] for code, reason in reasons.items() if reason}, tuple(problems))


# --- the rule -----------------------------------------------------------------------------------


def fallback_reasons(table: Table) -> dict[str, str | None]:
    """Every cell withheld as complementary: the table shows nothing."""
    return dict.fromkeys(table.counts, rules.COMPLEMENTARY)


def with_partners(table: Table, reasons: dict[str, str | None], unknown: Iterable[str] = ()
                   ) -> dict[str, str | None] | None:
    """The primary reasons completed with partners, or None when too few cells can be partners."""
    if not any(reasons.values()) or table.total is None:
        return reasons
    needed = partners_needed(reasons, unknown)
    order = {code: index for index, code in enumerate(table.counts)}
    eligible = sorted((code for code, reason in reasons.items() if reason is None and table.counts[code] > 0),
                      key=lambda code: (table.counts[code], order[code]))
    if len(eligible) < needed:
        return None
    result = dict(reasons)
    for code in eligible[:needed]:
        result[code] = rules.COMPLEMENTARY
    return result


def protect(table: Table, k: int, *, forced: Mapping[str, str] | None = None) -> Protection:
    """Withhold cells of ``table`` by the rule and audit the result; fall back when it fails.

    ``forced`` withholds further cells with the reason given (the audit then assumes nothing of
    their values).
    """
    if table.cover and table.total is None:
        # Its total withheld, a table of overlapping columns shows nothing: that total's own reason
        # would bound every cell, and it is public whether it is withheld.
        everything = fallback_reasons(table)
        return Protection(everything, True, audit(table, everything, k))
    reasons: dict[str, str | None] = {}
    for code, count in table.counts.items():
        if forced and code in forced:
            reasons[code] = forced[code]
        else:
            reasons[code] = primary_reason(count, k, table.share_base)
    unknown = tuple(forced or ())
    chosen = with_partners(table, reasons, unknown)
    if chosen is not None:
        result = audit(table, chosen, k, unknown=unknown)
        if result.ok:
            return Protection(chosen, False, result)
    fallback = fallback_reasons(table)
    return Protection(fallback, True, audit(table.as_published(True), fallback, k))
