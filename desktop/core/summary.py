"""Build the anonymized summary: the only thing that ever leaves the laptop.

Every value written here is an option code from the questionnaire, a tool id from the catalog
or policy, ``other:<category>``, or a number the builder computes: free text cannot reach the
summary because nothing here reads it. The JSON Schema (``resources/schema/summary.schema.json``)
allows nothing else (``additionalProperties: false`` everywhere, enums and patterns only).

With randomized response on, every answer that leaves is randomized, except the coarse groups the
employee ticks (org unit, role level), and the shape is fixed whatever the answers: the items of
:mod:`desktop.core.summary_items`, each present in every summary of the campaign. Per-tool detail is
left out, because which keys exist must reveal nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.spend import band_midpoint
from desktop.core.summary_items import (  # noqa: F401 - NOT_ANSWERED and known_tool_ids are re-exported
    AGREEMENT_GROUPS,
    CATEGORY_ITEMS,
    HEADLINE_SENSITIVE,
    HEADLINE_UNAPPROVED,
    NO_SPEND,
    NOT_ANSWERED,
    NOT_SENSITIVE,
    SENTIMENT_DOMAIN,
    SENTIMENT_FIELDS,
    TRAINING_MULTI,
    TRAINING_SINGLE,
    WORKPLACE_MULTI,
    WORKPLACE_SINGLE,
    known_tool_ids,
    randomized_items,
)
from desktop.core.tool_answers import ToolAnswers, answer_feeding, question_feeding, tool_answers

FORMAT = "candor-summary"
#: 2: every answer randomized when randomized response is on (training and sentiment too), headline
#: items, no bit for approved tools, a fixed set of keys; 1 sent training and sentiment as they were.
FORMAT_VERSION = 2
#: Accounts that are the employee's own, not the company's.
PERSONAL_ACCOUNTS = frozenset({"personal_free", "personal_paid", "browser_extension"})
#: Categorical items sent through k-ary randomized response when it is on.
RANDOMIZED_CATEGORIES = CATEGORY_ITEMS
#: Optional parts the employee may withhold in the preview.
OPTIONAL_PARTS = ("org_unit", "role_level", "sentiment")
TRAINING_FIELDS = {"training_received": "received", "training_wanted": "wanted",
                   "training_formats": "formats", "training_on_work_time": "on_work_time"}


@dataclass(frozen=True)
class Choices:
    """What the employee chose to include; everything optional is off unless they say so."""

    include: frozenset[str] = frozenset()


@dataclass
class BuildContext:
    questionnaire: Questionnaire
    catalog: Catalog
    policy: Policy
    app_version: str
    submission_id: str
    memo: Memo = field(default_factory=Memo)
    rng: random.Random | None = None
    #: The participation code the employee entered (canonical form), or None.
    participation_code: str | None = None


def submission_id(install_secret: bytes, campaign_id: str) -> str:
    """Stable per installation and campaign (a re-export replaces the earlier one), and unlinkable
    across campaigns: an HMAC of the campaign under a secret that never leaves the laptop."""
    return hmac.new(install_secret, f"candor-submission:{campaign_id}".encode(), hashlib.sha256).hexdigest()[:32]


def app_minor_version(version: str) -> str:
    """``1.4`` from ``1.4.2``: the patch level is never sent (it narrows down who updated when)."""
    parts = version.split(".")
    return ".".join((parts + ["0"])[:2])


def _summary_tool_id(tool_id: str, other_tools: Mapping[str, OtherTool]) -> str:
    """Typed-in tools become ``other:<category>``: their names are private and never sent."""
    other = other_tools.get(tool_id)
    return f"other:{other.category}" if other else tool_id


def build_summary(effective: Mapping[str, Any], other_tools: Mapping[str, OtherTool], ctx: BuildContext,
                  choices: Choices = Choices()) -> dict[str, Any]:
    """The summary for one assessment's effective answers (see ``Navigator.effective_answers``)."""
    q, policy = ctx.questionnaire, ctx.policy
    per_tool = tool_answers(q, effective)
    rr = policy.privacy.randomized_response
    summary: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": app_minor_version(ctx.app_version),
        "questionnaire": {"id": q.id, "version": q.version},
        "campaign": policy.campaign.id,
        "submission_id": ctx.submission_id,
    }
    if ctx.participation_code:
        summary["participation_code"] = ctx.participation_code
    group = _group(q, effective, policy, choices)
    if group:
        summary["group"] = group
    if rr:
        randomized, items = _randomized(per_tool, q, effective, other_tools, ctx, "sentiment" in choices.include)
        summary["randomized"] = randomized
    else:
        summary["tools"] = [_tool_detail(item, other_tools, policy) for item in per_tool]
        summary["spend"] = {"pays_out_of_pocket": any(i.account_kind == "personal_paid" for i in per_tool)}
        summary["reasons"] = sorted(reasons_given(per_tool))
        tasks = answer_feeding(q, effective, "tasks")
        if tasks:
            summary["tasks"] = sorted(tasks)
        for name in RANDOMIZED_CATEGORIES:
            value = answer_feeding(q, effective, name)
            if value:
                summary[name] = value
        items = 0
    if not rr:
        training = {key: answer_feeding(q, effective, feeds) for feeds, key in TRAINING_FIELDS.items()}
        summary["training"] = {key: value for key, value in training.items() if value}
        workplace = {name: answer_feeding(q, effective, name) for name in (*WORKPLACE_SINGLE, *WORKPLACE_MULTI)}
        workplace = {name: sorted(value) if isinstance(value, list) else value
                     for name, value in workplace.items() if value}
        if workplace:
            summary["workplace"] = workplace
        if "sentiment" in choices.include:
            sentiment = {name: answer_feeding(q, effective, name) for name in SENTIMENT_FIELDS}
            summary["sentiment"] = {name: value for name, value in sentiment.items() if value}
    epsilon = policy.privacy.epsilon if rr else None
    summary["privacy"] = {
        "randomized_response": rr,
        "epsilon_per_item": round(epsilon, 6) if epsilon else None,
        "randomized_items": items,
        "epsilon_total": round(epsilon * items, 6) if epsilon else None,
    }
    return summary


