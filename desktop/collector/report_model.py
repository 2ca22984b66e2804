"""The collector's report as plain, immutable data: what the dashboard and every writer render.

Built only by :mod:`desktop.collector.aggregate`; every figure in it already obeys the privacy
rules (withheld figures carry no values at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.collector import privacy_rules as rules

RANDOMIZED_RESPONSE = "randomized_response"
EXACT = "exact"

SHARE, COUNT, AMOUNT = "share", "count", "amount"


# --- the report model ---------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Distribution:
    """A single-choice item: each option's share of the ``respondents`` who answered it. The
    cells add up to the whole (up to rounding and, for estimates, clipping)."""

    id: str
    label: str
    respondents: Figure
    cells: tuple[Cell, ...]
    method: str

    def cell(self, code: str) -> Cell | None:
        return next((cell for cell in self.cells if cell.code == code), None)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "respondents": self.respondents.to_dict(),
                "method": self.method, "cells": [cell.to_dict() for cell in self.cells]}


@dataclass(frozen=True)
class MultiChoice:
    """A multiple-choice item: each option's share of the ``respondents`` it was asked of (an
    option's share does not depend on the others, so the shares need not add up to 1)."""

    id: str
    label: str
    respondents: Figure
    options: tuple[Cell, ...]
    method: str

    def option(self, code: str) -> Cell | None:
        return next((cell for cell in self.options if cell.code == code), None)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "respondents": self.respondents.to_dict(),
                "method": self.method, "options": [cell.to_dict() for cell in self.options]}


@dataclass(frozen=True)
class Participation:
    """How many took part: in all, by org unit and by role level (counts). Units and levels with
    fewer than k respondents are folded into ``other_units`` / ``other_levels``."""

    respondents: Figure
    by_org_unit: tuple[Cell, ...]
    by_role_level: tuple[Cell, ...]
    #: Summaries per mechanism, ``randomized_response`` and ``exact`` (hidden below k).
    by_mechanism: tuple[Cell, ...]
    #: Campaign-wide reports only: participation codes issued (``candor codes new``; None: none issued) and the
    #: policy's ``campaign.invited`` (None: not stated).
    codes_issued: int | None = None
    invited: int | None = None
    #: What the campaign's summaries exceed, in words ("the codes issued", "the people invited"): a sign of forged
    #: or repeated summaries.
    exceeds: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"respondents": self.respondents.to_dict(),
                "by_org_unit": [cell.to_dict() for cell in self.by_org_unit],
                "by_role_level": [cell.to_dict() for cell in self.by_role_level],
                "by_mechanism": [cell.to_dict() for cell in self.by_mechanism],
                "codes_issued": self.codes_issued, "invited": self.invited, "exceeds": list(self.exceeds)}


@dataclass(frozen=True)
class ToolFigure:
    """Unapproved use of one tool (share of respondents who used it while it was not approved),
    and, from exact summaries only, its use under any status."""

    id: str
    name: str
    vendor: str | None
    category: str | None
    category_label: str | None
    #: The tool's status under the current policy: approved, tolerated, prohibited or not_listed.
    status: str
    #: Whether the consumer tier trains on inputs by default: yes, no or unknown.
    trains_by_default: str
    #: Whether a business tier without training exists: yes, no or unknown.
    business_tier: str
    unapproved_use: Figure
    use: Figure | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "vendor": self.vendor, "category": self.category,
                "category_label": self.category_label, "status": self.status,
                "trains_by_default": self.trains_by_default, "business_tier": self.business_tier,
                "unapproved_use": self.unapproved_use.values(), "suppressed": self.unapproved_use.suppressed,
                "reason": self.unapproved_use.reason,
                "use": None if self.use is None else self.use.to_dict()}


@dataclass(frozen=True)
class CategoryFigure:
    """Unapproved use per tool category.

    ``basis`` is ``any_tool`` (exact: share using at least one unapproved tool of the category)
    or ``at_least`` (randomized response: the highest per-tool estimate in the category, a lower
    bound for the share using any of them; ``top_tool`` names that tool).
    """

    code: str
    label: str
    figure: Figure
    basis: str
    top_tool: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "basis": self.basis, "top_tool": self.top_tool,
                **self.figure.to_dict()}


