"""Reading the policy again while Candor runs, without a window: the same resolver as at start-up, what to
watch, and what counts as a change worth adopting."""

from __future__ import annotations

import pytest

from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_reload import differs, new_problems, reload_policy, watched_paths
from desktop.core.policy_sources import resolve_policy
from tests.core.policy_places import CATALOG, Places


@pytest.fixture
def places(tmp_path) -> Places:
    return Places(tmp_path)


def resolve(places: Places):
    return resolve_policy(None, {}, CATALOG, PolicyLocations(places.managed, places.user, places.bundled,
                                                             places.account))


def test_reloading_unchanged_files_gives_the_same_policy_and_no_reason_to_adopt_it(places):
    places.write(places.managed, '[organization]\nname = "Globex"\n')
    first = resolve(places)
    again = reload_policy(first, CATALOG)
    assert again == first and not differs(first, again) and new_problems(first, again) == []


def test_an_edit_is_a_change_and_a_broken_file_is_a_reason_to_keep_the_old_policy(places):
    places.write(places.user, '[organization]\nname = "Globex"\n')
    first = resolve(places)
    places.write(places.user, '[organization]\nname = "Initech"\n')
    edited = reload_policy(first, CATALOG)
    assert differs(first, edited) and edited.policy.organization.name == "Initech"
    places.write(places.user, "[organization\n")
    broken = reload_policy(edited, CATALOG)
    assert [problem.file for problem in new_problems(edited, broken)] == [str(places.user)]


def test_the_files_looked_for_and_their_folders_are_watched_as_far_as_they_exist(places):
    places.write(places.user, '[organization]\nname = "Globex"\n')
    watched = watched_paths(resolve(places))
    assert watched == {str(places.user), str(places.user.parent)}  # managed and bundled: no such folders
    places.managed.parent.mkdir(parents=True)
    assert str(places.managed.parent) in watched_paths(resolve(places))
