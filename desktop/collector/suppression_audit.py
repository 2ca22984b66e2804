"""Suppression that survives an attacker who knows the rule, and the audit that proves it.

Every exact table of a report (a single-choice item's answers, people per org unit or role level,
a data class by tool status or account kind) is published through :func:`protect` (the
whole-campaign report) or :func:`protect_linked` (an org-unit report, which can be set beside the
whole-campaign report). Both withhold cells by the rule below and then *audit* what would be
published before it is returned.

The attacker
    sees every figure the reports publish: the table's total, every cell that is shown, the reason
    of every withheld cell and, for an org-unit report, the whole-campaign report too (so also the
    rest of the campaign, whole minus unit). They know this module: the rule and every constraint
    it implies. For each withheld cell (and each cell of the rest of the campaign that the two
    reports do not fix) the audit computes the exact set ``F`` of values that are consistent with
    all of that.

The criterion (what the audit requires of every such ``F``)
    1. ``F`` holds none of 1..k-1 or all of them: if the cell may be a group of 1 to k-1 people,
       every such size stays possible. For a cell withheld as ``fewer_than_k`` this says its
       feasible set is all of 1..k-1, nothing beyond what "fewer than k" already says.
    2. Where a cell is a share of ``n`` respondents (a single-choice answer, a data class), the
       people *without* it are protected the same way: ``{n - v for v in F}`` holds none of 1..k-1
       or all of them.
    3. A cell withheld as ``complementary`` has at least ``k`` possible values, unless all that is
       known of it is what a shown or ``fewer than k`` figure would say anyway: that it is empty,
       that it is one of 1..k-1, or (an org-unit cell the whole-campaign report shows) that the
       rest of the campaign has one of 1..k-1 there.

    A cell that is shown must itself be neither 1..k-1 nor, for shares, leave 1..k-1 people
    without it. When no publication of the table meets the criterion, nothing of the table is
    shown: every cell is withheld as ``complementary`` and so is the table's own total (the
    number who answered a question); a total that is published elsewhere anyway (the report's
    respondents, a data class's "into any tool") stays.

The rule
    * **Primary cells.** In an org-unit report, first, every cell the whole-campaign report
      withholds is withheld here too (``complementary``, whatever the unit's count, so the reason
      says nothing of it): the unit never shows what the whole hides. Then a cell of 1..k-1
      people, or for shares one that leaves 1..k-1 people without it, is withheld as
      ``fewer_than_k``; in an org-unit report a cell that holds someone is withheld as
      ``rest_fewer_than_k`` when the rest of the campaign has 1..k-1 people in it (or, for
      shares, lacking it), and likewise when whole minus unit minus the units of some set of the
      other units would have 1..k-1 there (:func:`remainder_forced`). When the whole shows no
      cell that holds someone, the unit shows nothing of the table.
    * **Partners** (only when the table's total is shown). Chosen among the cells that hold
      someone and are not withheld already: the smallest first, ties to the cell listed first,
      until at least three cells are withheld and at least one of them is ``complementary``
      (in an org-unit report with no cell withheld for its own size, none are added). Empty
      cells are never partners. What the attacker learns of a partner is therefore exactly: it
      holds at least ``k`` (for shares, at most ``n - k`` or all ``n``), and it is at most every
      cell still shown that could have been chosen instead (strictly below those listed before
      it). The count of partners depends only on the reasons, never on the values, so choosing
      it reveals nothing.
    * **Data classes.** A table of overlapping columns whose total is withheld shows nothing (that
      total's own reason would bound every cell); whether it is withheld is public.
    * **One try.** The table is audited once. If it fails, or too few partners exist, the table
      falls back to showing nothing (above). Trying more partners after a failed audit would
      itself say that the first ones were small. The fallback is recognizable from the
      publication (every cell ``complementary``, none shown, no other reason), so the attacker
      cannot mistake it for an ordinary publication.

Why the computation is exact. Every decision of the rule depends on the withheld values only
through the constraints listed above, so the tables an attacker cannot tell apart from the real
one are exactly those that satisfy them: the shown cells, one integer set per withheld cell (a
union of intervals such as ``{0} ∪ [k, U]``), and the table's sum (the cells add up to the total,
or, for data classes, each is at most the total and together at least it). With box constraints
and one sum constraint the feasible interval of a cell is ``[max(lo_i, S - Σ_j hi_j), min(hi_i, S -
Σ_j lo_j)]``; for unions of intervals the same holds piecewise (Minkowski sums of integer
intervals are exact). An org-unit table and the whole-campaign table add a second sum and the
coupling ``whole = unit + rest`` per cell; each cell's possible (unit, rest) pairs are then
unions of sets bounded in ``u``, ``r`` and ``u + r``, whose sums and intersections stay of that
form and whose integer points are exactly what the bounds say (the constraint matrix is totally
unimodular), so the linked audit is exact too. ``tests/collector/test_suppression_audit.py``
checks this by brute force against every small table: for every ordinary publication the audit's
sets equal the attacker's.

A fallback tells the attacker one thing more: that the ordinary publication failed its audit.
The audit does not model that; the brute force checks that the criterion still holds for every
fallback of a whole-campaign table and of an org-unit single-choice or count table of the sizes
it covers. For an org-unit data-class table that falls back it can fail: knowing that the
ordinary table would have failed can rule out a value or two of a small cell.

Not covered here either: links between *different* tables that count the same people (a data
class's two tables, or a breakdown and a yes/no figure on the same people), several org-unit
reports together beyond the remainder rule (:func:`remainder_forced`) and each cell's column audit
over every unit's report (:mod:`desktop.collector.unit_columns`, one cell at a time, not the table's
sum), and reports made at different times.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product

from desktop.collector import privacy_rules as rules

INF = math.inf
#: An audit whose sums would need more pieces than this gives up (and the table falls back).
MAX_PIECES = 20_000

Span = tuple[float, float]
#: A set of integers: sorted, disjoint, non-adjacent inclusive spans (``hi`` may be ``INF``).
IntSet = tuple[Span, ...]

EMPTY: IntSet = ()
ZERO: IntSet = ((0, 0),)


# --- integer sets -------------------------------------------------------------------------------


def int_set(spans: Iterable[Span]) -> IntSet:
    """The spans as a normalized integer set (empty spans dropped, touching ones merged)."""
    items = sorted((lo, hi) for lo, hi in spans if lo <= hi)
    merged: list[Span] = []
    for lo, hi in items:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return tuple(merged)


def span(lo: float, hi: float) -> IntSet:
    return int_set(((lo, hi),))


def point(value: int) -> IntSet:
    return ((value, value),)


def add(a: IntSet, b: IntSet) -> IntSet:
    """``{x + y}``: the Minkowski sum (exact for integer intervals)."""
    return int_set((x0 + y0, x1 + y1) for x0, x1 in a for y0, y1 in b)


def meet(a: IntSet, b: IntSet) -> IntSet:
    return int_set((max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b)


def reflect(total: float, a: IntSet) -> IntSet:
    """``{total - x}``."""
    return int_set((total - x1, total - x0) for x0, x1 in a)


def size(a: IntSet) -> float:
    return sum(hi - lo + 1 for lo, hi in a)


def values(a: IntSet) -> list[int]:
    """The members of a finite set (for tests and messages)."""
    return [value for lo, hi in a for value in range(int(lo), int(hi) + 1)]


def describe(a: IntSet) -> str:
    if not a:
        return "{}"
    return " ∪ ".join(f"{_num(lo)}" if lo == hi else f"{_num(lo)}..{_num(hi)}" for lo, hi in a)


def _num(value: float) -> str:
    return "∞" if value == INF else f"{int(value)}"


# --- tables -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """One exact table: its cells in order and how they relate to its total.

    ``total`` is the published total (None when it is not shown). The cells add up to it, or,
    with ``cover``, they may overlap (a respondent counts in every column they touch): each cell
    is then at most the total and together they are at least it. ``share_base`` is the number of
    respondents the cells are shares of, when the people without an answer are protected too.
    ``caps`` bounds cells everybody knows cannot be larger (a merged group of ``m`` groups that
    each had fewer than k: ``m * (k - 1)``). ``own_total`` says the total belongs to this table
    alone (the number who answered a question), so a table that shows nothing withholds it too;
    a total published elsewhere anyway (a report's respondents) stays known to the attacker.
    """

    counts: Mapping[str, int]
    total: int | None = None
    cover: bool = False
    share_base: int | None = None
    caps: Mapping[str, int] = field(default_factory=dict)
    own_total: bool = True

    def without_total(self) -> Table:
        """The table as the attacker sees it when its total is withheld."""
        return Table(self.counts, None, self.cover, self.share_base, self.caps, self.own_total)

    def as_published(self, fallback: bool) -> Table:
        return self.without_total() if fallback and self.own_total else self

    def bound(self) -> float:
        """Largest value any cell can have, as everybody knows."""
        if self.total is not None:
            return self.total
        return INF if self.share_base is None else self.share_base


@dataclass(frozen=True)
class Problem:
    """Why an audit failed: which cell (``table`` is ``unit``, ``whole`` or ``rest``), and its set."""

    table: str
    code: str
    feasible: IntSet
    why: str

    def __str__(self) -> str:
        return f"{self.table} cell {self.code!r}: {self.why} (possible values {describe(self.feasible)})"


@dataclass(frozen=True)
class Audit:
    """What an attacker can work out: the feasible set of every cell that is not fixed."""

    feasible: dict[str, IntSet]
    problems: tuple[Problem, ...]
    rest_feasible: dict[str, IntSet] = field(default_factory=dict)
    whole_feasible: dict[str, IntSet] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Protection:
    """A table ready to publish: the reason each cell is withheld (None: shown), whether the table
    fell back to showing nothing (its own total withheld too), and the audit of what is shown."""

    reasons: dict[str, str | None]
    fallback: bool
    audit: Audit
    #: For org-unit tables: the whole-campaign table's protection they were checked against.
    whole: Protection | None = None


# --- what the rule implies ----------------------------------------------------------------------


def is_small(value: float, k: int) -> bool:
    return 0 < value < k


def _small(k: int) -> IntSet:
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
        return _small(k)
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
    small = _small(k)
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


def _fallback(table: Table) -> dict[str, str | None]:
    return dict.fromkeys(table.counts, rules.COMPLEMENTARY)


def _with_partners(table: Table, reasons: dict[str, str | None], unknown: Iterable[str] = ()
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
        everything = _fallback(table)
        return Protection(everything, True, audit(table, everything, k))
    reasons: dict[str, str | None] = {}
    for code, count in table.counts.items():
        if forced and code in forced:
            reasons[code] = forced[code]
        else:
            reasons[code] = primary_reason(count, k, table.share_base)
    unknown = tuple(forced or ())
    chosen = _with_partners(table, reasons, unknown)
    if chosen is not None:
        result = audit(table, chosen, k, unknown=unknown)
        if result.ok:
            return Protection(chosen, False, result)
    fallback = _fallback(table)
    return Protection(fallback, True, audit(table.as_published(True), fallback, k))


# --- org-unit tables, set beside the whole campaign -----------------------------------------------

# A piece of a cell's possible (unit, rest) pairs: bounds on u, on r and on w = u + r.
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
        return _small(k)
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
        reasons = _fallback(unit)
        return Protection(reasons, True, linked_audit(unit.as_published(True), reasons, whole_table, whole, k),
                          whole)
    reasons = _linked_reasons(unit, rest, whole, k, forced)
    chosen = _with_partners(unit, reasons)
    if chosen is not None:
        result = linked_audit(unit, chosen, whole_table, whole, k, forced)
        if result.ok:
            return Protection(chosen, False, result, whole)
    reasons = _fallback(unit)
    return Protection(reasons, True, linked_audit(unit.as_published(True), reasons, whole_table, whole, k), whole)


# --- the report's tables ----------------------------------------------------------------------------


def protect_distribution(observed: Mapping[str, int], k: int, rest: Mapping[str, int] | None = None, *,
                         whole_published: bool = True, unstated: Mapping[str, int] | None = None,
                         others: Sequence[Mapping[str, int]] = ()) -> Protection:
    """A single-choice item's exact answers (shares of those who answered; the total is the table's
    own). ``rest`` holds the same counts for the rest of the campaign, in an org-unit report, and
    ``unstated`` and ``others`` for those who stated no unit and each other unit (see
    :func:`remainder_forced`)."""
    n = sum(observed.values())
    table = Table(dict(observed), n, share_base=n)
    if rest is None:
        return protect(table, k)
    whole = {code: observed[code] + rest.get(code, 0) for code in observed}
    whole_n = sum(whole.values())

    def answers(counts: Mapping[str, int]) -> Table:
        cells = {code: counts.get(code, 0) for code in observed}
        return Table(cells, sum(cells.values()), share_base=sum(cells.values()))

    forced = remainder_forced(table, answers(unstated or {}), [answers(part) for part in others], k)
    return protect_linked(table, Table(whole, whole_n, share_base=whole_n), k, whole_published=whole_published,
                          forced=forced)


def protect_breakdown(counts: Mapping[str, int], k: int, *, merged_code: str, keep: Iterable[str] = (),
                      rest: Mapping[str, int] | None = None, unstated: Mapping[str, int] | None = None,
                      others: Sequence[Mapping[str, int]] = ()
                      ) -> tuple[dict[str, int], tuple[str, ...], Protection]:
    """People per group (org unit, role level): groups of fewer than k folded into ``merged_code``
    (see :func:`desktop.collector.privacy_rules.merge_small_groups`), then protected. The total is
    the report's respondents, published anyway. In an org-unit report (``rest`` given) the groups
    are folded as the whole-campaign report folds them, so that both tables have the same cells;
    ``unstated`` and ``others`` hold the groups of those who stated no unit and of each other unit
    (see :func:`remainder_forced`).

    Returns the cells, the codes folded into ``merged_code`` and the protection.
    """
    keep = tuple(keep)
    source = counts if rest is None else {code: counts.get(code, 0) + rest.get(code, 0)
                                          for code in dict.fromkeys([*counts, *rest])}
    cells, folded = rules.merge_small_groups(source, k, merged_code=merged_code, keep=keep)
    caps = {merged_code: len(folded) * (k - 1)} if folded else {}
    if rest is None:
        return cells, folded, protect(Table(cells, sum(cells.values()), caps=caps, own_total=False), k)

    def folded_as_whole(source: Mapping[str, int]) -> dict[str, int]:
        return {code: (sum(source.get(member, 0) for member in folded) if code == merged_code
                       else source.get(code, 0)) for code in cells}

    unit = folded_as_whole(counts)
    unit_table = Table(unit, sum(unit.values()), caps=caps, own_total=False)
    forced = remainder_forced(unit_table, Table(folded_as_whole(unstated or {}), None),
                              [Table(folded_as_whole(part), None) for part in others], k)
    protection = protect_linked(unit_table, Table(cells, sum(cells.values()), caps=caps, own_total=False), k,
                                forced=forced)
    return unit, folded, protection


def protect_shares(counts: Mapping[str, int], k: int, *, n: int, any_count: int, total_shown: bool,
                   rest: Mapping[str, int] | None = None, rest_n: int = 0, rest_any: int = 0,
                   unstated: tuple[Mapping[str, int], int] | None = None,
                   others: Sequence[tuple[Mapping[str, int], int]] = ()) -> Protection:
    """One data class by column (tool status, account kind): shares of the ``n`` respondents, where
    one person counts in every column they touch, so the columns are at least the row's "into any
    tool" count (``any_count``, shown or not as ``total_shown`` says). In an org-unit report
    ``rest``, ``rest_n`` and ``rest_any`` are the same for the rest of the campaign; the whole
    campaign's total counts as shown when that report shows it. ``unstated`` and ``others`` hold the
    columns and respondents of those who stated no unit and of each other unit (see
    :func:`remainder_forced`)."""
    table = Table(dict(counts), any_count if total_shown else None, cover=True, share_base=n, own_total=False)
    if rest is None:
        return protect(table, k)
    whole_n, whole_any = n + rest_n, any_count + rest_any
    whole_counts = {code: counts[code] + rest.get(code, 0) for code in counts}
    shown = rules.share_reason(whole_any, whole_n, k) is None
    whole = Table(whole_counts, whole_any if shown else None, cover=True, share_base=whole_n, own_total=False)

    def columns(part: tuple[Mapping[str, int], int]) -> Table:
        return Table({code: part[0].get(code, 0) for code in counts}, None, share_base=part[1])

    forced = remainder_forced(table, columns(unstated or ({}, 0)), [columns(part) for part in others], k)
    return protect_linked(table, whole, k, forced=forced)
