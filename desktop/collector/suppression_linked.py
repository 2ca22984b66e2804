"""Org-unit tables set beside the whole campaign: the linked audit and the rule for a unit's table.

An org-unit report can be read together with the whole-campaign report, so the attacker also
knows the rest of the campaign (whole minus unit) cell by cell. :func:`protect_linked` withholds a
unit's cells by the rule (what the whole withholds first, then a unit's own small cells and those
where the rest, or a remainder of other units (:func:`remainder_forced`), has 1..k-1 people) and
:func:`linked_audit` works out every value of (unit, rest, whole) consistent with both reports.
Each cell's possible (unit, rest) pairs are unions of pieces bounded in ``u``, ``r`` and
``u + r``; their sums stay of that form, so the audit is exact (see
:mod:`desktop.collector.suppression_audit`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import product

from desktop.collector import privacy_rules as rules
from desktop.collector.int_sets import EMPTY, INF, IntSet, Span, int_set, meet, size, span
from desktop.collector.suppression_model import Audit, Problem, Protection, Table
from desktop.collector.suppression_rule import (
    cell_domains,
    check,
    fallback_reasons,
    is_fallback,
    is_small,
    not_primary,
    primary_reason,
    protect,
    small_set,
    with_partners,
)

#: An audit whose sums would need more pieces than this gives up (and the table falls back).
MAX_PIECES = 20_000

Hex = tuple[float, float, float, float, float, float]


def _tight(piece: Hex) -> Hex | None:
    ul, uh, rl, rh, wl, wh = piece
    ul, uh = max(ul, wl - rh), min(uh, wh - rl)
    rl, rh = max(rl, wl - uh), min(rh, wh - ul)
    wl, wh = max(wl, ul + rl), min(wh, uh + rh)
    if ul > uh or rl > rh or wl > wh:
        return None
    return (ul, uh, rl, rh, wl, wh)


def _hex_sum(a: Sequence[Hex], b: Sequence[Hex]) -> list[Hex]:
    pieces = {(p[0] + q[0], p[1] + q[1], p[2] + q[2], p[3] + q[3], p[4] + q[4], p[5] + q[5])
              for p in a for q in b}
    if len(pieces) > MAX_PIECES:
        raise _TooComplex
    return sorted(pieces)


class _TooComplex(Exception):
    pass


def _pieces(u: IntSet, r_when_some: IntSet, w: IntSet, r_when_none: IntSet | None) -> list[Hex]:
    """A cell's (u, r) pairs: ``u`` from the unit table, ``w`` from the whole one, ``r`` the rest's:
    ``r_when_some`` when u > 0, ``r_when_none`` when u == 0 (None: u == 0 is not possible)."""
    pieces = []
    for (ul, uh), (wl, wh) in product(u, w):
        choices: list[tuple[Span, IntSet]] = []
        if ul <= 0 <= uh and r_when_none is not None:
            choices.append(((0, 0), r_when_none))
        if uh >= 1:
            choices.append(((max(ul, 1), uh), r_when_some))
        for (lo, hi), rest in choices:
            for rl, rh in rest:
                piece = _tight((lo, hi, rl, rh, wl, wh))
                if piece is not None:
                    pieces.append(piece)
    return pieces


def _linked_feasible(cells: Sequence[list[Hex]], target: Hex) -> list[tuple[IntSet, IntSet, IntSet]]:
    """Each cell's feasible unit, rest and whole values, given every cell's pieces and the sums."""
    prefix: list[list[Hex]] = [[(0, 0, 0, 0, 0, 0)]]
    for pieces in cells:
        prefix.append(_hex_sum(prefix[-1], pieces))
    suffix: list[list[Hex]] = [[(0, 0, 0, 0, 0, 0)]]
    for pieces in reversed(cells):
        suffix.append(_hex_sum(suffix[-1], pieces))
    suffix.reverse()
    tight = _tight(target)  # Minkowski differences are exact only between tight representations
    if tight is None:
        return [(EMPTY, EMPTY, EMPTY) for _ in cells]
    ul, uh, rl, rh, wl, wh = tight
    result = []
    for index, pieces in enumerate(cells):
        others = _hex_sum(prefix[index], suffix[index + 1])
        us, rs, ws = [], [], []
        for q in others:
            # (u, r) of this cell such that (u, r) + q meets the target: (u, r) in target - q.
            room = (ul - q[1], uh - q[0], rl - q[3], rh - q[2], wl - q[5], wh - q[4])
            for piece in pieces:
                hit = _tight((max(piece[0], room[0]), min(piece[1], room[1]), max(piece[2], room[2]),
                              min(piece[3], room[3]), max(piece[4], room[4]), min(piece[5], room[5])))
                if hit is not None:
                    us.append(hit[0:2])
                    rs.append(hit[2:4])
                    ws.append(hit[4:6])
        result.append((int_set(us), int_set(rs), int_set(ws)))
    return result


def _rest_table(unit: Table, whole: Table) -> Table:
    counts = {code: whole.counts[code] - unit.counts[code] for code in unit.counts}
    total = None if unit.total is None or whole.total is None else whole.total - unit.total
    base = None
    if unit.share_base is not None and whole.share_base is not None:
        base = whole.share_base - unit.share_base
    return Table(counts, total, unit.cover, base)


def _rest_small(k: int, base: int | None) -> IntSet:
    if base is None:
        return small_set(k)
    return meet(int_set(((1, k - 1), (base - k + 1, base - 1))), span(0, base))


def remainder_forced(unit: Table, unstated: Table, others: Sequence[Table], k: int) -> frozenset[str]:
    """The cells of an org-unit table that other units' reports could pin down, withheld as
    ``rest_fewer_than_k``: those where the whole-campaign table minus this unit's minus those of
    some set of the other units (:func:`desktop.collector.privacy_rules.remainder_small`) has 1..k-1
    people, or for shares (``share_base`` set on every table) 1..k-1 without it. ``unstated`` and
    ``others`` hold the same cells for the people who stated no unit and for each other unit. As
    for the rest rule, only cells of the unit that hold someone (with the answer, or for shares
    without it) are withheld for it: an empty cell adds nothing to what the other units' own
    reports are checked for.

    Not modelled: the audit of each table sets it beside the whole-campaign table only. It checks
    that no remainder is *shown* small cell by cell; a remainder that cells withheld in some
    reports, together with the reports' totals, narrow down is not audited across the other
    units' reports."""
    forced = set()
    for code, count in unit.counts.items():
        with_it = count > 0 and rules.remainder_small(
            unstated.counts.get(code, 0), (table.counts.get(code, 0) for table in others), k)
        without = False
        if unit.share_base is not None and unit.share_base - count > 0:
            without = rules.remainder_small(
                (unstated.share_base or 0) - unstated.counts.get(code, 0),
                ((table.share_base or 0) - table.counts.get(code, 0) for table in others), k)
        if with_it or without:
            forced.add(code)
    return frozenset(forced)


