"""The managed (or baked-in) policy is a control, not a default (issue 13).

Where IT's policy exists, the recipient, plaintext, the drop folder and every privacy field come
only from it; ``--policy``, ``CANDOR_POLICY``, the user's file (and a managed file under a baked-in
policy) may only make privacy stricter. A control that exists but cannot be used turns export off.
"""

from __future__ import annotations

import math
import stat
import sys
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.core import policy_sources
from desktop.core.policy_effective import BAKED, BUILTIN, locked_fields
from desktop.core.policy_locations import baked_marker_path, baked_marker_text, bundled_policy_path
from tests.core.policy_places import IT_KEY, MANAGED, Places
from tests.policy_accounts import EXACT_PLACE, runner_owning

ATTACKER_KEY = str(x25519.Identity.generate().to_public())

HOSTILE = f"""[organization]
name = "Hostile"
[privacy]
min_group_size = 3
randomized_response = false
epsilon = 3.0
[submission]
recipient = "{ATTACKER_KEY}"
drop_folder = "/home/mallory/drop"
allow_plaintext = true
require_code = false
trustee_folder = "/home/mallory/relay"
"""


@pytest.fixture
def places(tmp_path) -> Places:
    return Places(tmp_path)


def refused_fields(effective) -> dict[str, str]:
    return {override.field: override.source for override in effective.refused}


# --- the managed file locks what protects employees ---------------------------------------------------


@pytest.mark.parametrize("how", ["flag", "env", "user"])
def test_no_other_source_can_swap_the_key_or_weaken_privacy_under_a_managed_policy(places, how):
    places.write(places.managed, MANAGED)
    hostile = places.write(places.user if how == "user" else places.other, HOSTILE)
    effective = places.resolve(flag=hostile if how == "flag" else None, env=hostile if how == "env" else None)
    policy = effective.policy
    assert policy.submission.recipient == IT_KEY
    assert policy.submission.drop_folder == "/srv/candor-drop"
    assert policy.submission.allow_plaintext is False
    assert (policy.privacy.min_group_size, policy.privacy.randomized_response, policy.privacy.epsilon) == (5, True, 1.0)
    label = {"flag": "--policy", "env": "CANDOR_POLICY", "user": "user"}[how]
    asker = f"{hostile} ({label})"
    assert refused_fields(effective) == dict.fromkeys(locked_fields(), asker)
    assert effective.control.description == f"{places.managed} (managed)"
    assert effective.provenance["submission.recipient"] == f"{places.managed} (managed)"
    assert effective.policy.organization.name == ("Acme" if how == "user" else "Hostile")  # not locked
    assert effective.blocks == [] and effective.ok
    messages = {override.field: str(override) for override in effective.refused}
    assert messages["submission.recipient"] == (
        f'submission.recipient = "{ATTACKER_KEY}" from {asker}: refused, only {places.managed} (managed) sets it')
    assert messages["privacy.min_group_size"] == (
        f"privacy.min_group_size = 3 from {asker}: refused, it would weaken 5 from {places.managed} (managed);"
        " other sources may only make privacy stricter")


def test_other_sources_may_make_privacy_stricter(places):
    places.write(places.managed, f'[privacy]\nrandomized_response = false\n[submission]\nrecipient = "{IT_KEY}"\n'
                                 "allow_plaintext = true\n")
    env = places.write(places.other, "[privacy]\nmin_group_size = 10\nepsilon = 0.6\nrandomized_response = true\n"
                                     "[submission]\nallow_plaintext = false\n")
    places.write(places.user, "[privacy]\nmin_group_size = 20\nepsilon = 2.0\n")
    effective = places.resolve(env=env)
    privacy, submission = effective.policy.privacy, effective.policy.submission
    assert (privacy.min_group_size, privacy.epsilon, privacy.randomized_response) == (10, 0.6, True)
    assert submission.allow_plaintext is False and submission.recipient == IT_KEY
    applied = {override.field: override.source for override in effective.overrides if override.applied}
    from_env = f"{env} (CANDOR_POLICY)"
    assert applied == {"privacy.min_group_size": from_env, "privacy.epsilon": from_env,
                       "privacy.randomized_response": from_env, "submission.allow_plaintext": from_env}
    assert effective.provenance["privacy.epsilon"] == from_env
    # the user's epsilon 2.0 would weaken the managed ln 3 default; its larger k is shadowed by the higher source
    assert refused_fields(effective) == {"privacy.epsilon": f"{places.user} (user)"}
    [epsilon] = effective.refused
    assert f"weaken {math.log(3)}, the built-in default that {places.managed} (managed) leaves in place" in str(epsilon)


