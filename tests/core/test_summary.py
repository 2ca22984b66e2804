"""The anonymized summary: schema-valid, fixed-shape under randomized response, free of free text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.randomized_response import Memo
from desktop.core.risk_rules import LEGACY_ACCOUNT_KINDS
from desktop.core.schema_check import load_schema
from desktop.core.summary import (
    app_minor_version,
    known_tool_ids,
    submission_id,
)
from desktop.core.summary_items import LEGACY_REASONS, randomized_items
from desktop.core.tool_answers import question_feeding
from tests.core.summary_cases import CATALOG, RICH, VALIDATOR, Q, build, policy


def shape(value, path=""):
    """Every key path in a JSON value (lists collapsed): what an observer sees without the values."""
    if isinstance(value, dict):
        return {p for k, v in value.items() for p in {f"{path}.{k}"} | shape(v, f"{path}.{k}")}
    if isinstance(value, list):
        return {p for item in value for p in shape(item, f"{path}[]")}
    return set()


def test_plain_summary_validates_and_carries_per_tool_detail():
    summary = build(RICH, rr=False, include={"role_level", "sentiment"})
    VALIDATOR.validate(summary)
    tools = {t["tool"]: t for t in summary["tools"]}
    assert set(tools) == {"chatgpt", "github-copilot", "other:writing"}
    assert tools["chatgpt"] == {
        "tool": "chatgpt", "status": "tolerated", "account_kind": "personal_paid", "frequency": "daily",
        "data_classes": ["credentials", "customer_personal"], "anonymized": "no", "no_training": "off",
        "spend": "10_25", "reimbursed": "no", "reasons": ["approval_too_slow", "no_approved_tool"]}
    assert tools["other:writing"]["reasons"] == ["no_licence"]
    assert "reasons" not in tools["github-copilot"]  # company-provided: never asked
    assert summary["reasons"] == ["approval_too_slow", "no_approved_tool", "no_licence"]  # for any tool
    assert summary["tasks"] == ["coding", "writing"]  # asked once for all tools
    assert tools["other:writing"]["status"] == "not_listed"
    assert summary["group"] == {"role_level": "manager"}
    assert summary["sentiment"] == {"strategy_clear": "disagree", "pressure_to_use": "agree"}
    assert summary["privacy"] == {"randomized_response": False, "epsilon_per_item": None, "randomized_items": 0,
                                  "epsilon_total": None}
    assert summary["app"] == "1.4" and summary["campaign"] == "2026-q4"


def test_optional_parts_only_when_chosen():
    summary = build(RICH, rr=False)
    assert "group" not in summary and "sentiment" not in summary


def _many_tools(count: int) -> dict:
    ids = [tool for tool in CATALOG.ids()][:count]
    values = {"tools_used": ids}
    for tool in ids:
        values[f"account_kind@{tool}"] = "personal_paid"
        values[f"data_classes@{tool}"] = ["credentials", "health"]
        values[f"spend@{tool}"] = "over_100"
    return values


SHAPE_CASES = {
    "no tools": {"tools_used": ["none"]},
    "one tool": {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free"},
    "twenty tools": _many_tools(20),
    "typed-in tools": {"tools_used": ["other-1"], "account_kind@other-1": "personal_paid",
                       "data_classes@other-1": ["source_code"]},
    "everything answered": RICH,
}


def test_randomized_summary_has_one_fixed_shape_whatever_the_answers():
    """Which keys exist reveals nothing: no tools, one, twenty, typed-in, everything answered, sentiment
    shared or withheld, org unit aside (a coarse group the employee ticks), all have the same keys."""
    shapes = set()
    for values in SHAPE_CASES.values():
        for include in (frozenset(), frozenset({"sentiment"})):
            summary = build(values, rr=True, include=include)
            VALIDATOR.validate(summary)
            shapes.add(frozenset(shape({k: v for k, v in summary.items() if k != "group"})))
    assert len(shapes) == 1
    rich = build(RICH, rr=True)
    sent_as_is = {"tools", "reasons", "tasks", "training", "sentiment", "literacy", "spend"}
    assert not sent_as_is & set(rich)  # nothing sent as is
    assert set(rich["randomized"]["unapproved_use"]) == (set(known_tool_ids(CATALOG, policy(True)))
                                                          - {"github-copilot"})  # approved: no bit
    assert rich["privacy"]["randomized_items"] == randomized_items(Q, CATALOG, policy(True)).count
    assert rich["privacy"]["epsilon_total"] == pytest.approx(
        rich["privacy"]["randomized_items"] * rich["privacy"]["epsilon_per_item"], rel=1e-6)


def test_every_randomized_answer_is_a_bit_or_a_code_of_its_item():
    """Everything under randomized is either a yes/no bit or one of its item's codes (with not_answered)."""
    summary = build(RICH, rr=True, include={"sentiment"})
    randomized = summary["randomized"]
    groups = {"disagree", "neutral", "agree", "not_answered"}
    assert set(randomized["sentiment"].values()) <= groups
    assert randomized["training"]["received"] in {*question_feeding(Q, "training_received").codes, "not_answered"}
    assert all(isinstance(v, bool) for v in randomized["training"]["wanted"].values())
    assert set(randomized["training"]["wanted"]) == set(question_feeding(Q, "training_wanted").codes)
    assert isinstance(randomized["any_unapproved_use"], bool) and isinstance(randomized["any_sensitive_data"], bool)


