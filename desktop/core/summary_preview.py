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

#: English titles of the sections, by their stable key; the UI shows its own translation of each.
SECTION_TITLES = {
    "about": "About this summary",
    "group": "About you (you chose to include this)",
    "randomized": "Your AI use (randomized answers)",
    "tools": "Your AI use",
    "training": "Training",
    "sentiment": "How you see AI at work (you chose to include this)",
}

#: English labels of the fixed rows, by their stable key. Rows labelled with a question's text or a
#: tool's name (already in the chosen language) have the key ``question`` or ``tool``.
ROW_LABELS = {
    "campaign": "Campaign",
    "submission_id": "Submission number",
    "versions": "Candor and questionnaire version",
    "org_unit": "Your part of the organization",
    "role_level": "Your role level",
    "unapproved_use": "Tools used without approval",
    "data_to_unapproved": "Data put into tools that are not approved",
    "data_to_personal": "Data put into personal accounts",
    "pays_out_of_pocket": "Pays for AI tools personally",
    "reasons": "Reasons for unapproved tools",
    "spend_band": "Monthly personal spend",
    "no_training": "Training",
    "no_sentiment": "Answers",
    "no_tools": "Tools",
}


@dataclass(frozen=True)
class Phrases:
    """The few words the preview composes itself, with ``%1``/``%2`` for what goes in.

    English by default; the UI hands in its translations (core never imports Qt).
    """

    yes: str = "yes"
    no: str = "no"
    none: str = "none"
    own_tool: str = "A tool you added yourself (%1)"
    data: str = "data: %1"
    spend: str = "spend: %1"
    submission_id: str = ("%1 (the same for every export in this campaign, so a new one replaces the old; "
                          "it does not identify you)")
    versions: str = "%1, questionnaire %2"


@dataclass(frozen=True)
class PreviewRow:
    key: str  # a ROW_LABELS key, or "question" / "tool" when the label is a question's text or a tool's name
    label: str  # in English for ROW_LABELS keys
    value: str


@dataclass(frozen=True)
class PreviewSection:
    key: str  # stable: a SECTION_TITLES key
    title: str  # in English
    rows: tuple[PreviewRow, ...]


def _fill(template: str, *values: str) -> str:
    for index, value in enumerate(values, start=1):
        template = template.replace(f"%{index}", value)
    return template


def _row(key: str, value: str) -> PreviewRow:
    return PreviewRow(key, ROW_LABELS[key], value)


def _section(key: str, rows: list[PreviewRow] | tuple[PreviewRow, ...]) -> PreviewSection:
    return PreviewSection(key, SECTION_TITLES[key], tuple(rows))


class Words:
    """Plain words for codes and ids, in one language."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, lang: str = "en",
                 phrases: Phrases | None = None):
        self.q, self.catalog, self.policy, self.lang = questionnaire, catalog, policy, lang
        self.phrases = phrases or Phrases()

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
            return _fill(self.phrases.own_tool, pick(category.label, self.lang) if category else tool_id)
        tool = self.catalog.get(tool_id)
        if tool:
            return tool.name
        rule = self.policy.rule_for(tool_id)
        return (rule.name or tool_id) if rule else tool_id

    def org_unit(self, code: str) -> str:
        unit = next((u for u in self.policy.org_units if u.code == code), None)
        return unit.label_in(self.lang) if unit else code


def _yes_no(value: bool, words: Words) -> str:
    return words.phrases.yes if value else words.phrases.no


def describe(summary: Mapping[str, Any], words: Words) -> list[PreviewSection]:
    phrases = words.phrases
    sections = [_section("about", (
        _row("campaign", summary["campaign"]),
        _row("submission_id", _fill(phrases.submission_id, summary["submission_id"])),
        _row("versions", _fill(phrases.versions, summary["app"], str(summary["questionnaire"]["version"]))),
    ))]
    group = summary.get("group") or {}
    if group:
        rows = []
        if "org_unit" in group:
            rows.append(_row("org_unit", words.org_unit(group["org_unit"])))
        if "role_level" in group:
            rows.append(_row("role_level", words.option("role_level", group["role_level"])))
        sections.append(_section("group", rows))
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
            rows.append(PreviewRow("question", words.question(feeds), text))
    sections.append(_section("training", rows or [_row("no_training", NOTHING)]))
    if "sentiment" in summary:
        rows = [PreviewRow("question", words.question(name), words.option(name, summary["sentiment"][name]))
                for name in SENTIMENT_FIELDS if name in summary["sentiment"]]
        sections.append(_section("sentiment", rows or [_row("no_sentiment", NOTHING)]))
    return sections


def _randomized(randomized: Mapping[str, Any], words: Words) -> PreviewSection:
    used = [words.tool(t) for t, sent in randomized["unapproved_use"].items() if sent]
    to_unapproved = [c for c, sent in randomized["data_to_unapproved"].items() if sent]
    to_personal = [c for c, sent in randomized["data_to_personal"].items() if sent]
    reasons = [r for r, sent in randomized["reasons"].items() if sent]
    rows = [
        _row("unapproved_use", ", ".join(used) or NOTHING),
        _row("data_to_unapproved", words.options("tool.data_classes", to_unapproved)),
        _row("data_to_personal", words.options("tool.data_classes", to_personal)),
        _row("pays_out_of_pocket", _yes_no(randomized["pays_out_of_pocket"], words)),
        _row("reasons", words.options("reasons", reasons)),
    ]
    categories = randomized["categories"]
    for name in ("literacy", "policy_awareness"):
        if name in categories:
            rows.append(PreviewRow("question", words.question(name), words.option(name, categories[name])))
    band = categories["spend_band"]
    rows.append(_row("spend_band", words.phrases.none if band == "none" else words.option("tool.spend", band)))
    return _section("randomized", rows)


def _plain(summary: Mapping[str, Any], words: Words) -> PreviewSection:
    phrases = words.phrases
    rows: list[PreviewRow] = []
    for tool in summary.get("tools", []):
        facts = [words.option("tool.account_kind", tool["account_kind"])] if "account_kind" in tool else []
        if "frequency" in tool:
            facts.append(words.option("tool.frequency", tool["frequency"]))
        if "data_classes" in tool:
            facts.append(_fill(phrases.data, words.options("tool.data_classes", tool["data_classes"])))
        if "spend" in tool:
            facts.append(_fill(phrases.spend, words.option("tool.spend", tool["spend"])))
        rows.append(PreviewRow("tool", words.tool(tool["tool"]), "; ".join(facts) or NOTHING))
    rows.append(_row("pays_out_of_pocket", _yes_no(summary["spend"]["pays_out_of_pocket"], words)))
    rows.append(_row("reasons", words.options("reasons", summary.get("reasons", []))))
    for name in ("literacy", "policy_awareness"):
        if name in summary:
            rows.append(PreviewRow("question", words.question(name), words.option(name, summary[name])))
    return _section("tools", rows or [_row("no_tools", NOTHING)])