def test_a_managed_file_without_submission_leaves_no_recipient_for_the_user_to_set(places):
    places.write(places.managed, '[organization]\nname = "Acme"\n')
    places.write(places.user, f'[submission]\nrecipient = "{ATTACKER_KEY}"\nallow_plaintext = true\n'
                              'drop_folder = "/tmp/drop"\n[privacy]\nrandomized_response = false\n')
    effective = places.resolve()
    submission = effective.policy.submission
    assert (submission.recipient, submission.allow_plaintext, submission.drop_folder) == (None, False, None)
    assert effective.policy.privacy.randomized_response is True
    assert effective.provenance["submission.recipient"] == BUILTIN
    assert set(refused_fields(effective)) == {"submission.recipient", "submission.allow_plaintext",
                                              "submission.drop_folder", "privacy.randomized_response"}


def test_the_bundled_default_is_no_override_under_a_managed_policy(places):
    places.write(places.managed, "[privacy]\nmin_group_size = 3\nrandomized_response = false\n")
    places.write(places.bundled, "[privacy]\nmin_group_size = 5\nrandomized_response = true\n")
    effective = places.resolve()
    assert (effective.policy.privacy.min_group_size, effective.policy.privacy.randomized_response) == (3, False)
    assert effective.overrides == []


def test_without_a_managed_policy_every_source_still_sets_every_field(places):
    user = places.write(places.user, f'[submission]\nrecipient = "{IT_KEY}"\n[privacy]\nmin_group_size = 3\n')
    effective = places.resolve()
    assert effective.control is None and effective.overrides == [] and effective.blocks == []
    assert effective.policy.submission.recipient == IT_KEY
    assert effective.provenance["privacy.min_group_size"] == f"{user} (user)"


def test_every_field_an_employee_can_set_is_listed_for_the_self_test(places):
    places.write(places.managed, MANAGED)
    env = places.write(places.other, '[campaign]\nid = "test"\n[[tools]]\nid = "chatgpt"\nstatus = "approved"\n')
    places.write(places.user, "[privacy]\nmin_group_size = 9\n")
    assert places.resolve(env=env).override_fields() == {
        f"{env} (CANDOR_POLICY)": ["campaign.id", "tools.chatgpt"],
        f"{places.user} (user)": ["privacy.min_group_size"],
    }


# --- a managed file that exists but cannot be used fails closed ----------------------------------------


def assert_fails_closed(effective, places: Places, kind: str, words: str) -> None:
    submission = effective.policy.submission
    assert (submission.recipient, submission.allow_plaintext, submission.drop_folder) == (None, False, None)
    assert effective.policy.privacy.randomized_response is True
    assert effective.control.label == "managed" and effective.control.status == "invalid"
    [block] = effective.blocks
    assert (block.file, block.kind) == (str(places.managed), kind)
    assert words in block.detail
    assert block.sentence().startswith(f"Your organization's policy {places.managed} ")
    assert "Candor will not export a summary" in block.sentence() and "tell your IT team" in block.sentence()
    assert not effective.ok and any(problem.file == str(places.managed) for problem in effective.problems)
    assert "submission.recipient" in refused_fields(effective)  # the user's key is not used either


@pytest.fixture
def hostile_user(places):
    places.write(places.user, HOSTILE)


def test_an_invalid_managed_file_turns_export_off(places, hostile_user):
    places.write(places.managed, "[privacy]\nmin_group_size = 1\n")
    assert_fails_closed(places.resolve(), places, "invalid", "1 is too small")


def test_an_unreadable_managed_file_turns_export_off(places, hostile_user, monkeypatch):
    places.write(places.managed, MANAGED)
    places.managed.chmod(0)
    real_read = policy_sources.read_regular

    def refuse_the_managed_file(path, *args, **kwargs):  # root reads a mode 000 file anyway: say what others see
        if Path(path) == places.managed:
            raise PermissionError(13, "Permission denied")
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(policy_sources, "read_regular", refuse_the_managed_file)
    assert_fails_closed(places.resolve(), places, "unreadable", "permission denied")


def test_a_folder_at_the_managed_location_turns_export_off(places, hostile_user):
    places.managed.mkdir(parents=True)
    assert_fails_closed(places.resolve(), places, "folder", "is a folder")


def test_a_managed_file_every_user_can_write_turns_export_off(places, hostile_user):
    places.write(places.managed, MANAGED)
    places.managed.chmod(0o666)
    effective = places.resolve()
    assert_fails_closed(effective, places, "changeable", "can be changed by every user of this computer")
    assert "writable by administrators only" in effective.blocks[0].detail


