"""Summaries made through the real builder for many simulated employees, without encryption."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.summary import FORMAT, FORMAT_VERSION, BuildContext, Choices, build_summary, submission_id
from desktop.core.summary_items import NOT_ANSWERED, randomized_items
from desktop.core.tool_answers import question_feeding
from desktop.demo.population import Population, population_summaries


def built_summaries(questionnaire: Questionnaire, catalog: Catalog, policy: Policy, count: int,
                    seed: str) -> list[dict[str, Any]]:
    """``count`` realistic summaries under ``policy``, reproducible from ``seed``."""
    return population_summaries(questionnaire, catalog, policy, count, seed)


def sent_randomized(questionnaire: Questionnaire, catalog: Catalog, policy: Policy, serial: int, *,
                    epsilon: float | None = None, used: frozenset[str] = frozenset(), spend_band: str = "none",
                    pays: bool = False) -> dict[str, Any]:
    """A randomized summary exactly as *sent* (every bit "no", every category "not answered", but for
    ``used`` tools, ``spend_band`` and ``pays``), with the campaign's items: for counting tests."""
    items = randomized_items(questionnaire, catalog, policy)
    epsilon = policy.privacy.epsilon if epsilon is None else epsilon
    categories = dict.fromkeys(items.categories, NOT_ANSWERED) | {"spend_band": spend_band}
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app": "1.0",
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "campaign": policy.campaign.id, "submission_id": f"{serial:032x}",
        "privacy": {"randomized_response": True, "epsilon_per_item": round(epsilon, 6),
                    "randomized_items": items.count, "epsilon_total": round(epsilon * items.count, 6)},
        "randomized": {
            "any_unapproved_use": bool(used), "any_sensitive_data": False,
            "unapproved_use": {tool: tool in used for tool in items.tools},
            "data_to_unapproved": dict.fromkeys(items.data_classes, False),
            "data_to_personal": dict.fromkeys(items.data_classes, False),
            "pays_out_of_pocket": pays, "reasons": dict.fromkeys(items.reasons, False),
            "categories": categories,
            "training": dict.fromkeys(items.training_single, NOT_ANSWERED)
            | {key: dict.fromkeys(options, False) for key, options in items.training_multi.items()},
            "sentiment": dict.fromkeys(items.sentiment, NOT_ANSWERED),
            "workplace": dict.fromkeys(items.workplace_single, NOT_ANSWERED)
            | {key: dict.fromkeys(options, False) for key, options in items.workplace_multi.items()},
        },
    }


def built_with_groups(questionnaire: Questionnaire, catalog: Catalog, policy: Policy,
                      groups: Mapping[tuple[str | None, str | None], int], seed: str) -> list[dict[str, Any]]:
    """Realistic summaries through the real builder, ``count`` per ``(org unit, role level)`` of
    ``groups``; None leaves that part out (the employee did not state it)."""
    population = Population(questionnaire, catalog, policy)
    navigator = Navigator(questionnaire, org_units_offered=True)
    feeds = {name: question_feeding(questionnaire, name) for name in ("org_unit", "role_level")}
    summaries = []
    for (unit, role), count in groups.items():
        for index in range(count):
            rng = random.Random(f"{seed}:{unit}:{role}:{index}")
            answers = population.answers(rng)
            included = set()
            for name, value in (("org_unit", unit), ("role_level", role)):
                question = feeds[name]
                assert question is not None
                answers.set(question.id, value)
                if value is not None:
                    included.add(name)
            ctx = BuildContext(questionnaire, catalog, policy, "1.0.0",
                               submission_id(rng.randbytes(32), policy.campaign.id), Memo(), rng)
            summaries.append(build_summary(navigator.effective_answers(answers), answers.other_tools, ctx,
                                           Choices(frozenset(included))))
    return summaries
