"""assess(): tool cards, "other" tools, the overall level and learning pointers.

Answers are given by the summary field each question feeds, as the model reads them, so these
tests survive renamed question ids. The catalog is a small fixture with known facts.
"""

from __future__ import annotations

import pytest

from desktop.core.answers import OtherTool
from desktop.core.policy import Policy, ToolRule
from desktop.core.risk_results import Level
from tests.core.risk_assess_cases import (
    card,
    recs,
    run,
)

# --- the card -----------------------------------------------------------------------------------


def test_a_card_carries_the_facts_and_reasons_in_words():
    report = run({"chatty": {"account_kind": "personal_free", "data_classes": ["customer_personal", "internal"],
                             "no_training": "off", "frequency": "weekly"}})
    item = card(report, "chatty")
    assert (item.name, item.category, item.status, item.account_kind) == ("Chatty", "chat", "tolerated",
                                                                            "personal_free")
    assert item.data_classes == ("customer_personal", "internal")
    codes = [reason.code for reason in item.reasons]
    assert codes == ["status.tolerated", "account.personal_free", "training.yes", "data.customer_personal",
                     "data.internal", "frequency.weekly"]
    assert item.score == 5 + 10 + 10 + 30 + 8 + 10 == sum(reason.weight for reason in item.reasons)
    assert item.level is Level.CRITICAL
    texts = {reason.code: reason.text for reason in item.reasons}
    assert texts["training.yes"].startswith("Chatty learns from what you put in")
    assert "most common kind of sensitive information" in texts["data.customer_personal"]


def test_nothing_from_work_is_said_as_a_reason():
    item = card(run({"corp-chat": {"account_kind": "company_provided", "data_classes": ["none"]}}), "corp-chat")
    assert item.data_classes == ()
    assert [reason.code for reason in item.reasons] == ["status.approved", "account.company_provided", "data.none"]
    assert item.level is Level.LOW and item.recommendations == ()


def test_tools_are_ordered_highest_level_first_then_score_then_pick_order():
    report = run({
        "quiet": {"account_kind": "company_provided", "data_classes": ["public"]},
        "corp-chat": {"account_kind": "company_provided", "data_classes": ["public"]},
        "banned": {"account_kind": "personal_free"},
        "mystery": {"account_kind": "personal_free", "data_classes": ["internal"]},
    })
    assert [(item.tool_id, item.level) for item in report.tools] == [
        ("banned", Level.HIGH),
        ("mystery", Level.MEDIUM),
        ("quiet", Level.LOW),
        ("corp-chat", Level.LOW),
    ]


def test_a_policy_name_replaces_the_catalog_name():
    assert card(run({"quiet": {"account_kind": "personal_free"}}), "quiet").name == "Quiet Writer"


def test_an_in_house_tool_takes_name_category_and_status_from_the_policy():
    item = card(run({"helper-bot": {"account_kind": "company_provided", "data_classes": ["source_code"]}}),
                "helper-bot")
    assert (item.name, item.category, item.status) == ("Helper Bot", "coding", "approved")
    assert "training.unknown" not in [reason.code for reason in item.reasons]  # sanctioned route: IT's job
    assert item.level is Level.LOW


# --- "other" tools ------------------------------------------------------------------------------


def test_an_other_tool_is_not_listed_with_unknown_training_and_its_typed_name():
    other = {"other-1": OtherTool("other-1", "Summarizer Pro", "browser_extension")}
    report = run({"other-1": {"account_kind": "browser_extension", "data_classes": ["internal"],
                              "no_training": "not_sure"}}, other=other)
    item = card(report, "other-1")
    assert (item.name, item.category, item.status) == ("Summarizer Pro", "browser_extension", "not_listed")
    assert dict((r.code, r.weight) for r in item.reasons)["training.unknown"] == 5
    assert recs(report, "other-1") == {
        "switch:other-1": "Ask IT which approved tool covers what you use Summarizer Pro for.",
        "setting:no_training:other-1": (
            "Look in Summarizer Pro's settings, often under Privacy or Data controls, for an option such as"
            " “Improve the model”, and switch it off. Until then, keep work data out."
        ),
    }


def test_an_other_local_model_run_locally_counts_as_on_device():
    other = {"other-2": OtherTool("other-2", "My Llama", "local_model")}
    item = card(run({"other-2": {"account_kind": "api_or_local", "data_classes": ["customer_personal"]}},
                    other=other), "other-2")
    assert dict((r.code, r.weight) for r in item.reasons)["route.on_device"] == -24


