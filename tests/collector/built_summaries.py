"""Summaries made through the real builder for many simulated employees, without encryption."""

from __future__ import annotations

import random
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.summary import BuildContext, build_summary, submission_id
from desktop.demo.population import Population


def built_summaries(questionnaire: Questionnaire, catalog: Catalog, policy: Policy, count: int,
                    seed: str) -> list[dict[str, Any]]:
    """``count`` realistic summaries under ``policy``, reproducible from ``seed``."""
    population = Population(questionnaire, catalog, policy)
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