@dataclass(frozen=True)
class Prevalence:
    """How widespread unapproved AI use is: the headline figures first. ``overall`` is the share who
    used any AI tool that is not approved, ``sensitive`` the share who put any sensitive data class
    into such a tool or into a personal account (each None when it cannot be derived: see
    ``overall_note``). A tool the policy approves has no "used without approval" figure: its
    ``unapproved_use`` is withheld with the reason ``approved``."""

    overall: Figure | None
    overall_note: str | None
    by_tool: tuple[ToolFigure, ...]
    by_category: tuple[CategoryFigure, ...]
    sensitive: Figure | None = None

    def tool(self, tool_id: str) -> ToolFigure | None:
        return next((tool for tool in self.by_tool if tool.id == tool_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {"overall": None if self.overall is None else self.overall.to_dict(),
                "sensitive": None if self.sensitive is None else self.sensitive.to_dict(),
                "overall_note": self.overall_note,
                "by_category": [item.to_dict() for item in self.by_category]}


@dataclass(frozen=True)
class DataClassRow:
    """One data class: shares of respondents who put it into an unapproved tool and into a
    personal account; from exact summaries also into any tool (``any_tool``, the row total) and
    by the tool's status and account kind (a respondent counts once per column they touch, so
    the columns may add up to more than the row total)."""

    code: str
    label: str
    to_unapproved: Figure
    to_personal: Figure
    any_tool: Figure | None = None
    by_status: tuple[Cell, ...] = ()
    by_account_kind: tuple[Cell, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "to_unapproved": self.to_unapproved.to_dict(),
                "to_personal": self.to_personal.to_dict(),
                "any_tool": None if self.any_tool is None else self.any_tool.to_dict(),
                "by_status": [cell.to_dict() for cell in self.by_status],
                "by_account_kind": [cell.to_dict() for cell in self.by_account_kind]}


@dataclass(frozen=True)
class DataClasses:
    rows: tuple[DataClassRow, ...]
    #: True when exact summaries allow the tables by tool status and account kind.
    tables: bool

    def row(self, code: str) -> DataClassRow | None:
        return next((row for row in self.rows if row.code == code), None)

    def to_dict(self) -> dict[str, Any]:
        return {"tables": self.tables, "rows": [row.to_dict() for row in self.rows]}


@dataclass(frozen=True)
class Spend:
    """Paying out of pocket, the monthly band of personal spend on AI tools, and the annual
    estimates derived from the bands (each band counts at its midpoint, see desktop.core.spend)."""

    pays_out_of_pocket: Figure
    bands: Distribution
    #: Estimated personal spend per respondent and year (amount).
    annual_per_respondent: Figure
    #: The same times the respondents: an extrapolated estimate, not a sum of reported amounts.
    annual_total: Figure
    currency: str

    def to_dict(self) -> dict[str, Any]:
        return {"currency": self.currency, "pays_out_of_pocket": self.pays_out_of_pocket.to_dict(),
                "bands": self.bands.to_dict(), "annual_per_respondent": self.annual_per_respondent.to_dict(),
                "annual_total": self.annual_total.to_dict()}


@dataclass(frozen=True)
class LicenseCandidate:
    """A tool worth licensing centrally, ranked by ``priority`` (demand, raised by risk).

    ``basis`` is ``pays_personally`` (exact data: ``demand`` is the share of respondents with a
    personal paid account for the tool, ``annual_out_of_pocket`` their yearly spend on it after
    full reimbursements, as a band; org-unit reports withhold it) or ``unapproved_use``
    (randomized data: ``demand`` is the tool's unapproved-use estimate, listed for tools with a
    business tier; what people pay per tool cannot be derived, so ``annual_out_of_pocket`` is None).
    """

    tool_id: str
    name: str
    category: str | None
    status: str
    trains_by_default: str
    business_tier: str
    basis: str
    demand: Figure
    annual_out_of_pocket: Figure | None
    priority: float

    def to_dict(self) -> dict[str, Any]:
        return {"tool_id": self.tool_id, "name": self.name, "category": self.category, "status": self.status,
                "trains_by_default": self.trains_by_default, "business_tier": self.business_tier,
                "basis": self.basis, "demand": self.demand.to_dict(),
                "annual_out_of_pocket": None if self.annual_out_of_pocket is None
                else self.annual_out_of_pocket.to_dict(),
                "priority": round(self.priority, 6)}


@dataclass(frozen=True)
class Training:
    received: Distribution
    wanted: MultiChoice
    formats: MultiChoice
    on_work_time: Distribution

    def to_dict(self) -> dict[str, Any]:
        return {"received": self.received.to_dict(), "wanted": self.wanted.to_dict(),
                "formats": self.formats.to_dict(), "on_work_time": self.on_work_time.to_dict()}


@dataclass(frozen=True)
class Workplace:
    """How AI is run at work (questionnaire 2 on): single-choice items as distributions, multiple-choice
    items as one share per option; empty for summaries of an older questionnaire."""

    items: tuple[Distribution | MultiChoice, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {item.id: item.to_dict() for item in self.items}


@dataclass(frozen=True)
class SentimentItem:
    """One statement: disagreeing, neutral and agreeing shares of those who answered it;
    ``agree`` (agree + strongly agree) is the ``agree`` cell's figure."""

    id: str
    label: str
    agree: Figure
    distribution: Distribution

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "agree": self.agree.to_dict(),
                "distribution": self.distribution.to_dict()}


#: Where leadership's side of the perception gap comes from: senior leaders' own answers, or the policy's benchmark.
FROM_ANSWERS, FROM_BENCHMARK = "answers", "benchmark"


@dataclass(frozen=True)
class GapItem:
    """Employees' share agreeing against leadership's; ``gap`` is leadership minus employees (share
    points), None when either side is missing or withheld.

    ``source`` says where leadership's side comes from. ``answers``: the respondents who gave their
    role as senior leadership answered the statement themselves; ``leadership_answers`` is their
    share agreeing (with its interval and n), ``leadership`` its estimate, and ``employees`` the
    share of everyone else. ``benchmark``: ``leadership`` is the policy's benchmark figure (or None),
    ``employees`` the share of all respondents, and ``fallback`` says why leaders' answers were not
    used (``unit_report``, ``leaders_fewer_than_k``, ``employees_fewer_than_k``, ``withheld``).
    """

    id: str
    label: str
    employees: Figure
    leadership: float | None
    gap: float | None
    source: str = FROM_BENCHMARK
    leadership_answers: Figure | None = None
    fallback: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "source": self.source, "employees": self.employees.to_dict(),
                "leadership": None if self.leadership is None else round(self.leadership, 6),
                "leadership_answers": None if self.leadership_answers is None
                else self.leadership_answers.to_dict(),
                "fallback": self.fallback, "gap": None if self.gap is None else round(self.gap, 6)}


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
