"""The policy files shipped in resources/policy."""

from __future__ import annotations

import tomllib

import pytest
import yaml

from desktop.core.policy import Policy, leaf_fields
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_sources import check_policy_file, read_policy_file, resolve_policy
from desktop.core.resources import resource

DEFAULT = resource("policy", "default.toml")
EXAMPLE = resource("policy", "example.toml")
CATALOG_FILE = resource("catalog", "tools.yaml")


def catalog_ids() -> set[str] | None:
    if not CATALOG_FILE.is_file():
        return None
    return {tool["id"] for tool in yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))["tools"]}


@pytest.mark.parametrize("path", [DEFAULT, EXAMPLE], ids=["default", "example"])
def test_shipped_policy_is_valid(path):
    assert check_policy_file(path, catalog_ids()) == []


def test_default_policy_matches_the_built_in_defaults():
    assert Policy.from_data(read_policy_file(DEFAULT)) == Policy.defaults()


def test_example_sets_every_field():
    only_example = PolicyLocations(managed=None, user=None, bundled=EXAMPLE)
    effective = resolve_policy(None, {}, None, only_example)
    assert effective.problems == []
    example = f"{EXAMPLE} (bundled)"
    unset = [path for path in [*leaf_fields(), "org_units"] if effective.provenance[path] != example]
    assert unset == []
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    tool_keys = set().union(*(tool.keys() for tool in data["tools"]))
    assert tool_keys == {"id", "status", "note", "alternative", "name", "category"}
    statuses = {tool["status"] for tool in data["tools"]}
    assert statuses == {"approved", "tolerated", "prohibited"}


def test_example_recipient_is_marked_as_an_example():
    text = EXAMPLE.read_text(encoding="utf-8")
    recipient = Policy.from_data(read_policy_file(EXAMPLE)).submission.recipient
    comment_before = text[: text.index(recipient)].rsplit("[submission]", 1)[1]
    assert "EXAMPLE KEY" in comment_before


@pytest.mark.skipif(not CATALOG_FILE.is_file(), reason="the tool catalog is not in resources/ yet")
def test_example_catalog_tools_exist_in_the_catalog():
    ids = catalog_ids()
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    for tool in data["tools"]:
        assert "name" in tool or tool["id"] in ids, tool["id"]
