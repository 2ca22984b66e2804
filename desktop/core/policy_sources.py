"""Where policy files are looked for, and how they merge into the effective policy.

Priority, highest first: the ``--policy`` flag, the ``CANDOR_POLICY`` environment variable,
the managed system location (set by IT, per OS), the user location, the policy bundled in
``resources/policy/default.toml``, then the built-in defaults.

Each single-valued field comes from the highest source that sets it. ``[[tools]]`` merge by
id (the higher source's entry wins whole); ``[[org_units]]`` is taken whole from the highest
source that sets it. A file with any problem is skipped whole, its problems are collected,
and the app carries on with the rest: an invalid policy never stops Candor from starting.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from desktop.core.errors import ContentError, Problem
from desktop.core.policy import Policy, leaf_fields, parse_policy_text
from desktop.core.regular_file import FileTooLarge, NotARegularFile, read_regular
from desktop.core.resources import resource

ENV_VAR = "CANDOR_POLICY"
FILE_NAME = "policy.toml"
BUILTIN = "built-in defaults"
#: A policy is a few kilobytes; anything far bigger is a wrong path, not a policy.
MAX_BYTES = 1024 * 1024

SourceStatus = Literal["found", "absent", "invalid"]


class PolicyFileMissing(ContentError):
    """The policy file does not exist (as opposed to existing with problems)."""


class PolicySource(NamedTuple):
    """One place a policy was looked for. ``label`` says which kind (``managed``, ``user``, ...)."""

    label: str
    path: Path | None
    status: SourceStatus

    @property
    def description(self) -> str:
        """How provenance names this source, such as ``/etc/candor/policy.toml (managed)``."""
        return f"{self.path} ({self.label})" if self.path is not None else self.label


@dataclass(frozen=True)
class PolicyLocations:
    """The optional places looked in after the flag and the environment variable."""

    managed: Path | None
    user: Path | None
    bundled: Path | None

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
    return resource("policy", "default.toml")


@dataclass(frozen=True)
class EffectivePolicy:
    """The merged policy, where each part came from, and what was wrong on the way."""

    policy: Policy
    #: Field path (``organization.name``, ``tools.chatgpt``, ``org_units``) -> source description.
    provenance: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    #: Every place looked, highest priority first, ending with the built-in defaults.
    sources: list[PolicySource] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_policy_file(path: Path, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Read and validate one policy file. Raises :class:`ContentError` with every problem;
    :class:`PolicyFileMissing` (a ContentError) when there is no such file.
    """
    file = str(path)
    try:
        raw = read_regular(path, MAX_BYTES)  # a pipe or a device is refused unopened: reading one could block
    except (FileNotFoundError, NotADirectoryError) as error:
        raise PolicyFileMissing([Problem(file, "", "file not found; check the path")]) from error
    except (IsADirectoryError, NotARegularFile) as error:
        what = getattr(error, "what", "a folder")
        if what == "a folder":
            raise ContentError.single(file, "is a folder; name the policy file inside it") from error
        raise ContentError.single(file, f"is {what}, not a file, so it was not read; name the policy file "
                                        "itself") from error
    except FileTooLarge as error:
        raise ContentError.single(file, "is larger than 1 MB, far too big for a policy; check the path") from error
    except PermissionError as error:
        raise ContentError.single(
            file, "cannot be read (permission denied); make it readable for every user of this computer"
        ) from error
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or error
        raise ContentError.single(file, f"cannot be read: {reason}") from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError.single(
            file, f"is not UTF-8 text (byte {error.start + 1}); save it as UTF-8 in a text editor"
        ) from error
    return parse_policy_text(text, file, known_tool_ids)


def check_policy_file(path: Path | str, known_tool_ids: Collection[str] | None = None) -> list[Problem]:
    """Every problem of one file, for ``candor policy check``; an empty list means valid."""
    try:
        read_policy_file(Path(path), known_tool_ids)
    except ContentError as error:
        return error.problems
    return []


