"""Where the policy-control tests put policy files: ``Places`` lays out a managed, user and bundled file (and a
file to name by flag or environment) under a test's folder and resolves the policy from them; ``MANAGED`` is
IT's managed policy with the compliance key ``IT_KEY``; ``CATALOG`` the tool ids the policy may name."""

from __future__ import annotations

from pathlib import Path

from pyrage import x25519

from desktop.core.policy_locations import PolicyLocations, baked_marker_path, baked_marker_text
from desktop.core.policy_sources import resolve_policy
from tests.policy_accounts import BYSTANDER

CATALOG = {"chatgpt", "claude"}
IT_KEY = str(x25519.Identity.generate().to_public())

MANAGED = f"""[organization]
name = "Acme"
[privacy]
min_group_size = 5
randomized_response = true
epsilon = 1.0
[submission]
recipient = "{IT_KEY}"
drop_folder = "/srv/candor-drop"
require_code = true
"""


class Places:
    """A managed, user and bundled file under ``tmp_path``, plus a flag and an environment file."""

    def __init__(self, root: Path):
        self.root = root
        self.managed = root / "etc" / "candor" / "policy.toml"
        self.user = root / "home" / "config" / "policy.toml"
        self.bundled = root / "bundle" / "resources" / "policy" / "default.toml"
        self.other = root / "other.toml"
        self.account = BYSTANDER

    def write(self, path: Path, text: str) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def bake(self, text: str) -> Path:
        self.write(self.bundled, text)
        baked_marker_path(self.bundled).write_text(baked_marker_text(text.encode("utf-8")), encoding="ascii")
        return self.bundled

    def resolve(self, flag: Path | None = None, env: Path | None = None):
        locations = PolicyLocations(self.managed, self.user, self.bundled, self.account)
        return resolve_policy(flag, {"CANDOR_POLICY": str(env)} if env else {}, CATALOG, locations)
