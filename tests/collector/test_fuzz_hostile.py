"""Mutated and crafted summaries: no traceback, no hang, no change to the store from a rejected file.

A few hundred mutants here (zzuf where installed, else tests/hostile.py's own mutator); the run over
10,000 is tools/fuzz_hostile.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyrage
import pytest

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore
from desktop.commands.demo import write_demo_summaries
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.exchange.exporter import payload
from tests.hostile import Mutator, crafted_summaries, ingest_each, store_rows, summary_seeds, unexpected, write_mutants

MUTANTS = 240
#: Per file; real summaries take about a millisecond.
SECONDS_PER_FILE = 2.0


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, identity) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("seeds") / "demo"
    write_demo_summaries(3, out, recipient=str(identity.to_public()), policy=Policy.defaults(), seed=21)
    envelopes = [path.read_bytes() for path in sorted(out.glob("*.age"))]
    plains = [payload(json.loads(pyrage.decrypt(envelope, [identity]))) for envelope in envelopes]
    return summary_seeds(envelopes, plains)


def rules(allow_plaintext: bool) -> CampaignRules:
    policy = Policy.from_data({"campaign": {"id": "default"}, "submission": {"allow_plaintext": allow_plaintext}})
    return CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)


def filled_store(path: Path, seeds: dict[str, bytes], identity, tmp_path: Path) -> CollectorStore:
    originals = tmp_path / "originals"
    originals.mkdir()
    for name, data in seeds.items():
        if name.endswith(".age"):
            (originals / name).write_bytes(data)
    store = CollectorStore.open(path)
    assert ingest([originals], [identity], rules(False), store, workers=0).imported == 3
    return store


@pytest.mark.parametrize("allow_plaintext", [False, True])
def test_mutated_summaries_never_crash_hang_or_change_the_store(allow_plaintext, seeds, identity, tmp_path):
    mutants = write_mutants(seeds, tmp_path / "mutants", MUTANTS, Mutator(), first_seed=1000 * allow_plaintext)
    store = filled_store(tmp_path / "collector", seeds, identity, tmp_path)
    try:
        outcomes = ingest_each(mutants, identity, rules(allow_plaintext), store)
    finally:
        store.close()
    assert [o for o in outcomes if unexpected(o)] == []
    assert max(o.seconds for o in outcomes) < SECONDS_PER_FILE
    assert [o for o in outcomes if o.store_changed and not o.accepted] == []
    # an age file or armor cannot be changed without its MAC noticing; plaintext mutants may stay valid
    assert all(o.path.suffix == ".json" for o in outcomes if o.accepted)
    assert allow_plaintext or not any(o.accepted for o in outcomes)


def test_crafted_summaries_are_each_rejected_quickly(seeds, identity, tmp_path):
    folder = tmp_path / "crafted"
    folder.mkdir()
    envelope, plain = seeds["candor-seed-0.age"], seeds["candor-seed-0.json"]
    for name, data in crafted_summaries(envelope, plain).items():
        (folder / name).write_bytes(data)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "candor-crafted-pipe.age")
    store = filled_store(tmp_path / "collector", seeds, identity, tmp_path)
    try:
        rows = store_rows(store)
        outcomes = ingest_each(sorted(folder.iterdir()), identity, rules(False), store)
        assert store_rows(store) == rows
    finally:
        store.close()
    assert [o for o in outcomes if unexpected(o)] == []
    assert max(o.seconds for o in outcomes) < SECONDS_PER_FILE
    codes = {o.path.name: o.code for o in outcomes}
    assert codes["candor-crafted-1mib-stanzas.age"] == codes["candor-crafted-stanzas-armored.txt"] == "too_large"
    assert codes["candor-crafted-non-ascii-armor.txt"] == "damaged"
    assert codes["candor-crafted-bom.json"] == "other_settings"  # plaintext, under a policy requiring encryption
    assert all(not o.accepted for o in outcomes)
