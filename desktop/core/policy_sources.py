"""Where policy files are looked for, and how they merge into the effective policy.

Priority, highest first: the ``--policy`` flag, the ``CANDOR_POLICY`` environment variable,
the managed system location (set by IT, per OS), the user location, the policy bundled in
``resources/policy/default.toml``, then the built-in defaults.

Each single-valued field comes from the highest source that sets it. ``[[tools]]`` merge by
id (the higher source's entry wins whole); ``[[org_units]]`` is taken whole from the highest
source that sets it. A file with any problem is skipped whole, its problems are collected,
and the app carries on with the rest: an invalid policy never stops Candor from starting.

**The organization's control.** Where IT has put a policy out of the employee's reach, it is
mandatory for the fields that protect employees and decide where summaries go
(:func:`locked_fields`: every ``[privacy]`` and ``[submission]`` field), the way managed browser
and OS policies are. The *control* is the baked-in policy when the build has one (see
:func:`baked_marker_path`), otherwise the managed file when one exists. Locked fields then come
only from the control, and where it leaves one out, from the built-in defaults. Any other source
(the flag, the variable, the user's file, the managed file under a baked-in policy) may only make
privacy stricter (a larger ``min_group_size``, a smaller ``epsilon``, ``randomized_response = true``,
``allow_plaintext = false``); whatever else it sets for a locked field is refused and listed in
:attr:`EffectivePolicy.overrides`. The bundled file that was not baked in is Candor's own default
and is not consulted for locked fields while there is a control.

A managed file that exists but cannot be used (invalid, unreadable, a folder, a dangling link, or
changeable by the person running Candor: see :mod:`policy_trust`), or a baked-in policy that does
not match its build record, fails closed: locked fields take the built-in defaults and
:attr:`EffectivePolicy.blocks` turns export off until IT fixes it.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from desktop.core.errors import ContentError, Problem
from desktop.core.policy import SECTIONS, Policy, format_value, leaf_fields, parse_policy_text
from desktop.core.policy_trust import Account, changeable
from desktop.core.regular_file import FileTooLarge, NotARegularFile, read_regular
from desktop.core.resources import resource

ENV_VAR = "CANDOR_POLICY"
FILE_NAME = "policy.toml"
BUILTIN = "built-in defaults"
#: A policy is a few kilobytes; anything far bigger is a wrong path, not a policy.
MAX_BYTES = 1024 * 1024
#: The label of the bundled policy when the build baked it in.
BAKED = "baked-in"
#: The sources an employee, or a program running as them, can set: IT wants to hear of them.
OVERRIDE_LABELS = ("--policy", ENV_VAR, "user")
#: The tables whose every field is locked by the organization's control.
LOCKED_SECTIONS = ("privacy", "submission")

SourceStatus = Literal["found", "absent", "invalid"]
BlockKind = Literal["invalid", "unreadable", "folder", "changeable", "altered"]


class PolicyFileMissing(ContentError):
    """The policy file does not exist (as opposed to existing with problems)."""


class PolicyFileUnusable(ContentError):
    """The policy file exists but cannot be read at all: ``kind`` is ``folder`` or ``unreadable``."""

    def __init__(self, problems: list[Problem], kind: BlockKind):
        super().__init__(problems)
        self.kind = kind


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


_MARKER = re.compile(r"sha256:([0-9a-f]{64})")


# ---------------------------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Override:
    """A locked field that a source other than the control sets to a value of its own."""

    field: str
    value: Any
    #: The source that asked for it.
    origin: PolicySource
    #: True when it makes privacy stricter and is used; False when it is refused.
    applied: bool
    #: Why, in words after the field, value and source.
    reason: str

    @property
    def source(self) -> str:
        """The source as provenance names it, such as ``/tmp/x.toml (CANDOR_POLICY)``."""
        return self.origin.description

    def __str__(self) -> str:
        verdict = "applied" if self.applied else "refused"
        return f"{self.field} = {format_value(self.value)} from {self.source}: {verdict}, {self.reason}"


_BLOCK_WORDS: dict[BlockKind, str] = {
    "invalid": "has errors",
    "unreadable": "cannot be read",
    "folder": "is a folder, not a file",
    "changeable": "could be changed without administrator rights",
    "altered": "was changed after Candor was built",
}


@dataclass(frozen=True)
class ExportBlock:
    """The organization's control exists but cannot be used, so no summary may leave (fail closed)."""

    file: str
    kind: BlockKind
    #: The problems in IT's terms, file and line included (as ``policy show`` and ``self-test`` print them).
    detail: str

    @property
    def words(self) -> str:
        """What is wrong, in words after the file name: ``has errors``, ``cannot be read``, ..."""
        return _BLOCK_WORDS[self.kind]

    def sentence(self) -> str:
        """The employee's sentence: what is wrong, what it means and whom to tell."""
        return (f"Your organization's policy {self.file} {self.words}, so Candor will not export a "
                "summary until it is fixed. Please tell your IT team.")


