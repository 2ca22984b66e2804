"""Merging valid policy files, highest priority first: the first source to set a field keeps it.

``[[tools]]`` merge by id (the higher source's entry wins whole), ``[[org_units]]`` is taken whole,
and the organization's control locks the fields that protect employees (see :mod:`policy_sources`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from desktop.core.errors import Problem
from desktop.core.policy import Policy, format_value, leaf_fields
from desktop.core.policy_effective import BUILTIN, Override, PolicySource, SourceRead, locked_fields


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


class PolicyMerger:
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

    def lock(self, control: SourceRead, others: list[SourceRead]) -> list[Override]:
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
