"""The small catalog and policy the assess() tests run on, and answers given by the summary field each
question feeds, as the model reads them, so the tests survive renamed question ids.
"""

from __future__ import annotations

import datetime
from typing import Any

from desktop.core.answers import OtherTool, answer_key
from desktop.core.catalog import Catalog, Category, Tier, Tool, Trains
from desktop.core.policy import Organization, Policy, ToolRule
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.risk import assess
from desktop.core.risk_results import RiskReport
from desktop.core.tool_answers import question_feeding

QUESTIONNAIRE = load_questionnaire()


def tier(kind: str, trains: Trains, opt_out: dict[str, str] | None = None) -> Tier:
    return Tier(name=kind.title(), kind=kind, trains_on_inputs=trains, retention=None, opt_out=opt_out)


def tool(tool_id: str, name: str, category: str, *tiers: Tier) -> Tool:
    return Tool(
        id=tool_id,
        name=name,
        vendor="Vendor",
        category=category,
        tiers=tiers,
        no_training_business_tier=Trains.YES,
        notes={"en": "Notes."},
        sources=("https://vendor.example/privacy",),
        last_verified=datetime.date(2026, 11, 1),
    )


CATALOG = Catalog(
    categories=tuple(Category(code, {"en": code}) for code in ("chat", "coding", "writing", "local_model")),
    tools=(
        tool(
            "chatty",
            "Chatty",
            "chat",
            tier("consumer", Trains.YES, {"en": "Settings > Privacy: switch off 'Improve'.", "de": "Einstellungen."}),
            tier("business", Trains.NO),
        ),
        tool("mystery", "Mystery", "chat", tier("consumer", Trains.UNKNOWN)),
        tool("quiet", "Quiet", "writing", tier("consumer", Trains.NO)),
        tool("corp-chat", "Corp Chat", "chat", tier("consumer", Trains.YES), tier("business", Trains.NO)),
        tool("coder", "Coder", "coding", tier("consumer", Trains.YES)),
        tool("localllm", "LocalLLM", "local_model", tier("local", Trains.NO)),
        tool("banned", "Banned", "chat", tier("consumer", Trains.YES)),
    ),
)

POLICY = Policy(
    organization=Organization(name="Acme", currency="CHF"),
    tools=(
        ToolRule("corp-chat", "approved"),
        ToolRule("chatty", "tolerated", alternative="corp-chat"),
        ToolRule("banned", "prohibited", alternative="helper-bot"),
        ToolRule("helper-bot", "approved", name="Helper Bot", category="coding"),
        ToolRule("quiet", "tolerated", name="Quiet Writer"),
    ),
)

PER_TOOL = {
    "account_kind": "tool.account_kind",
    "frequency": "tool.frequency",
    "data_classes": "tool.data_classes",
    "anonymized": "tool.anonymized",
    "no_training": "tool.no_training",
    "spend": "tool.spend",
    "reimbursed": "tool.reimbursed",
}


def qid(feeds: str) -> str:
    question = question_feeding(QUESTIONNAIRE, feeds)
    assert question is not None, feeds
    return question.id


def effective(tools: dict[str, dict[str, Any]], **overall: Any) -> dict[str, Any]:
    """Effective answers: per-tool answers by short name, overall ones by the field they feed."""
    values: dict[str, Any] = {qid("tools"): list(tools)} if tools else {}
    for tool_id, answers in tools.items():
        for name, value in answers.items():
            values[answer_key(qid(PER_TOOL[name]), tool_id)] = value
    for feeds, value in overall.items():
        values[qid(feeds)] = value
    return values


def run(
    tools: dict[str, dict[str, Any]],
    other: dict[str, OtherTool] | None = None,
    policy: Policy = POLICY,
    lang: str = "en",
    **overall: Any,
) -> RiskReport:
    return assess(QUESTIONNAIRE, effective(tools, **overall), other or {}, CATALOG, policy, lang)


def card(report: RiskReport, tool_id: str):
    return next(item for item in report.tools if item.tool_id == tool_id)


def recs(report: RiskReport, tool_id: str) -> dict[str, str]:
    return {item.action_id: item.text for item in card(report, tool_id).recommendations}