@dataclass(frozen=True)
class EffectivePolicy:
    """The merged policy, where each part came from, and what was wrong on the way."""

    policy: Policy
    #: Field path (``organization.name``, ``tools.chatgpt``, ``org_units``) -> source description.
    provenance: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    #: Every place looked, highest priority first, ending with the built-in defaults.
    sources: list[PolicySource] = field(default_factory=list)
    #: The organization's control (baked-in or managed), when there is one; it may be broken.
    control: PolicySource | None = None
    #: Locked fields other sources tried to set: stricter ones applied, the rest refused.
    overrides: list[Override] = field(default_factory=list)
    #: Why export is off: a control that exists but cannot be used. Empty when export may go ahead.
    blocks: list[ExportBlock] = field(default_factory=list)
    #: Source label -> every field that source's file sets (``tools.<id>`` and ``org_units`` too).
    fields_set: dict[str, list[str]] = field(default_factory=dict)
    #: Where this was resolved from, so it can be resolved again from the same places.
    locations: PolicyLocations | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def refused(self) -> list[Override]:
        return [override for override in self.overrides if not override.applied]

    @property
    def export_block(self) -> ExportBlock | None:
        return self.blocks[0] if self.blocks else None

    def override_fields(self) -> dict[str, list[str]]:
        """Source description -> fields it sets, for every source an employee can set."""
        by_label = {source.label: source for source in self.sources}
        return {by_label[label].description: fields for label, fields in self.fields_set.items()
                if label in OVERRIDE_LABELS and fields and label in by_label}


def locked_fields() -> list[str]:
    """The fields only the organization's control sets (others may only make privacy stricter)."""
    return [f"{section}.{item.name}" for section in LOCKED_SECTIONS for item in dataclasses.fields(SECTIONS[section])]


# ---------------------------------------------------------------------------------------------
# Reading one file
# ---------------------------------------------------------------------------------------------


def read_policy_bytes(path: Path) -> bytes:
    """The raw bytes of one policy file. Raises :class:`PolicyFileMissing`, :class:`PolicyFileUnusable`
    (a folder, a pipe or device, no permission, an I/O error) or :class:`ContentError` (too big)."""
    file = str(path)
    try:
        raw = read_regular(path, MAX_BYTES)  # a pipe or a device is refused unopened: reading one could block
    except (FileNotFoundError, NotADirectoryError) as error:
        raise PolicyFileMissing([Problem(file, "", "file not found; check the path")]) from error
    except (IsADirectoryError, NotARegularFile) as error:
        what = getattr(error, "what", "a folder")
        if what == "a folder":
            problem = Problem(file, "", "is a folder; name the policy file inside it")
            raise PolicyFileUnusable([problem], "folder") from error
        problem = Problem(file, "", f"is {what}, not a file, so it was not read; name the policy file itself")
        raise PolicyFileUnusable([problem], "unreadable") from error
    except FileTooLarge as error:
        raise ContentError.single(file, "is larger than 1 MB, far too big for a policy; check the path") from error
    except PermissionError as error:
        problem = Problem(file, "", "cannot be read (permission denied); make it readable for every user of this "
                                    "computer")
        raise PolicyFileUnusable([problem], "unreadable") from error
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or error
        raise PolicyFileUnusable([Problem(file, "", f"cannot be read: {reason}")], "unreadable") from error
    return raw


