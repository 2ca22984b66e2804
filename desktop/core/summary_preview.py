"""A summary in plain words, section by section, for the employee's preview before anything leaves.

Every row is derived from the summary itself (never from the answers), so the preview shows
exactly what would be sent, randomized values included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.summary import SENTIMENT_FIELDS
from desktop.core.text import pick
from desktop.core.tool_answers import question_feeding

NOTHING = "—"


@dataclass(frozen=True)
class PreviewSection:
    key: str  # stable: "about", "group", "randomized", "tools", "training", "sentiment"
    title: str
    rows: tuple[tuple[str, str], ...]


class Words:
    """Plain words for codes and ids, in one language."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, lang: str = "en"):
        self.q, self.catalog, self.policy, self.lang = questionnaire, catalog, policy, lang

    def option(self, feeds: str, code: str) -> str:
        """An option's label without its example ("Source code — e.g. …" reads "Source code")."""
        question = question_feeding(self.q, feeds)
        option = question.option(code) if question else None
        return pick(option.label, self.lang).split(" — ")[0] if option else code

    def options(self, feeds: str, codes: list[str]) -> str:
        return ", ".join(self.option(feeds, code) for code in codes) or NOTHING

    def question(self, feeds: str) -> str:
        question = question_feeding(self.q, feeds)
        return pick(question.text, self.lang) if question else feeds

    def tool(self, tool_id: str) -> str:
        if tool_id.startswith("other:"):
            category = self.catalog.category(tool_id.split(":", 1)[1])
            return f"A tool you added yourself ({pick(category.label, self.lang) if category else tool_id})"
        tool = self.catalog.get(tool_id)
        if tool:
            return tool.name
        rule = self.policy.rule_for(tool_id)
        return (rule.name or tool_id) if rule else tool_id

    def org_unit(self, code: str) -> str:
        unit = next((u for u in self.policy.org_units if u.code == code), None)
        return unit.label_in(self.lang) if unit else code


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def describe(summary: Mapping[str, Any], words: Words) -> list[PreviewSection]:
    sections = [PreviewSection("about", "About this summary", (
        ("Campaign", summary["campaign"]),
        ("Submission number", f"{summary['submission_id']} (the same for every export in this campaign, "
                              "so a new one replaces the old; it does not identify you)"),
        ("Candor and questionnaire version", f"{summary['app']}, questionnaire {summary['questionnaire']['version']}"),
    ))]
    group = summary.get("group") or {}
    if group:
        rows = []
        if "org_unit" in group:
            rows.append(("Your part of the organization", words.org_unit(group["org_unit"])))
        if "role_level" in group:
            rows.append(("Your role level", words.option("role_level", group["role_level"])))
        sections.append(PreviewSection("group", "About you (you chose to include this)", tuple(rows)))
    if "randomized" in summary:
        sections.append(_randomized(summary["randomized"], words))
    else:
        sections.append(_plain(summary, words))
    training = summary.get("training") or {}
    rows = []
    for key, feeds in (("received", "training_received"), ("wanted", "training_wanted"),
                       ("formats", "training_formats"), ("on_work_time", "training_on_work_time")):
        if key in training:
            value = training[key]
            text = words.options(feeds, value) if isinstance(value, list) else words.option(feeds, value)
            rows.append((words.question(feeds), text))
    sections.append(PreviewSection("training", "Training", tuple(rows) or (("Training", NOTHING),)))
    if "sentiment" in summary:
        rows = [(words.question(name), words.option(name, summary["sentiment"][name]))
                for name in SENTIMENT_FIELDS if name in summary["sentiment"]]
        sections.append(PreviewSection("sentiment", "How you see AI at work (you chose to include this)",
                                       tuple(rows) or (("Answers", NOTHING),)))
    return sections


def _randomized(randomized: Mapping[str, Any], words: Words) -> PreviewSection:
    used = [words.tool(t) for t, sent in randomized["unapproved_use"].items() if sent]
    to_unapproved = [c for c, sent in randomized["data_to_unapproved"].items() if sent]
    to_personal = [c for c, sent in randomized["data_to_personal"].items() if sent]
    reasons = [r for r, sent in randomized["reasons"].items() if sent]
    rows = [
        ("Tools used without approval", ", ".join(used) or NOTHING),
        ("Data put into tools that are not approved", words.options("tool.data_classes", to_unapproved)),
        ("Data put into personal accounts", words.options("tool.data_classes", to_personal)),
        ("Pays for AI tools personally", _yes_no(randomized["pays_out_of_pocket"])),
        ("Reasons for unapproved tools", words.options("reasons", reasons)),
    ]
    categories = randomized["categories"]
    for name in ("literacy", "policy_awareness"):
        if name in categories:
            rows.append((words.question(name), words.option(name, categories[name])))
    band = categories["spend_band"]
    rows.append(("Monthly personal spend", "none" if band == "none" else words.option("tool.spend", band)))
    return PreviewSection("randomized", "Your AI use (randomized answers)", tuple(rows))


def _plain(summary: Mapping[str, Any], words: Words) -> PreviewSection:
    rows: list[tuple[str, str]] = []
    for tool in summary.get("tools", []):
        facts = [words.option("tool.account_kind", tool["account_kind"])] if "account_kind" in tool else []
        if "frequency" in tool:
            facts.append(words.option("tool.frequency", tool["frequency"]))
        if "data_classes" in tool:
            facts.append("data: " + words.options("tool.data_classes", tool["data_classes"]))
        if "spend" in tool:
            facts.append("spend: " + words.option("tool.spend", tool["spend"]))
        rows.append((words.tool(tool["tool"]), "; ".join(facts) or NOTHING))
    rows.append(("Pays for AI tools personally", _yes_no(summary["spend"]["pays_out_of_pocket"])))
    rows.append(("Reasons for unapproved tools", words.options("reasons", summary.get("reasons", []))))
    for name in ("literacy", "policy_awareness"):
        if name in summary:
            rows.append((words.question(name), words.option(name, summary[name])))
    return PreviewSection("tools", "Your AI use", tuple(rows) or (("Tools", NOTHING),))
