"""Where policy files are looked for on this system, and the build record of a baked-in policy.

The managed location is set by IT, per OS; the user location is in the per-OS user configuration
folder; the bundled policy ships in ``resources/policy/default.toml``. How they are read and merged
lives in :mod:`policy_sources`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.policy_trust import Account
from desktop.core.resources import resource

ENV_VAR = "CANDOR_POLICY"
FILE_NAME = "policy.toml"


@dataclass(frozen=True)
class PolicyLocations:
    """The optional places looked in after the flag and the environment variable.

    ``account`` is who runs Candor, for deciding whether they could change the managed file
    (``None``: no such check, as on Windows). Tests pass their own locations and account.
    """

    managed: Path | None
    user: Path | None
    bundled: Path | None
    account: Account | None = field(default_factory=Account.current)

    @classmethod
    def for_this_system(cls) -> PolicyLocations:
        return cls(managed=managed_policy_path(), user=user_policy_path(), bundled=bundled_policy_path())


def managed_policy_path(platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Where IT deploys the policy on this OS (the MDM-managed, machine-wide location)."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data, "Candor", FILE_NAME)
    if platform == "darwin":
        return Path("/Library/Application Support/Candor", FILE_NAME)
    return Path("/etc/candor", FILE_NAME)


def user_policy_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("Candor", appauthor=False), FILE_NAME)


def bundled_policy_path() -> Path:
    """The policy shipped with Candor. In a built bundle always the bundle's own file: a baked-in
    policy must not be swapped out by pointing ``CANDOR_RESOURCES`` at another folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", "policy", "default.toml")
    return resource("policy", "default.toml")


# ---------------------------------------------------------------------------------------------
# Baked in: what build.spec leaves beside the bundled policy
# ---------------------------------------------------------------------------------------------


def baked_marker_path(bundled: Path) -> Path:
    """The build record beside the bundled policy (``default.toml.baked``).

    *Baked in* means exactly this: ``CANDOR_BUILD_POLICY=FILE pyinstaller build.spec`` checked FILE,
    shipped it as the bundled policy and wrote this record, holding the SHA-256 of FILE's bytes. A
    bundled policy with a record is the organization's control; one without (the default that
    comes with Candor, or a file replaced by hand) is only a default.
    """
    return bundled.with_name(bundled.name + ".baked")


def baked_marker_text(policy_bytes: bytes) -> str:
    """What build.spec writes into the build record for a policy with these bytes."""
    import hashlib  # only for a baked policy: the usual start does not load OpenSSL's bindings

    return f"sha256:{hashlib.sha256(policy_bytes).hexdigest()}\n"

