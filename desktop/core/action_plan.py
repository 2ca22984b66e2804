"""The action plan: the recommendations of every tool as one checklist, most urgent first.

An action's id is its recommendation's ``action_id`` (``switch:chatgpt``, ``rotate_credentials``,
``learn:safe_data_use``), which does not change with the language or the wording, so a tick
stored against it survives re-rendering and re-assessing. Ids shared by several tools (such
as ``rotate_credentials``) appear once.

Order: urgent kinds first (changing pasted passwords and keys), then each tool's actions in
the order of the tools (highest risk first) and of the kinds within a tool, then the
learning pointers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.risk_results import Action, Recommendation, ToolRisk

#: Kinds done before anything else, whichever tool they came from.
URGENT_KINDS = ("never_paste",)


def build_actions(tools: Sequence[ToolRisk], extra: Iterable[Recommendation] = ()) -> tuple[Action, ...]:
    """One action per distinct ``action_id``; ``tools`` must already be ordered highest risk first."""
    ordered: list[Action] = []
    seen: set[str] = set()

    def add(action: Action) -> None:
        if action.id not in seen:
            seen.add(action.id)
            ordered.append(action)

    per_tool = [
        Action(item.action_id, item.text, item.kind, _tool_of(item.action_id, tool.tool_id))
        for tool in tools
        for item in tool.recommendations
    ]
    for action in per_tool:
        if action.kind in URGENT_KINDS:
            add(action)
    for action in per_tool:
        add(action)
    for item in extra:
        add(Action(item.action_id, item.text, item.kind, None))
    return tuple(ordered)


def _tool_of(action_id: str, tool_id: str) -> str | None:
    """Per-tool ids end in ``:<tool id>``; the others (``rotate_credentials``) concern every tool."""
    return tool_id if action_id.endswith(f":{tool_id}") else None


def merge_done(actions: Iterable[Action], done_ids: set[str] | frozenset[str]) -> list[tuple[Action, bool]]:
    """Each action with whether it was ticked; ticks for actions that no longer exist are dropped."""
    return [(action, action.id in done_ids) for action in actions]
