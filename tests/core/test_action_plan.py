"""The action plan: ordering, de-duplication across tools, and ticks that persist."""

from __future__ import annotations

from desktop.core.action_plan import build_actions, merge_done
from desktop.core.risk_results import Action, Level, Recommendation, ToolRisk


def tool(tool_id: str, level: Level, *recommendations: tuple[str, str]) -> ToolRisk:
    return ToolRisk(
        tool_id=tool_id,
        name=tool_id.title(),
        category="chat",
        status="not_listed",
        account_kind="personal_free",
        level=level,
        reasons=(),
        recommendations=tuple(Recommendation(action_id, f"Do {action_id}.", kind) for action_id, kind in
                              recommendations),
        data_classes=(),
    )


ROTATE = ("rotate_credentials", "never_paste")


def test_one_action_per_id_urgent_first_then_by_tool_then_learning():
    tools = [
        tool("alpha", Level.CRITICAL, ("switch:alpha", "switch_tool"), ("setting:no_training:alpha",
                                                                          "change_setting")),
        tool("beta", Level.HIGH, ROTATE, ("switch:beta", "switch_tool")),
        tool("gamma", Level.MEDIUM, ROTATE, ("anonymize:gamma", "anonymize")),
    ]
    learning = [Recommendation("learn:safe_data_use", "Learn.", "learn")]
    actions = build_actions(tools, learning)
    assert [(a.id, a.tool_id) for a in actions] == [
        ("rotate_credentials", None),
        ("switch:alpha", "alpha"),
        ("setting:no_training:alpha", "alpha"),
        ("switch:beta", "beta"),
        ("anonymize:gamma", "gamma"),
        ("learn:safe_data_use", None),
    ]
    assert actions[0] == Action("rotate_credentials", "Do rotate_credentials.", "never_paste", None)


def test_a_tool_id_that_is_a_suffix_of_another_is_not_confused():
    actions = build_actions([tool("chat", Level.LOW, ("switch:wechat", "switch_tool"))])
    assert actions[0].tool_id is None  # defensive: only ids built for this tool carry it
    actions = build_actions([tool("other-1", Level.LOW, ("switch:other-1", "switch_tool"))])
    assert actions[0].tool_id == "other-1"


def test_no_tools_no_actions():
    assert build_actions([]) == ()


def test_the_same_inputs_give_the_same_ids():
    tools = [tool("alpha", Level.HIGH, ("switch:alpha", "switch_tool"), ROTATE)]
    assert [a.id for a in build_actions(tools)] == [a.id for a in build_actions(list(tools))]


def test_merge_done_keeps_ticks_whose_actions_still_exist():
    actions = build_actions([tool("alpha", Level.HIGH, ("switch:alpha", "switch_tool"),
                                  ("setting:no_training:alpha", "change_setting"))])
    merged = merge_done(actions, {"setting:no_training:alpha", "switch:retired-tool"})
    assert [(a.id, done) for a, done in merged] == [
        ("switch:alpha", False),
        ("setting:no_training:alpha", True),
    ]


def test_merge_done_with_nothing_ticked():
    actions = build_actions([tool("alpha", Level.HIGH, ROTATE)])
    assert merge_done(actions, set()) == [(actions[0], False)]
    assert merge_done((), {"rotate_credentials"}) == []
