"""The risk rule table, applied one rule at a time: points, factors, thresholds and overrides."""

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
    LEVEL_THRESHOLDS,
    PERSONAL_ACCOUNTS,
    ROUTE_FACTORS,
    SENSITIVE_CLASSES,
    STATUS_WEIGHTS,
    TRAINING_WEIGHTS,
    ToolFacts,
    apply_rules,
    half_up,
    level_for,
    overall_level,
    route_of,
    training_finding,
    trains_for,
)
from desktop.core.tool_answers import question_feeding


def hits_of(facts: ToolFacts) -> dict[str, int]:
    hits, _, _ = apply_rules(facts)
    return dict(hits)


def score_of(facts: ToolFacts) -> int:
    return apply_rules(facts)[1]


def level_of(facts: ToolFacts) -> Level:
    return apply_rules(facts)[2]


# --- status, account, training -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "points"), [("prohibited", 25), ("not_listed", 10), ("tolerated", 5), ("approved", 0)]
)
def test_each_status_adds_its_points(status, points):
    facts = ToolFacts(status=status)
    assert hits_of(facts) == {f"status.{status}": points}
    assert score_of(facts) == points


def test_status_order_prohibited_weighs_most():
    assert STATUS_WEIGHTS["prohibited"] > STATUS_WEIGHTS["not_listed"] > STATUS_WEIGHTS["tolerated"]
    assert STATUS_WEIGHTS["tolerated"] > STATUS_WEIGHTS["approved"] == 0


@pytest.mark.parametrize(
    ("account", "points"),
    [
        ("personal_free", 10),
        ("browser_extension", 10),
        ("personal_paid", 6),
        ("not_sure", 5),
        ("api_key", 4),
        ("local_model", 0),
        ("company_provided", 0),
    ],
)
def test_each_account_kind_adds_its_points(account, points):
    assert hits_of(ToolFacts(status="approved", account_kind=account))[f"account.{account}"] == points
    assert score_of(ToolFacts(status="approved", account_kind=account)) == points


def test_an_approved_tool_through_a_personal_account_still_carries_account_risk():
    assert score_of(ToolFacts(status="approved", account_kind="personal_free")) == 10


def test_an_unanswered_account_adds_no_reason():
    assert hits_of(ToolFacts(status="approved")) == {"status.approved": 0}


@pytest.mark.parametrize(
    ("trains", "setting", "finding", "points"),
    [
        (Trains.YES, "on", "protected", 0),
        (Trains.YES, "off", "yes", 10),
        (Trains.YES, "not_sure", "yes", 10),
        (Trains.YES, "no_such_setting", "yes", 10),
        (Trains.YES, None, "yes", 10),
        (Trains.UNKNOWN, "on", "protected", 0),
        (Trains.UNKNOWN, "off", "unknown", 5),
        (Trains.UNKNOWN, None, "unknown", 5),
        (Trains.NO, "on", "no", 0),
        (Trains.NO, "off", "no", 0),
    ],
)
def test_training_by_catalog_fact_and_setting(trains, setting, finding, points):
    assert training_finding(trains, setting) == finding
    facts = ToolFacts(status="approved", training=finding)
    assert hits_of(facts)[f"training.{finding}"] == points
    assert score_of(facts) == points


# --- data ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data_class", "points"),
    [
        ("credentials", 30),
        ("health", 30),
        ("customer_personal", 30),
        ("source_code", 20),
        ("employee_data", 20),
        ("financial_unreleased", 20),
        ("legal_contracts", 20),
        ("strategy_mna", 20),
        ("meeting_recordings", 20),
        ("internal", 8),
        ("public", 0),
        ("none", 0),
    ],
)
def test_each_data_class_adds_its_points(data_class, points):
    facts = ToolFacts(status="approved", data_classes=(data_class,))
    assert hits_of(facts)[f"data.{data_class}"] == points
    assert score_of(facts) == points


def test_data_classes_add_up():
    facts = ToolFacts(status="approved", data_classes=("internal", "customer_personal", "source_code"))
    assert score_of(facts) == 8 + 30 + 20


def test_unknown_data_codes_are_ignored():
    assert score_of(ToolFacts(status="approved", data_classes=("from_a_newer_questionnaire",))) == 0


@pytest.mark.parametrize(
    ("classes", "anonymized", "expected_data"),
    [
        (("customer_personal",), "yes_always", 15),
        (("employee_data",), "yes_always", 10),
        (("health",), "yes_always", 15),
        (("customer_personal",), "sometimes", 30),
        (("customer_personal",), "no", 30),
        (("customer_personal",), "not_applicable", 30),
        (("customer_personal",), None, 30),
        # Anonymizing does nothing for passwords or code: only personal data counts for less.
        (("credentials", "source_code"), "yes_always", 50),
        (("customer_personal", "credentials"), "yes_always", 45),
    ],
)
def test_always_anonymizing_halves_personal_data_only(classes, anonymized, expected_data):
    facts = ToolFacts(status="approved", data_classes=classes, anonymized=anonymized)
    assert score_of(facts) == expected_data
    hits = hits_of(facts)
    base = sum(DATA_WEIGHTS[c] for c in classes)
    if expected_data != base:
        assert hits["anonymized.yes_always"] == expected_data - base
    else:
        assert not any(code.startswith("anonymized.") for code in hits)


