"""assess()'s recommendations: the policy's alternative or an approved tool of the same category, the
setting where the catalog says it is, rotating pasted credentials, anonymizing personal data, licences
for people who pay, in kind order with ids that do not depend on language.
"""

from __future__ import annotations

import pytest

from desktop.core.policy import Organization, Policy
from desktop.core.risk_recommendations import KINDS
from tests.core.risk_assess_cases import (
    card,
    recs,
    run,
)

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
