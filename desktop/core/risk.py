"""The employee's risk picture: a level per tool and overall, with reasons and what to change.

:func:`assess` puts together the pieces: the facts of each tool go through the points table
(:mod:`desktop.core.risk_rules`, explained in docs/risk-model.md), what to change comes from
:mod:`desktop.core.risk_recommendations`, and the results are the values of
:mod:`desktop.core.risk_results`. Here too: the shipped risk texts, checked once against every
text id those modules use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from desktop.core.action_plan import build_actions
from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog, Trains
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.resources import resource
from desktop.core.risk_context import Context
from desktop.core.risk_recommendations import (
    LEARNING_TOPICS,
    RECOMMENDATION_TEXTS,
    learning_for,
    recommendations_for,
)
from desktop.core.risk_results import Level, Reason, RiskReport, ToolRisk
from desktop.core.risk_rules import (
    ACCOUNT_WEIGHTS,
    ANONYMIZED_FACTORS,
    DATA_WEIGHTS,
    FREQUENCY_FACTORS,
    LOCATION_FACTORS,
    OVERRIDES,
    ROUTE_FACTORS,
    STATUS_WEIGHTS,
    TRAINING_WEIGHTS,
    ToolFacts,
    account_kind_of,
    apply_rules,
    overall_level,
    route_of,
    training_finding,
    trains_for,
)
from desktop.core.risk_texts import RiskTexts, load_risk_texts
from desktop.core.spend import TEXT_IDS as SPEND_TEXT_IDS
from desktop.core.spend import summarize_spend
from desktop.core.text import DEFAULT_LANGUAGE
from desktop.core.tool_answers import ToolAnswers, tool_answers

TEXTS_FILE = ("risk", "texts.yaml")

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

def level_label(level: Level, lang: str = DEFAULT_LANGUAGE) -> str:
    """The level's word in ``lang`` from the shipped texts."""
    return level.label(lang, default_texts())


# ---------------------------------------------------------------------------------------------
# The assessment
# ---------------------------------------------------------------------------------------------


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
    ctx = Context(catalog, policy, other_tools, texts or default_texts(), lang)
    answers = tool_answers(questionnaire, effective)
    picked = [(index, _assess_tool(item, ctx)) for index, item in enumerate(answers)]
    picked.sort(key=lambda pair: (-pair[1].level, -pair[1].score, pair[0]))
    tools = tuple(tool for _, tool in picked)

    overall = overall_level(tool.level for tool in tools)
    spend = summarize_spend(
        answers, {tool.tool_id: tool.name for tool in tools}, policy.organization.currency, ctx.texts, lang, money
    )
    learning = learning_for(questionnaire, effective, ctx)
    return RiskReport(
        overall=overall,
        overall_reasons=_overall_reasons(tools, overall, ctx),
        tools=tools,
        spend=spend,
        actions=build_actions(tools, learning),
        learning=tuple(item.text for item in learning),
    )


def _assess_tool(answers: ToolAnswers, ctx: Context) -> ToolRisk:
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
        recommendations=tuple(recommendations_for(replace(answers, account_kind=kind), identity, facts, trains, ctx)),
        data_classes=tuple(code for code in answers.data_classes if code != "none"),
        score=score,
        note=_note(answers.tool_id, ctx),
    )


def _note(tool_id: str, ctx: Context) -> str:
    rule = None if tool_id in ctx.other_tools else ctx.policy.rule_for(tool_id)
    return rule.note_in(ctx.lang) if rule else ""



def _overall_reasons(tools: tuple[ToolRisk, ...], overall: Level, ctx: Context) -> tuple[Reason, ...]:
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
