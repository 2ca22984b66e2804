from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.results import done_actions, fresh_start, report_for_state, with_action
from desktop.core.risk_results import Level


def state_with(values, version=None):
    questionnaire = load_questionnaire()
    return {"questionnaire": {"id": questionnaire.id, "version": version or questionnaire.version},
            "answers": {"values": values}, "page": "tools_used"}


def test_report_counts_only_shown_answers_and_scores_tools():
    q, catalog, policy = load_questionnaire(), load_catalog(), Policy.defaults()
    values = {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free",
              "data_classes@chatgpt": ["credentials"], "frequency@chatgpt": "daily"}
    report = report_for_state(state_with(values), q, catalog, policy)
    assert [t.tool_id for t in report.tools] == ["chatgpt"]
    assert report.overall is Level.CRITICAL
    # The same answers saved under an older questionnaire version still score.
    old = report_for_state(state_with(values, version=q.version + 99), q, catalog, policy)
    assert old.overall is Level.CRITICAL


def test_action_ticks_round_trip_and_reassessment_starts_prefilled():
    state = with_action({}, "rotate_credentials", True)
    state = with_action(state, "switch:chatgpt", True)
    state = with_action(state, "switch:chatgpt", False)
    assert done_actions(state) == {"rotate_credentials"}
    fresh = fresh_start({**state, "page": "about_you"})
    assert "page" not in fresh and "actions_done" not in fresh
    assert fresh_start(None) == {}
