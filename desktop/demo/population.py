"""Made-up but realistic employees: answers to the real questionnaire, and the true shares behind them.

Each call invents one employee: whether they use AI at work at all, which tools (ChatGPT most
often, then Microsoft Copilot, Gemini, Claude, GitHub Copilot, DeepL, Grammarly, Otter.ai and a
long tail, plus the odd tool typed in under "other"), and per tool how they sign in, how often
they use it, for what, with which data, what they pay; then reasons, skills, training wishes,
how they see the company's AI plans, and their role. The proportions follow published surveys:

* about 75% of knowledge workers use generative AI at work (Microsoft/LinkedIn Work Trend
  Index 2024);
* about 55% of them used tools their employer had not approved (Salesforce 2023);
* about 35% pay for AI tools themselves (Writer 2025);
* customer data and internal documents are what most often goes in; credentials are rare;
* leaders rate the company's AI approach far better than employees do (Writer 2025), so the
  "our approach is working" statement is skewed towards disagreement outside leadership.

Every answer is a code of the loaded questionnaire (a weight for a code the question does not
have is dropped), so the answers stay valid when the content changes. The caller runs them
through :meth:`Navigator.effective_answers`, so only questions actually shown count, exactly as
in the app. All randomness comes from the ``rng`` passed in, so a seeded ``random.Random`` gives
the same employees every time.

:class:`TruthTally` counts, from the effective answers, the same true facts the summary builder
randomizes (uses tool X while it is not approved, put data class D into an unapproved tool or a
personal account, pays out of pocket), so a demo can check that the collector recovers them.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.core.answers import NO_TOOLS, Answers, OtherTool
from desktop.core.catalog import Catalog
from desktop.core.policy import NOT_LISTED, OrgUnit, Policy
from desktop.core.questionnaire import Question, Questionnaire
from desktop.core.summary import (
    NOT_SENSITIVE,
    PERSONAL_ACCOUNTS,
    BuildContext,
    Choices,
    build_summary,
    known_tool_ids,
    submission_id,
)
from desktop.core.tool_answers import question_feeding, tool_answers

# --- survey figures ----------------------------------------------------------------------------

#: Share of employees who used an AI tool for work in the last 30 days.
USES_AI = 0.75
#: Share of AI users who use at least one tool their employer has not approved.
UNAPPROVED_AMONG_USERS = 0.55
#: Chance of paying for an AI tool oneself, for users of unapproved tools and for the rest:
#: 0.55 * 0.55 + 0.45 * 0.10, about 35% of AI users overall.
PAYS_IF_UNAPPROVED, PAYS_OTHERWISE = 0.55, 0.10
#: Share of employees who write code for a living (they reach for coding assistants).
DEVELOPERS = 0.18
#: Share of AI users who also use a tool that is not in the catalog ("other").
TYPES_IN_OTHER_TOOL = 0.07
#: Chance of skipping an optional question, and one of the optional sentiment statements.
SKIP, SKIP_SENTIMENT = 0.04, 0.08
#: Chance of including each optional part in the summary sent.
INCLUDE = {"org_unit": 0.65, "role_level": 0.7, "sentiment": 0.75}

#: How often each catalog tool is picked, relative to the others (ChatGPT first, long tail last).
TOOL_POPULARITY: dict[str, float] = {
    "chatgpt": 40, "microsoft-copilot": 24, "gemini": 16, "claude": 12, "github-copilot": 9,
    "deepl": 7, "grammarly": 6, "otter": 4.5, "perplexity": 4, "notion-ai": 3.5, "canva-ai": 3,
    "zoom-ai-companion": 2.5, "cursor": 2, "fireflies": 2, "deepseek": 2, "midjourney": 1.5,
    "adobe-firefly": 1.5, "le-chat": 1.5, "meta-ai": 1.2, "grok": 1, "granola": 1, "fathom": 1,
    "read-ai": 0.8, "notta": 0.6, "ollama": 0.8, "lm-studio": 0.5, "amazon-q-developer": 0.6,
    "gemini-code-assist": 0.6, "windsurf": 0.6, "tabnine": 0.4, "sider": 0.5, "monica": 0.5,
    "merlin": 0.4, "maxai": 0.3, "harpa": 0.3,
}
#: Weight of a catalog tool missing above, and of the policy's own tools (approved or not).
OTHER_CATALOG_TOOL, OWN_TOOL_APPROVED, OWN_TOOL_OTHERWISE = 0.4, 10.0, 1.0
#: Approved tools are provided and promoted; prohibited ones are avoided by some.
STATUS_FACTOR = {"approved": 2.5, "prohibited": 0.5}
#: Coding tools and local models by developers and by everyone else.
DEVELOPER_FACTOR = {"coding": 7.0, "local_model": 3.0}
NON_DEVELOPER_FACTOR = {"coding": 0.08, "local_model": 0.4}
#: How many tools an AI user picks.
TOOL_COUNT: dict[int, float] = {1: 38, 2: 30, 3: 18, 4: 9, 5: 5}
#: Category of a tool typed in under "other".
OTHER_CATEGORY = {"chat": 3, "writing": 2, "meetings": 1.5, "image": 1, "coding": 1, "search": 1,
                  "browser_extension": 1, "local_model": 0.5}

# --- per-tool answers ---------------------------------------------------------------------------

ACCOUNT_APPROVED = {"company_provided": 86, "personal_free": 5, "not_sure": 6, "api_key": 3}
ACCOUNT_UNAPPROVED = {"personal_free": 68, "company_provided": 10, "not_sure": 9, "api_key": 6,
                      "browser_extension": 2}
#: Everyone's tools when the policy approves nothing, for employees who stick to what work gives them.
ACCOUNT_COMPANY_MINDED = {"company_provided": 80, "personal_free": 10, "not_sure": 10}
ACCOUNT_OWN_TOOL = {"company_provided": 92, "not_sure": 8}
ACCOUNT_BY_CATEGORY = {
    "browser_extension": {"browser_extension": 85, "personal_free": 10, "not_sure": 5},
    "local_model": {"local_model": 90, "not_sure": 10},
}
FREQUENCY_MAIN = {"daily": 45, "weekly": 35, "monthly": 13, "rarely": 7}
FREQUENCY_MORE = {"daily": 20, "weekly": 35, "monthly": 27, "rarely": 18}
TASK_COUNT: dict[int, float] = {1: 45, 2: 35, 3: 20}
TASKS_BY_CATEGORY: dict[str, dict[str, float]] = {
    "chat": {"writing": 40, "summarizing": 30, "research": 30, "analysis": 15, "translation": 10,
             "customer_communication": 10, "coding": 8, "images_design": 4, "other": 4},
    "coding": {"coding": 90, "analysis": 10, "other": 3},
    "meetings": {"meetings_notes": 90, "summarizing": 40, "other": 2},
    "writing": {"writing": 60, "translation": 25, "customer_communication": 15, "summarizing": 8},
    "image": {"images_design": 90, "other": 5},
    "search": {"research": 80, "summarizing": 25, "analysis": 10},
    "browser_extension": {"summarizing": 40, "writing": 35, "research": 30, "translation": 10},
    "local_model": {"coding": 40, "analysis": 30, "writing": 20, "summarizing": 20},
}
TASKS_BY_TOOL: dict[str, dict[str, float]] = {"deepl": {"translation": 90, "writing": 20}}
#: Chance that one tool received each kind of data (per tool, not per employee).
DATA_BASE = {"public": 0.35, "internal": 0.45, "customer_personal": 0.22, "employee_data": 0.07,
             "source_code": 0.02, "credentials": 0.015, "financial_unreleased": 0.05, "legal_contracts": 0.05,
             "health": 0.012, "strategy_mna": 0.025, "meeting_recordings": 0.01}
DATA_BY_CATEGORY: dict[str, dict[str, float]] = {
    "coding": {"public": 0.15, "internal": 0.3, "customer_personal": 0.05, "source_code": 0.85,
               "credentials": 0.06, "financial_unreleased": 0.01, "legal_contracts": 0.01},
    "meetings": {"meeting_recordings": 0.7, "internal": 0.6, "customer_personal": 0.3, "employee_data": 0.1,
                 "strategy_mna": 0.05},
    "image": {"public": 0.6, "internal": 0.2, "customer_personal": 0.04, "financial_unreleased": 0.01,
              "legal_contracts": 0.005},
    "writing": {"internal": 0.5, "customer_personal": 0.25, "legal_contracts": 0.08},
    "local_model": {"source_code": 0.4, "internal": 0.5, "credentials": 0.03},
}
DATA_DEVELOPER = {"source_code": 0.35, "credentials": 0.03}
#: Multipliers for people who manage others: they handle staff, plans and figures.
DATA_MANAGER_FACTOR = {"employee_data": 2.5, "strategy_mna": 3.0, "financial_unreleased": 2.0}
ANONYMIZED = {"yes_always": 14, "sometimes": 33, "no": 38, "not_applicable": 15}
NO_TRAINING_COMPANY = {"on": 30, "off": 5, "not_sure": 55, "no_such_setting": 10}
NO_TRAINING_PERSONAL = {"on": 25, "off": 38, "not_sure": 32, "no_such_setting": 5}
SPEND = {"under_10": 8, "10_25": 55, "25_50": 20, "50_100": 11, "over_100": 6}
SPEND_DEVELOPER = {"under_10": 4, "10_25": 40, "25_50": 30, "50_100": 17, "over_100": 9}
REIMBURSED = {"no": 55, "not_asked": 27, "yes_partly": 9, "yes_fully": 9}

# --- about the person ---------------------------------------------------------------------------

REASON_COUNT: dict[int, float] = {1: 40, 2: 38, 3: 22}
LITERACY_USER = {"beginner": 15, "basic": 40, "confident": 33, "advanced": 12}
LITERACY_DEVELOPER = {"beginner": 5, "basic": 25, "confident": 45, "advanced": 25}
LITERACY_NON_USER = {"beginner": 55, "basic": 33, "confident": 10, "advanced": 2}
AWARENESS_UNAPPROVED = {"know_and_understand": 12, "know_not_understand": 24, "heard_of_it": 28,
                        "not_aware": 24, "no_policy_exists": 12}
AWARENESS_OTHERS = {"know_and_understand": 30, "know_not_understand": 25, "heard_of_it": 22,
                    "not_aware": 14, "no_policy_exists": 9}
TRAINING_RECEIVED = {"none": 48, "informal": 30, "short_course": 17, "formal_program": 5}
TRAINING_WANTED = {"safe_data_use": 45, "prompting": 50, "approved_tools": 35, "ai_for_my_role": 45,
                   "risks_and_limits": 30}
WANTS_NO_TRAINING_USER, WANTS_NO_TRAINING_NON_USER = 0.12, 0.30
TRAINING_FORMATS = {"office_hours": 25, "workshops": 38, "self_paced": 45, "peer_champions": 20,
                    "written_guides": 30}
CHOICE_COUNT: dict[int, float] = {1: 45, 2: 35, 3: 20}
ON_WORK_TIME = {"yes_needed": 45, "preferred": 40, "doesnt_matter": 15}
#: How AI is run at work (questionnaire 2): made-up but plausible weights, so that demo reports show these items.
WORKPLACE_SINGLE = {
    "access": {"have_licence": 40, "no_licence": 20, "did_not_know": 12, "none_exists": 18, "not_sure": 10},
    "output_check": {"always": 30, "usually": 30, "sometimes": 15, "rarely": 8, "not_customer_facing": 17},
    "help_most": {"right_tool": 30, "clear_rules": 22, "training_work_time": 20, "say_in_decisions": 10,
                  "less_pressure": 8, "nothing": 10},
    "overstated": {"no": 78, "use": 9, "time_saved": 8, "both": 5},
}
WORKPLACE_MULTI = {"ai_measured": {"goals": 20, "reviews": 15, "dashboards": 25},
                   "connected": {"mail": 25, "calendar": 20, "drive": 22, "code_repos": 12, "meeting_bot": 15,
                                 "share_links": 10}}
ROLE_LEVEL = {"individual_contributor": 68, "team_lead": 16, "manager": 10, "senior_leader": 3,
              "prefer_not_to_say": 3}
#: Chance that someone in each role sees the company's AI plans as leadership does.
LEADER_VIEW = {"senior_leader": 0.9, "manager": 0.4}
AGREEMENT = ("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree")
SENTIMENT_EMPLOYEE: dict[str, tuple[float, ...]] = {  # weights in the order of AGREEMENT
    "strategy_clear": (12, 28, 27, 27, 6),
    "strategy_successful": (15, 32, 28, 20, 5),
    "strategy_inclusive": (14, 30, 28, 23, 5),
    "involvement_wish": (3, 8, 24, 43, 22),
    "pressure_to_use": (10, 25, 25, 28, 12),
    "job_security_worry": (12, 25, 25, 26, 12),
}
SENTIMENT_LEADER: dict[str, tuple[float, ...]] = {
    "strategy_clear": (2, 6, 12, 50, 30),
    "strategy_successful": (3, 10, 17, 50, 20),
    "strategy_inclusive": (3, 10, 17, 48, 22),
    "involvement_wish": (5, 15, 30, 35, 15),
    "pressure_to_use": (15, 30, 25, 20, 10),
    "job_security_worry": (25, 35, 22, 13, 5),
}
#: Beginnings of words in an org unit's code or English label that suggest where developers sit.
TECH_UNIT_WORDS = ("eng", "tech", "dev", "software", "product", "data", "r&d")


K = TypeVar("K")


class _Draw(Generic[K]):
    """Weighted draws over a fixed list of codes (or counts)."""

    def __init__(self, weights: Mapping[K, float]):
        items = [(code, float(weight)) for code, weight in weights.items() if weight > 0]
        if not items:
            raise ValueError("a distribution needs at least one code with a positive weight")
        self.codes = tuple(code for code, _ in items)
        self._cumulative = tuple(itertools.accumulate(weight for _, weight in items))

    def one(self, rng: random.Random) -> K:
        return rng.choices(self.codes, cum_weights=self._cumulative)[0]

    def some(self, rng: random.Random, count: int) -> list[K]:
        """``count`` different codes (fewer if there are not that many), more likely ones first."""
        count = min(count, len(self.codes))
        picked: list[K] = []
        while len(picked) < count:
            code = self.one(rng)
            if code not in picked:
                picked.append(code)
        return picked


@dataclass(frozen=True)
class _Tool:
    id: str
    category: str
    status: str
    weight: float
    own: bool  # one of the policy's own (org-internal) tools


class Population:
    """Realistic employees for one questionnaire, catalog and policy; build once, draw many."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, drift: float = 0.0):
        """``drift`` moves the chance that an AI user uses unapproved tools (0.55) by that much, so
        campaigns drawn with different drifts have truths that change between them."""
        self.questionnaire = questionnaire
        self.unapproved_chance = min(1.0, max(0.0, UNAPPROVED_AMONG_USERS + drift))
        self.catalog = catalog
        self.policy = policy
        self._questions: dict[str, Question] = {}
        for question in questionnaire.questions():
            if question.feeds != "none":
                self._questions.setdefault(question.feeds, question)
        self._draws: dict[tuple[str, tuple[tuple[str, Any], ...]], _Draw[str] | None] = {}
        self._tools = self._tool_pool()
        self._categories = [category.code for category in catalog.categories]
        self._units = [unit.code for unit in policy.org_units]
        self._tech_units = [unit.code for unit in policy.org_units if _looks_technical(unit)] or self._units

    # -- tool pool ---------------------------------------------------------------------------------

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

    def _tool_draw(self, developer: bool, approved: bool | None) -> _Draw[str] | None:
        """Tools weighted for this kind of employee; ``approved`` keeps only (un)approved ones."""
        key = ("<tool pool>", (("developer", developer), ("approved", approved)))
        if key not in self._draws:
            factors = DEVELOPER_FACTOR if developer else NON_DEVELOPER_FACTOR
            weights = {
                tool.id: tool.weight * factors.get(tool.category, 1.0)
                for tool in self._tools
                if approved is None or (tool.status == "approved") == approved
            }
            self._draws[key] = _Draw(weights) if any(w > 0 for w in weights.values()) else None
        return self._draws[key]

    # -- questions and codes -------------------------------------------------------------------------

    def _draw(self, feeds: str, weights: Mapping[str, float]) -> _Draw[str] | None:
        """A draw over the codes the question feeding ``feeds`` really has (uniform if none is weighted)."""
        key = (feeds, tuple(weights.items()))
        if key not in self._draws:
            question = self._questions.get(feeds)
            if question is None or not question.codes:
                self._draws[key] = None
            else:
                kept = {code: weight for code, weight in weights.items() if code in question.codes}
                if not any(weight > 0 for weight in kept.values()):
                    kept = {code: 1.0 for code in question.codes if code not in question.exclusive}
                self._draws[key] = _Draw(kept)
        return self._draws[key]

    def _set(self, answers: Answers, feeds: str, value: Any, tool: str | None = None) -> None:
        question = self._questions.get(feeds)
        if question is not None and value is not None:
            answers.set(question.id, value, tool)

    def _one(self, rng: random.Random, feeds: str, weights: Mapping[str, float], skip: float = SKIP) -> str | None:
        draw = self._draw(feeds, weights)
        if draw is None or rng.random() < skip:
            return None
        return draw.one(rng)

    def _some(self, rng: random.Random, feeds: str, weights: Mapping[str, float], count: int) -> list[str]:
        draw = self._draw(feeds, weights)
        return draw.some(rng, count) if draw is not None else []

    def _exclusive(self, feeds: str) -> str | None:
        question = self._questions.get(feeds)
        return next(iter(sorted(question.exclusive)), None) if question is not None else None

    # -- one employee ----------------------------------------------------------------------------

    def answers(self, rng: random.Random) -> Answers:
        """The raw answers of one made-up employee (run them through ``Navigator.effective_answers``)."""
        answers = Answers()
        developer = rng.random() < DEVELOPERS
        uses_ai = rng.random() < USES_AI
        role = _ROLES.one(rng)
        unapproved = uses_ai and rng.random() < self.unapproved_chance
        pays = uses_ai and rng.random() < (PAYS_IF_UNAPPROVED if unapproved else PAYS_OTHERWISE)
        picks = self._pick_tools(rng, answers, developer, unapproved) if uses_ai else []
        self._set(answers, "tools", picks or [NO_TOOLS])
        self._tool_details(rng, answers, picks, developer=developer, unapproved=unapproved, pays=pays,
                           manager=role in ("manager", "senior_leader"))
        self._skills(rng, answers, uses_ai=uses_ai, developer=developer, unapproved=unapproved)
        self._sentiment(rng, answers, role)
        if rng.random() >= 0.08:
            self._set(answers, "role_level", role if role in self._codes("role_level") else None)
        if self._units and rng.random() >= 0.15:
            self._set(answers, "org_unit", rng.choice(self._tech_units if developer else self._units))
        # From a generator seeded by the main one's state, which it leaves as it was: adding these questions
        # changed no other draw, so every seeded demo population is the same as before but for them.
        self._workplace(random.Random(repr(rng.getstate())), answers)
        return answers

    def _workplace(self, rng: random.Random, answers: Answers) -> None:
        for feeds, weights in WORKPLACE_SINGLE.items():
            self._set(answers, feeds, self._one(rng, feeds, weights))
        for feeds, weights in WORKPLACE_MULTI.items():
            nothing = self._exclusive(feeds)
            if rng.random() < 0.45 and nothing is not None:
                self._set(answers, feeds, [nothing])
            elif self._draw(feeds, weights) is not None:
                self._set(answers, feeds, self._some(rng, feeds, weights, _COUNTS["choices"].one(rng)))

    def choices(self, rng: random.Random) -> Choices:
        """Which optional parts this employee includes in the summary they send."""
        return Choices(frozenset(part for part, chance in INCLUDE.items() if rng.random() < chance))

    def _codes(self, feeds: str) -> tuple[str, ...]:
        question = self._questions.get(feeds)
        return question.codes if question is not None else ()

    def _pick_tools(self, rng: random.Random, answers: Answers, developer: bool, unapproved: bool) -> list[str]:
        count = _COUNTS["tools"].one(rng)
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
            category = _Draw({c: w for c, w in OTHER_CATEGORY.items() if c in self._categories} or
                             {c: 1.0 for c in self._categories}).one(rng)
            picks.append(answers.add_other_tool(f"A {category.replace('_', ' ')} tool not in the list", category))
        return picks

    def _tool_details(self, rng: random.Random, answers: Answers, picks: Sequence[str], *, developer: bool,
                      unapproved: bool, pays: bool, manager: bool) -> None:
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
                kind = self._one(rng, "tool.account_kind", ACCOUNT_BY_CATEGORY[category], skip=0)
            elif tool is not None and tool.own:
                kind = self._one(rng, "tool.account_kind", ACCOUNT_OWN_TOOL, skip=0)
            elif status == "approved":
                kind = self._one(rng, "tool.account_kind", ACCOUNT_APPROVED, skip=0)
            elif not unapproved:
                kind = self._one(rng, "tool.account_kind", ACCOUNT_COMPANY_MINDED, skip=0)
            else:
                kind = self._one(rng, "tool.account_kind", ACCOUNT_UNAPPROVED, skip=0)
            self._set(answers, "tool.account_kind", kind, tool_id)
            frequency = FREQUENCY_MAIN if index == 0 else FREQUENCY_MORE
            self._set(answers, "tool.frequency", self._one(rng, "tool.frequency", frequency), tool_id)
            for code, weight in (TASKS_BY_TOOL.get(tool_id) or TASKS_BY_CATEGORY.get(category)
                                 or TASKS_BY_CATEGORY["chat"]).items():
                tasks[code] = max(tasks.get(code, 0.0), weight)
            classes = self._data_classes(rng, category, developer=developer, manager=manager)
            self._set(answers, "tool.data_classes", classes, tool_id)
            self._set(answers, "tool.anonymized", self._one(rng, "tool.anonymized", ANONYMIZED), tool_id)
            no_training = NO_TRAINING_COMPANY if kind == "company_provided" else NO_TRAINING_PERSONAL
            self._set(answers, "tool.no_training", self._one(rng, "tool.no_training", no_training), tool_id)
            if kind == "personal_paid":
                spend = SPEND_DEVELOPER if developer else SPEND
                self._set(answers, "tool.spend", self._one(rng, "tool.spend", spend), tool_id)
                self._set(answers, "tool.reimbursed", self._one(rng, "tool.reimbursed", REIMBURSED), tool_id)
            if kind != "company_provided":
                self._reasons(rng, answers, tool_id, unapproved=status != "approved" and unapproved,
                              paid=kind == "personal_paid")
        if picks and rng.random() >= SKIP:
            count = _COUNTS["tasks"].one(rng)
            self._set(answers, "tasks", self._some(rng, "tasks", tasks, count))

    def _data_classes(self, rng: random.Random, category: str, *, developer: bool, manager: bool) -> list[str]:
        chances = dict(DATA_BASE)
        chances.update(DATA_BY_CATEGORY.get(category, {}))
        if developer:
            for code, chance in DATA_DEVELOPER.items():
                chances[code] = max(chances.get(code, 0.0), chance)
        if manager:
            for code, factor in DATA_MANAGER_FACTOR.items():
                chances[code] = min(0.9, chances.get(code, 0.0) * factor)
        codes = self._codes("tool.data_classes")
        picked = [code for code in codes if code in chances and rng.random() < chances[code]]
        if picked:
            return picked
        nothing = self._exclusive("tool.data_classes")
        if nothing and rng.random() < 0.5:
            return [nothing]
        return ["public"] if "public" in codes else [nothing] if nothing else [codes[0]] if codes else []

    def _reasons(self, rng: random.Random, answers: Answers, tool_id: str, *, unapproved: bool, paid: bool) -> None:
        """Why one tool the company did not provide (asked per tool)."""
        has_approved = self._tool_draw(False, True) is not None
        if unapproved:
            if rng.random() >= 0.9:
                return
            count = _COUNTS["reasons"].one(rng)
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
        self._set(answers, "tool.reasons", self._some(rng, "tool.reasons", weights, count), tool_id)

    def _skills(self, rng: random.Random, answers: Answers, *, uses_ai: bool, developer: bool,
                unapproved: bool) -> None:
        literacy = (LITERACY_DEVELOPER if developer else LITERACY_USER) if uses_ai else LITERACY_NON_USER
        self._set(answers, "literacy", self._one(rng, "literacy", literacy))
        awareness = AWARENESS_UNAPPROVED if unapproved else AWARENESS_OTHERS
        self._set(answers, "policy_awareness", self._one(rng, "policy_awareness", awareness))
        self._set(answers, "training_received", self._one(rng, "training_received", TRAINING_RECEIVED))
        if rng.random() >= SKIP:
            nothing = self._exclusive("training_wanted")
            wants_nothing = WANTS_NO_TRAINING_USER if uses_ai else WANTS_NO_TRAINING_NON_USER
            if nothing and rng.random() < wants_nothing:
                self._set(answers, "training_wanted", [nothing])
            else:
                count = _COUNTS["choices"].one(rng)
                self._set(answers, "training_wanted", self._some(rng, "training_wanted", TRAINING_WANTED, count))
        if rng.random() >= SKIP:
            count = _COUNTS["choices"].one(rng)
            self._set(answers, "training_formats", self._some(rng, "training_formats", TRAINING_FORMATS, count))
        self._set(answers, "training_on_work_time", self._one(rng, "training_on_work_time", ON_WORK_TIME))

    def _sentiment(self, rng: random.Random, answers: Answers, role: str) -> None:
        view = "leader" if rng.random() < LEADER_VIEW.get(role, 0.0) else "employee"
        for feeds, weights in _SENTIMENT[view].items():
            self._set(answers, feeds, self._one(rng, feeds, weights, SKIP_SENTIMENT))


