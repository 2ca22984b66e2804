"""The sections of a report, as immutable data: who took part, how widespread unapproved use is (per tool
and category), what data goes where, what people pay themselves and which tools are worth licensing,
training, how AI is run at work, sentiment and the perception gap.

Part of the report model (:mod:`desktop.collector.report_model`); every figure is a
:class:`~desktop.collector.report_figure.Figure` that already obeys the privacy rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.collector.report_figure import Cell, Distribution, Figure, MultiChoice


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