def test_re_export_with_the_same_memo_sends_the_same_randomized_answers():
    memo = Memo()
    first = build(RICH, rr=True, memo=memo, seed=1)
    again = build(RICH, rr=True, memo=memo, seed=999)
    assert first["randomized"] == again["randomized"]


def test_randomization_actually_flips_answers():
    truth = build(RICH, rr=True, pol=policy(True, epsilon=5.0), seed=3)["randomized"]["unapproved_use"]
    flips = sum(
        build(RICH, rr=True, pol=policy(True, epsilon=0.5), seed=s)["randomized"]["unapproved_use"]["chatgpt"]
        is not truth["chatgpt"] for s in range(200))
    assert 40 < flips < 120  # p(keep) = e^0.5/(1+e^0.5) = 0.62: about 76 of 200 flip


def test_submission_id_is_stable_per_campaign_and_unlinkable_across():
    secret = b"k" * 32
    assert submission_id(secret, "2026-q4") == submission_id(secret, "2026-q4")
    assert submission_id(secret, "2026-q4") != submission_id(secret, "2027-q1")
    assert submission_id(b"j" * 32, "2026-q4") != submission_id(secret, "2026-q4")
    assert len(submission_id(secret, "x")) == 32


def test_app_version_drops_the_patch_level():
    assert app_minor_version("0.1.0") == "0.1" and app_minor_version("2") == "2.0"


def test_the_schema_enums_match_the_questionnaire():
    schema = load_schema("summary")
    tool = schema["$defs"]["tool"]["properties"]
    for field, feeds in [("account_kind", "tool.account_kind"), ("frequency", "tool.frequency"),
                         ("spend", "tool.spend"), ("reimbursed", "tool.reimbursed")]:
        legacy = list(LEGACY_ACCOUNT_KINDS) if field == "account_kind" else []  # still read from old answers
        assert tool[field]["enum"] == list(question_feeding(Q, feeds).codes) + legacy, field
    reasons = set(question_feeding(Q, "tool.reasons").codes)
    assert set(schema["properties"]["reasons"]["items"]["enum"]) == reasons | set(LEGACY_REASONS)
    assert set(tool["reasons"]["items"]["enum"]) == reasons | set(LEGACY_REASONS)
    assert set(schema["properties"]["tasks"]["items"]["enum"]) == set(question_feeding(Q, "tasks").codes)


FREE_TEXT = st.text(min_size=1, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=FREE_TEXT, other=FREE_TEXT, rr=st.booleans())
def test_typed_text_has_no_influence_on_the_exported_bytes(note, other, rr):
    """Invariant 2, proved the strong way: changing every free text and typed-in tool name
    leaves the summary byte for byte the same, so no typed text can ever be in it."""
    base = json.dumps(build(RICH, rr=rr, include={"role_level", "sentiment"}), sort_keys=True)
    changed = dict(RICH, notes_to_self=note)
    other_bytes = json.dumps(build(changed, rr=rr, include={"role_level", "sentiment"}, other_name=other or "x"),
                             sort_keys=True)
    assert other_bytes == base
    assert "Dana" not in base and "Acme" not in base and "boss" not in base


@pytest.mark.parametrize("rr", [True, False])
def test_no_user_name_host_name_or_e_mail_shaped_text(rr):
    import getpass
    import re
    import socket

    text = json.dumps(build(RICH, rr=rr, include={"org_unit", "role_level", "sentiment"}))
    for private in {getpass.getuser(), socket.gethostname()} - {""}:
        assert f'"{private}"' not in text and f":{private}" not in text
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