_ROLES: _Draw[str] = _Draw(ROLE_LEVEL)
_COUNTS: dict[str, _Draw[int]] = {
    "tools": _Draw(TOOL_COUNT), "tasks": _Draw(TASK_COUNT), "reasons": _Draw(REASON_COUNT),
    "choices": _Draw(CHOICE_COUNT),
}
_SENTIMENT: dict[str, dict[str, dict[str, float]]] = {
    view: {feeds: dict(zip(AGREEMENT, weights, strict=True)) for feeds, weights in table.items()}
    for view, table in (("employee", SENTIMENT_EMPLOYEE), ("leader", SENTIMENT_LEADER))
}


def _looks_technical(unit: OrgUnit) -> bool:
    words = re.split(r"[^a-z&]+", f"{unit.code} {unit.label_in('en')}".casefold())
    return "it" in words or any(word.startswith(TECH_UNIT_WORDS) for word in words if word)


def _paid_tool(picks: Sequence[str], info: Mapping[str, _Tool]) -> str | None:
    """The tool a paying employee pays for: their first unapproved subscription-style tool, else their first."""
    if not picks:
        return None
    for tool_id in picks:
        tool = info.get(tool_id)
        if tool is not None and tool.status != "approved" and not tool.own and tool.category not in ACCOUNT_BY_CATEGORY:
            return tool_id
    return picks[0]


