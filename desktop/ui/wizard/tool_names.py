"""The tools an employee can pick, and the name to show for a picked one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy, StatusOrNotListed
from desktop.core.text import pick
from desktop.ui.policy_words import organization_name


@dataclass(frozen=True)
class PickerEntry:
    id: str
    name: str
    vendor: str
    status: StatusOrNotListed


@dataclass(frozen=True)
class PickerGroup:
    code: str
    label: str
    entries: tuple[PickerEntry, ...]


def display_name(key: str, catalog: Catalog, policy: Policy, other_tools: Mapping[str, OtherTool]) -> str:
    """A typed-in tool's own name (shown only here), the policy's name, or the catalog's."""
    if key in other_tools:
        return other_tools[key].name
    rule = policy.rule_for(key)
    if rule is not None and rule.name:
        return rule.name
    tool = catalog.get(key)
    return tool.name if tool is not None else key


def picker_groups(catalog: Catalog, policy: Policy, lang: str) -> list[PickerGroup]:
    """Catalog tools by category, plus the organization's own tools from the policy, sorted by name."""
    grouped: dict[str, list[PickerEntry]] = {}
    labels: dict[str, str] = {}
    for category, tools in catalog.by_category():
        labels[category.code] = pick(category.label, lang)
        grouped[category.code] = [
            PickerEntry(tool.id, display_name(tool.id, catalog, policy, {}), tool.vendor, policy.status_of(tool.id))
            for tool in tools
        ]
    for rule in policy.tools:
        if rule.id in catalog or not rule.name or not rule.category:
            continue
        if rule.category not in grouped:
            known = catalog.category(rule.category)
            labels[rule.category] = pick(known.label, lang) if known else rule.category
            grouped[rule.category] = []
        grouped[rule.category].append(
            PickerEntry(rule.id, rule.name, organization_name(policy.organization), rule.status))
    order = [c.code for c in catalog.categories] + [code for code in grouped if catalog.category(code) is None]
    return [
        PickerGroup(code, labels[code], tuple(sorted(grouped[code], key=lambda e: (e.name.casefold(), e.id))))
        for code in order
        if grouped.get(code)
    ]
