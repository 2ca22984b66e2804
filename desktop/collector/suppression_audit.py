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

Where it lives. This module publishes the report's tables (:func:`protect_distribution`,
:func:`protect_breakdown`, :func:`protect_shares`). The rule and the single-table audit are
:mod:`desktop.collector.suppression_rule`; an org-unit table beside the whole campaign,
:mod:`desktop.collector.suppression_linked`; the tables and verdicts,
:mod:`desktop.collector.suppression_model`; the integer sets, :mod:`desktop.collector.int_sets`.
"""


from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop.collector import privacy_rules as rules
from desktop.collector.suppression_linked import protect_linked, remainder_forced
from desktop.collector.suppression_model import Protection, Table
from desktop.collector.suppression_rule import protect

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
