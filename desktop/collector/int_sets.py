"""Sets of integers as sorted, disjoint spans: the arithmetic of the suppression audit.

A cell the audit cannot see is known only as a set of possible values, such as ``{0} ∪ [k, ∞)``
(:mod:`desktop.collector.suppression_rule`). These sets are unions of inclusive integer spans
(``hi`` may be ``INF``); their Minkowski sums (:func:`add`), intersections (:func:`meet`) and
reflections (:func:`reflect`) are exact, which is what makes the audit's feasible sets exact.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

INF = math.inf

Span = tuple[float, float]
#: A set of integers: sorted, disjoint, non-adjacent inclusive spans (``hi`` may be ``INF``).
IntSet = tuple[Span, ...]

EMPTY: IntSet = ()
ZERO: IntSet = ((0, 0),)


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
