"""The risk rule table, applied one rule at a time: the points of status, account, training and data, the
factors that scale them, and the thresholds that turn a score into a level.
"""

from __future__ import annotations

import pytest

from desktop.core.catalog import Trains
from desktop.core.risk_results import Level
from desktop.core.risk_rules import (
    DATA_WEIGHTS,
    LEVEL_THRESHOLDS,
    STATUS_WEIGHTS,
    ToolFacts,
    half_up,
    level_for,
    training_finding,
)
from tests.core.risk_rule_cases import hits_of, level_of, score_of

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
