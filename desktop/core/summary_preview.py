"""A summary in plain words, section by section, for the employee's preview before anything leaves.

Every row is derived from the summary itself (never from the answers), so the preview shows
exactly what would be sent, randomized values included. With randomized response on, every row
that was randomized says so (``PreviewRow.randomized``, shown with its value by :func:`marked_value`)
and carries one sentence on what "may
differ from your answer" means for it (``PreviewRow.note``), and the first section states the
guarantee: per answer, how many randomized answers, and that answers together say more.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.rr_parameters import keep_probability_binary, keep_probability_kary
from desktop.core.summary import SENTIMENT_FIELDS
from desktop.core.summary_items import (
    HEADLINE_SENSITIVE,
    HEADLINE_UNAPPROVED,
    NOT_ANSWERED,
    REASONS,
    SENTIMENT_DOMAIN,
    WORKPLACE_MULTI,
    WORKPLACE_SINGLE,
    randomized_items,
)
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
    "sentiment_randomized": "How you see AI at work (randomized; not answered unless you include it)",
    "workplace": "How AI is run at your work",
}

#: English labels of the fixed rows, by their stable key. Rows labelled with a question's text or a
#: tool's name (already in the chosen language) have the key ``question`` or ``tool``.
ROW_LABELS = {
    "campaign": "Campaign",
    "privacy": "How your answers are protected",
    "any_unapproved_use": "Used any AI tool that is not approved",
    "any_sensitive_data": "Put sensitive data into a tool that is not approved or a personal account",
    "submission_id": "Submission number",
    "participation_code": "Participation code",
    "versions": "Candor and questionnaire version",
    "org_unit": "Your part of the organization",
    "role_level": "Your role level",
    "unapproved_use": "Tools used without approval",
    "data_to_unapproved": "Data put into tools that are not approved",
    "data_to_personal": "Data put into personal accounts",
    "pays_out_of_pocket": "Pays for AI tools personally",
    "reasons": "Why you use tools the company did not provide",
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
    #: %1 lists the reasons given for one tool.
    reasons: str = "why: %1"
    submission_id: str = ("%1 (the same for every export in this campaign, so a new one replaces the old; "
                          "it does not identify you)")
    versions: str = "%1, questionnaire %2"
    #: %1: the last group of the code (the whole code is in the JSON tab, as sent).
    participation_code: str = ("included: the code you entered, ending in %1. It shows that one invited person "
                               "sent this, not which one")
    not_answered: str = "not answered"
    #: One sentence for a row of randomized yes/no answers; %1 is the chance an answer is sent as given.
    bit_note: str = ("Randomized: each yes/no here was sent as you answered with a chance of %1 and flipped "
                     "otherwise, so it may differ from your answer.")
    #: One sentence for a randomized choice; %1 the chance it is sent as given, %2 how many other answers there are.
    category_note: str = ("Randomized: sent as you answered with a chance of %1, otherwise as one of the %2 other "
                          "answers picked at random, so it may differ from your answer.")
    #: %1: how many times as often the true answer is sent as any other; %2: epsilon; %3: randomized answers.
    guarantee: str = ("Every randomized answer is sent as given at most %1 times as often as any other answer "
                      "(epsilon %2 per answer), so none of them proves anything about you on its own. This "
                      "summary carries %3 randomized answers; answers that go together say more than one alone.")
    exact: str = "Randomized response is off in this campaign: your answers are sent exactly as given."
    #: A randomized row's value, marked where it is shown (and read with it); %1 is the value.
    randomized_value: str = "%1 (randomized)"


@dataclass(frozen=True)
class PreviewRow:
    key: str  # a ROW_LABELS key, or "question" / "tool" when the label is a question's text or a tool's name
    label: str  # in English for ROW_LABELS keys
    value: str
    #: Sent through randomized response: the value may differ from the answer given.
    randomized: bool = False
    #: One sentence on what "may differ from your answer" means for this row ("" when not randomized).
    note: str = ""


@dataclass(frozen=True)
class PreviewSection:
    key: str  # stable: a SECTION_TITLES key
    title: str  # in English
    rows: tuple[PreviewRow, ...]


def marked_value(row: PreviewRow, phrases: Phrases) -> str:
    """The row's value as shown: a randomized one says so right there ("no (randomized)"), since
    a value that may differ from the answer given reads as a mistake without it."""
    return _fill(phrases.randomized_value, row.value) if row.randomized else row.value


def _fill(template: str, *values: str) -> str:
    for index, value in enumerate(values, start=1):
        template = template.replace(f"%{index}", value)
    return template


def _row(key: str, value: str, note: str = "") -> PreviewRow:
    return PreviewRow(key, ROW_LABELS[key], value, bool(note), note)


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


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

    def answer(self, feeds: str, code: str) -> str:
        """An option's label, or "not answered"."""
        return self.phrases.not_answered if code == NOT_ANSWERED else self.option(feeds, code)

    def org_unit(self, code: str) -> str:
        unit = next((u for u in self.policy.org_units if u.code == code), None)
        return unit.label_in(self.lang) if unit else code


