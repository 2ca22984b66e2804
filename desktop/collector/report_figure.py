"""One number of a report and the breakdowns made of them: a :class:`Figure` (or why it is withheld), a
:class:`Cell` (an option and its figure), and the two kinds of question, single choice
(:class:`Distribution`) and multiple choice (:class:`MultiChoice`).

Part of the report model (:mod:`desktop.collector.report_model`); immutable data, Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

RANDOMIZED_RESPONSE = "randomized_response"
EXACT = "exact"

SHARE, COUNT, AMOUNT = "share", "count", "amount"



#: The reason an approved tool has no "used without approval" figure: it is false by definition,
#: so no summary carries a bit for it (a structural zero), and the report says "approved".
APPROVED = "approved"


@dataclass(frozen=True)
class Figure:
    """One number in a report, or the reason it is withheld.

    ``kind`` is ``share`` (0..1), ``count`` (people) or ``amount`` (money in the report's
    currency). ``method`` is ``randomized_response`` (debiased estimate with a 95% interval),
    ``exact`` (counted; no interval) or ``mixed`` (pooled from both, with an interval). ``n`` is
    the number of respondents behind the figure and ``count`` the exact number of people with
    the answer (exact shares and counts only). A withheld figure has ``suppressed`` set, a
    ``reason`` (``fewer_than_k``, ``complementary``, ``rest_fewer_than_k``: in an org-unit report,
    the rest of the campaign, or the rest minus some other units, has fewer than k there, or
    ``approved`` for a tool's "used without approval", false by definition for a tool the policy
    approves) and no values at all.

    An amount summed over a few payers is published only as a band ``[band_low, band_high)``
    (see :func:`desktop.collector.privacy_rules.amount_band`): ``estimate`` is then the band's
    middle, and writers show the band, not a number.
    """

    estimate: float | None
    ci_low: float | None = None
    ci_high: float | None = None
    n: int | None = None
    suppressed: bool = False
    reason: str | None = None
    too_wide: bool = False
    method: str = EXACT
    kind: str = SHARE
    count: int | None = None
    band_low: float | None = None
    band_high: float | None = None

    @property
    def shown(self) -> bool:
        return not self.suppressed

    @property
    def banded(self) -> bool:
        return not self.suppressed and self.band_low is not None and self.band_high is not None

    def _band(self) -> dict[str, Any]:
        if not self.banded:
            return {}
        return {"band_low": _round(self.band_low, self.kind), "band_high": _round(self.band_high, self.kind)}

    def values(self) -> dict[str, Any] | None:
        """The figure's values as JSON, or None when it is withheld."""
        if self.suppressed:
            return None
        return {"estimate": _round(self.estimate, self.kind), "ci_low": _round(self.ci_low, self.kind),
                "ci_high": _round(self.ci_high, self.kind), "n": self.n, "count": self.count,
                "too_wide": self.too_wide, "method": self.method, "kind": self.kind, **self._band()}

    def to_dict(self) -> dict[str, Any]:
        return {"estimate": _round(self.estimate, self.kind), "ci_low": _round(self.ci_low, self.kind),
                "ci_high": _round(self.ci_high, self.kind), "n": self.n, "count": self.count,
                "suppressed": self.suppressed, "reason": self.reason, "too_wide": self.too_wide,
                "method": self.method, "kind": self.kind, **self._band()}


def _round(value: float | None, kind: str) -> float | None:
    if value is None:
        return None
    return round(value, 2 if kind == AMOUNT else 6)


@dataclass(frozen=True)
class Cell:
    """One cell of a breakdown: an option code, its label and its figure. ``members`` lists the
    codes folded into a merged cell such as ``other_units``."""

    code: str
    label: str
    figure: Figure
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "label": self.label, **self.figure.to_dict()}
        if self.members:
            data["members"] = list(self.members)
        return data



def _find(cells: Sequence[Cell], code: str) -> Cell | None:
    return next((cell for cell in cells if cell.code == code), None)


@dataclass(frozen=True)
class Question:
    """What single- and multiple-choice items share: the item's id, its label (the question) and the
    ``respondents`` its shares are of."""

    id: str
    label: str
    respondents: Figure

    def _to_dict(self, method: str, key: str, cells: Sequence[Cell]) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "respondents": self.respondents.to_dict(),
                "method": method, key: [cell.to_dict() for cell in cells]}


@dataclass(frozen=True)
class Distribution(Question):
    """A single-choice item: each option's share of the ``respondents`` who answered it. The
    cells add up to the whole (up to rounding and, for estimates, clipping)."""

    cells: tuple[Cell, ...]
    method: str

    def cell(self, code: str) -> Cell | None:
        return _find(self.cells, code)

    def to_dict(self) -> dict[str, Any]:
        return self._to_dict(self.method, "cells", self.cells)


@dataclass(frozen=True)
class MultiChoice(Question):
    """A multiple-choice item: each option's share of the ``respondents`` it was asked of (an
    option's share does not depend on the others, so the shares need not add up to 1)."""

    options: tuple[Cell, ...]
    method: str

    def option(self, code: str) -> Cell | None:
        return _find(self.options, code)

    def to_dict(self) -> dict[str, Any]:
        return self._to_dict(self.method, "options", self.options)
