"""The policy resolved once: the start-up resolves it before the catalog has loaded (no tool ids to check yet),
and :func:`with_tool_ids` later checks the same sources, as they were read, against the catalog. The result is
exactly what resolving with the catalog's ids from the start gives, and no file is read again."""

from __future__ import annotations

import builtins
import os

import pytest
from pyrage import x25519

from desktop.core import policy_sources
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_sources import resolve_policy, with_tool_ids
from tests.core.policy_places import CATALOG, IT_KEY, MANAGED, Places

ATTACKER = str(x25519.Identity.generate().to_public())


@pytest.fixture
def places(tmp_path) -> Places:
    return Places(tmp_path)

UNKNOWN_TOOL = '[[tools]]\nid = "no-such-tool"\nstatus = "approved"\n'
ALSO_BAD = UNKNOWN_TOOL + "[privacy]\nmin_group_size = 3\n"


def no_reading(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("a policy file was read again")

    for name in ("read_policy_bytes", "changeable"):
        monkeypatch.setattr(policy_sources, name, refuse)
    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)


def arrange(places: Places, case: str) -> dict:
    """Files for one case; returns the flag and env for resolving."""
    flag = env = None
    if case == "every source valid":
        places.write(places.managed, MANAGED)
        places.write(places.user, '[organization]\ncurrency = "USD"\n')
        places.write(places.bundled, '[organization]\nname = "Bundled"\n'
                                     '[[tools]]\nid = "chatgpt"\nstatus = "approved"\n')
        flag = places.write(places.root / "flag.toml", '[organization]\nname = "Flag"\n')
    elif case in ("--policy", "CANDOR_POLICY", "user"):
        target = places.user if case == "user" else places.other
        places.write(target, UNKNOWN_TOOL)
        flag, env = (target, None) if case == "--policy" else (None, target if case == "CANDOR_POLICY" else None)
    elif case == "managed":
        places.write(places.managed, MANAGED + UNKNOWN_TOOL)
    elif case == "baked-in":
        places.bake(f'[submission]\nrecipient = "{IT_KEY}"\n' + UNKNOWN_TOOL)
    elif case == "unknown tool and another problem":
        flag = places.write(places.other, ALSO_BAD)
    elif case == "missing flag, broken managed TOML":
        flag = places.root / "not-there.toml"
        places.write(places.managed, "[privacy\n")
    return {"flag": flag, "env": {"CANDOR_POLICY": str(env)} if env else {}}


CASES = ["every source valid", "--policy", "CANDOR_POLICY", "user", "managed", "baked-in",
         "unknown tool and another problem", "missing flag, broken managed TOML"]


@pytest.mark.parametrize("case", CASES)
def test_checking_tool_ids_later_gives_what_resolving_with_them_gives(places, monkeypatch, case):
    given = arrange(places, case)
    locations = PolicyLocations(places.managed, places.user, places.bundled, places.account)
    with_ids = resolve_policy(given["flag"], given["env"], CATALOG, locations)
    early = resolve_policy(given["flag"], given["env"], None, locations)
    if case not in ("every source valid", "missing flag, broken managed TOML"):
        # Without the catalog the unknown tool is not noticed yet; with it, it is.
        assert not any("no-such-tool" in str(problem) for problem in early.problems)
        assert any("no-such-tool" in str(problem) for problem in with_ids.problems)
    no_reading(monkeypatch)
    later = with_tool_ids(early, CATALOG)
    assert later == with_ids  # policy, provenance, problems, sources, control, overrides, blocks, fields
    assert [str(problem) for problem in later.problems] == [str(problem) for problem in with_ids.problems]


def test_an_unknown_tool_in_the_managed_file_turns_export_off_once_the_catalog_is_known(places):
    arrange(places, "managed")
    early = resolve_policy(None, {}, None, PolicyLocations(places.managed, places.user, places.bundled,
                                                           places.account))
    assert early.blocks == [] and early.policy.submission.recipient == IT_KEY
    later = with_tool_ids(early, CATALOG)
    assert [block.file for block in later.blocks] == [str(places.managed)]
    assert later.policy.submission.recipient is None  # fail closed: the broken control's fields are not used


def test_a_policy_not_resolved_from_files_cannot_be_checked_again():
    from desktop.core.policy import Policy
    from desktop.core.policy_effective import EffectivePolicy

    with pytest.raises(ValueError, match="resolve_policy"):
        with_tool_ids(EffectivePolicy(Policy(), {}), CATALOG)


@pytest.mark.parametrize("earlier", ["valid", "unknown tool", "missing", None])
def test_another_flag_over_the_same_sources_gives_what_resolving_with_it_gives(places, monkeypatch, earlier):
    """A trend's earlier campaign: its own policy file over the other sources read for the latest."""
    places.write(places.managed, MANAGED)
    places.write(places.user, '[organization]\ncurrency = "USD"\n')
    places.write(places.bundled, '[campaign]\nid = "autumn"\n')
    env_file = places.write(places.root / "env.toml", '[organization]\ncontact = "it@example.org"\n')
    flag = {"valid": places.write(places.root / "spring.toml", '[campaign]\nid = "spring"\n'),
            "unknown tool": places.write(places.root / "spring.toml", UNKNOWN_TOOL),
            "missing": places.root / "not-there.toml", None: None}[earlier]
    env = {"CANDOR_POLICY": str(env_file)}
    locations = PolicyLocations(places.managed, places.user, places.bundled, places.account)
    expected = resolve_policy(flag, env, CATALOG, locations)
    latest = resolve_policy(places.root / "latest.toml", env, CATALOG, locations)
    read = []
    original = policy_sources.read_policy_bytes
    monkeypatch.setattr(policy_sources, "read_policy_bytes", lambda path: read.append(path) or original(path))
    assert policy_sources.with_flag(latest, flag, CATALOG) == expected
    assert read == ([] if flag is None else [flag])  # only the flag's own file is read


def test_an_earlier_campaigns_file_cannot_lift_what_the_managed_policy_locks(places):
    """A trend's earlier-campaign file goes over the sources as read, the managed control included: it may name its
    own campaign, but the recipient, the drop folder and the privacy fields stay the managed file's."""
    places.write(places.managed, MANAGED)
    latest = places.resolve()
    hostile = places.write(places.other, '[campaign]\nid = "2025-q1"\n[privacy]\nmin_group_size = 3\n'
                           f'randomized_response = false\nepsilon = 3.0\n[submission]\nrecipient = "{ATTACKER}"\n'
                           'drop_folder = "/tmp/mallory"\nrequire_code = false\n')
    earlier = policy_sources.with_flag(latest, hostile, CATALOG)
    assert not [p for p in earlier.problems if "other.toml" in p.file], earlier.problems
    assert earlier.policy.campaign.id == "2025-q1"
    privacy, submission = earlier.policy.privacy, earlier.policy.submission
    assert (privacy.min_group_size, privacy.randomized_response, privacy.epsilon) == (5, True, 1.0)
    assert (submission.recipient, str(submission.drop_folder), submission.require_code) == (
        IT_KEY, "/srv/candor-drop", True)
