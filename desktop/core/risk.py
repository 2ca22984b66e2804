"""The employee's risk picture: a level per tool and overall, with reasons and what to change.

The model is a points table, deliberately simple enough to explain on one page
(docs/risk-model.md, whose tables a test checks against the ones below). For each tool:

1. Points for how the tool is reached: its status under the policy (:data:`STATUS_WEIGHTS`),
   the kind of account (:data:`ACCOUNT_WEIGHTS`) and whether the provider may train on what
   is typed (:data:`TRAINING_WEIGHTS`).
2. Points for each kind of data put in (:data:`DATA_WEIGHTS`), added up, then adjusted in
   this order: personal data always anonymized first counts at :data:`ANONYMIZED_FACTORS`;
   the whole is multiplied by how far the data travels (:data:`ROUTE_FACTORS`) and by how
   often the tool is used (:data:`FREQUENCY_FACTORS`). Each step is rounded half up.
3. The score is the sum; :data:`LEVEL_THRESHOLDS` turn it into a level, and two overrides
   raise it to critical (:func:`apply_rules`).

Every rule that fires becomes a :class:`Reason` carrying its points (a reduction carries a
negative number), so the reasons of a tool always add up to its score.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import cache
from typing import Any

from desktop.core.action_plan import Action, build_actions
from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog, Tier, Tool, Trains
from desktop.core.policy import NOT_LISTED, Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.resources import resource
from desktop.core.risk_texts import RiskTexts, load_risk_texts
from desktop.core.spend import TEXT_IDS as SPEND_TEXT_IDS
from desktop.core.spend import SpendSummary, summarize_spend
from desktop.core.text import DEFAULT_LANGUAGE, pick
from desktop.core.tool_answers import ToolAnswers, answer_feeding, codes, single, tool_answers

TEXTS_FILE = ("risk", "texts.yaml")


class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def code(self) -> str:
        return self.name.lower()

    def label(self, lang: str = DEFAULT_LANGUAGE, texts: RiskTexts | None = None) -> str:
        return (texts or default_texts()).get(f"levels.{self.code}", lang)

    def raised(self) -> Level:
        return Level(min(self + 1, Level.CRITICAL))


# ---------------------------------------------------------------------------------------------
# The rule table. docs/risk-model.md shows these numbers; tests/core/test_risk_doc.py keeps
# the two in step.
# ---------------------------------------------------------------------------------------------

#: Points for the tool's status under the organization's policy.
STATUS_WEIGHTS: dict[str, int] = {"prohibited": 25, "not_listed": 10, "tolerated": 5, "approved": 0}

#: Points for how the employee reaches the tool.
ACCOUNT_WEIGHTS: dict[str, int] = {
    "personal_free": 10,
    "browser_extension": 10,
    "personal_paid": 6,
    "not_sure": 5,
    "api_key": 4,
    "local_model": 0,
    "company_provided": 0,
}

#: Answers stored before ``api_or_local`` was split in two, read as the code the tool implies:
#: a tool that runs on the computer (by the catalog, or an "other" tool filed under local
#: models) becomes ``local_model``, anything else ``api_key``.
LEGACY_ACCOUNT_KINDS: dict[str, tuple[str, str]] = {"api_or_local": ("local_model", "api_key")}

#: Factor on the data points by the country where the provider stores what is typed (the
#: catalog's ``data_location``): a legal system where the organization has no say over access.
LOCATION_FACTORS: dict[str, float] = {"CN": 1.25}

#: Kinds of data that count as nothing from work: with only these, the level is at most low.
NO_WORK_DATA: tuple[str, ...] = ("none", "public")

#: Points for what the provider may do with the input: ``yes`` it trains by default and the
#: employee has not opted out; ``unknown`` no source says and no opt-out; ``protected`` the
#: employee has opted out; ``no`` the provider says it does not train.
TRAINING_WEIGHTS: dict[str, int] = {"yes": 10, "unknown": 5, "protected": 0, "no": 0}

#: Points per kind of data put into the tool; several kinds add up.
DATA_WEIGHTS: dict[str, int] = {
    "credentials": 30,
    "health": 30,
    "customer_personal": 30,
    "source_code": 20,
    "employee_data": 20,
    "financial_unreleased": 20,
    "legal_contracts": 20,
    "strategy_mna": 20,
    "meeting_recordings": 20,
    "internal": 8,
    "public": 0,
    "none": 0,
}
#: Data about people, which removing names and details first really does protect.
PERSONAL_CLASSES: tuple[str, ...] = ("customer_personal", "employee_data", "health")
#: Kinds of data that make any use of a prohibited tool critical.
SENSITIVE_CLASSES: tuple[str, ...] = tuple(code for code, weight in DATA_WEIGHTS.items() if weight >= 20)

#: Factor on the personal-data points by the anonymization answer; other answers count fully.
ANONYMIZED_FACTORS: dict[str, float] = {"yes_always": 0.5}

#: Factor on the data points by where the data goes (see :func:`route_of`).
ROUTE_FACTORS: dict[str, float] = {"sanctioned": 0.2, "on_device": 0.2, "company_account": 0.5, "external": 1.0}

#: Factor on the data points by how often the tool is used; unanswered counts as 1.
FREQUENCY_FACTORS: dict[str, float] = {"daily": 1.5, "weekly": 1.25, "monthly": 1.0, "rarely": 0.75}

#: Lowest score of each level, highest first.
LEVEL_THRESHOLDS: tuple[tuple[int, Level], ...] = (
    (70, Level.CRITICAL),
    (40, Level.HIGH),
    (20, Level.MEDIUM),
    (0, Level.LOW),
)

#: Accounts the employee holds privately: credentials pasted there are critical even in an approved tool.
PERSONAL_ACCOUNTS: tuple[str, ...] = ("personal_free", "personal_paid", "browser_extension")
#: Level overrides and the level each sets at least: credentials anywhere else (an approved
#: tool through a work account, or a tool on the computer) are still at least high.
OVERRIDES: dict[str, Level] = {
    "credentials": Level.CRITICAL,
    "prohibited_sensitive": Level.CRITICAL,
    "credentials_anywhere": Level.HIGH,
}
#: The cap when nothing from work goes in (only :data:`NO_WORK_DATA` answered).
NO_WORK_DATA_CAP = Level.LOW
#: Tools at high or above that raise the overall level one step.
MANY_HIGH = 3

#: Which catalog tiers describe an account kind; other kinds get the tool's default (consumer) tier.
TIER_KINDS_BY_ACCOUNT: dict[str, tuple[str, ...]] = {
    "company_provided": ("business",),
    "api_key": ("api",),
    "local_model": ("local",),
}

#: Learning pointers: the topics, in the order shown, and what brings each up.
LEARNING_TOPICS: tuple[str, ...] = (
    "safe_data_use",
    "approved_tools",
    "risks_and_limits",
    "prompting",
    "ai_for_my_role",
    "policy",
)
LITERACY_TOPICS: dict[str, tuple[str, ...]] = {
    "beginner": ("safe_data_use", "risks_and_limits"),
    "basic": ("safe_data_use",),
}
AWARENESS_TOPICS: dict[str, tuple[str, ...]] = {
    "know_not_understand": ("policy",),
    "heard_of_it": ("policy",),
    "not_aware": ("policy",),
}

#: Recommendation kinds in the order they are shown on a card and in the action plan.
KINDS: tuple[str, ...] = (
    "never_paste",
    "switch_tool",
    "change_setting",
    "anonymize",
    "ask_licence",
    "ask_reimbursement",
    "learn",
)

RECOMMENDATION_TEXTS: tuple[str, ...] = (
    "never_paste.rotate_credentials",
    "switch.alternative",
    "switch.same_category",
    "switch.ask_contact",
    "switch.ask_it",
    "switch.company_account",
    "setting.with_path",
    "setting.generic",
    "setting.none_known",
    "setting.no_opt_out",
    "anonymize.personal_data",
    "licence.ask",
    "licence.ask_no_business_plan",
    "licence.ask_business_plan_unknown",
    "reimburse.ask",
)
#: The licence advice by what the catalog knows of a business plan that keeps data out of training.
LICENCE_TEXTS: dict[Trains, str] = {
    Trains.YES: "licence.ask",
    Trains.NO: "licence.ask_no_business_plan",
    Trains.UNKNOWN: "licence.ask_business_plan_unknown",
}
OVERALL_TEXTS: tuple[str, ...] = ("highest", "many_high", "no_tools")


def required_text_ids() -> frozenset[str]:
    """Every text id the rules, recommendations, learning pointers and spend hint use."""
    ids = {f"levels.{level.code}" for level in Level}
    ids |= {f"reasons.status.{code}" for code in STATUS_WEIGHTS}
    ids |= {f"reasons.account.{code}" for code in ACCOUNT_WEIGHTS}
    ids |= {f"reasons.training.{code}" for code in TRAINING_WEIGHTS}
    ids |= {f"reasons.data.{code}" for code in DATA_WEIGHTS}
    ids |= {f"reasons.anonymized.{code}" for code in ANONYMIZED_FACTORS}
    ids |= {f"reasons.route.{code}" for code, factor in ROUTE_FACTORS.items() if factor != 1}
    ids |= {f"reasons.frequency.{code}" for code, factor in FREQUENCY_FACTORS.items() if factor != 1}
    ids |= {f"reasons.override.{code}" for code in OVERRIDES}
    ids |= {f"reasons.location.{code.lower()}" for code in LOCATION_FACTORS}
    ids |= {"reasons.cap.no_work_data", "reasons.account.personal_paid_not_trained"}
    ids |= {f"reasons.overall.{code}" for code in OVERALL_TEXTS}
    ids |= {f"recommendations.{code}" for code in RECOMMENDATION_TEXTS}
    ids |= {f"learning.{topic}" for topic in LEARNING_TOPICS}
    ids |= set(SPEND_TEXT_IDS)
    return frozenset(ids)


@cache
def default_texts() -> RiskTexts:
    """The shipped texts, read and checked once."""
    return load_risk_texts(resource(*TEXTS_FILE), required_text_ids())


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    #: The rule that fired, such as ``data.customer_personal`` (its text id under ``reasons.``).
    code: str
    text: str
    #: Points this rule added (negative: removed); the reasons of a tool add up to its score.
    weight: int


@dataclass(frozen=True)
class Recommendation:
    #: Stable across re-assessments and languages, so ticks in the action plan persist.
    action_id: str
    text: str
    kind: str


@dataclass(frozen=True)
class ToolRisk:
    tool_id: str
    name: str
    category: str
    status: str
    account_kind: str | None
    level: Level
    #: In the order of the calculation (overrides first, then status, account, training, each
    #: kind of data, and the adjustments), so they read as the sum that makes ``score``.
    reasons: tuple[Reason, ...]
    #: In the order of :data:`KINDS`.
    recommendations: tuple[Recommendation, ...]
    data_classes: tuple[str, ...]
    score: int = 0
    #: The policy's note on this tool in the language, or empty.
    note: str = ""


@dataclass(frozen=True)
class RiskReport:
    overall: Level
    overall_reasons: tuple[Reason, ...]
    #: Highest level first.
    tools: tuple[ToolRisk, ...]
    spend: SpendSummary
    actions: tuple[Action, ...]
    #: Literacy and training pointers in plain words.
    learning: tuple[str, ...]


# ---------------------------------------------------------------------------------------------
# Applying the rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolFacts:
    """Everything the rules look at for one tool, already reduced to codes."""

    status: str
    account_kind: str | None = None
    #: A :data:`TRAINING_WEIGHTS` key, or ``None`` when the rule does not apply (sanctioned route).
    training: str | None = None
    data_classes: tuple[str, ...] = ()
    anonymized: str | None = None
    route: str = "external"
    frequency: str | None = None
    #: Where the provider stores the input (a :data:`LOCATION_FACTORS` key), if it matters.
    location: str | None = None
    #: The personal paid plan keeps input out of training (by the catalog): its own reason text.
    paid_plan_protects: bool = False


def half_up(value: float) -> int:
    """Round to a whole number, halves up (2.5 -> 3), ignoring float noise."""
    return math.floor(round(value, 6) + 0.5)


def level_for(score: int) -> Level:
    return next(level for lowest, level in LEVEL_THRESHOLDS if score >= lowest)


def apply_rules(facts: ToolFacts) -> tuple[list[tuple[str, int]], int, Level]:
    """The rule hits ``(code, points)`` in firing order, the score and the level."""
    hits: list[tuple[str, int]] = [(f"status.{facts.status}", STATUS_WEIGHTS[facts.status])]
    if facts.account_kind in ACCOUNT_WEIGHTS:
        code = facts.account_kind
        if code == "personal_paid" and facts.paid_plan_protects:
            hits.append(("account.personal_paid_not_trained", ACCOUNT_WEIGHTS[code]))
        else:
            hits.append((f"account.{code}", ACCOUNT_WEIGHTS[code]))
    if facts.training is not None:
        hits.append((f"training.{facts.training}", TRAINING_WEIGHTS[facts.training]))

    classes = [code for code in DATA_WEIGHTS if code in facts.data_classes]
    hits.extend((f"data.{code}", DATA_WEIGHTS[code]) for code in classes)
    data = sum(DATA_WEIGHTS[code] for code in classes)

    def step(code: str, after: int) -> None:
        nonlocal data
        if after != data:
            hits.append((code, after - data))
            data = after

    anonymized = ANONYMIZED_FACTORS.get(facts.anonymized or "", 1.0)
    step(
        f"anonymized.{facts.anonymized}",
        half_up(sum(DATA_WEIGHTS[c] * (anonymized if c in PERSONAL_CLASSES else 1.0) for c in classes)),
    )
    step(f"route.{facts.route}", half_up(data * ROUTE_FACTORS[facts.route]))
    if facts.route == "external" and facts.location in LOCATION_FACTORS:
        step(f"location.{facts.location.lower()}", half_up(data * LOCATION_FACTORS[facts.location]))
    step(f"frequency.{facts.frequency}", half_up(data * FREQUENCY_FACTORS.get(facts.frequency or "", 1.0)))

    answered = [code for code in facts.data_classes if code in DATA_WEIGHTS]
    if answered and all(code in NO_WORK_DATA for code in answered):
        # the highest score still at the cap: one below the next level's lowest score
        highest = next(lowest for lowest, level in LEVEL_THRESHOLDS if level == NO_WORK_DATA_CAP.raised()) - 1
        total = sum(points for _, points in hits)
        if total > highest:
            hits.append(("cap.no_work_data", highest - total))

    score = sum(points for _, points in hits)
    level = level_for(score)
    overrides = []
    if "credentials" in classes:
        # on the computer they stay in local history files: still high, not critical
        personal = facts.route != "on_device" and (
            facts.status != "approved" or facts.account_kind in PERSONAL_ACCOUNTS
        )
        overrides.append(("override.credentials" if personal else "override.credentials_anywhere", 0))
    if facts.status == "prohibited" and any(code in SENSITIVE_CLASSES for code in classes):
        overrides.append(("override.prohibited_sensitive", 0))
    for code, _ in overrides:
        level = max(level, OVERRIDES[code.removeprefix("override.")])
    return overrides + hits, score, level


def overall_level(levels: Iterable[Level]) -> Level:
    """The highest tool level, one step higher when :data:`MANY_HIGH` or more tools are high or above."""
    levels = list(levels)
    if not levels:
        return Level.LOW
    top = max(levels)
    if sum(level >= Level.HIGH for level in levels) >= MANY_HIGH:
        return top.raised()
    return top


def runs_locally(tool: Tool | None, category: str) -> bool:
    """Whether the tool, used as installed, runs on the computer: the catalog's first tier is
    a local one, or an "other" tool is filed under local models."""
    if tool is None:
        return category == "local_model"
    return tool.tiers[0].kind == "local"


def account_kind_of(answer: str | None, tool: Tool | None, category: str) -> str | None:
    """The account kind the rules use, by where the data actually goes.

    Old stored answers are mapped (:data:`LEGACY_ACCOUNT_KINDS`). A tool that runs on the
    computer (Ollama, LM Studio) stays there however the person put it ("my own free
    account"), unless the answer is an API key or cloud model (Ollama's ``:cloud`` models), a
    work account or a browser extension. "A local model on my computer" for a tool that has no
    local version is read as the tool's ordinary personal use (its consumer tier).
    """
    if answer in LEGACY_ACCOUNT_KINDS:
        local, other = LEGACY_ACCOUNT_KINDS[answer]
        return local if runs_locally(tool, category) else other
    if answer in ("personal_free", "personal_paid", "not_sure") and runs_locally(tool, category):
        return "local_model"
    if answer == "local_model" and tool is not None and not any(tier.kind == "local" for tier in tool.tiers):
        return "not_sure"
    return answer


def route_of(status: str, account_kind: str | None, category: str, tool: Tool | None) -> str:
    """Where the data goes: a :data:`ROUTE_FACTORS` key (``account_kind`` as :func:`account_kind_of` gives it).

    ``sanctioned``: a company account for an approved tool. ``company_account``: a company
    account for a tool the policy does not approve. ``on_device``: a model running on the
    computer. ``external``: everything else, an API key and a ``:cloud`` model included.
    """
    if account_kind == "company_provided":
        return "sanctioned" if status == "approved" else "company_account"
    if account_kind == "local_model":
        return "on_device"
    return "external"


def tiers_for(tool: Tool, account_kind: str | None) -> list[Tier]:
    """The catalog tiers an account kind uses: business for company accounts, api for an API
    key, local for a model on the computer, else the consumer tier (the first tier when there is none)."""
    kinds = TIER_KINDS_BY_ACCOUNT.get(account_kind or "")
    if kinds:
        matching = [tier for tier in tool.tiers if tier.kind in kinds]
        if matching:
            return matching
    consumer = [tier for tier in tool.tiers if tier.kind == "consumer"]
    return consumer[:1] or list(tool.tiers[:1])


def trains_for(tool: Tool | None, account_kind: str | None) -> Trains:
    """Whether the provider trains on input for this way of using the tool; tiers that disagree: unknown."""
    if tool is None:
        return Trains.UNKNOWN
    if account_kind not in TIER_KINDS_BY_ACCOUNT:
        return tool.trains_on_inputs_by_default
    values = {tier.trains_on_inputs for tier in tiers_for(tool, account_kind)}
    return values.pop() if len(values) == 1 else Trains.UNKNOWN


def training_finding(trains: Trains, no_training: str | None) -> str:
    if trains is Trains.NO:
        return "no"
    if no_training == "on":
        return "protected"
    return "yes" if trains is Trains.YES else "unknown"


# ---------------------------------------------------------------------------------------------
# The assessment
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Identity:
    name: str
    category: str
    status: str
    tool: Tool | None


def _identify(tool_id: str, catalog: Catalog, policy: Policy, other_tools: Mapping[str, OtherTool]) -> _Identity:
    other = other_tools.get(tool_id)
    if other is not None:
        return _Identity(other.name, other.category, NOT_LISTED, None)
    tool = catalog.get(tool_id)
    rule = policy.rule_for(tool_id)
    name = (rule.name if rule and rule.name else None) or (tool.name if tool else tool_id)
    category = tool.category if tool else (rule.category if rule and rule.category else "")
    return _Identity(name, category, policy.status_of(tool_id), tool)


@dataclass(frozen=True)
class _Context:
    """What every tool's assessment shares: content, policy, texts and the language."""

    catalog: Catalog
    policy: Policy
    other_tools: Mapping[str, OtherTool]
    texts: RiskTexts
    lang: str

    def text(self, text_id: str, **values: Any) -> str:
        return self.texts.get(text_id, self.lang, **values)

    def identify(self, tool_id: str) -> _Identity:
        return _identify(tool_id, self.catalog, self.policy, self.other_tools)

    def approved_in_category(self, category: str, exclude: str) -> list[str]:
        names = []
        for tool_id in self.policy.approved_tool_ids():
            identity = self.identify(tool_id)
            if tool_id != exclude and category and identity.category == category:
                names.append(identity.name)
        return names


def assess(
    questionnaire: Questionnaire,
    effective: Mapping[str, Any],
    other_tools: Mapping[str, OtherTool],
    catalog: Catalog,
    policy: Policy,
    lang: str = DEFAULT_LANGUAGE,
    *,
    texts: RiskTexts | None = None,
    money: Callable[[float], str] | None = None,
) -> RiskReport:
    """The risk picture for one assessment's effective answers (see :meth:`Navigator.effective_answers`).

    ``money`` writes an amount with the policy's currency as the screen does (see :func:`summarize_spend`)."""
    ctx = _Context(catalog, policy, other_tools, texts or default_texts(), lang)
    answers = tool_answers(questionnaire, effective)
    picked = [(index, _assess_tool(item, ctx)) for index, item in enumerate(answers)]
    picked.sort(key=lambda pair: (-pair[1].level, -pair[1].score, pair[0]))
    tools = tuple(tool for _, tool in picked)

    overall = overall_level(tool.level for tool in tools)
    spend = summarize_spend(
        answers, {tool.tool_id: tool.name for tool in tools}, policy.organization.currency, ctx.texts, lang, money
    )
    learning = _learning(questionnaire, effective, ctx)
    return RiskReport(
        overall=overall,
        overall_reasons=_overall_reasons(tools, overall, ctx),
        tools=tools,
        spend=spend,
        actions=build_actions(tools, learning),
        learning=tuple(item.text for item in learning),
    )


def _assess_tool(answers: ToolAnswers, ctx: _Context) -> ToolRisk:
    identity = ctx.identify(answers.tool_id)
    kind = account_kind_of(answers.account_kind, identity.tool, identity.category)
    route = route_of(identity.status, kind, identity.category, identity.tool)
    trains = trains_for(identity.tool, kind)
    tool = identity.tool
    facts = ToolFacts(
        status=identity.status,
        account_kind=kind,
        training=None if route == "sanctioned" else training_finding(trains, answers.no_training),
        data_classes=answers.data_classes,
        anonymized=answers.anonymized,
        route=route,
        frequency=answers.frequency,
        location=tool.data_location if tool else None,
        paid_plan_protects=bool(tool and tool.paid_plan_trains is Trains.NO),
    )
    hits, score, level = apply_rules(facts)
    reasons = [Reason(code, ctx.text(f"reasons.{code}", tool=identity.name), points) for code, points in hits]
    return ToolRisk(
        tool_id=answers.tool_id,
        name=identity.name,
        category=identity.category,
        status=identity.status,
        account_kind=answers.account_kind,
        level=level,
        reasons=tuple(reasons),
        recommendations=tuple(_recommendations(replace(answers, account_kind=kind), identity, facts, trains, ctx)),
        data_classes=tuple(code for code in answers.data_classes if code != "none"),
        score=score,
        note=_note(answers.tool_id, ctx),
    )


def _note(tool_id: str, ctx: _Context) -> str:
    rule = None if tool_id in ctx.other_tools else ctx.policy.rule_for(tool_id)
    return rule.note_in(ctx.lang) if rule else ""


def _recommendations(
    answers: ToolAnswers, identity: _Identity, facts: ToolFacts, trains: Trains, ctx: _Context
) -> list[Recommendation]:
    tool_id, name, status = answers.tool_id, identity.name, identity.status
    found: list[Recommendation] = []

    def add(action_id: str, kind: str, text_id: str, **values: Any) -> None:
        found.append(Recommendation(action_id, ctx.text(f"recommendations.{text_id}", tool=name, **values), kind))

    if "credentials" in answers.data_classes:
        add("rotate_credentials", "never_paste", "never_paste.rotate_credentials")

    rule = None if tool_id in ctx.other_tools else ctx.policy.rule_for(tool_id)
    if status != "approved":
        alternative = rule.alternative if rule else None
        if alternative:
            add(f"switch:{tool_id}", "switch_tool", "switch.alternative", alternative=ctx.identify(alternative).name)
        elif status != "tolerated":
            same = ctx.approved_in_category(identity.category, tool_id)
            contact = ctx.policy.organization.contact
            if same:
                add(f"switch:{tool_id}", "switch_tool", "switch.same_category", alternative=", ".join(same))
            elif contact:
                add(f"switch:{tool_id}", "switch_tool", "switch.ask_contact", contact=contact)
            else:
                add(f"switch:{tool_id}", "switch_tool", "switch.ask_it")
    elif answers.account_kind in PERSONAL_ACCOUNTS:
        add(f"switch:{tool_id}", "switch_tool", "switch.company_account")

    if facts.route != "sanctioned" and trains is not Trains.NO and answers.no_training != "on":
        setting = _opt_out(identity.tool, answers.account_kind, ctx.lang)
        if setting is NO_OPT_OUT:
            add(f"setting:no_training:{tool_id}", "change_setting", "setting.no_opt_out")
        elif setting:
            add(f"setting:no_training:{tool_id}", "change_setting", "setting.with_path", setting=setting)
        elif answers.no_training == "no_such_setting":
            add(f"setting:no_training:{tool_id}", "change_setting", "setting.none_known")
        else:
            add(f"setting:no_training:{tool_id}", "change_setting", "setting.generic")

    personal = any(code in PERSONAL_CLASSES for code in answers.data_classes)
    if personal and answers.anonymized != "yes_always" and facts.route in ("external", "company_account"):
        add(f"anonymize:{tool_id}", "anonymize", "anonymize.personal_data")

    if answers.account_kind == "personal_paid" and status != "prohibited":
        if status != "approved":
            plan = identity.tool.no_training_business_tier if identity.tool is not None else Trains.UNKNOWN
            add(f"licence:{tool_id}", "ask_licence", LICENCE_TEXTS[plan])
        if answers.reimbursed != "yes_fully":
            add(f"reimburse:{tool_id}", "ask_reimbursement", "reimburse.ask")

    found.sort(key=lambda item: KINDS.index(item.kind))
    return found


#: What :func:`_opt_out` returns when the catalog says the tier has no way to switch training off.
NO_OPT_OUT = "\0no opt-out"


def _opt_out(tool: Tool | None, account_kind: str | None, lang: str) -> str:
    """Where the no-training setting is, from the catalog tier this account uses; empty when
    unknown, :data:`NO_OPT_OUT` when the catalog says there is none."""
    if tool is None:
        return ""
    tiers = tiers_for(tool, account_kind)
    for tier in tiers:
        if tier.opt_out:
            return pick(tier.opt_out, lang)
    if tiers and all(tier.no_opt_out for tier in tiers):
        return NO_OPT_OUT
    return ""


def _learning(questionnaire: Questionnaire, effective: Mapping[str, Any], ctx: _Context) -> list[Recommendation]:
    literacy = single(answer_feeding(questionnaire, effective, "literacy"))
    awareness = single(answer_feeding(questionnaire, effective, "policy_awareness"))
    wanted = set(codes(answer_feeding(questionnaire, effective, "training_wanted")))
    topics = wanted | set(LITERACY_TOPICS.get(literacy or "", ())) | set(AWARENESS_TOPICS.get(awareness or "", ()))
    return [
        Recommendation(f"learn:{topic}", ctx.text(f"learning.{topic}"), "learn")
        for topic in LEARNING_TOPICS
        if topic in topics
    ]


def _overall_reasons(tools: tuple[ToolRisk, ...], overall: Level, ctx: _Context) -> tuple[Reason, ...]:
    if not tools:
        return (Reason("overall.no_tools", ctx.text("reasons.overall.no_tools"), 0),)
    top = tools[0].level
    names = ", ".join(tool.name for tool in tools if tool.level == top)
    reasons = [
        Reason(
            "overall.highest",
            ctx.text("reasons.overall.highest", tool=names, level=top.label(ctx.lang, ctx.texts)),
            tools[0].score,
        )
    ]
    high = sum(tool.level >= Level.HIGH for tool in tools)
    if overall > top:  # only says so when it made a difference
        level = overall.label(ctx.lang, ctx.texts)
        reasons.append(Reason("overall.many_high", ctx.text("reasons.overall.many_high", count=high, level=level), 0))
    return tuple(reasons)
