"""The campaign's items check (CampaignRules.difference) tells a summary's items from key sets without sorting
them; its verdict and its words stay those of comparing shape_of with the campaign's shape, whatever the input."""

from __future__ import annotations

import copy
import random

import pytest

from desktop.collector.campaign_rules import CampaignRules
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.summary_items import shape_difference, shape_of
from desktop.demo.population import population_summaries


@pytest.fixture(scope="module")
def rules_and_summaries():
    questionnaire, catalog = load_questionnaire(), load_catalog()
    policy = Policy.from_data({"campaign": {"id": "shape"}})
    return CampaignRules.for_policy(questionnaire, catalog, policy), population_summaries(
        questionnaire, catalog, policy, 40, "shape")


def expected_words(rules: CampaignRules, randomized) -> str | None:
    return shape_difference(rules.shape, shape_of(randomized))


def mutated(randomized: dict, rng: random.Random) -> dict:
    """One small change to the ``randomized`` object's keys or containers (or none)."""
    copied = copy.deepcopy(randomized)
    part = rng.choice([*copied, "headline_extra"])
    kind = rng.randrange(8)
    target = copied.get(part)
    if kind == 0:
        copied.pop(part, None)
    elif kind == 1 and isinstance(target, dict) and target:
        target.pop(rng.choice(sorted(target)))
    elif kind == 2 and isinstance(target, dict):
        target[rng.choice(["zz-new", "a", *sorted(target)[:1]])] = True
    elif kind == 3 and isinstance(target, dict):
        copied[part] = sorted(target)  # a list in place of the object: the full comparison decides
    elif kind == 4 and isinstance(target, dict):
        copied[part] = {}
    elif kind == 5 and isinstance(target, dict):
        for sub in target.values():
            if isinstance(sub, dict) and sub:
                sub.pop(sorted(sub)[0])
                break
    elif kind == 6 and isinstance(target, dict):
        for key, sub in list(target.items()):
            if isinstance(sub, dict):
                target[key] = sorted(sub)
                break
    return copied


def test_the_items_check_says_what_the_full_comparison_says(rules_and_summaries):
    rules, summaries = rules_and_summaries
    rng = random.Random(19)
    same = differs = 0
    for _ in range(3000):
        summary = rng.choice(summaries)
        randomized = mutated(summary["randomized"], rng)
        try:
            words = expected_words(rules, randomized)
        except Exception as exc:  # noqa: BLE001 - not schema-valid: the check fails just as the comparison does
            with pytest.raises(type(exc)):
                rules.difference({**summary, "randomized": randomized})
            continue
        found = rules.difference({**summary, "randomized": randomized})
        assert not rules._same_shape(randomized) or words is None  # the set test never calls a different one same
        if words is None:
            same += 1
            assert found is None
        else:
            differs += 1
            assert found == f"it carries other items than this campaign's summaries ({words})"
    assert same > 300 and differs > 300  # both verdicts were exercised


def test_real_summaries_are_told_the_same_by_sets_alone(rules_and_summaries):
    rules, summaries = rules_and_summaries
    assert all(rules._same_shape(summary["randomized"]) for summary in summaries)  # no full comparison needed


def test_a_headline_no_summary_can_have_is_compared_in_full(rules_and_summaries):
    rules, summaries = rules_and_summaries
    shape = dict(rules.shape, headline=tuple(reversed(rules.shape["headline"])))  # not in the summary's order
    odd = CampaignRules(rules.campaign, True, rules.epsilon, shape, rules.items)
    randomized = summaries[0]["randomized"]
    assert not odd._same_shape(randomized)
    assert odd.difference(summaries[0]) == (
        f"it carries other items than this campaign's summaries ({shape_difference(shape, shape_of(randomized))})")


def test_a_shape_that_sets_cannot_state_is_compared_in_full(rules_and_summaries):
    rules, summaries = rules_and_summaries
    shape = dict(rules.shape, reasons=(*rules.shape["reasons"], rules.shape["reasons"][0]))  # a key twice
    doubled = CampaignRules(rules.campaign, True, rules.epsilon, shape, rules.items)
    randomized = summaries[0]["randomized"]
    assert doubled._key_sets is None
    assert doubled.difference(summaries[0]) == (
        f"it carries other items than this campaign's summaries ({shape_difference(shape, shape_of(randomized))})")
