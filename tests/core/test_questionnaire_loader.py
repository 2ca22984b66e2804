import pytest

from desktop.core.errors import ContentError
from desktop.core.questionnaire import QuestionType
from desktop.core.questionnaire_loader import load_questionnaire, parse_questionnaire


def problems_of(text: str) -> str:
    with pytest.raises(ContentError) as caught:
        parse_questionnaire(text, "q.yaml")
    return str(caught.value)


def test_builds_the_model(mini):
    assert (mini.id, mini.version) == ("mini", 2)
    assert [s.id for s in mini.sections] == ["tools", "details", "why"]
    spend = mini.question("spend")
    assert spend.type is QuestionType.AMOUNT_BAND
    assert spend.option("over_10").monthly == (10, None)
    assert mini.question("strategy_clear").codes == ("disagree", "agree")
    assert mini.question("reasons").exclusive == {"none"}
    assert mini.loop_of("account_kind") == "tools_used"
    assert mini.loop_of("reasons") is None


def test_shipped_questionnaire_loads_and_covers_the_design():
    questionnaire = load_questionnaire()
    feeds = {q.feeds for q in questionnaire.questions()}
    for field in [
        "tools", "tool.account_kind", "tool.frequency", "tasks", "tool.data_classes",
        "tool.anonymized", "tool.no_training", "tool.spend", "tool.reimbursed", "tool.reasons", "literacy",
        "policy_awareness", "training_received", "training_wanted", "training_formats",
        "training_on_work_time", "strategy_clear", "strategy_successful", "strategy_inclusive",
        "pressure_to_use", "job_security_worry", "involvement_wish",
        "org_unit", "role_level",
    ]:
        assert field in feeds, field
    data_classes = next(q for q in questionnaire.questions() if q.feeds == "tool.data_classes")
    assert {
        "public", "internal", "customer_personal", "employee_data", "source_code", "credentials",
        "financial_unreleased", "legal_contracts", "health", "strategy_mna", "meeting_recordings",
    } <= set(data_classes.codes)
    account = next(q for q in questionnaire.questions() if q.feeds == "tool.account_kind")
    assert {"company_provided", "personal_free", "personal_paid", "browser_extension"} <= set(account.codes)
    private = [q for q in questionnaire.questions() if q.type is QuestionType.FREE_TEXT]
    assert private and all(q.private and q.feeds == "none" for q in private)


def test_malformed_yaml_names_file_and_line(mini_text):
    broken = mini_text.replace("feeds: tools\n", "feeds: [tools\n", 1)
    message = problems_of(broken)
    assert message.startswith("q.yaml, line ")
    assert "not valid YAML" in message


def test_unknown_field_suggests_the_right_one(mini_text):
    message = problems_of(mini_text.replace("required: true", "requird: true", 1))
    assert "unknown field 'requird' (did you mean 'required'?)" in message
    assert "sections[0].pages[0].questions[0]" in message
    assert "q.yaml, line 17," in message


#: One change to the mini questionnaire (old text, new text, how many places; -1 for all) and what the
#: message about it must say.
ONE_PROBLEM = {
    "wrong_type_is_named": ("version: 2", "version: two", -1,
                            "version: 'two' has the wrong type; expected integer"),
    "unquoted_yes_gets_a_hint": ("code: agree,", "code: yes,", -1, "put the value in quotes"),
    "unknown_question_type_lists_allowed": ("type: amount_band", "type: slider", -1,
                                            "'slider' is not allowed; use one of: single_choice, multi_choice"),
    "condition_on_a_later_question_is_refused": ("""show_if: 'account_kind == "personal_paid"'""",
                                                 """show_if: 'strategy_clear == "agree"'""", -1,
                                                 "names no earlier question: strategy_clear"),
    "unsafe_condition_is_refused": ("""show_if: 'account_kind == "personal_paid"'""",
                                    """show_if: '__import__("os")'""", -1, "only these functions may be called"),
    "free_text_must_stay_private": ("private: true\n", "private: false\n", -1, "add `private: true`"),
    "loop_must_name_a_tool_picker": ("loop: tools_used", "loop: nothing", 1,
                                     "'nothing' must name an earlier tool_picker question"),
    "amount_band_needs_bounds": (", monthly: [0, 10]", "", -1, "an amount band needs `monthly: [low, high]`"),
    "unknown_scale": ("scale: agree", "scale: agreement", -1, "unknown scale 'agreement'; known scales: agree"),
}


@pytest.mark.parametrize(("old", "new", "count", "expected"), ONE_PROBLEM.values(), ids=ONE_PROBLEM.keys())
def test_one_problem_is_named(mini_text, old, new, count, expected):
    assert old in mini_text  # the change really changes the questionnaire
    message = problems_of(mini_text.replace(old, new, count))
    assert expected in message


def test_duplicate_ids_codes_and_feeds(mini_text):
    text = mini_text.replace("- id: reasons_note", "- id: reasons").replace(
        "{code: none, label: {en: None of these}}", "{code: slow, label: {en: None of these}}"
    ).replace("feeds: strategy_clear", "feeds: connected")
    message = problems_of(text)
    assert "the question id 'reasons' is already used" in message
    assert "the code 'slow' is used twice" in message
    assert "'connected' is already fed by question 'reasons'" in message
    assert "'none' is not one of this question's option codes" in message


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ContentError) as caught:
        load_questionnaire(tmp_path / "nope.yaml")
    assert "nope.yaml: file not found" in str(caught.value)
