"""The cases a compliance officer would check, each with the level Candor defends.

Run through assess() with the shipped catalog and questionnaire, so a catalog change that
moves one of these levels shows here. docs/risk-model.md lists the same cases and levels
(checked by test_the_cases_table_in_the_doc_matches).
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.answers import answer_key
from desktop.core.catalog import load_catalog
from desktop.core.policy import Organization, Policy, ToolRule
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.risk import assess
from desktop.core.risk_results import Level, ToolRisk
from desktop.core.tool_answers import question_feeding
from tests.core.risk_cases import CASES

QUESTIONNAIRE = load_questionnaire()
CATALOG = load_catalog()
NOTE = {"en": "Public and internal information only.", "de": "Nur öffentliche und interne Informationen."}
POLICY = Policy(
    organization=Organization(name="Acme"),
    tools=(
        ToolRule("chatgpt", "approved"),
        ToolRule("claude", "tolerated", note=NOTE),
    ),
)

def qid(feeds: str) -> str:
    question = question_feeding(QUESTIONNAIRE, feeds)
    assert question is not None, feeds
    return question.id


def run(tool_id: str, answers: dict[str, Any], policy: Policy = POLICY) -> ToolRisk:
    values: dict[str, Any] = {qid("tools"): [tool_id]}
    for name, value in answers.items():
        values[answer_key(qid(f"tool.{name}"), tool_id)] = value
    report = assess(QUESTIONNAIRE, values, {}, CATALOG, policy, "en")
    return report.tools[0]


@pytest.mark.parametrize("case", CASES)
def test_each_case_gets_the_level_defended(case):
    tool_id, answers, level = CASES[case]
    assert run(tool_id, answers).level is level, case


@pytest.mark.parametrize("case", [c for c in CASES if c.startswith("credentials")])
def test_credentials_always_bring_the_rotate_and_tell_it_action(case):
    tool_id, answers, _ = CASES[case]
    assert "rotate_credentials" in [item.action_id for item in run(tool_id, answers).recommendations]


def test_deepseek_api_ranks_at_least_as_high_as_the_app():
    api = run(*CASES["deepseek_api_health_customer_daily"][:2])
    app = run(*CASES["deepseek_app_internal"][:2])
    assert (api.level, api.score) >= (app.level, app.score)
    assert "location.cn" in [reason.code for reason in api.reasons]
    assert "training.unknown" in [reason.code for reason in api.reasons]  # the API tier, not "on device"


def test_ollama_scores_by_where_the_data_goes_not_by_the_wording():
    scores = {run("ollama", CASES[case][1]).score for case in CASES if case.startswith("ollama_local")}
    assert len(scores) == 1
    assert run(*CASES["ollama_cloud_customer"][:2]).score > scores.pop()


def test_no_work_data_reasons_still_add_up_to_the_score():
    item = run(*CASES["no_work_data_prohibited_free"][:2], policy=Policy(tools=(ToolRule("grok", "prohibited"),)))
    assert item.level is Level.LOW
    assert sum(reason.weight for reason in item.reasons) == item.score == 19
    assert item.reasons[-1].code == "cap.no_work_data"


def test_paid_plan_that_trains_like_the_free_one_is_not_told_paying_helps():
    item = run("deepseek", {"account_kind": "personal_paid", "data_classes": ["internal"]})
    text = next(reason.text for reason in item.reasons if reason.code.startswith("account."))
    assert "helps" not in text


def test_no_opt_out_tools_get_the_no_setting_text():
    for tool_id in ("deepl", "midjourney", "otter"):
        item = run(tool_id, {"account_kind": "personal_free", "data_classes": ["internal"]})
        texts = [rec.text for rec in item.recommendations if rec.kind == "change_setting"]
        assert texts and "offers no setting" in texts[0] and "Improve the model" not in texts[0], tool_id


def test_no_business_plan_no_promise_that_one_would_protect():
    item = run("midjourney", {"account_kind": "personal_paid", "data_classes": ["internal"]})
    licence = [rec.text for rec in item.recommendations if rec.kind == "ask_licence"]
    assert licence and "would also protect" not in licence[0] and "has no business plan" in licence[0]


def test_unknown_business_plan_is_neither_promised_nor_denied():
    # Candor's catalog does not know whether QuillBot has a business plan that keeps data out
    # of training: the licence advice must not claim one either way.
    item = run("quillbot", {"account_kind": "personal_paid", "data_classes": ["internal"]})
    licence = [rec.text for rec in item.recommendations if rec.kind == "ask_licence"]
    assert licence and "would also protect" not in licence[0] and "has no business plan" not in licence[0]
    assert "not known whether QuillBot has a business plan" in licence[0]


def test_the_tolerated_tools_note_is_on_its_result():
    item = run("claude", {"account_kind": "personal_free", "data_classes": ["internal"]})
    assert item.status == "tolerated"
    assert item.note == "Public and internal information only."
