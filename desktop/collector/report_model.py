"""The collector's report as plain, immutable data: what the dashboard and every writer render.

Built only by :mod:`desktop.collector.aggregate`; every figure in it already obeys the privacy
rules (withheld figures carry no values at all). This module holds the whole :class:`Report` and its
method notes; its figures are in :mod:`desktop.collector.report_figure`, its sections in
:mod:`desktop.collector.report_sections`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.collector import privacy_rules as rules
from desktop.collector.report_figure import Distribution, Figure, MultiChoice
from desktop.collector.report_sections import (
    DataClasses,
    GapItem,
    LicenseCandidate,
    Participation,
    Prevalence,
    SentimentItem,
    Spend,
    Training,
    Workplace,
)


@dataclass(frozen=True)
class Note:
    """A method note: a stable ``code`` (for translation) and its English text."""

    code: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "text": self.text}


@dataclass(frozen=True)
class MethodInfo:
    """How the figures were made: k, the mechanisms and their parameters, what intervals mean.

    In JSON, ``epsilon`` is the per-item epsilon when the randomized summaries share one (else
    null; ``epsilon_per_item`` lists them all).
    """

    k: int
    mechanism: str
    respondents: Figure
    #: The per-item epsilons found in the randomized summaries (usually one).
    epsilon_per_item: tuple[float, ...]
    #: Each randomized summary's total epsilon (the sum over its items), as found.
    epsilon_total_per_summary: tuple[float, ...]
    intervals: str
    notes: tuple[Note, ...]
    #: Stored summaries not counted: made with another mechanism or format than the campaign's.
    left_out: int = 0

    def note(self, code: str) -> Note | None:
        return next((note for note in self.notes if note.code == code), None)

    def to_dict(self) -> dict[str, Any]:
        return {"k": self.k, "mechanism": self.mechanism, "n": self.respondents.n if self.respondents.shown else None,
                "epsilon": self.epsilon_per_item[0] if len(self.epsilon_per_item) == 1 else None,
                "epsilon_per_item": list(self.epsilon_per_item),
                "epsilon_total_per_summary": list(self.epsilon_total_per_summary),
                "epsilon_is_per_item": True, "too_wide_half_width": rules.TOO_WIDE_HALF_WIDTH,
                "intervals": self.intervals, "notes": [note.to_dict() for note in self.notes]}


@dataclass(frozen=True)
class Report:
    """Every aggregate of one campaign (or one org unit of it). Aggregates only: no summary,
    no submission id. ``notice`` says why everything is withheld, when it is."""

    campaign: str
    org_unit: str | None
    org_unit_label: str | None
    currency: str
    k: int
    notice: Note | None
    participation: Participation
    prevalence: Prevalence
    data_classes: DataClasses
    spend: Spend
    license_candidates: tuple[LicenseCandidate, ...]
    reasons: MultiChoice
    literacy: Distribution
    policy_awareness: Distribution
    training: Training
    sentiment: tuple[SentimentItem, ...]
    perception_gap: tuple[GapItem, ...]
    method: MethodInfo
    workplace: Workplace = Workplace()
    #: The org units side by side (desktop/collector/unit_compare.py), for a whole-campaign report that has them.
    units: Any = None
    #: Exact summaries of questionnaire 3 on: per tool, the reasons given for it (desktop.collector.tool_reasons).
    reasons_by_tool: tuple[MultiChoice, ...] = ()

    @property
    def respondents(self) -> Figure:
        return self.participation.respondents

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain JSON data (see desktop.collector.report_json)."""
        return {
            "campaign": self.campaign,
            "org_unit": self.org_unit,
            "org_unit_label": self.org_unit_label,
            "currency": self.currency,
            "respondents": self.respondents.n if self.respondents.shown else None,
            "notice": None if self.notice is None else self.notice.to_dict(),
            "participation": self.participation.to_dict(),
            "prevalence": self.prevalence.to_dict(),
            "tools": [tool.to_dict() for tool in self.prevalence.by_tool],
            "data_classes": self.data_classes.to_dict(),
            "spend": self.spend.to_dict(),
            "license_candidates": [item.to_dict() for item in self.license_candidates],
            "reasons": self.reasons.to_dict(),
            "reasons_by_tool": [item.to_dict() for item in self.reasons_by_tool],
            "literacy": self.literacy.to_dict(),
            "policy_awareness": self.policy_awareness.to_dict(),
            "training": self.training.to_dict(),
            "workplace": self.workplace.to_dict(),
            "sentiment": [item.to_dict() for item in self.sentiment],
            "perception_gap": [item.to_dict() for item in self.perception_gap],
            "method": self.method.to_dict(),
            **({"units": self.units.to_dict()} if self.units is not None else {}),
        }
