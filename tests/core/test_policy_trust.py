"""Whether the person running Candor could change a file: ownership and mode bits, links followed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core.policy_trust import Account, changeable
from tests.policy_accounts import BYSTANDER, EMPLOYEE_UID, EXACT_PLACE, runner_owning

as_root_only = pytest.mark.skipif(os.getuid() != 0, reason="handing a file to another user needs root")


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    folder = tmp_path / "etc" / "candor"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    path = folder / "policy.toml"
    path.write_text("[organization]\n", encoding="utf-8")
    path.chmod(0o644)
    return path


def add_mode(path: Path, bits: int) -> None:
    path.chmod(stat.S_IMODE(path.stat().st_mode) | bits)


def test_a_file_out_of_the_runners_reach_is_not_changeable(policy):
    assert changeable(policy, BYSTANDER) is None


def test_a_file_the_runner_owns_is_changeable_even_read_only(policy):
    policy.chmod(0o444)  # the owner can always make it writable again
    runner = runner_owning(policy)
    found = changeable(policy, runner)
    assert found is not None and found.path in (policy, *policy.parents)
    if EXACT_PLACE:
        assert (found.path, found.why) == (policy, f"belongs to you (user id {runner.uid}), so you can change it")


def test_a_file_every_user_may_write_is_changeable(policy):
    add_mode(policy, stat.S_IWOTH)
    found = changeable(policy, BYSTANDER)
    assert (found.path, found.why) == (policy, "can be changed by every user of this computer")


def test_group_write_counts_only_for_a_group_the_runner_is_in(policy):
    add_mode(policy, stat.S_IWGRP)
    assert changeable(policy, BYSTANDER) is None
    member = Account(BYSTANDER.uid, frozenset({policy.stat().st_gid}))
    found = changeable(policy, member)
    assert found.path == policy and "a group you are in" in found.why


def test_a_folder_above_that_the_runner_may_write_lets_them_replace_the_file(policy):
    add_mode(policy.parent.parent, stat.S_IWOTH)
    found = changeable(policy, BYSTANDER)
    assert found.path == policy.parent.parent
    assert str(found) == f"{policy.parent.parent} can be changed by every user of this computer"


def test_a_sticky_folder_keeps_entries_of_others_but_not_the_runners_own(policy):
    add_mode(policy.parent, stat.S_IWOTH | stat.S_ISVTX)  # like /tmp
    assert changeable(policy, BYSTANDER) is None
    runner = runner_owning(policy)
    assert changeable(policy, runner) is not None


def test_a_link_into_a_folder_the_runner_owns_is_changeable(policy, tmp_path):
    home = tmp_path / "home" / "sam"
    home.mkdir(parents=True)
    target = home / "my-policy.toml"
    target.write_text("[organization]\n", encoding="utf-8")
    policy.unlink()
    policy.symlink_to(target)
    assert changeable(policy, BYSTANDER) is None  # nobody's home: the link alone is no problem
    runner = runner_owning(home)
    found = changeable(policy, runner)
    assert found is not None
    if EXACT_PLACE:
        assert found.path == home and found.why.endswith(f"(reached through the link {policy})")


def test_a_linked_folder_on_the_way_is_followed(policy, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "policy.toml").write_text("[organization]\n", encoding="utf-8")
    add_mode(elsewhere, stat.S_IWOTH)
    linked = policy.parent.parent / "linked"
    linked.symlink_to(elsewhere, target_is_directory=True)
    found = changeable(linked / "policy.toml", BYSTANDER)
    assert found.path == elsewhere and f"(reached through the link {linked})" in found.why


def test_a_loop_of_links_is_not_trusted(policy):
    first, second = policy.parent / "a", policy.parent / "b"
    first.symlink_to(second)
    second.symlink_to(first)
    found = changeable(first, BYSTANDER)
    assert found is not None and "more than 40 symbolic links" in found.why


def test_without_an_account_nothing_is_checked(policy):
    add_mode(policy, stat.S_IWOTH)
    assert changeable(policy, None) is None


def test_the_current_account_is_this_process():
    account = Account.current()
    assert account is not None and account.uid == os.getuid() and os.getgid() in account.gids


@as_root_only
def test_as_root_a_file_of_any_other_user_is_changeable(policy):
    root = Account(0, frozenset({0}))
    assert changeable(policy, root) is None  # root's own file, as /etc/candor/policy.toml should be
    os.chown(policy, EMPLOYEE_UID, -1)
    found = changeable(policy, root)
    assert found.path == policy and f"belongs to user id {EMPLOYEE_UID}, not to an administrator" in found.why