def resolve_policy(
    flag: str | os.PathLike[str] | None,
    env: str | Mapping[str, str] | None,
    known_tool_ids: Collection[str] | None,
    locations: PolicyLocations | None = None,
) -> EffectivePolicy:
    """Find, validate and merge every policy source into the effective policy. Never raises.

    ``flag`` is the ``--policy`` value; ``env`` is either the environment (a mapping, read for
    ``CANDOR_POLICY``) or that variable's value. ``locations`` defaults to this system's
    managed, user and bundled paths; tests pass their own.
    """
    if locations is None:
        locations = PolicyLocations.for_this_system()
    env_value = env.get(ENV_VAR) if isinstance(env, Mapping) else env
    candidates: list[tuple[str, Path | None, bool]] = [
        ("--policy", _as_path(flag), True),
        (ENV_VAR, _as_path(env_value), True),
        ("managed", locations.managed, False),
        ("user", locations.user, False),
        ("bundled", locations.bundled, False),
    ]
    merger = _Merger()
    problems: list[Problem] = []
    sources: list[PolicySource] = []
    for label, path, named in candidates:
        if path is None:
            sources.append(PolicySource(label, None, "absent"))
            continue
        try:
            data = read_policy_file(path, known_tool_ids)
        except PolicyFileMissing:
            sources.append(PolicySource(label, path, "absent"))
            if named:
                message = f"file not found; {label} names it, so check the path"
                problems.append(Problem(str(path), "", message))
            continue
        except ContentError as error:
            sources.append(PolicySource(label, path, "invalid"))
            problems.extend(error.problems)
            continue
        source = PolicySource(label, path, "found")
        sources.append(source)
        merger.add(data, source)
    sources.append(PolicySource(BUILTIN, None, "found"))
    policy, provenance, conflicts = merger.result()
    return EffectivePolicy(policy, provenance, problems + conflicts, sources)


def _as_path(value: str | os.PathLike[str] | None) -> Path | None:
    if value is None or str(value).strip() == "":
        return None
    return Path(os.path.expanduser(os.fspath(value)))


class _ToolEntry(NamedTuple):
    data: dict[str, Any]
    source: PolicySource
    index: int


class _Merger:
    """Collects valid files from highest to lowest priority; the first to set a field keeps it."""

    def __init__(self) -> None:
        self.sections: dict[str, dict[str, Any]] = {}
        self.provenance: dict[str, str] = {}
        self.tools: dict[str, _ToolEntry] = {}
        self.org_units: list[dict[str, Any]] | None = None

    def add(self, data: dict[str, Any], source: PolicySource) -> None:
        label = source.description
        for section, table in data.items():
            if section in ("tools", "org_units"):
                continue
            for key, value in table.items():
                path = f"{section}.{key}"
                if path not in self.provenance:
                    self.sections.setdefault(section, {})[key] = value
                    self.provenance[path] = label
        for index, entry in enumerate(data.get("tools", [])):
            if entry["id"] not in self.tools:
                self.tools[entry["id"]] = _ToolEntry(entry, source, index)
                self.provenance[f"tools.{entry['id']}"] = label
        if "org_units" in data and self.org_units is None:
            self.org_units = data["org_units"]
            self.provenance["org_units"] = label

    def result(self) -> tuple[Policy, dict[str, str], list[Problem]]:
        conflicts = self._drop_stale_alternatives()
        data: dict[str, Any] = dict(self.sections)
        data["tools"] = [entry.data for entry in self.tools.values()]
        if self.org_units is not None:
            data["org_units"] = self.org_units
        provenance = dict(self.provenance)
        for path in [*leaf_fields(), "org_units"]:
            provenance.setdefault(path, BUILTIN)
        return Policy.from_data(data), provenance, conflicts

    def _drop_stale_alternatives(self) -> list[Problem]:
        """Each file names only approved alternatives, but a higher file may change that tool's status."""
        conflicts: list[Problem] = []
        for tool_id, entry in list(self.tools.items()):
            alternative = entry.data.get("alternative")
            if alternative is None:
                continue
            target = self.tools.get(alternative)
            if target is not None and target.data["status"] == "approved":
                continue
            status = target.data["status"] if target else "not listed"
            where = f" by {target.source.description}" if target else ""
            conflicts.append(
                Problem(
                    file=str(entry.source.path),
                    location=f"tools[{entry.index}].alternative",
                    message=(
                        f"{alternative!r} is set to {status}{where}, so it is not offered as the alternative"
                        f" to {tool_id!r}; name an approved tool"
                    ),
                )
            )
            trimmed = {key: value for key, value in entry.data.items() if key != "alternative"}
            self.tools[tool_id] = entry._replace(data=trimmed)
        return conflicts