def parse_policy_bytes(raw: bytes, file: str, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError.single(
            file, f"is not UTF-8 text (byte {error.start + 1}); save it as UTF-8 in a text editor"
        ) from error
    return parse_policy_text(text, file, known_tool_ids)


def read_policy_file(path: Path, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Read and validate one policy file. Raises :class:`ContentError` with every problem;
    :class:`PolicyFileMissing` (a ContentError) when there is no such file.
    """
    return parse_policy_bytes(read_policy_bytes(path), str(path), known_tool_ids)


def check_policy_file(path: Path | str, known_tool_ids: Collection[str] | None = None) -> list[Problem]:
    """Every problem of one file, for ``candor policy check``; an empty list means valid."""
    try:
        read_policy_file(Path(path), known_tool_ids)
    except ContentError as error:
        return error.problems
    return []


class _Read(NamedTuple):
    """What looking in one place gave."""

    source: PolicySource
    data: dict[str, Any] | None = None
    problems: tuple[Problem, ...] | list[Problem] = ()
    block: ExportBlock | None = None


def _read_plain(label: str, path: Path, named: bool, known: Collection[str] | None) -> _Read:
    try:
        data = read_policy_file(path, known)
    except PolicyFileMissing:
        problems = [Problem(str(path), "", f"file not found; {label} names it, so check the path")] if named else []
        return _Read(PolicySource(label, path, "absent"), problems=problems)
    except ContentError as error:
        return _Read(PolicySource(label, path, "invalid"), problems=error.problems)
    return _Read(PolicySource(label, path, "found"), data)


def _unusable(label: str, path: Path, kind: BlockKind, problems: list[Problem]) -> _Read:
    block = ExportBlock(str(path), kind, "; ".join(str(problem) for problem in problems))
    return _Read(PolicySource(label, path, "invalid"), problems=problems, block=block)


def _read_managed(path: Path, known: Collection[str] | None, account: Account | None) -> _Read:
    """The managed file, trusted only while the person running Candor cannot change it."""
    if not os.path.lexists(path):
        return _Read(PolicySource("managed", path, "absent"))
    found = changeable(path, account)
    if found is not None:
        message = (f"cannot be trusted as the managed policy, because {found}; make the file and every folder"
                   " above it writable by administrators only (for example owned by root, mode 0644 for the file"
                   " and 0755 for the folders), so that employees cannot change it; until then export is off")
        return _unusable("managed", path, "changeable", [Problem(str(path), "", message)])
    try:
        data = read_policy_file(path, known)
    except PolicyFileMissing:  # lexists but not there: a link to nothing (or it went away just now)
        try:
            message = f"is a link to {os.readlink(path)}, which does not exist"
        except OSError:
            message = "disappeared while Candor was reading it"
        message += "; deploy the policy file itself; until then export is off"
        return _unusable("managed", path, "unreadable", [Problem(str(path), "", message)])
    except PolicyFileUnusable as error:
        return _unusable("managed", path, error.kind, error.problems)
    except ContentError as error:
        return _unusable("managed", path, "invalid", error.problems)
    return _Read(PolicySource("managed", path, "found"), data)


def _read_bundled(path: Path, known: Collection[str] | None) -> _Read:
    """The bundled policy: a default, or, with a build record beside it, the baked-in control."""
    marker = baked_marker_path(path)
    if not os.path.lexists(marker):
        return _read_plain("bundled", path, False, known)
    reinstall = "; reinstall Candor from your IT team's package (until then export is off)"
    try:
        with open(marker, "rb") as handle:
            record = _MARKER.fullmatch(handle.read(200).decode("ascii", "replace").strip())
    except OSError as error:
        message = f"its build record {marker} cannot be read ({error.strerror or error}){reinstall}"
        return _unusable(BAKED, path, "altered", [Problem(str(path), "", message)])
    if record is None:
        message = f"its build record {marker} is damaged{reinstall}"
        return _unusable(BAKED, path, "altered", [Problem(str(path), "", message)])
    try:
        raw = read_policy_bytes(path)
    except PolicyFileMissing:
        message = f"the policy baked into this build is missing, though {marker} records one{reinstall}"
        return _unusable(BAKED, path, "altered", [Problem(str(path), "", message)])
    except PolicyFileUnusable as error:
        return _unusable(BAKED, path, error.kind, error.problems)
    except ContentError as error:
        return _unusable(BAKED, path, "invalid", error.problems)
    import hashlib  # only for a baked policy: the usual start does not load OpenSSL's bindings

    if hashlib.sha256(raw).hexdigest() != record.group(1):
        message = (f"is not the policy baked in when Candor was built (its SHA-256 differs from the one in"
                   f" {marker}), so it was changed afterwards{reinstall}")
        return _unusable(BAKED, path, "altered", [Problem(str(path), "", message)])
    try:
        data = parse_policy_bytes(raw, str(path), known)
    except ContentError as error:
        return _unusable(BAKED, path, "invalid", error.problems)
    return _Read(PolicySource(BAKED, path, "found"), data)


# ---------------------------------------------------------------------------------------------
# Resolving
# ---------------------------------------------------------------------------------------------


def resolve_policy(
    flag: str | os.PathLike[str] | None,
    env: str | os.PathLike[str] | Mapping[str, str] | None,
    known_tool_ids: Collection[str] | None,
    locations: PolicyLocations | None = None,
) -> EffectivePolicy:
    """Find, validate and merge every policy source into the effective policy. Never raises.

    ``flag`` is the ``--policy`` value; ``env`` is either the environment (a mapping, read for
    ``CANDOR_POLICY``) or that variable's value. ``locations`` defaults to this system's
    managed, user and bundled paths and the account running Candor; tests pass their own.
    """
    if locations is None:
        locations = PolicyLocations.for_this_system()
    env_value = env.get(ENV_VAR) if isinstance(env, Mapping) else env
    looks: list[tuple[str, Path | None, Callable[[Path], _Read]]] = [
        ("--policy", _as_path(flag), lambda path: _read_plain("--policy", path, True, known_tool_ids)),
        (ENV_VAR, _as_path(env_value), lambda path: _read_plain(ENV_VAR, path, True, known_tool_ids)),
        ("managed", locations.managed, lambda path: _read_managed(path, known_tool_ids, locations.account)),
        ("user", locations.user, lambda path: _read_plain("user", path, False, known_tool_ids)),
        ("bundled", locations.bundled, lambda path: _read_bundled(path, known_tool_ids)),
    ]
    reads = [read(path) if path is not None else _Read(PolicySource(label, None, "absent"))
             for label, path, read in looks]

    control = _control(reads)
    merger = _Merger()
    for read in reads:
        if read.data is None:
            continue
        if control is None:
            merger.add(read.data, read.source)
        else:
            merger.add(_without_locked(read.data), read.source)
    overrides: list[Override] = []
    if control is not None:
        others = [read for read in reads if read is not control and read.data is not None
                  and read.source.label != "bundled"]
        overrides = merger.lock(control, others)
    policy, provenance, conflicts = merger.result()
    sources = [read.source for read in reads] + [PolicySource(BUILTIN, None, "found")]
    problems = [problem for read in reads for problem in read.problems] + conflicts
    return EffectivePolicy(
        policy, provenance, problems, sources,
        control=control.source if control else None,
        overrides=overrides,
        blocks=[read.block for read in reads if read.block is not None],
        fields_set={read.source.label: _fields_of(read.data) for read in reads if read.data is not None},
        locations=locations,
    )


def _control(reads: list[_Read]) -> _Read | None:
    """The baked-in policy when there is one, otherwise the managed file when it exists (even broken)."""
    by_label = {read.source.label: read for read in reads}
    baked = by_label.get(BAKED)
    if baked is not None:
        return baked
    managed = by_label["managed"]
    return managed if managed.source.status != "absent" else None


def _as_path(value: str | os.PathLike[str] | None) -> Path | None:
    if value is None or str(value).strip() == "":
        return None
    return Path(os.path.expanduser(os.fspath(value)))


def _without_locked(data: dict[str, Any]) -> dict[str, Any]:
    return {section: table for section, table in data.items() if section not in LOCKED_SECTIONS}


def _fields_of(data: dict[str, Any]) -> list[str]:
    fields = [f"{section}.{key}" for section, table in data.items() if section not in ("tools", "org_units")
              for key in table]
    fields += [f"tools.{entry['id']}" for entry in data.get("tools", [])]
    return fields + (["org_units"] if "org_units" in data else [])


def _default(path: str) -> Any:
    section, key = path.split(".")
    return getattr(getattr(Policy.defaults(), section), key)


#: For the locked fields an override may tighten: is ``asked`` stricter than ``locked``?
_STRICTER: dict[str, Callable[[Any, Any], bool]] = {
    "privacy.min_group_size": lambda locked, asked: asked > locked,
    "privacy.epsilon": lambda locked, asked: asked < locked,
    "privacy.randomized_response": lambda locked, asked: asked is True and locked is False,
    "submission.allow_plaintext": lambda locked, asked: asked is False and locked is True,
    "submission.require_code": lambda locked, asked: asked is True and locked is False,
}


class _ToolEntry(NamedTuple):
    data: dict[str, Any]
    source: PolicySource
    position: int


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

    def lock(self, control: _Read, others: list[_Read]) -> list[Override]:
        """Locked fields from the control (or the defaults); others may only make privacy stricter."""
        overrides: list[Override] = []
        owner = control.source.description
        for path in locked_fields():
            section, key = path.split(".")
            table = (control.data or {}).get(section) or {}
            if key in table:
                locked, whose = table[key], f"{format_value(table[key])} from {owner}"
                self.sections.setdefault(section, {})[key] = locked
                self.provenance[path] = owner
            else:
                locked = _default(path)
                whose = f"{format_value(locked)}, the built-in default that {owner} leaves in place"
            stricter = _STRICTER.get(path)
            applied = False
            for other in others:
                asked_table = (other.data or {}).get(section) or {}
                if key not in asked_table or asked_table[key] == locked:
                    continue
                asked, asker = asked_table[key], other.source
                if stricter is not None and stricter(locked, asked):
                    if not applied:  # the highest stricter source wins; lower ones are shadowed as usual
                        applied = True
                        self.sections.setdefault(section, {})[key] = asked
                        self.provenance[path] = asker.description
                        overrides.append(Override(path, asked, asker, True, f"stricter than {whose}"))
                    continue
                if stricter is None:
                    reason = f"only {owner} sets it"
                else:
                    reason = f"it would weaken {whose}; other sources may only make privacy stricter"
                overrides.append(Override(path, asked, asker, False, reason))
        return overrides

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
                    location=f"tools[{entry.position}].alternative",
                    message=(
                        f"{alternative!r} is set to {status}{where}, so it is not offered as the alternative"
                        f" to {tool_id!r}; name an approved tool"
                    ),
                )
            )
            trimmed = {key: value for key, value in entry.data.items() if key != "alternative"}
            self.tools[tool_id] = entry._replace(data=trimmed)
        return conflicts
