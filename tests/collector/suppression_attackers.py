"""Attackers on a published table, written independently of the suppression modules.

``interval_attack`` is the finding's attacker: boxes from what the rule says, one sum, the interval
formula ``[max(lo_i, S - Σ hi_j), min(hi_i, S - Σ lo_j)]``. ``old_partner_rule`` is the rule before the
audit, for comparison; ``compositions``, ``codes`` and ``published`` enumerate small tables and what an
attacker sees of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from desktop.collector import privacy_rules as rules
from desktop.collector.suppression_model import Protection, Table

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


def attack(comparison, key: str) -> dict[str, list[int]]:
    """For each withheld row of column ``key``: every count of people with the answer that agrees with the
    whole figure, the shown rows and the row's own reason and n (exact answers)."""
    whole = comparison.whole[key]
    if not whole.shown or whole.count is None:
        return {}
    shown = [row for row in comparison.rows if row.figures[key].shown]
    hidden = [row for row in comparison.rows if not row.figures[key].shown
              and not (row.respondents.shown and row.respondents.count == 0)]  # an empty row holds nobody
    remainder = whole.count - sum(row.figures[key].count or 0 for row in shown)
    bounds = {}
    for row in hidden:
        n = row.respondents.count if row.respondents.shown else whole.n
        bounds[row.code] = n
    found: dict[str, list[int]] = {}
    for row in hidden:
        others = sum(bound for code, bound in bounds.items() if code != row.code)
        low, high = max(0, remainder - others), min(bounds[row.code], remainder)
        found[row.code] = list(range(low, high + 1))
    return found
