"""Which AI tools a made-up employee uses, and their answers about each one.

:class:`ToolUse` weighs every catalog tool and the policy's own tools (ChatGPT most often, then
Microsoft Copilot, Gemini, Claude, GitHub Copilot, DeepL, Grammarly, Otter.ai and a long tail,
plus the odd tool typed in under "other"), picks an employee's tools, and answers the per-tool
questions: how they sign in, how often they use it, for what, with which data, what they pay and
why they use a tool the company did not provide. The weights are in ``parameters``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.answers import Answers
from desktop.core.catalog import Catalog
from desktop.core.policy import NOT_LISTED, Policy
from desktop.demo.draws import COUNTS, CodeDraws, Draw
from desktop.demo.parameters import (
    ACCOUNT_APPROVED,
    ACCOUNT_BY_CATEGORY,
    ACCOUNT_COMPANY_MINDED,
    ACCOUNT_OWN_TOOL,
    ACCOUNT_UNAPPROVED,
    ANONYMIZED,
    DATA_BASE,
    DATA_BY_CATEGORY,
    DATA_DEVELOPER,
    DATA_MANAGER_FACTOR,
    DEVELOPER_FACTOR,
    FREQUENCY_MAIN,
    FREQUENCY_MORE,
    NO_TRAINING_COMPANY,
    NO_TRAINING_PERSONAL,
    NON_DEVELOPER_FACTOR,
    OTHER_CATALOG_TOOL,
    OTHER_CATEGORY,
    OWN_TOOL_APPROVED,
    OWN_TOOL_OTHERWISE,
    REIMBURSED,
    SKIP,
    SPEND,
    SPEND_DEVELOPER,
    STATUS_FACTOR,
    TASKS_BY_CATEGORY,
    TASKS_BY_TOOL,
    TOOL_POPULARITY,
    TYPES_IN_OTHER_TOOL,
)


@dataclass(frozen=True)
class _Tool:
    id: str
    category: str
    status: str
    weight: float
    own: bool  # one of the policy's own (org-internal) tools


class ToolUse:
    """The tools of one catalog and policy, weighted; picks an employee's tools and answers about each."""

    def __init__(self, catalog: Catalog, policy: Policy, codes: CodeDraws):
        self.catalog = catalog
        self.policy = policy
        self._codes = codes
        self._draws: dict[tuple[bool, bool | None], Draw[str] | None] = {}
        self._tools = self._tool_pool()
        self._categories = [category.code for category in catalog.categories]

    def _tool_pool(self) -> list[_Tool]:
        pool: list[_Tool] = []
        for tool in self.catalog:
            status = self.policy.status_of(tool.id)
            weight = TOOL_POPULARITY.get(tool.id, OTHER_CATALOG_TOOL) * STATUS_FACTOR.get(status, 1.0)
            pool.append(_Tool(tool.id, tool.category, status, weight, own=False))
        for rule in self.policy.tools:
            if rule.id in self.catalog:
                continue
            weight = OWN_TOOL_APPROVED if rule.status == "approved" else OWN_TOOL_OTHERWISE
            pool.append(_Tool(rule.id, rule.category or "chat", rule.status, weight, own=True))
        return pool

    def _tool_draw(self, developer: bool, approved: bool | None) -> Draw[str] | None:
        """Tools weighted for this kind of employee; ``approved`` keeps only (un)approved ones."""
        key = (developer, approved)
        if key not in self._draws:
            factors = DEVELOPER_FACTOR if developer else NON_DEVELOPER_FACTOR
            weights = {
                tool.id: tool.weight * factors.get(tool.category, 1.0)
                for tool in self._tools
                if approved is None or (tool.status == "approved") == approved
            }
            self._draws[key] = Draw(weights) if any(w > 0 for w in weights.values()) else None
        return self._draws[key]

    def pick(self, rng: random.Random, answers: Answers, developer: bool, unapproved: bool) -> list[str]:
        """The tools an AI user picks (a tool typed in under "other" is added to ``answers``)."""
        count = COUNTS["tools"].one(rng)
        everything = self._tool_draw(developer, None)
        approved_only = self._tool_draw(developer, True)
        if everything is None:
            return []
        if approved_only is None:  # the policy approves nothing: every tool is unapproved
            picks = everything.some(rng, count)
        elif not unapproved:
            picks = approved_only.some(rng, count)
        else:
            first = (self._tool_draw(developer, False) or everything).one(rng)
            picks = [first] + [tool for tool in everything.some(rng, count) if tool != first][: count - 1]
        if rng.random() < TYPES_IN_OTHER_TOOL and (unapproved or approved_only is None):
            category = Draw({c: w for c, w in OTHER_CATEGORY.items() if c in self._categories} or
                            {c: 1.0 for c in self._categories}).one(rng)
            picks.append(answers.add_other_tool(f"A {category.replace('_', ' ')} tool not in the list", category))
        return picks

    def answer(self, rng: random.Random, answers: Answers, picks: Sequence[str], *, developer: bool,
               unapproved: bool, pays: bool, manager: bool) -> None:
        """The per-tool answers for ``picks``, then what the tools are used for."""
        draws = self._codes
        info = {tool.id: tool for tool in self._tools}
        other = answers.other_tools
        paid = _paid_tool(picks, info) if pays else None
        tasks: dict[str, float] = {}  # asked once: what the tools picked are used for
        for index, tool_id in enumerate(picks):
            tool = info.get(tool_id)
            category = tool.category if tool else other[tool_id].category if tool_id in other else "chat"
            status = tool.status if tool else NOT_LISTED
            kind: str | None
            if tool_id == paid:
                kind = "personal_paid"
            elif category in ACCOUNT_BY_CATEGORY:
                kind = draws.one(rng, "tool.account_kind", ACCOUNT_BY_CATEGORY[category], skip=0)
            elif tool is not None and tool.own:
                kind = draws.one(rng, "tool.account_kind", ACCOUNT_OWN_TOOL, skip=0)
            elif status == "approved":
                kind = draws.one(rng, "tool.account_kind", ACCOUNT_APPROVED, skip=0)
            elif not unapproved:
                kind = draws.one(rng, "tool.account_kind", ACCOUNT_COMPANY_MINDED, skip=0)
            else:
                kind = draws.one(rng, "tool.account_kind", ACCOUNT_UNAPPROVED, skip=0)
            draws.set(answers, "tool.account_kind", kind, tool_id)
            frequency = FREQUENCY_MAIN if index == 0 else FREQUENCY_MORE
            draws.set(answers, "tool.frequency", draws.one(rng, "tool.frequency", frequency), tool_id)
            for code, weight in (TASKS_BY_TOOL.get(tool_id) or TASKS_BY_CATEGORY.get(category)
                                 or TASKS_BY_CATEGORY["chat"]).items():
                tasks[code] = max(tasks.get(code, 0.0), weight)
            classes = self._data_classes(rng, category, developer=developer, manager=manager)
            draws.set(answers, "tool.data_classes", classes, tool_id)
            draws.set(answers, "tool.anonymized", draws.one(rng, "tool.anonymized", ANONYMIZED), tool_id)
            no_training = NO_TRAINING_COMPANY if kind == "company_provided" else NO_TRAINING_PERSONAL
            draws.set(answers, "tool.no_training", draws.one(rng, "tool.no_training", no_training), tool_id)
            if kind == "personal_paid":
                spend = SPEND_DEVELOPER if developer else SPEND
                draws.set(answers, "tool.spend", draws.one(rng, "tool.spend", spend), tool_id)
                draws.set(answers, "tool.reimbursed", draws.one(rng, "tool.reimbursed", REIMBURSED), tool_id)
            if kind != "company_provided":
                self._reasons(rng, answers, tool_id, unapproved=status != "approved" and unapproved,
                              paid=kind == "personal_paid")
        if picks and rng.random() >= SKIP:
            count = COUNTS["tasks"].one(rng)
            draws.set(answers, "tasks", draws.some(rng, "tasks", tasks, count))

    def _data_classes(self, rng: random.Random, category: str, *, developer: bool, manager: bool) -> list[str]:
        chances = dict(DATA_BASE)
        chances.update(DATA_BY_CATEGORY.get(category, {}))
        if developer:
            for code, chance in DATA_DEVELOPER.items():
                chances[code] = max(chances.get(code, 0.0), chance)
        if manager:
            for code, factor in DATA_MANAGER_FACTOR.items():
                chances[code] = min(0.9, chances.get(code, 0.0) * factor)
        codes = self._codes.codes("tool.data_classes")
        picked = [code for code in codes if code in chances and rng.random() < chances[code]]
        if picked:
            return picked
        nothing = self._codes.exclusive("tool.data_classes")
        if nothing and rng.random() < 0.5:
            return [nothing]
        return ["public"] if "public" in codes else [nothing] if nothing else [codes[0]] if codes else []

    def _reasons(self, rng: random.Random, answers: Answers, tool_id: str, *, unapproved: bool, paid: bool) -> None:
        """Why one tool the company did not provide (asked per tool)."""
        has_approved = self._tool_draw(False, True) is not None
        if unapproved:
            if rng.random() >= 0.9:
                return
            count = COUNTS["reasons"].one(rng)
        else:
            if rng.random() >= 0.15:
                return
            count = 1
        weights = {
            "no_approved_tool": 38 if has_approved else 50,
            "no_licence": 22 if has_approved else 0,
            "approved_tool_worse": 30 if has_approved else 3,
            "approval_too_slow": 16,
            "expected_to_use_ai": 14,
            "more_convenient": 32 + (10 if paid else 0),
            "colleagues_use_it": 15,
            "other": 4,
        }
        self._codes.set(answers, "tool.reasons", self._codes.some(rng, "tool.reasons", weights, count), tool_id)


def _paid_tool(picks: Sequence[str], info: Mapping[str, _Tool]) -> str | None:
    """The tool a paying employee pays for: their first unapproved subscription-style tool, else their first."""
    if not picks:
        return None
    for tool_id in picks:
        tool = info.get(tool_id)
        if tool is not None and tool.status != "approved" and not tool.own and tool.category not in ACCOUNT_BY_CATEGORY:
            return tool_id
    return picks[0]
