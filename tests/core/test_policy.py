"""The policy model: built-in defaults, what a full policy file becomes, and that no text or value,
however odd, crashes validation or the model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import schema_check
from desktop.core.errors import ContentError
from desktop.core.policy import (
    SECTIONS,
    Campaign,
    OrgUnit,
    Policy,
    ToolRule,
)
from desktop.core.policy_file import parse_policy_text
from tests.core.policy_cases import CATALOG, new_recipient, parse

# --- model ---------------------------------------------------------------------------------------


def test_built_in_defaults():
    policy = Policy.defaults()
    assert policy.organization.name == "Your organization"
    assert policy.organization.contact is None
    assert policy.organization.currency == "EUR"
    assert policy.campaign == Campaign(id="default", closes=None)
    assert policy.tools == () and policy.org_units == ()
    assert policy.privacy.min_group_size == 5
    assert policy.privacy.randomized_response is True
    assert policy.privacy.epsilon == pytest.approx(1.0986, abs=1e-4)
    assert policy.submission.recipient is None
    assert policy.submission.allow_plaintext is False
    assert policy.leadership_benchmark.is_empty()
    assert Policy.from_data({}) == policy


def test_an_empty_file_is_valid_and_changes_nothing():
    assert parse("") == Policy.defaults()
    assert parse("# only a comment\n") == Policy.defaults()


def test_status_of_and_rule_for():
    policy = parse(
        """
        [[tools]]
        id = "chatgpt"
        status = "prohibited"
        alternative = "microsoft-copilot"

        [[tools]]
        id = "microsoft-copilot"
        status = "approved"
        """
    )
    assert policy.status_of("chatgpt") == "prohibited"
    assert policy.status_of("microsoft-copilot") == "approved"
    assert policy.status_of("claude") == "not_listed"
    assert policy.rule_for("claude") is None
    expected = ToolRule(id="chatgpt", status="prohibited", alternative="microsoft-copilot")
    assert policy.rule_for("chatgpt") == expected
    assert policy.approved_tool_ids() == ["microsoft-copilot"]


def test_a_full_policy_becomes_the_model():
    recipient = new_recipient()
    policy = parse(
        f"""
        [organization]
        name = "Acme"
        contact = "https://intranet.example.com/ai"
        currency = "CHF"

        [campaign]
        id = "2026-q4"
        closes = 2026-12-31

        [[tools]]
        id = "acme-gpt"
        name = "Acme GPT"
        category = "chat"
        status = "approved"
        note = {{ en = "Use this one.", de = "Nutzen Sie dieses." }}

        [[org_units]]
        code = "sales"
        label = "Sales"

        [privacy]
        min_group_size = 10
        randomized_response = false
        epsilon = 2

        [submission]
        recipient = " {recipient} "
        drop_folder = '\\\\fileserver\\drop'
        allow_plaintext = true

        [leadership_benchmark]
        strategy_clear = 0.8
        strategy_inclusive = 1
        """
    )
    assert policy.organization.name == "Acme"
    assert policy.organization.currency == "CHF"
    assert policy.campaign.closes == dt.date(2026, 12, 31)
    rule = policy.rule_for("acme-gpt")
    assert (rule.name, rule.category) == ("Acme GPT", "chat")
    assert rule.note_in("de") == "Nutzen Sie dieses."
    assert rule.note_in("fr") == "Use this one."
    assert policy.org_units == (OrgUnit(code="sales", label={"en": "Sales"}),)
    assert policy.org_units[0].label_in("de") == "Sales"
    assert policy.privacy.min_group_size == 10
    assert policy.privacy.randomized_response is False
    assert isinstance(policy.privacy.epsilon, float) and policy.privacy.epsilon == 2.0
    assert policy.submission.recipient == recipient
    assert policy.submission.drop_folder == "\\\\fileserver\\drop"
    assert policy.submission.allow_plaintext is True
    assert policy.leadership_benchmark.strategy_clear == 0.8
    assert policy.leadership_benchmark.strategy_successful is None
    assert policy.leadership_benchmark.strategy_inclusive == 1.0


def test_drop_path_expands_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    policy = parse('[submission]\ndrop_folder = "~/drop"\n')
    assert policy.submission.drop_path() == tmp_path / "drop"
    assert Policy.defaults().submission.drop_path() is None


def test_schema_and_model_name_the_same_fields():
    schema = schema_check.load_schema("policy")["properties"]
    for section, model in SECTIONS.items():
        assert set(schema[section]["properties"]) == {f.name for f in dataclasses.fields(model)}, section
    tool_fields = set(schema_check.load_schema("policy")["$defs"]["tool"]["properties"])
    assert tool_fields == {f.name for f in dataclasses.fields(ToolRule)}


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_no_text_crashes_validation(text):
    try:
        parse_policy_text(text, "fuzz.toml", CATALOG)
    except ContentError as error:
        assert all(problem.file == "fuzz.toml" for problem in error.problems)


toml_scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.dates(),
)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.dictionaries(
        st.sampled_from(["organization", "campaign", "privacy", "submission", "leadership_benchmark", "x"]),
        st.dictionaries(
            st.sampled_from(["name", "id", "closes", "min_group_size", "epsilon", "recipient", "strategy_clear"]),
            toml_scalars,
        ),
    )
)
def test_no_value_crashes_validation_or_the_model(data):
    lines = []
    for section, table in data.items():
        lines.append(f"[{section}]")
        for key, value in table.items():
            lines.append(f"{key} = {_toml_value(value)}")
    try:
        policy = Policy.from_data(parse_policy_text("\n".join(lines), "gen.toml", CATALOG))
    except ContentError:
        return
    assert policy.privacy.min_group_size >= 3
    assert 0.5 <= policy.privacy.epsilon <= 3


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
