"""The action plan in a few groups a person understands, for showing it: no action twice.

The plan itself (:mod:`desktop.core.action_plan`) is one ordered checklist. Shown as one long
list it reads as a wall; here it is cut into:

- ``FIRST``: the urgent kinds (changing pasted passwords and keys), whichever tool they came from;
- ``TOOL``: one group per tool, in the plan's order (highest risk first);
- ``FOR_ALL``: other actions that concern every tool;
- ``LEARN``: the learning pointers.

Within a group the plan's order is kept; an id met a second time is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.action_plan import URGENT_KINDS
from desktop.core.risk_results import Action

FIRST = "first"
TOOL = "tool"
FOR_ALL = "for_all"
LEARN = "learn"

LEARN_KIND = "learn"


@dataclass(frozen=True)
class ActionGroup:
    key: str
    actions: tuple[Action, ...]
    #: The tool's name for a ``TOOL`` group, else ``None``.
    tool_name: str | None = None


def group_actions(actions: Iterable[Action], tool_names: Mapping[str, str]) -> list[ActionGroup]:
    """``actions`` grouped; ``tool_names`` maps a tool id to the name shown (the id when missing)."""
    first: list[Action] = []
    per_tool: dict[str, list[Action]] = {}
    for_all: list[Action] = []
    learn: list[Action] = []
    seen: set[str] = set()
    for action in actions:
        if action.id in seen:
            continue
        seen.add(action.id)
        if action.kind in URGENT_KINDS:
            first.append(action)
        elif action.kind == LEARN_KIND:
            learn.append(action)
        elif action.tool_id is not None:
            per_tool.setdefault(action.tool_id, []).append(action)
        else:
            for_all.append(action)
    groups = [ActionGroup(FIRST, tuple(first))] if first else []
    groups += [ActionGroup(TOOL, tuple(items), tool_names.get(tool_id, tool_id)) for tool_id, items in per_tool.items()]
    if for_all:
        groups.append(ActionGroup(FOR_ALL, tuple(for_all)))
    if learn:
        groups.append(ActionGroup(LEARN, tuple(learn)))
    return groups
