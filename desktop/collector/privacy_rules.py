"""The collector's privacy rules, as pure functions over counts.

Every figure a report shows passes through here first. The rules (DESIGN.md, "Collector"):

* **Fewer than k.** No figure is computed from fewer than ``k`` respondents (the policy's
  ``privacy.min_group_size``). For an exact count this covers the figure's base (the people
  asked) and every cell of a breakdown. A share shown next to its base also reveals the
  people *without* the answer (base minus count), so both sides must be empty or hold at
  least ``k`` people.
* **Complementary suppression, audited.** In a breakdown whose total is shown, hidden cells could
  be recovered from the total and the visible cells, and by someone who knows how partners are
  chosen. So more cells are withheld (reason ``complementary``) and the table is audited against
  an attacker who knows the rule before it is published; see
  :mod:`desktop.collector.suppression_audit` for the exact criterion and partner rule. In an
  org-unit report a table cell is withheld as ``rest_fewer_than_k`` when the rest of the
  campaign, or the rest minus some other units, has 1 to ``k - 1`` people in it.
* **Randomized-response estimates** need at least ``k`` summaries behind them; their counts are
  noisy by design, so no cell rule applies to them. Their 95% intervals are flagged as too wide
  to act on when the half-width exceeds :data:`TOO_WIDE_HALF_WIDTH`.
* **Unit reports.** A report for one org unit can be set against the whole-campaign report. An
  exact figure of the unit is therefore also hidden when the rest of the campaign (whole minus
  unit) would have between 1 and ``k - 1`` people in that cell.

* **Several unit reports together.** Reports are made on demand, so the whole-campaign report
  minus the reports of any set of units may be known: it gives the figures of the remaining units
  together with those who stated no unit. An exact figure of a unit is therefore hidden unless,
  for every set ``S`` of the *other* units (the empty set too), whole minus unit minus ``S`` has 0
  or at least ``k`` people in it (and, for a share, without the answer); see
  :func:`remainder_small`, which decides this exactly for any number of units. Then each figure
  is audited as a column over the whole and every unit's report against the interval attack
  (whole minus every shown unit, split within the withheld groups' sizes); a column that fails is
  withheld in every unit's report (:mod:`desktop.collector.unit_columns`).

* **Summed amounts.** A sum of a few people's spend bands (each band counting at a fixed amount)
  could be decoded back into who chose which band; such sums are published only as a band
  (:func:`amount_band`) wide enough that no payer's band follows from it.

Nothing here knows about summaries or reports; the aggregation calls these functions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

FEWER_THAN_K = "fewer_than_k"
COMPLEMENTARY = "complementary"
#: A cell of an org-unit report's table whose counterpart in the rest of the campaign (the
#: whole-campaign report minus this one), or in the rest minus some other units, holds 1 to k - 1
#: people.
REST_FEWER_THAN_K = "rest_fewer_than_k"
REASONS = (FEWER_THAN_K, COMPLEMENTARY, REST_FEWER_THAN_K)
#: A randomized-response interval wider than this either side is "too wide to act on".
TOO_WIDE_HALF_WIDTH = 0.15
#: An estimated amount is too uncertain to act on when its 95% interval reaches half its size either way.
TOO_WIDE_RELATIVE_AMOUNT = 0.5


def is_small(count: int, k: int) -> bool:
    """True for a group that holds someone but fewer than ``k`` people (an empty group is safe)."""
    return 0 < count < k


def base_reason(n: int, k: int) -> str | None:
    """Why a figure computed from ``n`` respondents cannot be shown, or None if it can."""
    return FEWER_THAN_K if n < k else None


def share_reason(count: int, n: int, k: int) -> str | None:
    """Why the exact share ``count / n`` cannot be shown, or None if it can.

    Hidden when its base is below ``k``, when ``count`` people are between 1 and ``k - 1``, or
    when the ``n - count`` people without the answer are (they follow by subtraction).
    """
    if n < k or is_small(count, k) or is_small(n - count, k):
        return FEWER_THAN_K
    return None


def rest_reason(rest_count: int, rest_n: int, k: int) -> str | None:
    """Why a unit's exact share must be hidden because of the rest of the campaign, or None.

    ``rest_count`` of ``rest_n`` are the same figure for everyone outside the unit: the
    whole-campaign figure minus this one. When that difference singles out fewer than ``k``
    people (with or without the answer), the unit's figure is hidden (``complementary``).
    """
    if is_small(rest_count, k) or is_small(rest_n - rest_count, k):
        return COMPLEMENTARY
    return None


def remainder_small(unstated: int, others: Iterable[int], k: int) -> bool:
    """Whether whole minus a unit minus the units of some set ``S`` of the other units leaves 1 to
    ``k - 1`` people in a cell, for some ``S`` (the empty set included).

    ``unstated`` is the cell's count among those who stated no unit, ``others`` its count in each
    other unit. Whole minus unit minus ``S`` is ``unstated`` plus the units *not* in ``S``, any
    subset ``T`` of the others. The smallest such remainder that holds someone is ``unstated``
    itself (``T`` empty) when it holds someone, and otherwise the smallest other unit that does
    (``T`` that unit alone), since the counts are never negative. So checking those is exactly
    checking all ``2 ** len(others)`` sets, for any number of units; no enumeration or cap is
    needed. (The rest of the campaign, ``S`` empty, is one of them.)
    """
    if unstated:
        return is_small(unstated, k)
    return any(is_small(count, k) for count in others)


def remainders_reason(unstated: tuple[int, int], others: Iterable[tuple[int, int]], k: int) -> str | None:
    """Why a unit's exact share must be hidden because of some other units' reports, or None.

    Each pair is ``(count, n)`` of the same figure among those who stated no unit and in each other
    unit. Hidden (``complementary``, as for :func:`rest_reason`) when :func:`remainder_small` holds
    for the people with the answer or for those without it.
    """
    pairs = list(others)
    if remainder_small(unstated[0], (count for count, _ in pairs), k) or remainder_small(
            unstated[1] - unstated[0], (n - count for count, n in pairs), k):
        return COMPLEMENTARY
    return None


def suppress_cells(
    counts: Mapping[str, int],
    k: int,
    *,
    total_shown: bool = True,
    forced: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """The reason each cell of a breakdown is hidden (None: shown), in the order of ``counts``.

    The cells are counts of people that add up to the breakdown's total. Primary suppression
    hides every cell with 1 to ``k - 1`` people (``fewer_than_k``), and the cells in ``forced``
    (whatever their count) with the reason given there. When the total is shown, partners are
    withheld too (``complementary``) and the result is audited against an attacker who knows
    this rule; a breakdown that cannot pass withholds every cell. See
    :func:`desktop.collector.suppression_rule.protect`, which also says whether the breakdown
    fell back to showing nothing.
    """
    from desktop.collector.suppression_model import Table
    from desktop.collector.suppression_rule import protect

    table = Table(dict(counts), sum(counts.values()) if total_shown else None)
    return protect(table, k, forced=forced).reasons


def merge_small_groups(
    counts: Mapping[str, int],
    k: int,
    *,
    merged_code: str,
    keep: Iterable[str] = (),
) -> tuple[dict[str, int], tuple[str, ...]]:
    """Fold the groups with fewer than ``k`` people into one cell named ``merged_code``.

    Returns the cells (groups of ``k`` or more first, in their order, then the merged cell when
    any group was folded) and the codes folded into it. Codes in ``keep`` (such as "not
    stated") are never folded and keep their place at the end. The merged cell itself may still
    hold fewer than ``k`` people; :func:`suppress_cells` hides it then.
    """
    kept_apart = set(keep)
    cells: dict[str, int] = {}
    folded: list[str] = []
    merged = 0
    for code, count in counts.items():
        if code in kept_apart:
            continue
        if count >= k:
            cells[code] = count
        else:
            folded.append(code)
            merged += count
    if folded:
        cells[merged_code] = merged
    for code in counts:
        if code in kept_apart:
            cells[code] = counts[code]
    return cells, tuple(folded)


# --- amounts summed over a few payers -----------------------------------------------------------

#: Band widths are the first of these times a power of ten that is wide enough.
_ROUND_STEPS = (1.0, 2.0, 2.5, 5.0)


def amount_band_width(per_payer: Iterable[float]) -> float:
    """How wide a published band of summed amounts is: the first round number (1, 2, 2.5 or 5 times
    a power of ten) at least twice the spread between the largest and smallest amount one payer
    can contribute. With the shipped spend bands (0 when fully reimbursed, up to 1,800 a year) that
    is 5,000."""
    amounts = sorted(set(per_payer))
    need = 2 * (amounts[-1] - amounts[0]) if amounts else 0.0
    if need <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(need))
    for scale in (power, power * 10):
        for step in _ROUND_STEPS:
            if step * scale >= need:
                return step * scale
    return 10 * power  # not reached


def amount_band(total: float, payers: int, per_payer: Iterable[float]) -> tuple[float, float]:
    """The band ``[low, high)`` a sum of ``payers`` amounts, each one of ``per_payer``, is published as.

    Why it cannot be decoded. Let ``d`` be the spread between the largest and smallest amount one
    payer can contribute. Bands are :func:`amount_band_width` wide (at least ``2d``) and start at
    the smallest possible sum; the band holding the largest possible sum is merged into the one
    below it when it starts less than ``d`` below that sum. Then for every way of splitting a sum
    in a band among the payers, and every amount ``v`` some payer has in it, there is another split
    in the same band with a different number of payers at ``v``: move one payer between ``v`` and
    the smallest or largest amount, in whichever direction the band has room for (it has room of at
    least ``d`` on one side). So how many payers chose any band is never determined by the figure,
    unless it is none, and no payer's band follows from it. The bands depend only on the number of
    payers (which the report shows), never on the amounts.
    """
    amounts = sorted(set(per_payer))
    low_each, high_each = amounts[0], amounts[-1]
    spread = high_each - low_each
    width = amount_band_width(amounts)
    origin = payers * low_each
    top = math.floor((payers * high_each - origin) / width)
    index = max(0, math.floor((total - origin) / width))
    if top > 0 and origin + top * width > payers * high_each - spread and index >= top - 1:
        return origin + (top - 1) * width, origin + (top + 1) * width
    return origin + index * width, origin + (index + 1) * width
