"""assess(): tool cards, recommendations, "other" tools, the overall level and learning pointers.

Answers are given by the summary field each question feeds, as the model reads them, so these
tests survive renamed question ids. The catalog is a small fixture with known facts.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from desktop.core.answers import OtherTool, answer_key
from desktop.core.catalog import Catalog, Category, Tier, Tool, Trains
from desktop.core.policy import Organization, Policy, ToolRule
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.risk import assess
from desktop.core.risk_recommendations import KINDS
from desktop.core.risk_results import Level, RiskReport
from desktop.core.tool_answers import question_feeding

QUESTIONNAIRE = load_questionnaire()


def tier(kind: str, trains: Trains, opt_out: dict[str, str] | None = None) -> Tier:
    return Tier(name=kind.title(), kind=kind, trains_on_inputs=trains, retention=None, opt_out=opt_out)


def tool(tool_id: str, name: str, category: str, *tiers: Tier) -> Tool:
    return Tool(
        id=tool_id,
        name=name,
        vendor="Vendor",
        category=category,
        tiers=tiers,
        no_training_business_tier=Trains.YES,
        notes={"en": "Notes."},
        sources=("https://vendor.example/privacy",),
        last_verified=datetime.date(2026, 11, 1),
    )


CATALOG = Catalog(
    categories=tuple(Category(code, {"en": code}) for code in ("chat", "coding", "writing", "local_model")),
    tools=(
        tool(
            "chatty",
            "Chatty",
            "chat",
            tier("consumer", Trains.YES, {"en": "Settings > Privacy: switch off 'Improve'.", "de": "Einstellungen."}),
            tier("business", Trains.NO),
        ),
        tool("mystery", "Mystery", "chat", tier("consumer", Trains.UNKNOWN)),
        tool("quiet", "Quiet", "writing", tier("consumer", Trains.NO)),
        tool("corp-chat", "Corp Chat", "chat", tier("consumer", Trains.YES), tier("business", Trains.NO)),
        tool("coder", "Coder", "coding", tier("consumer", Trains.YES)),
        tool("localllm", "LocalLLM", "local_model", tier("local", Trains.NO)),
        tool("banned", "Banned", "chat", tier("consumer", Trains.YES)),
    ),
)

POLICY = Policy(
    organization=Organization(name="Acme", currency="CHF"),
    tools=(
        ToolRule("corp-chat", "approved"),
        ToolRule("chatty", "tolerated", alternative="corp-chat"),
        ToolRule("banned", "prohibited", alternative="helper-bot"),
        ToolRule("helper-bot", "approved", name="Helper Bot", category="coding"),
        ToolRule("quiet", "tolerated", name="Quiet Writer"),
    ),
)

PER_TOOL = {
    "account_kind": "tool.account_kind",
    "frequency": "tool.frequency",
    "data_classes": "tool.data_classes",
    "anonymized": "tool.anonymized",
    "no_training": "tool.no_training",
    "spend": "tool.spend",
    "reimbursed": "tool.reimbursed",
}


def qid(feeds: str) -> str:
    question = question_feeding(QUESTIONNAIRE, feeds)
    assert question is not None, feeds
    return question.id


def effective(tools: dict[str, dict[str, Any]], **overall: Any) -> dict[str, Any]:
    """Effective answers: per-tool answers by short name, overall ones by the field they feed."""
    values: dict[str, Any] = {qid("tools"): list(tools)} if tools else {}
    for tool_id, answers in tools.items():
        for name, value in answers.items():
            values[answer_key(qid(PER_TOOL[name]), tool_id)] = value
    for feeds, value in overall.items():
        values[qid(feeds)] = value
    return values


def run(
    tools: dict[str, dict[str, Any]],
    other: dict[str, OtherTool] | None = None,
    policy: Policy = POLICY,
    lang: str = "en",
    **overall: Any,
) -> RiskReport:
    return assess(QUESTIONNAIRE, effective(tools, **overall), other or {}, CATALOG, policy, lang)


def card(report: RiskReport, tool_id: str):
    return next(item for item in report.tools if item.tool_id == tool_id)


def recs(report: RiskReport, tool_id: str) -> dict[str, str]:
    return {item.action_id: item.text for item in card(report, tool_id).recommendations}


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


# --- recommendations ---------------------------------------------------------------------------------


def test_the_policys_alternative_is_named():
    report = run({"chatty": {"account_kind": "personal_free", "no_training": "on"}})
    assert recs(report, "chatty") == {
        "switch:chatty": "Use Corp Chat instead of Chatty for work: your organization has approved it."
    }


def test_an_in_house_alternative_is_named_by_the_policy():
    report = run({"banned": {"account_kind": "personal_free", "no_training": "on"}})
    assert recs(report, "banned")["switch:banned"] == (
        "Use Helper Bot instead of Banned for work: your organization has approved it."
    )


def test_without_an_alternative_an_approved_tool_of_the_same_category_is_suggested():
    report = run({"mystery": {"account_kind": "personal_free", "no_training": "on"}})
    assert recs(report, "mystery")["switch:mystery"] == (
        "Your organization has approved Corp Chat for this kind of work. Move your work there from Mystery."
    )


def test_without_any_approved_tool_ask_it_or_the_policys_contact():
    report = run({"coder": {"account_kind": "personal_free", "no_training": "on"}}, policy=Policy())
    assert recs(report, "coder")["switch:coder"] == "Ask IT which approved tool covers what you use Coder for."
    contact = Policy(organization=Organization(contact="ai@acme.example"))
    report = run({"coder": {"account_kind": "personal_free", "no_training": "on"}}, policy=contact)
    assert recs(report, "coder")["switch:coder"] == (
        "Ask ai@acme.example which approved tool covers what you use Coder for."
    )


def test_a_tolerated_tool_without_an_alternative_is_not_asked_to_switch():
    report = run({"quiet": {"account_kind": "personal_free"}})
    assert recs(report, "quiet") == {}


@pytest.mark.parametrize("account", ["personal_free", "personal_paid", "browser_extension"])
def test_an_approved_tool_through_a_personal_account_moves_to_the_company_account(account):
    report = run({"corp-chat": {"account_kind": account, "no_training": "on", "reimbursed": "yes_fully"}})
    assert recs(report, "corp-chat") == {
        "switch:corp-chat": "Use Corp Chat through the work account your company provides, not your own."
    }


def test_the_setting_recommendation_quotes_where_the_catalog_says_it_is():
    report = run({"chatty": {"account_kind": "personal_free", "no_training": "off"}})
    assert recs(report, "chatty")["setting:no_training:chatty"] == (
        "Stop Chatty from learning from what you type. Settings > Privacy: switch off 'Improve'."
    )
    german = run({"chatty": {"account_kind": "personal_free", "no_training": "off"}}, lang="de")
    assert recs(german, "chatty")["setting:no_training:chatty"].endswith("Einstellungen.")


@pytest.mark.parametrize(
    ("tool_id", "setting", "expected"),
    [
        ("chatty", "on", None),
        ("chatty", "not_sure", "with_path"),
        ("chatty", "no_such_setting", "with_path"),  # the catalog knows where it is
        ("coder", "off", "generic"),
        ("coder", "no_such_setting", "none_known"),
        ("mystery", "off", "generic"),
        ("mystery", "on", None),
        ("quiet", "off", None),  # the provider does not train
    ],
)
def test_when_the_setting_recommendation_appears(tool_id, setting, expected):
    texts = recs(run({tool_id: {"account_kind": "personal_free", "no_training": setting}}), tool_id)
    text = texts.get(f"setting:no_training:{tool_id}")
    if expected is None:
        assert text is None
    elif expected == "with_path":
        assert "Settings > Privacy" in text
    elif expected == "generic":
        assert "often under Privacy or Data controls" in text
    else:
        assert text.startswith("As far as you know,")


def test_no_setting_recommendation_for_the_companys_approved_account():
    report = run({"corp-chat": {"account_kind": "company_provided", "no_training": "off"}})
    assert "setting:no_training:corp-chat" not in recs(report, "corp-chat")


def test_a_company_account_uses_the_business_tier():
    item = card(run({"chatty": {"account_kind": "company_provided", "no_training": "off"}}), "chatty")
    assert "training.no" in [reason.code for reason in item.reasons]
    assert "setting:no_training:chatty" not in recs(run({"chatty": {"account_kind": "company_provided"}}), "chatty")


@pytest.mark.parametrize("tool_id", ["corp-chat", "chatty", "localllm"])
def test_pasted_credentials_always_ask_to_rotate(tool_id):
    account = "company_provided" if tool_id == "corp-chat" else "api_or_local" if tool_id == "localllm" else (
        "personal_free")
    report = run({tool_id: {"account_kind": account, "data_classes": ["credentials"], "no_training": "on"}})
    first = card(report, tool_id).recommendations[0]
    assert (first.action_id, first.kind) == ("rotate_credentials", "never_paste")
    assert first.text.startswith("Never paste passwords, keys or tokens into an AI tool. Change every one")


@pytest.mark.parametrize(
    ("data", "anonymized", "account", "wanted"),
    [
        (["customer_personal"], "no", "personal_free", True),
        (["employee_data"], "sometimes", "personal_free", True),
        (["health"], None, "personal_free", True),
        (["customer_personal"], "yes_always", "personal_free", False),
        (["internal", "source_code"], "no", "personal_free", False),
        (["customer_personal"], "no", "company_provided", True),  # a company account for a tolerated tool
    ],
)
def test_anonymize_personal_data_first(data, anonymized, account, wanted):
    answers = {"account_kind": account, "data_classes": data, "no_training": "on"}
    if anonymized:
        answers["anonymized"] = anonymized
    texts = recs(run({"chatty": answers}), "chatty")
    assert ("anonymize:chatty" in texts) is wanted
    if wanted:
        assert "replace names, e-mail addresses" in texts["anonymize:chatty"]


def test_no_anonymize_advice_for_the_sanctioned_route_or_on_device():
    report = run({
        "corp-chat": {"account_kind": "company_provided", "data_classes": ["customer_personal"]},
        "localllm": {"account_kind": "api_or_local", "data_classes": ["customer_personal"]},
    })
    assert "anonymize:corp-chat" not in recs(report, "corp-chat")
    assert "anonymize:localllm" not in recs(report, "localllm")


@pytest.mark.parametrize(
    ("tool_id", "reimbursed", "licence", "reimburse"),
    [
        ("mystery", "no", True, True),
        ("mystery", "not_asked", True, True),
        ("mystery", "yes_partly", True, True),
        ("mystery", None, True, True),
        ("mystery", "yes_fully", True, False),
        ("chatty", "no", True, True),  # tolerated
        ("corp-chat", "no", False, True),  # approved: use the company account instead
        ("banned", "no", False, False),  # prohibited: no licence, no reimbursement
    ],
)
def test_paying_personally_asks_for_a_licence_and_reimbursement(tool_id, reimbursed, licence, reimburse):
    answers = {"account_kind": "personal_paid", "no_training": "on", "spend": "10_25"}
    if reimbursed:
        answers["reimbursed"] = reimbursed
    texts = recs(run({tool_id: answers}), tool_id)
    assert (f"licence:{tool_id}" in texts) is licence
    assert (f"reimburse:{tool_id}" in texts) is reimburse


def test_no_licence_talk_for_free_accounts():
    texts = recs(run({"mystery": {"account_kind": "personal_free", "no_training": "on"}}), "mystery")
    assert not any(key.startswith(("licence:", "reimburse:")) for key in texts)


def test_recommendations_are_in_kind_order_with_stable_ids():
    answers = {"account_kind": "personal_paid", "data_classes": ["credentials", "customer_personal"],
               "no_training": "off", "reimbursed": "no", "spend": "25_50"}
    item = card(run({"mystery": answers}), "mystery")
    assert [(r.action_id, r.kind) for r in item.recommendations] == [
        ("rotate_credentials", "never_paste"),
        ("switch:mystery", "switch_tool"),
        ("setting:no_training:mystery", "change_setting"),
        ("anonymize:mystery", "anonymize"),
        ("licence:mystery", "ask_licence"),
        ("reimburse:mystery", "ask_reimbursement"),
    ]
    assert [r.kind for r in item.recommendations] == sorted((r.kind for r in item.recommendations), key=KINDS.index)


def test_action_ids_do_not_depend_on_language_or_wording():
    answers = {"chatty": {"account_kind": "personal_paid", "data_classes": ["credentials"], "no_training": "off"}}
    english = run(answers)
    german = run(answers, lang="de")
    assert [a.id for a in english.actions] == [a.id for a in german.actions]
    setting = [a.id for a in english.actions].index("setting:no_training:chatty")
    assert english.actions[setting].text != german.actions[setting].text  # the catalog's German opt-out text


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