def test_a_tool_no_longer_known_anywhere_is_still_assessed():
    item = card(run({"retired-tool": {"account_kind": "personal_free", "data_classes": ["internal"]}}),
                "retired-tool")
    assert (item.name, item.status) == ("retired-tool", "not_listed")
    assert item.level is Level.MEDIUM


# --- overall ------------------------------------------------------------------------------------


def test_no_tools_is_low_with_a_reason_saying_so():
    report = run({})
    assert report.overall is Level.LOW
    assert [(r.code, r.text) for r in report.overall_reasons] == [
        ("overall.no_tools", "You haven't used any AI tools for work recently, so there is no risk to show.")
    ]
    assert report.tools == () and report.actions == ()
    assert report.spend.per_tool == () and report.spend.hint == "You don't pay for any AI tool yourself."


def test_the_overall_reason_names_the_riskiest_tools():
    report = run({
        "mystery": {"account_kind": "personal_free", "data_classes": ["customer_personal"], "frequency": "weekly"},
        "corp-chat": {"account_kind": "company_provided"},
    })
    assert report.overall is Level.HIGH
    assert [r.text for r in report.overall_reasons] == ["Your highest risk: Mystery (High)."]


def test_three_high_tools_raise_the_overall_level():
    high = {"account_kind": "personal_free", "data_classes": ["internal", "source_code"], "no_training": "on"}
    report = run({"mystery": high, "coder": high, "chatty": high})
    assert [item.level for item in report.tools] == [Level.HIGH] * 3
    assert report.overall is Level.CRITICAL
    assert [r.code for r in report.overall_reasons] == ["overall.highest", "overall.many_high"]
    assert report.overall_reasons[0].text == "Your highest risk: Mystery, Coder, Chatty (High)."
    assert report.overall_reasons[1].text == (
        "3 of your tools are at high risk or above. Together they raise your overall level to Critical."
    )


# --- learning ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overall", "topics"),
    [
        ({"literacy": "beginner"}, ["safe_data_use", "risks_and_limits"]),
        ({"literacy": "basic"}, ["safe_data_use"]),
        ({"literacy": "confident"}, []),
        ({"literacy": "advanced", "training_wanted": ["prompting", "approved_tools"]}, ["approved_tools", "prompting"]),
        ({"training_wanted": ["none"]}, []),
        ({"policy_awareness": "heard_of_it"}, ["policy"]),
        ({"policy_awareness": "know_and_understand"}, []),
        ({"literacy": "basic", "training_wanted": ["safe_data_use", "ai_for_my_role"], "policy_awareness": "not_aware"},
         ["safe_data_use", "ai_for_my_role", "policy"]),
        ({}, []),
    ],
)
def test_learning_pointers(overall, topics):
    report = run({}, **overall)
    learn = [a for a in report.actions if a.kind == "learn"]
    assert [a.id for a in learn] == [f"learn:{topic}" for topic in topics]
    assert list(report.learning) == [a.text for a in learn]
    assert all(a.tool_id is None for a in learn)


def test_learning_comes_after_the_tool_actions():
    report = run({"coder": {"account_kind": "personal_free"}}, literacy="beginner")
    assert [a.kind for a in report.actions][-2:] == ["learn", "learn"]
    assert report.actions[0].id == "switch:coder"


def test_many_high_tools_are_not_mentioned_when_they_change_nothing():
    high = {"account_kind": "personal_free", "data_classes": ["internal", "source_code"], "no_training": "on"}
    critical = {"account_kind": "personal_free", "data_classes": ["credentials"]}
    report = run({"mystery": high, "coder": high, "chatty": critical})
    assert report.overall is Level.CRITICAL
    assert [r.code for r in report.overall_reasons] == ["overall.highest"]


def test_the_card_carries_the_policys_note_in_the_language():
    policy = Policy(tools=(ToolRule("chatty", "tolerated", note={"en": "Internal data only.", "de": "Nur intern."}),))
    answers = {"chatty": {"account_kind": "personal_free"}, "mystery": {"account_kind": "personal_free"}}
    assert card(run(answers, policy=policy), "chatty").note == "Internal data only."
    assert card(run(answers, policy=policy, lang="de"), "chatty").note == "Nur intern."
    assert card(run(answers, policy=policy), "mystery").note == ""