@pytest.mark.parametrize(
    ("route", "expected"),
    [("sanctioned", 8), ("on_device", 8), ("company_account", 19), ("external", 38)],
)
def test_route_scales_the_data_points(route, expected):
    facts = ToolFacts(status="approved", data_classes=("internal", "customer_personal"), route=route)
    assert score_of(facts) == expected
    hits = hits_of(facts)
    if route == "external":
        assert not any(code.startswith("route.") for code in hits)
    else:
        assert hits[f"route.{route}"] == expected - 38


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [("daily", 45), ("weekly", 38), ("monthly", 30), ("rarely", 23), (None, 30)],
)
def test_frequency_scales_the_data_points(frequency, expected):
    facts = ToolFacts(status="approved", data_classes=("customer_personal",), frequency=frequency)
    assert score_of(facts) == expected
    hits = hits_of(facts)
    if expected != 30:
        assert hits[f"frequency.{frequency}"] == expected - 30
    else:
        assert not any(code.startswith("frequency.") for code in hits)


def test_frequency_does_not_scale_how_the_tool_is_reached():
    facts = ToolFacts(status="not_listed", account_kind="personal_free", training="yes")
    assert score_of(facts) == score_of(ToolFacts(**{**facts.__dict__, "frequency": "daily"})) == 30


def test_adjustments_apply_in_order_anonymize_route_frequency():
    facts = ToolFacts(
        status="approved",
        data_classes=("customer_personal", "internal"),
        anonymized="yes_always",
        route="company_account",
        frequency="daily",
    )
    # 30 * 0.5 + 8 = 23; * 0.5 = 11.5 -> 12; * 1.5 = 18
    assert hits_of(facts) == {
        "status.approved": 0,
        "data.customer_personal": 30,
        "data.internal": 8,
        "anonymized.yes_always": -15,
        "route.company_account": -11,
        "frequency.daily": 6,
    }
    assert score_of(facts) == 18


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(2.5, 3), (7.6, 8), (11.5, 12), (34.5, 35), (0.0, 0), (7.49, 7), (23 * 1.5, 35), (0.1 * 3 * 25, 8)],
)
def test_half_up_ignores_float_noise(value, rounded):
    assert half_up(value) == rounded


# --- levels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, Level.LOW),
        (19, Level.LOW),
        (20, Level.MEDIUM),
        (39, Level.MEDIUM),
        (40, Level.HIGH),
        (69, Level.HIGH),
        (70, Level.CRITICAL),
        (200, Level.CRITICAL),
    ],
)
def test_level_thresholds(score, level):
    assert level_for(score) is level


def test_thresholds_are_ordered_and_start_at_zero():
    lows = [low for low, _ in LEVEL_THRESHOLDS]
    assert lows == sorted(lows, reverse=True) and lows[-1] == 0
    assert [level for _, level in LEVEL_THRESHOLDS] == sorted(Level, reverse=True)


@pytest.mark.parametrize(
    ("facts", "level"),
    [
        # Nothing from work goes in: low, whatever the status, account or training.
        (ToolFacts("not_listed", "personal_free", "yes", ("public",)), Level.LOW),
        (ToolFacts("tolerated", "personal_paid", "protected", ("public",)), Level.LOW),
        (ToolFacts("prohibited", "personal_free", "yes", ("public",)), Level.LOW),
        # Exposure alone, the data question unanswered: medium at most unless prohibited.
        (ToolFacts("not_listed", "personal_free", "yes"), Level.MEDIUM),
        (ToolFacts("prohibited", "personal_free", "yes"), Level.HIGH),
        # Internal documents into a free account that trains: high; switching training off: medium.
        (ToolFacts("not_listed", "personal_free", "yes", ("internal",), frequency="weekly"), Level.HIGH),
        (ToolFacts("not_listed", "personal_free", "protected", ("internal",), frequency="weekly"), Level.MEDIUM),
        # Customer data every day through a personal account that trains: critical.
        (ToolFacts("not_listed", "personal_free", "yes", ("customer_personal",), frequency="daily"), Level.CRITICAL),
        # The same data through the company's account for an approved tool: low.
        (
            ToolFacts("approved", "company_provided", None, ("customer_personal", "internal"), route="sanctioned",
                      frequency="daily"),
            Level.LOW,
        ),
    ],
)
def test_realistic_combinations(facts, level):
    assert level_of(facts) is level


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