def generate_answers(rng: random.Random, questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> Answers:
    """One realistic employee's raw answers. For many, build one :class:`Population` and call ``answers``."""
    return Population(questionnaire, catalog, policy).answers(rng)


# --- the truth ----------------------------------------------------------------------------------


class TruthTally:
    """The true shares behind many summaries, counted the way the summary builder defines each item."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, drift: float = 0.0):
        """``drift`` moves the chance that an AI user uses unapproved tools (0.55) by that much, so
        campaigns drawn with different drifts have truths that change between them."""
        self.questionnaire = questionnaire
        self.unapproved_chance = min(1.0, max(0.0, UNAPPROVED_AMONG_USERS + drift))
        self.policy = policy
        self.tool_ids = known_tool_ids(catalog, policy)
        question = question_feeding(questionnaire, "tool.data_classes")
        self.data_classes = [c for c in (question.codes if question else ()) if c not in NOT_SENSITIVE]
        self.n = 0
        self.uses_ai = 0
        self.pays = 0
        self.any_unapproved = 0
        self.any_sensitive = 0
        self.used = dict.fromkeys(self.tool_ids, 0)
        self.unapproved = dict.fromkeys(self.tool_ids, 0)
        self.to_unapproved = dict.fromkeys(self.data_classes, 0)
        self.to_personal = dict.fromkeys(self.data_classes, 0)

    def add(self, effective: Mapping[str, Any], other_tools: Mapping[str, OtherTool]) -> None:
        """Count one respondent from their effective answers (see ``Navigator.effective_answers``)."""
        per_tool = tool_answers(self.questionnaire, effective)
        self.n += 1
        self.uses_ai += bool(per_tool)
        self.pays += any(item.account_kind == "personal_paid" for item in per_tool)
        used: set[str] = set()
        unapproved: set[str] = set()
        to_unapproved: set[str] = set()
        to_personal: set[str] = set()
        for item in per_tool:
            other = other_tools.get(item.tool_id)
            tool_id = f"other:{other.category}" if other else item.tool_id
            status = NOT_LISTED if other else self.policy.status_of(item.tool_id)
            classes = set(item.data_classes) - NOT_SENSITIVE
            used.add(tool_id)
            if status != "approved":
                unapproved.add(tool_id)
                to_unapproved |= classes
            if item.account_kind in PERSONAL_ACCOUNTS:
                to_personal |= classes
        self.any_unapproved += bool(unapproved)
        self.any_sensitive += bool(to_unapproved | to_personal)
        _count(self.used, used)
        _count(self.unapproved, unapproved)
        _count(self.to_unapproved, to_unapproved)
        _count(self.to_personal, to_personal)

    def to_dict(self) -> dict[str, Any]:
        """``{"n", "uses_ai", "any_unapproved_use", "any_sensitive_data", "pays_out_of_pocket", "tools": {id:
        {"status", "use", "unapproved_use"}}, "data_to_unapproved": {class: share}, "data_to_personal": {class:
        share}}``; shares in [0, 1]."""
        return {
            "n": self.n,
            "uses_ai": self._share(self.uses_ai),
            "any_unapproved_use": self._share(self.any_unapproved),
            "any_sensitive_data": self._share(self.any_sensitive),
            "pays_out_of_pocket": self._share(self.pays),
            "tools": {
                tool_id: {
                    "status": NOT_LISTED if tool_id.startswith("other:") else self.policy.status_of(tool_id),
                    "use": self._share(self.used[tool_id]),
                    "unapproved_use": self._share(self.unapproved[tool_id]),
                }
                for tool_id in self.tool_ids
            },
            "data_to_unapproved": {c: self._share(count) for c, count in self.to_unapproved.items()},
            "data_to_personal": {c: self._share(count) for c, count in self.to_personal.items()},
        }

    def _share(self, count: int) -> float:
        return round(count / self.n, 6) if self.n else 0.0


def _count(counts: dict[str, int], present: Iterable[str]) -> None:
    for key in present:
        if key in counts:
            counts[key] += 1


def population_summaries(questionnaire: Questionnaire, catalog: Catalog, policy: Policy, count: int,
                         seed: str, drift: float = 0.0) -> list[dict[str, Any]]:
    """``count`` realistic summaries through the real builder, unencrypted, reproducible from ``seed``: a
    fresh installation (memo, submission secret, randomness) for each simulated employee."""
    from desktop.core.navigation import Navigator
    from desktop.core.randomized_response import Memo

    population = Population(questionnaire, catalog, policy, drift)
    navigator = Navigator(questionnaire, org_units_offered=True)
    summaries = []
    for index in range(count):
        rng = random.Random(f"{seed}:{index}")
        answers = population.answers(rng)
        ctx = BuildContext(questionnaire, catalog, policy, "1.0.0",
                           submission_id(rng.randbytes(32), policy.campaign.id), Memo(), rng)
        summaries.append(build_summary(navigator.effective_answers(answers), answers.other_tools, ctx,
                                       population.choices(rng)))
    return summaries
