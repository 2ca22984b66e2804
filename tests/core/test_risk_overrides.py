"""What the risk rules do beyond adding points: overrides that make a tool critical, reasons that always add
up to the score, the overall level, where the data goes and which tier applies, and tables that weigh every
code the questionnaire offers.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.catalog import Tier, Tool, Trains
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.risk_results import Level
from desktop.core.risk_rules import (
    ACCOUNT_WEIGHTS,
    ANONYMIZED_FACTORS,
    DATA_WEIGHTS,
    FREQUENCY_FACTORS,
    PERSONAL_ACCOUNTS,
    ROUTE_FACTORS,
    SENSITIVE_CLASSES,
    STATUS_WEIGHTS,
    TRAINING_WEIGHTS,
    ToolFacts,
    apply_rules,
    level_for,
    overall_level,
    route_of,
    trains_for,
)
from desktop.core.tool_answers import question_feeding
from tests.core.risk_rule_cases import level_of

# --- overrides -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["prohibited", "not_listed", "tolerated"])
def test_credentials_into_a_tool_that_is_not_approved_is_critical(status):
    facts = ToolFacts(status, "company_provided", "no", ("credentials",), route="company_account", frequency="rarely")
    hits, score, level = apply_rules(facts)
    assert score < 70
    assert level is Level.CRITICAL
    assert hits[0] == ("override.credentials", 0)


@pytest.mark.parametrize("account", PERSONAL_ACCOUNTS)
def test_credentials_into_a_personal_account_is_critical_even_for_an_approved_tool(account):
    facts = ToolFacts("approved", account, "protected", ("credentials",), frequency="rarely")
    assert level_of(facts) is Level.CRITICAL


@pytest.mark.parametrize("account", ["company_provided", "api_key", "local_model", "not_sure"])
def test_credentials_into_an_approved_tool_without_a_personal_account_is_high_not_critical(account):
    facts = ToolFacts("approved", account, None, ("credentials",), route="sanctioned")
    hits, _, level = apply_rules(facts)
    assert level is Level.HIGH
    assert "override.credentials" not in dict(hits)
    assert hits[0] == ("override.credentials_anywhere", 0)


@pytest.mark.parametrize("data_class", SENSITIVE_CLASSES)
def test_any_sensitive_class_into_a_prohibited_tool_is_critical(data_class):
    facts = ToolFacts("prohibited", "company_provided", "no", (data_class,), route="company_account",
                      frequency="rarely")
    hits, score, level = apply_rules(facts)
    assert level is Level.CRITICAL
    assert ("override.prohibited_sensitive", 0) in hits


@pytest.mark.parametrize("data_class", ["internal", "public", "none"])
def test_less_sensitive_data_into_a_prohibited_tool_is_weighed_normally(data_class):
    hits, score, level = apply_rules(ToolFacts("prohibited", "company_provided", "no", (data_class,)))
    assert level is level_for(score)
    assert not any(code.startswith("override.") for code, _ in hits)


def test_sensitive_classes_are_the_twenty_and_thirty_point_ones():
    assert set(SENSITIVE_CLASSES) == {
        "credentials", "health", "customer_personal", "source_code", "employee_data",
        "financial_unreleased", "legal_contracts", "strategy_mna", "meeting_recordings",
    }


# --- the reasons always add up --------------------------------------------------------------------


@given(
    status=st.sampled_from(sorted(STATUS_WEIGHTS)),
    account=st.sampled_from([None, *sorted(ACCOUNT_WEIGHTS)]),
    training=st.sampled_from([None, *sorted(TRAINING_WEIGHTS)]),
    classes=st.lists(st.sampled_from(sorted(DATA_WEIGHTS)), unique=True),
    anonymized=st.sampled_from([None, "yes_always", "sometimes", "no"]),
    route=st.sampled_from(sorted(ROUTE_FACTORS)),
    frequency=st.sampled_from([None, *sorted(FREQUENCY_FACTORS)]),
)
def test_reasons_add_up_to_the_score_and_the_level_follows(status, account, training, classes, anonymized, route,
                                                           frequency):
    facts = ToolFacts(status, account, training, tuple(classes), anonymized, route, frequency)
    hits, score, level = apply_rules(facts)
    assert sum(points for _, points in hits) == score >= 0
    assert level >= level_for(score)
    assert (level > level_for(score)) <= any(code.startswith("override.") for code, _ in hits)


# --- overall -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "overall"),
    [
        ([], Level.LOW),
        ([Level.LOW], Level.LOW),
        ([Level.LOW, Level.MEDIUM], Level.MEDIUM),
        ([Level.HIGH, Level.HIGH], Level.HIGH),
        ([Level.HIGH, Level.HIGH, Level.HIGH], Level.CRITICAL),
        ([Level.HIGH, Level.HIGH, Level.CRITICAL], Level.CRITICAL),
        ([Level.MEDIUM, Level.MEDIUM, Level.MEDIUM, Level.MEDIUM], Level.MEDIUM),
        ([Level.CRITICAL, Level.LOW], Level.CRITICAL),
    ],
)
def test_overall_is_the_highest_raised_when_three_or_more_are_high(levels, overall):
    assert overall_level(levels) is overall


def test_raised_stops_at_critical():
    assert Level.LOW.raised() is Level.MEDIUM
    assert Level.CRITICAL.raised() is Level.CRITICAL


# --- where the data goes, and which tier applies ---------------------------------------------------


def make_tool(tool_id: str, category: str, *tiers: Tier) -> Tool:
    return Tool(
        id=tool_id, name=tool_id.title(), vendor="V", category=category, tiers=tiers,
        no_training_business_tier=Trains.UNKNOWN, notes={"en": "n"}, sources=("https://v.example/",),
        last_verified=datetime.date(2026, 11, 1),
    )


def tier(kind: str, trains: Trains, opt_out: str | None = None) -> Tier:
    return Tier(name=kind, kind=kind, trains_on_inputs=trains, retention=None,
                opt_out={"en": opt_out} if opt_out else None)


CHAT = make_tool("chat", "chat", tier("consumer", Trains.YES), tier("business", Trains.NO), tier("api", Trains.NO))
SPLIT = make_tool("split", "writing", tier("consumer", Trains.YES), tier("business", Trains.YES),
                  tier("business", Trains.NO))
LOCAL = make_tool("local", "local_model", tier("local", Trains.NO))
MIXED = make_tool("mixed", "chat", tier("consumer", Trains.YES), tier("local", Trains.NO))
BUSINESS_ONLY = make_tool("biz", "meetings", tier("business", Trains.NO))


@pytest.mark.parametrize(
    ("status", "account", "category", "tool", "route"),
    [
        ("approved", "company_provided", "chat", CHAT, "sanctioned"),
        ("not_listed", "company_provided", "chat", CHAT, "company_account"),
        ("prohibited", "company_provided", "chat", CHAT, "company_account"),
        ("approved", "personal_free", "chat", CHAT, "external"),
        ("not_listed", "api_key", "chat", CHAT, "external"),
        ("not_listed", "api_key", "local_model", LOCAL, "external"),  # an Ollama :cloud model
        ("not_listed", "local_model", "local_model", LOCAL, "on_device"),
        ("not_listed", "local_model", "chat", MIXED, "on_device"),
        ("not_listed", "local_model", "local_model", None, "on_device"),
        ("not_listed", "browser_extension", "chat", None, "external"),
        ("not_listed", None, "chat", CHAT, "external"),
    ],
)
def test_route_of(status, account, category, tool, route):
    assert route_of(status, account, category, tool) == route


@pytest.mark.parametrize(
    ("tool", "account", "trains"),
    [
        (CHAT, "personal_free", Trains.YES),
        (CHAT, "personal_paid", Trains.YES),
        (CHAT, "browser_extension", Trains.YES),
        (CHAT, "not_sure", Trains.YES),
        (CHAT, None, Trains.YES),
        (CHAT, "company_provided", Trains.NO),
        (CHAT, "api_key", Trains.NO),
        (SPLIT, "company_provided", Trains.UNKNOWN),  # business tiers disagree
        (LOCAL, "local_model", Trains.NO),
        (MIXED, "local_model", Trains.NO),
        (MIXED, "api_key", Trains.YES),  # no API tier: the consumer one
        (MIXED, "personal_free", Trains.YES),
        (BUSINESS_ONLY, "personal_free", Trains.NO),  # no consumer tier: the first tier
        (LOCAL, "company_provided", Trains.NO),  # no business tier: the default
        (None, "personal_free", Trains.UNKNOWN),
        (None, "company_provided", Trains.UNKNOWN),
    ],
)
def test_trains_for_uses_the_tier_the_account_kind_gets(tool, account, trains):
    assert trains_for(tool, account) is trains


# --- the tables cover the questionnaire's codes -------------------------------------------------------


@pytest.mark.parametrize(
    ("feeds", "table", "ignored"),
    [
        ("tool.account_kind", ACCOUNT_WEIGHTS, set()),
        ("tool.data_classes", DATA_WEIGHTS, set()),
        ("tool.frequency", FREQUENCY_FACTORS, set()),
        ("tool.anonymized", ANONYMIZED_FACTORS, {"sometimes", "no", "not_applicable"}),
    ],
)
def test_every_code_the_questionnaire_offers_is_weighed(feeds, table, ignored):
    question = question_feeding(load_questionnaire(), feeds)
    assert question is not None, f"no question feeds {feeds}"
    assert set(question.codes) - ignored == set(table)


def test_the_no_training_codes_the_model_reads_exist():
    question = question_feeding(load_questionnaire(), "tool.no_training")
    assert {"on", "off", "not_sure", "no_such_setting"} == set(question.codes)
