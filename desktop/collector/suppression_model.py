"""The tables the suppression audit reads and what it hands back.

:class:`Table` is one exact table of a report as the attacker sees it (its cells, its total
when shown, whether its cells are shares or overlap); :class:`Audit` is what an attacker can work
out of it (each withheld cell's feasible set) with any :class:`Problem` found, and
:class:`Protection` is a table ready to publish: each cell's reason and the audit that passed.
The rule and the audit are in :mod:`desktop.collector.suppression_rule` and
:mod:`desktop.collector.suppression_linked`; the module docstring of
:mod:`desktop.collector.suppression_audit` says what they guarantee.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.collector.int_sets import INF, IntSet, describe


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
