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
    assert {"no_licence", "expected_to_use_ai"} <= set(Q.question("reasons").codes)


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
