"""Per-tool answers, found by the summary field each question feeds."""

from __future__ import annotations

from desktop.core.answers import Answers
from desktop.core.navigation import Navigator
from desktop.core.tool_answers import (
    ToolAnswers,
    answer_feeding,
    codes,
    picked_tools,
    question_feeding,
    single,
    tool_answers,
)


def test_questions_are_found_by_feeds_not_by_id(mini):
    assert question_feeding(mini, "tool.account_kind").id == "account_kind"
    assert question_feeding(mini, "tool.frequency") is None


def test_renamed_question_ids_still_work(mini_text):
    from desktop.core.questionnaire_loader import parse_questionnaire

    renamed = parse_questionnaire(
        mini_text.replace("id: account_kind", "id: how_used").replace('account_kind == "personal_paid"',
                                                                        'how_used == "personal_paid"')
        .replace('any_of(account_kind, ["personal_paid"])', 'any_of(how_used, ["personal_paid"])'),
        "renamed.yaml",
    )
    effective = {"tools_used": ["a"], "how_used@a": "personal_paid", "spend@a": "over_10"}
    (item,) = tool_answers(renamed, effective)
    assert item.account_kind == "personal_paid"
    assert item.spend_band == (10, None)


def test_tool_answers_from_the_navigators_effective_answers(mini):
    answers = Answers({"tools_used": ["a", "b", "none"]})
    answers.set("account_kind", "personal_paid", tool="a")
    answers.set("spend", "under_10", tool="a")
    answers.set("account_kind", "company_provided", tool="b")
    answers.set("spend", "over_10", tool="b")  # hidden: b is not paid personally
    effective = Navigator(mini).effective_answers(answers)
    assert picked_tools(mini, effective) == ["a", "b"]
    assert tool_answers(mini, effective) == [
        ToolAnswers("a", account_kind="personal_paid", spend="under_10", spend_band=(0, 10)),
        ToolAnswers("b", account_kind="company_provided"),
    ]


def test_nothing_picked(mini):
    assert tool_answers(mini, {}) == []
    assert answer_feeding(mini, {}, "tools") is None
    assert answer_feeding(mini, {"x": 1}, "no_such_field") is None


def test_an_unknown_spend_code_has_no_band(mini):
    effective = {"tools_used": ["a"], "account_kind@a": "personal_paid", "spend@a": "retired_band"}
    (item,) = tool_answers(mini, effective)
    assert item.spend == "retired_band" and item.spend_band is None


def test_value_shapes():
    assert codes(["a", 1, "b"]) == ("a", "b")
    assert codes("a") == ()
    assert codes(None) == ()
    assert single("a") == "a"
    assert single(["a"]) is None
