"""What to change: the recommendations on a tool's card and the learning pointers.

Each recommendation carries a stable ``action_id`` (``switch:chatgpt``), so a tick in the
action plan survives re-wording and re-assessing; :data:`KINDS` orders them on a card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.catalog import Tool, Trains
from desktop.core.questionnaire import Questionnaire
from desktop.core.risk_context import Context, Identity
from desktop.core.risk_results import Recommendation
from desktop.core.risk_rules import PERSONAL_ACCOUNTS, PERSONAL_CLASSES, ToolFacts, tiers_for
from desktop.core.text import pick
from desktop.core.tool_answers import ToolAnswers, answer_feeding, codes, single

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


def recommendations_for(
    answers: ToolAnswers, identity: Identity, facts: ToolFacts, trains: Trains, ctx: Context
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


def learning_for(questionnaire: Questionnaire, effective: Mapping[str, Any], ctx: Context) -> list[Recommendation]:
    literacy = single(answer_feeding(questionnaire, effective, "literacy"))
    awareness = single(answer_feeding(questionnaire, effective, "policy_awareness"))
    wanted = set(codes(answer_feeding(questionnaire, effective, "training_wanted")))
    topics = wanted | set(LITERACY_TOPICS.get(literacy or "", ())) | set(AWARENESS_TOPICS.get(awareness or "", ()))
    return [
        Recommendation(f"learn:{topic}", ctx.text(f"learning.{topic}"), "learn")
        for topic in LEARNING_TOPICS
        if topic in topics
    ]