def _linked_reasons(unit: Table, rest: Table, whole: Protection | None, k: int,
                    forced: Collection[str] = ()) -> dict[str, str | None]:
    reasons: dict[str, str | None] = {}
    for code, count in unit.counts.items():
        if whole is not None and whole.reasons[code]:
            # First, so that its reason says nothing of the unit's own count.
            reasons[code] = rules.COMPLEMENTARY
            continue
        reason = primary_reason(count, k, unit.share_base)
        if reason is None and count > 0:
            rest_count = rest.counts[code]
            if is_small(rest_count, k) or (rest.share_base is not None and is_small(rest.share_base - rest_count, k)):
                reason = rules.REST_FEWER_THAN_K
        if reason is None and code in forced:
            reason = rules.REST_FEWER_THAN_K
        reasons[code] = reason
    return reasons


def linked_audit(unit: Table, reasons: Mapping[str, str | None], whole_table: Table,
                 whole: Protection | None, k: int, forced: Collection[str] = ()) -> Audit:
    """The audit of an org-unit table set beside the whole-campaign table (``whole`` None: the whole
    campaign publishes no exact version of it, so only the rest rule applies). A cell withheld as
    ``rest_fewer_than_k`` that is in ``forced`` (:func:`remainder_forced`) may be so for other
    units' counts: the audit assumes of it only what the rule implies for this table and the rest
    (the unit's cell is not withheld for its own size and, unless it is a share, holds someone, so
    the rest holds someone too); for a share, the unit's cell may also be empty (its people
    without it then pinned a remainder) and nothing is assumed of the rest. That is never more than
    the attacker knows; see :func:`remainder_forced` for what the audit does not model."""
    if whole is not None:
        whole_table = whole_table.as_published(whole.fallback)
    rest = _rest_table(unit, whole_table)
    coordinated = [code for code in unit.counts if whole is not None and whole.reasons[code]
                   and reasons[code] == rules.COMPLEMENTARY]
    u_domains = cell_domains(unit, reasons, k, coordinated=coordinated)
    if whole is not None:
        w_domains = cell_domains(whole_table, whole.reasons, k)
    else:
        w_domains = dict.fromkeys(unit.counts, span(0, INF))
    for code in forced:
        if reasons.get(code) == rules.REST_FEWER_THAN_K and unit.share_base is not None:
            u_domains[code] = meet(not_primary(k, unit.share_base), span(0, unit.bound()))
    r_bound = rest.bound()
    anything = span(0, r_bound)
    unit_fallback = is_fallback(reasons)
    cells = []
    for code in unit.counts:
        reason = reasons[code]
        r_cap = meet(anything, span(0, rest.caps.get(code, INF)))
        if (unit_fallback or reason == rules.FEWER_THAN_K or code in coordinated
                or reason not in (None, rules.COMPLEMENTARY, rules.REST_FEWER_THAN_K)):
            pieces = _pieces(u_domains[code], r_cap, w_domains[code], r_cap)
        elif reason == rules.REST_FEWER_THAN_K and code in forced:
            if rest.share_base is not None:
                pieces = _pieces(u_domains[code], r_cap, w_domains[code], r_cap)
            else:
                pieces = _pieces(u_domains[code], meet(span(1, INF), r_cap), w_domains[code], None)
        elif reason == rules.REST_FEWER_THAN_K:
            pieces = _pieces(u_domains[code], meet(_rest_small(k, rest.share_base), r_cap), w_domains[code], None)
        else:  # shown or complementary: had the rest had 1..k-1 here, the cell would say so
            pieces = _pieces(u_domains[code], meet(not_primary(k, rest.share_base), r_cap), w_domains[code], r_cap)
        cells.append(pieces)
    if unit.cover:
        target: Hex = (unit.total if unit.total is not None else 0, INF,
                       rest.total if rest.total is not None else 0, INF,
                       whole_table.total if whole is not None and whole_table.total is not None else 0, INF)
    else:
        target = (unit.total if unit.total is not None else 0, unit.total if unit.total is not None else INF,
                  0, INF,
                  whole_table.total if whole is not None and whole_table.total is not None else 0,
                  whole_table.total if whole is not None and whole_table.total is not None else INF)
    codes = list(unit.counts)
    try:
        found = _linked_feasible(cells, target)
    except _TooComplex:
        too_complex = Problem("unit", codes[0] if codes else "", EMPTY, "too many cases to audit")
        return Audit({}, (too_complex,))
    problems = []
    feasible, rest_feasible, whole_feasible = {}, {}, {}
    for code, (us, rs, ws) in zip(codes, found, strict=True):
        reason = reasons[code]
        if reason:
            feasible[code] = us
            shown_whole = None
            if whole is not None and whole.reasons[code] is None:
                shown_whole = whole_table.counts[code]
            problem = check(code, us, k, base=unit.share_base, complementary=reason == rules.COMPLEMENTARY,
                            whole_value=shown_whole)
            if problem:
                problems.append(problem)
        if size(rs) != 1:
            rest_feasible[code] = rs
            problem = check(code, rs, k, base=rest.share_base, complementary=False, table="rest")
            if problem:
                problems.append(problem)
        elif is_small(rs[0][0], k) or (rest.share_base is not None and is_small(rest.share_base - rs[0][0], k)):
            problems.append(Problem("rest", code, rs, f"fixed at a value within 1..{k - 1}"))
        if whole is not None and whole.reasons[code]:
            whole_feasible[code] = ws
            problem = check(code, ws, k, base=whole_table.share_base,
                            complementary=whole.reasons[code] == rules.COMPLEMENTARY, table="whole")
            if problem:
                problems.append(problem)
    return Audit(feasible, tuple(problems), rest_feasible, whole_feasible)


