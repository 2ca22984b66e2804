"""Finding policy files, merging them field by field, and surviving bad ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.core import policy_sources
from desktop.core.policy import Policy
from desktop.core.policy_effective import BUILTIN, PolicySource
from desktop.core.policy_locations import PolicyLocations, managed_policy_path
from desktop.core.policy_sources import check_policy_file, resolve_policy
from tests.policy_accounts import BYSTANDER

CATALOG = {"chatgpt", "claude", "github-copilot", "microsoft-copilot"}
LEVELS = ["flag", "env", "managed", "user", "bundled"]
LABELS = {"flag": "--policy", "env": "CANDOR_POLICY"} | {level: level for level in LEVELS[2:]}


class Layout:
    """One policy file per level under a temporary folder; none exists until written."""

    def __init__(self, root: Path):
        self.root = root
        self.paths = {level: root / level / "policy.toml" for level in LEVELS}
        self.account = BYSTANDER

    def write(self, level: str, text: str) -> Path:
        path = self.paths[level]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def resolve(self, flag: bool = True, env: bool = True):
        return resolve_policy(
            str(self.paths["flag"]) if flag else None,
            {"CANDOR_POLICY": str(self.paths["env"])} if env else {},
            CATALOG,
            PolicyLocations(self.paths["managed"], self.paths["user"], self.paths["bundled"], self.account),
        )

    def label(self, level: str) -> str:
        return f"{self.paths[level]} ({LABELS[level]})"


@pytest.fixture
def layout(tmp_path) -> Layout:
    return Layout(tmp_path)


def test_nothing_anywhere_gives_the_built_in_defaults(layout):
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy == Policy.defaults()
    assert effective.problems == []
    assert effective.ok
    assert set(effective.provenance.values()) == {BUILTIN}
    assert effective.provenance["organization.name"] == BUILTIN
    assert effective.provenance["org_units"] == BUILTIN
    assert [(s.label, s.status) for s in effective.sources] == [
        ("--policy", "absent"),
        ("CANDOR_POLICY", "absent"),
        ("managed", "absent"),
        ("user", "absent"),
        ("bundled", "absent"),
        (BUILTIN, "found"),
    ]
    assert effective.sources[0].path is None
    assert effective.sources[2].path == layout.paths["managed"]


@pytest.mark.parametrize("winner", LEVELS)
def test_each_level_wins_over_every_level_below(layout, winner):
    for level in LEVELS[LEVELS.index(winner) :]:
        layout.write(level, f'[organization]\nname = "{level}"\n')
    effective = layout.resolve()
    assert effective.policy.organization.name == winner
    assert effective.provenance["organization.name"] == layout.label(winner)
    expected = {level: "absent" for level in LEVELS} | {level: "found" for level in LEVELS[LEVELS.index(winner) :]}
    assert {LABELS[level]: expected[level] for level in LEVELS} == {
        s.label: s.status for s in effective.sources if s.label != BUILTIN
    }
    named_but_missing = [level for level in ("flag", "env") if LEVELS.index(level) < LEVELS.index(winner)]
    assert len(effective.problems) == len(named_but_missing)


def test_managed_beats_user(layout):
    layout.write("user", '[organization]\nname = "Mine"\ncurrency = "USD"\n')
    layout.write("managed", '[organization]\nname = "Acme"\n')
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy.organization.name == "Acme"
    assert effective.provenance["organization.name"] == layout.label("managed")
    # a field the managed file leaves out, and does not lock, still comes from the user's file
    assert effective.policy.organization.currency == "USD"
    assert effective.provenance["organization.currency"] == layout.label("user")
    assert effective.provenance["campaign.id"] == BUILTIN


def test_fields_merge_one_by_one_with_provenance(layout):
    recipient = str(x25519.Identity.generate().to_public())
    layout.write("managed", f'[organization]\ncontact = "it@example.com"\n[submission]\nrecipient = "{recipient}"\n')
    layout.write("user", '[organization]\nname = "Team Blue"\ncontact = "me@example.com"\n')
    layout.write("bundled", '[organization]\nname = "Bundled"\ncurrency = "USD"\n[campaign]\nid = "2026-q4"\n')
    effective = layout.resolve(flag=False, env=False)
    policy, provenance = effective.policy, effective.provenance
    assert (policy.organization.name, policy.organization.contact, policy.organization.currency) == (
        "Team Blue",
        "it@example.com",
        "USD",
    )
    assert policy.submission.recipient == recipient
    assert provenance["organization.name"] == layout.label("user")
    assert provenance["organization.contact"] == layout.label("managed")
    assert provenance["organization.currency"] == layout.label("bundled")
    assert provenance["campaign.id"] == layout.label("bundled")
    assert provenance["campaign.closes"] == BUILTIN
    assert provenance["submission.recipient"] == f"{layout.paths['managed']} (managed)"


def test_tools_merge_by_id_and_the_higher_entry_wins_whole(layout):
    layout.write(
        "managed",
        '[[tools]]\nid = "chatgpt"\nstatus = "prohibited"\n',
    )
    layout.write(
        "bundled",
        '[[tools]]\nid = "chatgpt"\nstatus = "tolerated"\nnote = "Only public data."\n'
        '[[tools]]\nid = "claude"\nstatus = "approved"\n',
    )
    effective = layout.resolve(flag=False, env=False)
    chatgpt = effective.policy.rule_for("chatgpt")
    assert chatgpt.status == "prohibited"
    assert chatgpt.note is None  # not taken from the lower entry
    assert effective.policy.status_of("claude") == "approved"
    assert effective.provenance["tools.chatgpt"] == layout.label("managed")
    assert effective.provenance["tools.claude"] == layout.label("bundled")


def test_org_units_come_whole_from_the_highest_file_that_has_them(layout):
    layout.write("user", '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n')
    layout.write(
        "bundled",
        '[[org_units]]\ncode = "hr"\nlabel = "HR"\n[[org_units]]\ncode = "it"\nlabel = "IT"\n',
    )
    effective = layout.resolve(flag=False, env=False)
    assert [unit.code for unit in effective.policy.org_units] == ["sales"]
    assert effective.provenance["org_units"] == layout.label("user")


def test_an_empty_org_unit_list_switches_them_off(layout):
    layout.write("managed", "org_units = []\n")
    layout.write("bundled", '[[org_units]]\ncode = "hr"\nlabel = "HR"\n')
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy.org_units == ()
    assert effective.provenance["org_units"] == layout.label("managed")


def test_an_invalid_file_is_skipped_whole_and_its_problems_kept(layout):
    layout.write("managed", '[organization]\nname = "Managed"\n[privacy]\nmin_group_size = 2\n')
    layout.write("bundled", '[organization]\nname = "Bundled"\n')
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy.organization.name == "Bundled"  # the valid part of the bad file is not applied
    assert effective.policy.privacy.min_group_size == 5
    assert not effective.ok
    [problem] = effective.problems
    assert problem.file == str(layout.paths["managed"])
    assert problem.line == 4
    assert problem.location == "privacy.min_group_size"
    assert PolicySource("managed", layout.paths["managed"], "invalid") in effective.sources


def test_malformed_toml_is_skipped(layout):
    layout.write("user", "[organization\nname = 1\n")
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy == Policy.defaults()
    assert "not valid TOML" in effective.problems[0].message


def test_a_named_file_that_is_missing_is_a_problem(layout):
    effective = layout.resolve()
    messages = [str(problem) for problem in effective.problems]
    assert messages == [
        f"{layout.paths['flag']}: file not found; --policy names it, so check the path",
        f"{layout.paths['env']}: file not found; CANDOR_POLICY names it, so check the path",
    ]
    assert effective.policy == Policy.defaults()


def test_environment_as_a_plain_value_and_empty_values_are_ignored(layout):
    layout.write("env", '[campaign]\nid = "from-env"\n')
    locations = PolicyLocations(None, None, None)
    assert resolve_policy(None, str(layout.paths["env"]), CATALOG, locations).policy.campaign.id == "from-env"
    empty = resolve_policy("", {"CANDOR_POLICY": ""}, CATALOG, locations)
    assert empty.problems == []
    assert empty.policy == Policy.defaults()


def test_bad_utf8_is_a_problem_not_a_crash(layout):
    layout.paths["user"].parent.mkdir(parents=True)
    layout.paths["user"].write_bytes(b'[organization]\nname = "M\xfcller AG"\n')
    effective = layout.resolve(flag=False, env=False)
    [problem] = effective.problems
    assert "is not UTF-8 text" in problem.message
    assert "save it as UTF-8" in problem.message


def test_a_folder_in_place_of_the_file(layout):
    layout.paths["managed"].mkdir(parents=True)
    effective = layout.resolve(flag=False, env=False)
    assert "is a folder" in effective.problems[0].message
    assert effective.sources[2].status == "invalid"


def test_an_unreadable_file(layout, monkeypatch):
    layout.write("managed", '[organization]\nname = "Secret"\n')

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(policy_sources, "read_regular", refuse)
    effective = layout.resolve(flag=False, env=False)
    assert "permission denied" in effective.problems[0].message
    assert effective.policy.organization.name == "Your organization"


def test_a_path_with_a_nul_character(layout):
    effective = resolve_policy("bad\0name.toml", {}, CATALOG, PolicyLocations(None, None, None))
    assert effective.problems[0].message.startswith("cannot be read")
    assert effective.policy == Policy.defaults()


def test_a_huge_file_is_not_read_whole(layout, monkeypatch):
    path = layout.write("user", "")
    with open(path, "r+b") as handle:  # sparse: 64 GiB that cost no disk space, past any memory and the bound
        handle.truncate(64 * 1024**3)
    read: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting_read)
    effective = layout.resolve(flag=False, env=False)
    assert "larger than 1 MB" in effective.problems[0].message
    assert effective.policy == Policy.defaults()
    assert sum(read) == 0  # refused from its size alone: not one byte of it was read
    # The counter does see the reads of a file that is read: one just at the bound is read, and only it.
    layout.write("user", "# " + "x" * (policy_sources.MAX_BYTES - 3) + "\n")
    layout.resolve(flag=False, env=False)
    assert sum(read) == policy_sources.MAX_BYTES


def test_an_alternative_made_stale_by_a_higher_file_is_dropped(layout):
    layout.write("managed", '[[tools]]\nid = "claude"\nstatus = "prohibited"\n')
    layout.write(
        "bundled",
        '[[tools]]\nid = "chatgpt"\nstatus = "prohibited"\nalternative = "claude"\n'
        '[[tools]]\nid = "claude"\nstatus = "approved"\n',
    )
    effective = layout.resolve(flag=False, env=False)
    assert effective.policy.rule_for("chatgpt").alternative is None
    [problem] = effective.problems
    assert problem.file == str(layout.paths["bundled"])
    assert problem.location == "tools[0].alternative"
    assert "'claude' is set to prohibited by" in problem.message
    assert str(layout.paths["managed"]) in problem.message


def test_unknown_tool_ids_are_checked_against_the_catalog_given(layout):
    layout.write("user", '[[tools]]\nid = "chatgtp"\nstatus = "prohibited"\n')
    effective = layout.resolve(flag=False, env=False)
    assert "did you mean 'chatgpt'?" in effective.problems[0].message


def test_check_policy_file(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('[organization]\nname = "Acme"\n', encoding="utf-8")
    assert check_policy_file(good, CATALOG) == []
    bad = tmp_path / "bad.toml"
    bad.write_text('[[tools]]\nid = "chatgpt"\nstatus = "aproved"\n', encoding="utf-8")
    [problem] = check_policy_file(str(bad), CATALOG)
    assert (problem.line, problem.location) == (3, "tools[0].status")
    [missing] = check_policy_file(tmp_path / "nope.toml", CATALOG)
    assert missing.message == "file not found; check the path"


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, Path("/etc/candor/policy.toml")),
        ("darwin", {}, Path("/Library/Application Support/Candor/policy.toml")),
        ("win32", {"ProgramData": "D:\\ProgramData"}, Path("D:\\ProgramData", "Candor", "policy.toml")),
        ("win32", {}, Path("C:\\ProgramData", "Candor", "policy.toml")),
    ],
)
def test_managed_location_per_os(platform, environ, expected):
    assert managed_policy_path(platform, environ) == expected


def test_this_systems_locations():
    locations = PolicyLocations.for_this_system()
    assert locations.bundled.name == "default.toml" and locations.bundled.is_file()
    assert locations.user.name == "policy.toml" and "Candor" in locations.user.parts
