"""The .deb definition: its dependencies are the ones the IT guide lists, and the policy it ships is valid.

The package itself is built and installed in a pristine Debian 12 root by .ci/deb-check.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.policy_locations import managed_policy_path
from desktop.core.policy_sources import check_policy_file

ROOT = Path(__file__).resolve().parents[2]
BUILD_DEB = (ROOT / "packaging" / "linux" / "build-deb").read_text(encoding="utf-8")


def shell_value(name: str) -> str:
    return re.search(rf'^{name}="([^"]*)"', BUILD_DEB, re.MULTILINE | re.DOTALL).group(1)


def package_names(field: str) -> set[str]:
    return {re.split(r"[ (]", item.strip())[0] for item in field.replace("\n", " ").split(",") if item.strip()}


def test_the_guide_lists_exactly_the_packages_the_deb_depends_on():
    guide = (ROOT / "docs" / "it-guide.md").read_text(encoding="utf-8")
    start = guide.index("- Linux only: the libraries the bundle takes")
    prerequisites = guide[start:guide.index(": without a fontconfig configuration", start)]
    listed = {name for quoted in re.findall(r"`([^`]+)`", prerequisites) for name in quoted.split()
              if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", name)}
    assert package_names(shell_value("DEPENDS")) - {"libc6"} == listed
    assert "gnome-keyring" in package_names(shell_value("RECOMMENDS"))


def test_the_deb_ships_the_managed_policy_as_a_conffile_and_it_is_valid():
    assert str(managed_policy_path("linux")) == "/etc/candor/policy.toml"
    assert 'echo /etc/candor/policy.toml > "$root/DEBIAN/conffiles"' in BUILD_DEB
    assert check_policy_file(ROOT / "packaging" / "linux" / "policy.toml", known_tool_ids=set()) == []
