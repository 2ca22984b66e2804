"""Mutated policies: every one gives a list of problems (or none), never an exception, and quickly.

A few hundred mutants here (zzuf where installed, else tests/hostile.py's own mutator); the run of
`candor policy check` over 5,000 is tools/fuzz_hostile.py.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.catalog import load_catalog
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_sources import check_policy_file, resolve_policy
from tests.hostile import Mutator, check_each_policy, crafted_policies, policy_seeds, write_mutants

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = 300


def test_mutated_and_crafted_policies_never_raise_and_take_under_two_seconds(tmp_path):
    known = [tool.id for tool in load_catalog().tools]
    mutants = write_mutants(policy_seeds(ROOT), tmp_path / "mutants", MUTANTS, Mutator())
    for text in crafted_policies().values():
        path = tmp_path / f"crafted-{len(mutants)}.toml"
        path.write_text(text, encoding="utf-8")
        mutants.append(path)
    outcomes = check_each_policy(mutants, lambda path: check_policy_file(path, known))
    assert [(path.name, escaped) for path, _seconds, escaped in outcomes if escaped] == []
    assert max(seconds for _path, seconds, _escaped in outcomes) < 2
    # and as the app reads them at start-up, as the user's policy
    start_up = check_each_policy(mutants[::10], lambda path: resolve_policy(
        None, {}, known, PolicyLocations(managed=None, user=path, bundled=None)))
    assert [escaped for _path, _seconds, escaped in start_up if escaped] == []