def protect_linked(unit: Table, whole_table: Table, k: int, *, whole_published: bool = True,
                   forced: Collection[str] = ()) -> Protection:
    """An org-unit table withheld by the rule, audited beside the whole-campaign table.

    ``whole_table`` holds the whole campaign's counts for the same cells (unit plus rest), with the
    total, share base and caps the whole-campaign report uses; its protection is recomputed here
    with :func:`protect`, exactly as that report publishes it. ``whole_published`` is False when
    the whole-campaign report shows no exact version of this table (its figures are pooled
    estimates), so only the rest of the campaign's own counts matter. Cells in ``forced`` (see
    :func:`remainder_forced`) that hold someone are withheld as ``rest_fewer_than_k`` too.
    """
    whole = protect(whole_table, k) if whole_published else None
    if whole is None:
        whole_table = whole_table.without_total()
    rest = _rest_table(unit, whole_table)
    if (unit.cover and unit.total is None) or (
            whole is not None and all(whole_table.counts[code] == 0 for code, reason in whole.reasons.items()
                                      if reason is None)):
        # The whole shows no cell that holds someone: the unit withholds them all anyway (they are
        # withheld there), and shows nothing else either, whatever its own counts. Its publication
        # then depends on the whole-campaign report alone.
        reasons = fallback_reasons(unit)
        return Protection(reasons, True, linked_audit(unit.as_published(True), reasons, whole_table, whole, k),
                          whole)
    reasons = _linked_reasons(unit, rest, whole, k, forced)
    chosen = with_partners(unit, reasons)
    if chosen is not None:
        result = linked_audit(unit, chosen, whole_table, whole, k, forced)
        if result.ok:
            return Protection(chosen, False, result, whole)
    reasons = fallback_reasons(unit)
    return Protection(reasons, True, linked_audit(unit.as_published(True), reasons, whole_table, whole, k), whole)
