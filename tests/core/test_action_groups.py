"""The action plan shown in a few groups a person understands, each action exactly once."""

from __future__ import annotations

from desktop.core.action_groups import FIRST, FOR_ALL, LEARN, TOOL, group_actions
from desktop.core.risk_results import Action

ROTATE = Action("rotate_credentials", "Change the passwords you pasted.", "never_paste", None)
SWITCH_A = Action("switch:alpha", "Use the approved tool instead of Alpha.", "switch_tool", "alpha")
SETTING_A = Action("setting:alpha", "Turn off training in Alpha.", "change_setting", "alpha")
LICENCE_B = Action("licence:beta", "Ask for a Beta licence.", "ask_licence", "beta")
ANON = Action("anonymize", "Take names out before pasting.", "anonymize", None)
LEARN_1 = Action("learn:safe_data_use", "Read the guide on safe data use.", "learn", None)
LEARN_2 = Action("learn:prompts", "Learn to write prompts.", "learn", None)
NAMES = {"alpha": "Alpha", "beta": "Beta"}


def test_urgent_first_then_each_tool_then_every_tool_then_learning():
    actions = (ROTATE, SWITCH_A, SETTING_A, LICENCE_B, ANON, LEARN_1, LEARN_2)
    groups = group_actions(actions, NAMES)
    assert [(g.key, g.tool_name) for g in groups] == [
        (FIRST, None), (TOOL, "Alpha"), (TOOL, "Beta"), (FOR_ALL, None), (LEARN, None)]
    assert [[a.id for a in g.actions] for g in groups] == [
        ["rotate_credentials"], ["switch:alpha", "setting:alpha"], ["licence:beta"], ["anonymize"],
        ["learn:safe_data_use", "learn:prompts"]]


def test_every_action_once_and_in_plan_order_within_a_group():
    actions = (SWITCH_A, LICENCE_B, SETTING_A, LEARN_1, ROTATE, LEARN_1, SWITCH_A)
    groups = group_actions(actions, NAMES)
    shown = [a.id for g in groups for a in g.actions]
    assert sorted(shown) == sorted({a.id for a in actions})
    assert len(shown) == len(set(shown))
    assert [a.id for a in groups[1].actions] == ["switch:alpha", "setting:alpha"]


def test_an_urgent_action_of_one_tool_is_still_done_first():
    never = Action("never_paste:alpha", "Never paste keys into Alpha.", "never_paste", "alpha")
    groups = group_actions((SWITCH_A, never), NAMES)
    assert [(g.key, [a.id for a in g.actions]) for g in groups] == [
        (FIRST, ["never_paste:alpha"]), (TOOL, ["switch:alpha"])]


def test_a_tool_without_a_known_name_is_named_by_its_id_and_empty_plans_have_no_groups():
    groups = group_actions((Action("switch:gamma", "Switch from Gamma.", "switch_tool", "gamma"),), NAMES)
    assert groups[0].tool_name == "gamma"
    assert group_actions((), NAMES) == []
