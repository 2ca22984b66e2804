"""Made-up but realistic employees: answers to the real questionnaire, one person at a time.

Each call invents one employee: whether they use AI at work at all, which tools and what they
say about each (``tool_use``), then reasons, skills, training wishes, how they see the company's
AI plans, how AI is run at their work, and their role. The figures and weights behind every draw
are in ``parameters``; the true shares behind many such employees are counted by ``truth``.

Every answer is a code of the loaded questionnaire (a weight for a code the question does not
have is dropped), so the answers stay valid when the content changes. The caller runs them
through :meth:`Navigator.effective_answers`, so only questions actually shown count, exactly as
in the app. All randomness comes from the ``rng`` passed in, so a seeded ``random.Random`` gives
the same employees every time. :func:`population_summaries` sends many of them through the real
summary builder.
"""

from __future__ import annotations

import random
import re
from typing import Any

from desktop.core.answers import NO_TOOLS, Answers
from desktop.core.catalog import Catalog
from desktop.core.policy import OrgUnit, Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.summary import BuildContext, Choices, build_summary, submission_id
from desktop.demo.draws import COUNTS, ROLES, SENTIMENT, CodeDraws
from desktop.demo.parameters import (
    AWARENESS_OTHERS,
    AWARENESS_UNAPPROVED,
    DEVELOPERS,
    INCLUDE,
    LEADER_VIEW,
    LITERACY_DEVELOPER,
    LITERACY_NON_USER,
    LITERACY_USER,
    ON_WORK_TIME,
    PAYS_IF_UNAPPROVED,
    PAYS_OTHERWISE,
    SKIP,
    SKIP_SENTIMENT,
    TECH_UNIT_WORDS,
    TRAINING_FORMATS,
    TRAINING_RECEIVED,
    TRAINING_WANTED,
    UNAPPROVED_AMONG_USERS,
    USES_AI,
    WANTS_NO_TRAINING_NON_USER,
    WANTS_NO_TRAINING_USER,
    WORKPLACE_MULTI,
    WORKPLACE_SINGLE,
)
from desktop.demo.tool_use import ToolUse


class Population:
    """Realistic employees for one questionnaire, catalog and policy; build once, draw many."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, drift: float = 0.0):
        """``drift`` moves the chance that an AI user uses unapproved tools (0.55) by that much, so
        campaigns drawn with different drifts have truths that change between them."""
        self.questionnaire = questionnaire
        self.unapproved_chance = min(1.0, max(0.0, UNAPPROVED_AMONG_USERS + drift))
        self.catalog = catalog
        self.policy = policy
        self._codes = CodeDraws(questionnaire)
        self._tools = ToolUse(catalog, policy, self._codes)
        self._units = [unit.code for unit in policy.org_units]
        self._tech_units = [unit.code for unit in policy.org_units if _looks_technical(unit)] or self._units

    def answers(self, rng: random.Random) -> Answers:
        """The raw answers of one made-up employee (run them through ``Navigator.effective_answers``)."""
        codes = self._codes
        answers = Answers()
        developer = rng.random() < DEVELOPERS
        uses_ai = rng.random() < USES_AI
        role = ROLES.one(rng)
        unapproved = uses_ai and rng.random() < self.unapproved_chance
        pays = uses_ai and rng.random() < (PAYS_IF_UNAPPROVED if unapproved else PAYS_OTHERWISE)
        picks = self._tools.pick(rng, answers, developer, unapproved) if uses_ai else []
        codes.set(answers, "tools", picks or [NO_TOOLS])
        self._tools.answer(rng, answers, picks, developer=developer, unapproved=unapproved, pays=pays,
                           manager=role in ("manager", "senior_leader"))
        self._skills(rng, answers, uses_ai=uses_ai, developer=developer, unapproved=unapproved)
        self._sentiment(rng, answers, role)
        if rng.random() >= 0.08:
            codes.set(answers, "role_level", role if role in codes.codes("role_level") else None)
        if self._units and rng.random() >= 0.15:
            codes.set(answers, "org_unit", rng.choice(self._tech_units if developer else self._units))
        # From a generator seeded by the main one's state, which it leaves as it was: adding these questions
        # changed no other draw, so every seeded demo population is the same as before but for them.
        self._workplace(random.Random(repr(rng.getstate())), answers)
        return answers

    def choices(self, rng: random.Random) -> Choices:
        """Which optional parts this employee includes in the summary they send."""
        return Choices(frozenset(part for part, chance in INCLUDE.items() if rng.random() < chance))

    def _workplace(self, rng: random.Random, answers: Answers) -> None:
        codes = self._codes
        for feeds, weights in WORKPLACE_SINGLE.items():
            codes.set(answers, feeds, codes.one(rng, feeds, weights))
        for feeds, weights in WORKPLACE_MULTI.items():
            nothing = codes.exclusive(feeds)
            if rng.random() < 0.45 and nothing is not None:
                codes.set(answers, feeds, [nothing])
            elif codes.draw(feeds, weights) is not None:
                codes.set(answers, feeds, codes.some(rng, feeds, weights, COUNTS["choices"].one(rng)))

    def _skills(self, rng: random.Random, answers: Answers, *, uses_ai: bool, developer: bool,
                unapproved: bool) -> None:
        codes = self._codes
        literacy = (LITERACY_DEVELOPER if developer else LITERACY_USER) if uses_ai else LITERACY_NON_USER
        codes.set(answers, "literacy", codes.one(rng, "literacy", literacy))
        awareness = AWARENESS_UNAPPROVED if unapproved else AWARENESS_OTHERS
        codes.set(answers, "policy_awareness", codes.one(rng, "policy_awareness", awareness))
        codes.set(answers, "training_received", codes.one(rng, "training_received", TRAINING_RECEIVED))
        if rng.random() >= SKIP:
            nothing = codes.exclusive("training_wanted")
            wants_nothing = WANTS_NO_TRAINING_USER if uses_ai else WANTS_NO_TRAINING_NON_USER
            if nothing and rng.random() < wants_nothing:
                codes.set(answers, "training_wanted", [nothing])
            else:
                count = COUNTS["choices"].one(rng)
                codes.set(answers, "training_wanted", codes.some(rng, "training_wanted", TRAINING_WANTED, count))
        if rng.random() >= SKIP:
            count = COUNTS["choices"].one(rng)
            codes.set(answers, "training_formats", codes.some(rng, "training_formats", TRAINING_FORMATS, count))
        codes.set(answers, "training_on_work_time", codes.one(rng, "training_on_work_time", ON_WORK_TIME))

    def _sentiment(self, rng: random.Random, answers: Answers, role: str) -> None:
        view = "leader" if rng.random() < LEADER_VIEW.get(role, 0.0) else "employee"
        for feeds, weights in SENTIMENT[view].items():
            self._codes.set(answers, feeds, self._codes.one(rng, feeds, weights, SKIP_SENTIMENT))


def _looks_technical(unit: OrgUnit) -> bool:
    words = re.split(r"[^a-z&]+", f"{unit.code} {unit.label_in('en')}".casefold())
    return "it" in words or any(word.startswith(TECH_UNIT_WORDS) for word in words if word)


def generate_answers(rng: random.Random, questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> Answers:
    """One realistic employee's raw answers. For many, build one :class:`Population` and call ``answers``."""
    return Population(questionnaire, catalog, policy).answers(rng)


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
