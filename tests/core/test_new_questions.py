"""Issue 15: the new questions are in the questionnaire in four languages, and the fixed ones say one thing."""

import pytest

from desktop.core.questionnaire_loader import load_questionnaire

NEW = ("ai_measured", "access", "connected", "output_check", "help_most", "overstated", "ai_helps",
       "bad_prompts_blamed", "frustrated_rollout", "consider_leaving")
LANGUAGES = ("en", "de", "fr", "es")
Q = load_questionnaire()


def _texts(text):
    return {lang: text.get(lang) if hasattr(text, "get") else getattr(text, lang, None) for lang in LANGUAGES}


@pytest.mark.parametrize("feeds", NEW)
def test_every_new_question_has_text_and_option_labels_in_four_languages(feeds):
    question = next(q for q in Q.questions() if q.feeds == feeds)
    assert all(_texts(question.text).values()), feeds
    for option in question.options:
        assert all(_texts(option.label).values()), (feeds, option.code)


def test_the_names_question_does_not_call_replacing_names_anonymisation():
    question = Q.question("anonymized")
    assert not any("anonymi" in value.lower() for value in _texts(question.text).values())
    assert "pseudonymisation" in _texts(question.help)["en"]


def test_the_names_question_is_not_asked_for_credentials_or_code():
    source = Q.question("anonymized").show_if
    assert "credentials" not in str(source) and "source_code" not in str(source)


def test_reasons_include_no_licence_and_expected_to_use_ai():
    assert {"no_licence", "expected_to_use_ai"} <= set(Q.question("tool_reasons").codes)


def test_reasons_are_asked_for_each_tool():
    assert Q.question("tool_reasons").feeds == "tool.reasons" and Q.loop_of("tool_reasons") == "tools_used"


def _pages_for(kinds):
    from desktop.core.answers import Answers
    from desktop.core.navigation import Navigator

    answers = Answers({"tools_used": list(kinds)})
    for tool, kind in kinds.items():
        answers.set("account_kind", kind, tool=tool)
    walk = Navigator(Q).walk(answers)
    return {view.ref.key: [q.id for q in view.questions] for view in walk.pages}


def test_reasons_are_not_asked_when_every_tool_is_company_provided():
    pages = _pages_for({"chatgpt": "company_provided", "claude": "company_provided"})
    assert not any("tool_reasons" in questions for questions in pages.values())


def test_reasons_are_asked_only_for_the_tools_the_company_did_not_provide():
    pages = _pages_for({"chatgpt": "company_provided", "claude": "personal_free", "gemini": "personal_paid"})
    asked = sorted(key for key, questions in pages.items() if "tool_reasons" in questions)
    assert asked == ["tool_why@claude", "tool_why@gemini"]
    assert pages["tool_why@claude"] == ["tool_reasons"]  # spend only for a tool paid personally
    assert pages["tool_why@gemini"] == ["tool_reasons", "spend", "reimbursed"]


def test_what_ai_is_used_for_is_asked_once_not_per_tool():
    assert Q.loop_of("ai_tasks") is None
    pages = _pages_for({"chatgpt": "personal_paid", "claude": "personal_paid"})
    assert sum("ai_tasks" in questions for questions in pages.values()) == 1


def test_training_on_work_time_offers_outside_hours():
    assert "outside_hours_fine" in Q.question("training_on_work_time").codes


def test_data_classes_states_the_30_day_time_frame():
    assert "30" in _texts(Q.question("data_classes").text)["en"]


def _risk_texts():
    from pathlib import Path

    import yaml
    return yaml.safe_load((Path(__file__).resolve().parents[2] / "resources/risk/texts.yaml").read_text("utf-8"))


def test_company_routes_do_not_promise_that_an_agreement_covers_what_is_entered():
    texts = _risk_texts()
    route = next(value["route"] for value in texts.values() if isinstance(value, dict) and "route" in value)
    for key in ("sanctioned", "company_account"):
        assert "may cover" in route[key]["en"] and "check with IT" in route[key]["en"]


def test_safe_data_use_does_not_call_removing_names_enough():
    text = _risk_texts()["learning"]["safe_data_use"]["en"]
    assert "remove names and details first" not in text
    assert "source code" in text and "unreleased figures" in text


def test_org_unit_help_does_not_promise_that_no_one_can_be_singled_out():
    assert "no one can be singled out" not in _texts(Q.question("org_unit").help)["en"]
