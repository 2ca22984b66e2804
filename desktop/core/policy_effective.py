"""The effective policy and what resolving it found: each source, refused overrides, export blocks.

Built by :func:`policy_sources.resolve_policy`; read by the content loader, the policy report,
the exporter and the windows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from desktop.core.errors import Problem
from desktop.core.policy import SECTIONS, Policy, format_value
from desktop.core.policy_locations import ENV_VAR, PolicyLocations

BUILTIN = "built-in defaults"
#: The label of the bundled policy when the build baked it in.
BAKED = "baked-in"
#: The sources an employee, or a program running as them, can set: IT wants to hear of them.
OVERRIDE_LABELS = ("--policy", ENV_VAR, "user")
#: The tables whose every field is locked by the organization's control.
LOCKED_SECTIONS = ("privacy", "submission")

SourceStatus = Literal["found", "absent", "invalid"]
BlockKind = Literal["invalid", "unreadable", "folder", "changeable", "altered"]


class PolicySource(NamedTuple):
    """One place a policy was looked for. ``label`` says which kind (``managed``, ``user``, ...)."""

    label: str
    path: Path | None
    status: SourceStatus

    @property
    def description(self) -> str:
        """How provenance names this source, such as ``/etc/candor/policy.toml (managed)``."""
        return f"{self.path} ({self.label})" if self.path is not None else self.label


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
    #: What each place held when it was read, so the same sources can be resolved again without reading any
    #: file twice (:func:`policy_sources.with_tool_ids`, once the catalog is loaded). None when not resolved
    #: from files (a test's hand-made policy).
    fetched: tuple[FetchedSource, ...] | None = field(default=None, compare=False, repr=False)

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



class SourceRead(NamedTuple):
    """What looking in one place gave."""

    source: PolicySource
    data: dict[str, Any] | None = None
    problems: tuple[Problem, ...] | list[Problem] = ()
    block: ExportBlock | None = None


class FetchedSource(NamedTuple):
    """What one place held, read once: the bytes still to parse, or what it gave already (absent, unusable)."""

    label: str
    path: Path | None
    #: The file's bytes, when it was read and is to be parsed; None when ``read`` says what the place gave.
    raw: bytes | None = None
    read: SourceRead | None = None
    #: The organization's control (managed, baked-in): a file that does not parse turns export off.
    guarded: bool = False