def _yes_no(value: bool, words: Words) -> str:
    return words.phrases.yes if value else words.phrases.no


def describe(summary: Mapping[str, Any], words: Words) -> list[PreviewSection]:
    phrases = words.phrases
    about = [
        _row("campaign", summary["campaign"]),
        _row("submission_id", _fill(phrases.submission_id, summary["submission_id"])),
        *([_row("participation_code", _fill(phrases.participation_code, summary["participation_code"][-4:]))]
          if summary.get("participation_code") else []),
        _row("versions", _fill(phrases.versions, summary["app"], str(summary["questionnaire"]["version"]))),
    ]
    privacy = summary["privacy"]
    epsilon = privacy.get("epsilon_per_item")
    if privacy.get("randomized_response") and epsilon:
        odds = f"{math.exp(epsilon):.3g}"
        about.append(_row("privacy", _fill(phrases.guarantee, odds, f"{epsilon:.4g}",
                                           str(privacy["randomized_items"]))))
    else:
        about.append(_row("privacy", phrases.exact))
    sections = [_section("about", about)]
    group = summary.get("group") or {}
    if group:
        rows = []
        if "org_unit" in group:
            rows.append(_row("org_unit", words.org_unit(group["org_unit"])))
        if "role_level" in group:
            rows.append(_row("role_level", words.option("role_level", group["role_level"])))
        sections.append(_section("group", rows))
    if "randomized" in summary:
        sections += _randomized(summary["randomized"], words, float(epsilon or 0))
        return sections
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
    workplace = summary.get("workplace") or {}
    rows = []
    for name in (*WORKPLACE_SINGLE, *WORKPLACE_MULTI):
        if name in workplace:
            value = workplace[name]
            text = words.options(name, value) if isinstance(value, list) else words.option(name, value)
            rows.append(PreviewRow("question", words.question(name), text))
    if rows:
        sections.append(_section("workplace", rows))
    if "sentiment" in summary:
        rows = [PreviewRow("question", words.question(name), words.option(name, summary["sentiment"][name]))
                for name in SENTIMENT_FIELDS if name in summary["sentiment"]]
        sections.append(_section("sentiment", rows or [_row("no_sentiment", NOTHING)]))
    return sections


class _Notes:
    """The one-sentence notes of randomized rows, for one epsilon."""

    def __init__(self, phrases: Phrases, epsilon: float):
        self.phrases, self.epsilon = phrases, epsilon
        self.bit = _fill(phrases.bit_note, _percent(keep_probability_binary(epsilon)))

    def category(self, size: int) -> str:
        return _fill(self.phrases.category_note, _percent(keep_probability_kary(self.epsilon, size)), str(size - 1))


def _randomized_rows(answers: Iterable[tuple[str, Any, Callable[[], Sequence[str]]]], words: Words,
                     notes: _Notes) -> list[PreviewRow]:
    """One row per randomized answer that was sent, as ``(feeds, value, domain)``: a mapping is one randomized
    bit per option, a string one of its domain's categories (the domain is looked up only then)."""
    rows = []
    for feeds, value, domain in answers:
        if isinstance(value, Mapping):
            chosen = [option for option, sent in value.items() if sent]
            rows.append(PreviewRow("question", words.question(feeds), words.options(feeds, chosen), True, notes.bit))
        elif isinstance(value, str):
            rows.append(PreviewRow("question", words.question(feeds), words.answer(feeds, value), True,
                                   notes.category(len(domain()))))
    return rows