def test_a_managed_file_the_runner_owns_turns_export_off(places, hostile_user):
    places.write(places.managed, MANAGED)
    places.account = runner_owning(places.managed)
    assert_fails_closed(places.resolve(), places, "changeable", "cannot be trusted as the managed policy")


def test_a_managed_file_linked_into_the_users_home_turns_export_off(places, hostile_user):
    home = places.root / "home" / "sam"
    mine = places.write(home / "policy.toml", MANAGED)
    places.managed.parent.mkdir(parents=True)
    places.managed.symlink_to(mine)
    places.account = runner_owning(home)
    effective = places.resolve()
    assert_fails_closed(effective, places, "changeable", "cannot be trusted as the managed policy")
    if EXACT_PLACE:
        assert f"because {home} belongs to you" in effective.blocks[0].detail
        assert f"(reached through the link {places.managed})" in effective.blocks[0].detail


def test_a_dangling_link_at_the_managed_location_turns_export_off(places, hostile_user):
    places.managed.parent.mkdir(parents=True)
    places.managed.symlink_to(places.root / "nowhere.toml")
    assert_fails_closed(places.resolve(), places, "unreadable", "which does not exist")


# --- baked in at build time -------------------------------------------------------------------------


def test_a_baked_in_policy_is_the_control(places):
    places.bake(MANAGED)
    places.write(places.managed, f'[organization]\nname = "Deployed"\n[submission]\nrecipient = "{ATTACKER_KEY}"\n'
                                 "[privacy]\nmin_group_size = 8\n")
    places.write(places.user, HOSTILE)
    effective = places.resolve()
    assert effective.control.label == BAKED
    assert effective.policy.submission.recipient == IT_KEY
    assert effective.policy.privacy.min_group_size == 8  # the managed file may still make privacy stricter
    assert effective.policy.organization.name == "Deployed"  # unlocked fields keep the usual order
    refused = {(override.field, override.source) for override in effective.refused}
    assert ("submission.recipient", f"{places.managed} (managed)") in refused
    assert effective.provenance["submission.recipient"] == f"{places.bundled} ({BAKED})"
    assert effective.blocks == []


def test_without_its_build_record_the_bundled_policy_is_only_a_default(places):
    places.write(places.bundled, MANAGED)
    places.write(places.user, HOSTILE)
    effective = places.resolve()
    assert effective.control is None
    assert effective.policy.submission.recipient == ATTACKER_KEY


def test_a_baked_in_policy_changed_after_the_build_turns_export_off(places):
    places.bake(MANAGED)
    places.bundled.write_text(MANAGED.replace(IT_KEY, ATTACKER_KEY), encoding="utf-8")
    effective = places.resolve()
    assert effective.control.label == BAKED
    assert effective.policy.submission.recipient is None
    [block] = effective.blocks
    assert block.kind == "altered" and "SHA-256 differs" in block.detail and "reinstall Candor" in block.detail


def test_a_baked_in_policy_that_went_missing_turns_export_off(places):
    places.bake(MANAGED)
    places.bundled.unlink()
    [block] = places.resolve().blocks
    assert block.kind == "altered" and "is missing" in block.detail


def test_a_broken_managed_file_turns_export_off_under_a_baked_in_policy_too(places):
    places.bake(MANAGED)
    places.managed.mkdir(parents=True)
    effective = places.resolve()
    assert effective.policy.submission.recipient == IT_KEY
    assert [block.kind for block in effective.blocks] == ["folder"]


def test_in_a_built_bundle_candor_resources_cannot_move_the_baked_in_policy(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("CANDOR_RESOURCES", str(tmp_path / "elsewhere"))
    assert bundled_policy_path() == tmp_path / "bundle" / "resources" / "policy" / "default.toml"


def test_the_build_record_holds_the_policys_sha256():
    assert baked_marker_text(b"[organization]\n") == (
        "sha256:" + __import__("hashlib").sha256(b"[organization]\n").hexdigest() + "\n")
    assert baked_marker_path(Path("/b/resources/policy/default.toml")) == Path(
        "/b/resources/policy/default.toml.baked")


def test_locked_fields_are_every_privacy_and_submission_field():
    assert locked_fields() == ["privacy.min_group_size", "privacy.randomized_response", "privacy.epsilon",
                               "submission.recipient", "submission.drop_folder", "submission.allow_plaintext",
                               "submission.require_code", "submission.trustee_folder"]


def test_the_mode_bits_of_a_good_deployment_pass(places):
    places.write(places.managed, MANAGED)
    places.managed.chmod(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    effective = places.resolve()
    assert effective.control.status == "found" and effective.blocks == [] and effective.ok
