"""Build the anonymized summary: the only thing that ever leaves the laptop.

Every value written here is an option code from the questionnaire, a tool id from the catalog
or policy, ``other:<category>``, or a number the builder computes: free text cannot reach the
summary because nothing here reads it. The JSON Schema (``resources/schema/summary.schema.json``)
allows nothing else (``additionalProperties: false`` everywhere, enums and patterns only).

With randomized response on, the shape is fixed whatever the answers: one randomized bit for
every known tool, every data class (two ways) and every reason, and randomized categories;
per-tool detail is left out, because which keys exist must reveal nothing.
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
from desktop.core.questionnaire import Question, Questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.spend import band_midpoint
from desktop.core.tool_answers import ToolAnswers, answer_feeding, question_feeding, tool_answers

FORMAT = "candor-summary"
FORMAT_VERSION = 1
#: Data classes whose disclosure is worth protecting; "public" and "none" carry no risk.
NOT_SENSITIVE = frozenset({"public", "none"})
#: Accounts that are the employee's own, not the company's.
PERSONAL_ACCOUNTS = frozenset({"personal_free", "personal_paid", "browser_extension"})
#: Categorical items sent through k-ary randomized response when it is on.
RANDOMIZED_CATEGORIES = ("literacy", "policy_awareness")
#: Total monthly spend bands for the randomized spend item (codes of the spend question plus "none").
NO_SPEND = "none"
#: Optional parts the employee may withhold in the preview.
OPTIONAL_PARTS = ("org_unit", "role_level", "sentiment")
SENTIMENT_FIELDS = ("strategy_clear", "strategy_successful", "strategy_inclusive", "pressure_to_use",
                    "pressure_to_overstate", "job_security_worry", "involvement_wish")
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


def submission_id(install_secret: bytes, campaign_id: str) -> str:
    """Stable per installation and campaign (a re-export replaces the earlier one), and unlinkable
    across campaigns: an HMAC of the campaign under a secret that never leaves the laptop."""
    return hmac.new(install_secret, f"candor-submission:{campaign_id}".encode(), hashlib.sha256).hexdigest()[:32]


def app_minor_version(version: str) -> str:
    """``1.4`` from ``1.4.2``: the patch level is never sent (it narrows down who updated when)."""
    parts = version.split(".")
    return ".".join((parts + ["0"])[:2])


def known_tool_ids(catalog: Catalog, policy: Policy) -> list[str]:
    """Every tool a summary can name: the catalog's, the policy's own, and one "other" per category."""
    ids = list(catalog.ids())
    ids += [rule.id for rule in policy.tools if rule.id not in catalog]
    ids += [f"other:{category.code}" for category in catalog.categories]
    return ids


def _codes(questionnaire: Questionnaire, feeds: str) -> tuple[str, ...]:
    question = question_feeding(questionnaire, feeds)
    return question.codes if question else ()


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
    group = _group(q, effective, policy, choices)
    if group:
        summary["group"] = group
    if rr:
        randomized, items = _randomized(per_tool, q, effective, other_tools, ctx)
        summary["randomized"] = randomized
    else:
        summary["tools"] = [_tool_detail(item, other_tools, policy) for item in per_tool]
        summary["spend"] = {"pays_out_of_pocket": any(i.account_kind == "personal_paid" for i in per_tool)}
        summary["reasons"] = sorted(answer_feeding(q, effective, "reasons") or [])
        for name in RANDOMIZED_CATEGORIES:
            value = answer_feeding(q, effective, name)
            if value:
                summary[name] = value
        items = 0
    training = {key: answer_feeding(q, effective, feeds) for feeds, key in TRAINING_FIELDS.items()}
    summary["training"] = {key: value for key, value in training.items() if value}
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
    for key in ("tasks", "data_classes"):
        values = getattr(item, key)
        if values:
            detail[key] = sorted(values)
    return detail


def _randomized(per_tool: Sequence[ToolAnswers], q: Questionnaire, effective: Mapping[str, Any],
                other_tools: Mapping[str, OtherTool], ctx: BuildContext) -> tuple[dict[str, Any], int]:
    policy, epsilon, memo, rng = ctx.policy, ctx.policy.privacy.epsilon, ctx.memo, ctx.rng
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
    data_classes = [c for c in _codes(q, "tool.data_classes") if c not in NOT_SENSITIVE]
    reasons_given = set(answer_feeding(q, effective, "reasons") or [])
    count = 0

    def bit(key: str, truth: bool) -> bool:
        nonlocal count
        count += 1
        return memo.bit(key, truth, epsilon, rng)

    randomized: dict[str, Any] = {
        "unapproved_use": {t: bit(f"tool:{t}", t in used_unapproved) for t in known_tool_ids(ctx.catalog, policy)},
        "data_to_unapproved": {c: bit(f"unapproved:{c}", c in to_unapproved) for c in data_classes},
        "data_to_personal": {c: bit(f"personal:{c}", c in to_personal) for c in data_classes},
        "pays_out_of_pocket": bit("pays", any(i.account_kind == "personal_paid" for i in per_tool)),
        "reasons": {r: bit(f"reason:{r}", r in reasons_given) for r in _codes(q, "reasons")},
    }
    categories: dict[str, str] = {}
    for name in RANDOMIZED_CATEGORIES:
        question: Question | None = question_feeding(q, name)
        value = answer_feeding(q, effective, name)
        if question is None or value not in question.codes:
            continue  # unanswered: nothing to send (the key's absence is the same for every answer)
        categories[name] = memo.category(f"category:{name}", value, list(question.codes), epsilon, rng)
        count += 1
    spend_domain = [NO_SPEND, *_codes(q, "tool.spend")]
    spend = _total_spend_band(per_tool, q)
    categories["spend_band"] = memo.category("category:spend_band", spend, spend_domain, epsilon, rng)
    count += 1
    randomized["categories"] = categories
    return randomized, count


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

