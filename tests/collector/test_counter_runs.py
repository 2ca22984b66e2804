"""Counting maps of answers a column at a time (counter_runs) gives exactly what counting them key by key gives.

The reference queues each map's keys in ``_Counts.pending`` as the counting code did before the runs: the
keys answered true (``compress``), the keys each map carried in ``family + SHAPE``, one answer per item.
Counts, the order of the families and the order of the keys in each family (what the kept counts store,
and what the report lists in order of first appearance) must all be the same.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from itertools import compress
from typing import Any

import pytest

from desktop.collector import tally_cache
from desktop.collector.aggregate import aggregate
from desktop.collector.counter_runs import SHAPE
from desktop.collector.counters import _Counts
from desktop.collector.report_html import render_html
from desktop.collector.tally import Tally
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from tests.collector.built_summaries import built_summaries


def _keyed_bits(counts: _Counts, family: str, bits: Mapping[str, Any], shape: bool) -> None:
    counts.pending[family].extend(compress(bits, bits.values()))
    if shape:
        counts.pending[family + SHAPE].append(tuple(bits))


def _keyed_answers(counts: _Counts, prefix: str, answers: Mapping[str, Any]) -> None:
    for item, answer in answers.items():
        counts.pending[prefix + item].append(answer)


def _as_listed(counts: _Counts) -> list[tuple[str, list[tuple[Any, int]]]]:
    counts.flush()
    return [(family, list(counter.items())) for family, counter in counts.c.items()]


def _mixed_queue(seed: int) -> list[tuple[str, str, dict[str, Any], bool]]:
    """Maps with differing keys, key orders, empty maps, answers that are not 0/1, and plain keys between."""
    rng = random.Random(seed)
    names = [f"k{i}" for i in range(7)]
    queue = []
    for _ in range(400):
        kind = rng.choice(("bits", "bits", "answers", "plain"))
        keys = rng.sample(names, rng.randint(0, len(names)))
        if kind == "answers":
            queue.append((kind, rng.choice(("sentiment:", "")), {k: rng.choice("abc") for k in keys}, False))
        elif kind == "plain":
            # other families between (a family is queued one way only, as in Tally: its keys, runs of maps
            # with shape, or without; a summary's parts are checked against the campaign's shape before)
            queue.append((kind, rng.choice(("other", "any")), {"key": rng.choice(names)}, False))
        else:
            values = (0, 1, True, False) if rng.random() < 0.9 else (None, 2, "", 1)
            family = rng.choice(("fam_a", "fam_b", "workplace_x"))
            # whether a family counts its shapes is fixed per family (as in Tally), not per map
            queue.append((kind, family, {k: rng.choice(values) for k in keys}, family.startswith("workplace")))
    return queue


def _count(queue: list[tuple[str, str, dict[str, Any], bool]], keyed: bool, flush_every: int) -> _Counts:
    counts = _Counts()
    for i, (kind, family, answers, shape) in enumerate(queue):
        if kind == "plain":
            counts.pending[family].append(answers["key"])
        elif kind == "answers":
            (_keyed_answers if keyed else _Counts.add_answers)(counts, family, answers)
        elif keyed:
            _keyed_bits(counts, family, answers, shape)
        else:
            counts.add_bits(family, answers, shape)
        if (i + 1) % flush_every == 0:
            counts.flush()
    return counts


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("flush_every", [1, 37, 10_000])
def test_runs_count_mixed_maps_as_counting_key_by_key(seed, flush_every):
    queue = _mixed_queue(seed)
    assert _as_listed(_count(queue, False, flush_every)) == _as_listed(_count(queue, True, flush_every))


@pytest.fixture(scope="module")
def content():
    return load_questionnaire(), load_catalog()


def _reshaped(summaries: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Randomized summaries whose maps differ from one to the next: keys dropped or reordered, maps missing."""
    rng = random.Random(seed)

    def shuffled(value: Mapping[str, Any]) -> dict[str, Any]:
        pairs = list(value.items())
        rng.shuffle(pairs)
        return dict(pairs[:len(pairs) - rng.randint(0, 2)])

    for summary in summaries:
        randomized = summary.get("randomized")
        if not randomized or rng.random() < 0.3:
            continue
        for part in ("unapproved_use", "data_to_personal", "reasons", "sentiment", "categories"):
            if rng.random() < 0.5:
                randomized[part] = shuffled(randomized[part])
        workplace = randomized.get("workplace") or {}
        for name, value in list(workplace.items()):
            if isinstance(value, Mapping) and rng.random() < 0.5:
                workplace[name] = shuffled(value)
        training = randomized["training"]
        for key in ("wanted", "formats"):
            if key in training and rng.random() < 0.3:
                del training[key]
    return summaries


@pytest.mark.parametrize("randomized", [True, False])
def test_a_tally_and_report_with_runs_equal_counting_key_by_key(content, monkeypatch, randomized):
    questionnaire, catalog = content
    policy = Policy.from_data({"privacy": {"randomized_response": randomized},
                               "org_units": [{"code": "sales", "label": "Sales"}, {"code": "it", "label": "IT"}]})
    summaries = _reshaped(built_summaries(questionnaire, catalog, policy, 300, "runs"), 7)

    def counted() -> tuple[str, str]:
        tally = Tally(questionnaire, catalog, policy).add_all(summaries)
        report = render_html(aggregate(summaries, questionnaire, catalog, policy), organization="Runs")
        return tally_cache.dumps(tally), report

    with_runs = counted()
    monkeypatch.setattr(_Counts, "add_bits", _keyed_bits)
    monkeypatch.setattr(_Counts, "add_answers", _keyed_answers)
    assert with_runs == counted()