def _group(q: Questionnaire, effective: Mapping[str, Any], policy: Policy, choices: Choices) -> dict[str, str]:
    group: dict[str, str] = {}
    unit = answer_feeding(q, effective, "org_unit")
    if "org_unit" in choices.include and unit in {u.code for u in policy.org_units}:
        group["org_unit"] = unit
    role = answer_feeding(q, effective, "role_level")
    if "role_level" in choices.include and role and role != "prefer_not_to_say":
        group["role_level"] = role
    return group


def _tool_detail(item: ToolAnswers, other_tools: Mapping[str, OtherTool], policy: Policy) -> dict[str, Any]:
    tool_id = _summary_tool_id(item.tool_id, other_tools)
    status = "not_listed" if tool_id.startswith("other:") else policy.status_of(item.tool_id)
    detail: dict[str, Any] = {"tool": tool_id, "status": status}
    for key in ("account_kind", "frequency", "anonymized", "no_training", "spend", "reimbursed"):
        value = getattr(item, key)
        if value:
            detail[key] = value
    for key in ("data_classes", "reasons"):
        values = getattr(item, key)
        if values:
            detail[key] = sorted(values)
    return detail


def _randomized(per_tool: Sequence[ToolAnswers], q: Questionnaire, effective: Mapping[str, Any],
                other_tools: Mapping[str, OtherTool], ctx: BuildContext,
                with_sentiment: bool) -> tuple[dict[str, Any], int]:
    """Every answer through the mechanism, memoized per item and true value; the same keys for everyone."""
    policy, epsilon, memo, rng = ctx.policy, ctx.policy.privacy.epsilon, ctx.memo, ctx.rng
    items = randomized_items(q, ctx.catalog, policy)
    used_unapproved: set[str] = set()
    to_unapproved: set[str] = set()
    to_personal: set[str] = set()
    for item in per_tool:
        tool_id = _summary_tool_id(item.tool_id, other_tools)
        status = "not_listed" if tool_id.startswith("other:") else policy.status_of(item.tool_id)
        classes = set(item.data_classes) - NOT_SENSITIVE
        if status != "approved":
            used_unapproved.add(tool_id)
            to_unapproved |= classes
        if item.account_kind in PERSONAL_ACCOUNTS:
            to_personal |= classes
    reasons = reasons_given(per_tool)

    def bit(key: str, truth: bool) -> bool:
        return memo.bit(key, truth, epsilon, rng)

    def category(key: str, value: Any, domain: Sequence[str]) -> str:
        return memo.category(key, value if value in domain else NOT_ANSWERED, list(domain), epsilon, rng)

    randomized: dict[str, Any] = {
        HEADLINE_UNAPPROVED: bit("headline:unapproved", bool(used_unapproved)),
        HEADLINE_SENSITIVE: bit("headline:sensitive", bool(to_unapproved | to_personal)),
        "unapproved_use": {t: bit(f"tool:{t}", t in used_unapproved) for t in items.tools},
        "data_to_unapproved": {c: bit(f"unapproved:{c}", c in to_unapproved) for c in items.data_classes},
        "data_to_personal": {c: bit(f"personal:{c}", c in to_personal) for c in items.data_classes},
        "pays_out_of_pocket": bit("pays", any(i.account_kind == "personal_paid" for i in per_tool)),
        "reasons": {r: bit(f"reason:{r}", r in reasons) for r in items.reasons},
    }
    answered = {name: answer_feeding(q, effective, name) for name in CATEGORY_ITEMS}
    answered["spend_band"] = _total_spend_band(per_tool, q)
    randomized["categories"] = {name: category(f"category:{name}", answered[name], domain)
                                for name, domain in items.categories.items()}
    training: dict[str, Any] = {}
    fields = dict(TRAINING_SINGLE) | dict(TRAINING_MULTI)
    for key, domain in items.training_single.items():
        training[key] = category(f"training:{key}", answer_feeding(q, effective, fields[key]), domain)
    for key, options in items.training_multi.items():
        chosen = set(answer_feeding(q, effective, fields[key]) or [])
        training[key] = {option: bit(f"training:{key}:{option}", option in chosen) for option in options}
    randomized["training"] = training
    randomized["sentiment"] = {
        name: category(f"sentiment:{name}",
                       AGREEMENT_GROUPS.get(answer_feeding(q, effective, name)) if with_sentiment else None,
                       SENTIMENT_DOMAIN)
        for name in items.sentiment
    }
    workplace: dict[str, Any] = {}
    for name, domain in items.workplace_single.items():
        workplace[name] = category(f"workplace:{name}", answer_feeding(q, effective, name), domain)
    for name, options in items.workplace_multi.items():
        chosen = set(answer_feeding(q, effective, name) or [])
        workplace[name] = {option: bit(f"workplace:{name}:{option}", option in chosen) for option in options}
    if workplace:
        randomized["workplace"] = workplace
    return randomized, items.count


def reasons_given(per_tool: Sequence[ToolAnswers]) -> set[str]:
    """The reasons given for any tool: the summary's top-level ``reasons`` (and its randomized bits)."""
    return {code for item in per_tool for code in item.reasons}


def _total_spend_band(per_tool: Sequence[ToolAnswers], q: Questionnaire) -> str:
    """The band the employee's total monthly spend falls into, by the bands' midpoints."""
    question = question_feeding(q, "tool.spend")
    if question is None:
        return NO_SPEND
    total = sum(band_midpoint(*item.spend_band) for item in per_tool if item.spend_band)
    if total <= 0:
        return NO_SPEND
    for option in question.options:
        low, high = option.monthly or (0, None)
        if total >= low and (high is None or total < high):
            return option.code
    return question.options[-1].code