def _randomized(randomized: Mapping[str, Any], words: Words, epsilon: float) -> list[PreviewSection]:
    notes = _Notes(words.phrases, epsilon)
    used = [words.tool(t) for t, sent in randomized["unapproved_use"].items() if sent]
    to_unapproved = [c for c, sent in randomized["data_to_unapproved"].items() if sent]
    to_personal = [c for c, sent in randomized["data_to_personal"].items() if sent]
    reasons = [r for r, sent in randomized["reasons"].items() if sent]
    rows = [
        _row("any_unapproved_use", _yes_no(randomized[HEADLINE_UNAPPROVED], words), notes.bit),
        _row("any_sensitive_data", _yes_no(randomized[HEADLINE_SENSITIVE], words), notes.bit),
        _row("unapproved_use", ", ".join(used) or NOTHING, notes.bit),
        _row("data_to_unapproved", words.options("tool.data_classes", to_unapproved), notes.bit),
        _row("data_to_personal", words.options("tool.data_classes", to_personal), notes.bit),
        _row("pays_out_of_pocket", _yes_no(randomized["pays_out_of_pocket"], words), notes.bit),
        _row("reasons", words.options(REASONS, reasons), notes.bit),
    ]
    items = randomized_items(words.q, words.catalog, words.policy)
    categories = randomized["categories"]
    for name in ("literacy", "policy_awareness"):
        if name in categories:
            rows.append(PreviewRow("question", words.question(name), words.answer(name, categories[name]), True,
                                   notes.category(len(items.categories[name]))))
    band = categories["spend_band"]
    rows.append(_row("spend_band", words.phrases.none if band == "none" else words.option("tool.spend", band),
                     notes.category(len(items.categories["spend_band"]))))
    sections = [_section("randomized", rows)]
    training = randomized["training"]
    rows = _randomized_rows(
        ((feeds, training.get(key), lambda key=key: items.training_single[key])  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
         for key, feeds in (("received", "training_received"), ("wanted", "training_wanted"),
                            ("formats", "training_formats"), ("on_work_time", "training_on_work_time"))),
        words, notes)
    sections.append(_section("training", rows or [_row("no_training", NOTHING)]))
    sentiment = randomized["sentiment"]
    note = notes.category(len(SENTIMENT_DOMAIN))
    rows = [PreviewRow("question", words.question(name), _agreement(sentiment[name], words), True, note)
            for name in SENTIMENT_FIELDS if name in sentiment]
    sections.append(_section("sentiment_randomized", rows or [_row("no_sentiment", NOTHING)]))
    workplace = randomized.get("workplace") or {}
    rows = _randomized_rows(
        ((name, workplace.get(name), lambda name=name: items.workplace_single[name])  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
         for name in (*WORKPLACE_SINGLE, *WORKPLACE_MULTI)),
        words, notes)
    if rows:
        sections.append(_section("workplace", rows))
    return sections


def _agreement(group: str, words: Words) -> str:
    """A collapsed agreement group in words: the scale's own labels for disagree, neutral and agree."""
    if group == NOT_ANSWERED:
        return words.phrases.not_answered
    first = {"disagree": "disagree", "neutral": "neutral", "agree": "agree"}[group]
    return words.option("strategy_clear", first)


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
        if "reasons" in tool:
            facts.append(_fill(phrases.reasons, words.options(REASONS, tool["reasons"])))
        rows.append(PreviewRow("tool", words.tool(tool["tool"]), "; ".join(facts) or NOTHING))
    rows.append(_row("pays_out_of_pocket", _yes_no(summary["spend"]["pays_out_of_pocket"], words)))
    rows.append(_row("reasons", words.options(REASONS, summary.get("reasons", []))))
    if "tasks" in summary:
        rows.append(PreviewRow("question", words.question("tasks"), words.options("tasks", summary["tasks"])))
    for name in ("literacy", "policy_awareness"):
        if name in summary:
            rows.append(PreviewRow("question", words.question(name), words.option(name, summary[name])))
    return _section("tools", rows or [_row("no_tools", NOTHING)])
