"""docs/risk-model.md shows the numbers the code uses: read each table from the code, find it in the doc."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core import risk_rules, spend
from desktop.core.risk_results import Level
from desktop.core.risk_rules import ToolFacts, apply_rules

DOC = Path(__file__).resolve().parents[2] / "docs" / "risk-model.md"


def sections() -> dict[str, str]:
    """Text under each ``###`` heading, up to the next heading."""
    found: dict[str, str] = {}
    for block in re.split(r"^#{2,3} ", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]:
        title, _, body = block.partition("\n")
        found[title.strip()] = body
    return found


def table_rows(body: str) -> dict[str, str]:
    """First cell's `code` -> last cell, for every table row whose first cell holds a code."""
    rows: dict[str, str] = {}
    for line in body.splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        code = re.search(r"`([A-Za-z_]+)`", cells[0])
        if code:
            rows[code.group(1)] = cells[-1]
    return rows


def shown(value: float) -> str:
    return f"{value:g}"


@pytest.mark.parametrize(
    ("heading", "table"),
    [
        ("Status under your organization's policy", risk_rules.STATUS_WEIGHTS),
        ("Account", risk_rules.ACCOUNT_WEIGHTS),
        ("Training on what you put in", risk_rules.TRAINING_WEIGHTS),
        ("Kinds of data", risk_rules.DATA_WEIGHTS),
        ("Anonymizing first", risk_rules.ANONYMIZED_FACTORS),
        ("How far the data travels", risk_rules.ROUTE_FACTORS),
        ("Where the provider stores it", risk_rules.LOCATION_FACTORS),
        ("How often", risk_rules.FREQUENCY_FACTORS),
        ("Levels", {level.code: low for low, level in risk_rules.LEVEL_THRESHOLDS}),
    ],
)
def test_each_table_in_the_doc_matches_the_code(heading, table):
    rows = table_rows(sections()[heading].split("| Override")[0])  # the overrides table is checked below
    assert rows == {code: shown(value) for code, value in table.items()}


def test_the_overrides_and_the_overall_rule_are_described():
    body = sections()["Levels"]
    overrides = table_rows(body.split("| Override")[1])
    assert overrides == {code: level.code for code, level in risk_rules.OVERRIDES.items()}
    cap = risk_rules.NO_WORK_DATA_CAP.raised()
    highest = next(low for low, level in risk_rules.LEVEL_THRESHOLDS if level == cap) - 1
    assert f"above **{highest}**" in body and "`cap.no_work_data`" in body
    for account in risk_rules.PERSONAL_ACCOUNTS:
        assert f"`{account}`" in body
    assert f"**{risk_rules.MANY_HIGH}**" in body
    assert "Any kind of data worth 20 points or more" in body
    assert min(risk_rules.DATA_WEIGHTS[c] for c in risk_rules.SENSITIVE_CLASSES) == 20


def test_the_personal_classes_are_named():
    body = sections()["Anonymizing first"]
    for code in risk_rules.PERSONAL_CLASSES:
        assert f"`{code}`" in body


def test_the_open_ended_band_rule_is_stated():
    assert f"counts at {shown(spend.OPEN_ENDED_FACTOR)} times its lower bound" in sections()["What you pay yourself"]


def test_the_worked_example_adds_up():
    body = sections()["A worked example"]
    hits, score, level = apply_rules(
        ToolFacts("not_listed", "personal_free", "yes", ("internal", "customer_personal"), frequency="daily")
    )
    assert table_rows(body) == {code.split(".")[1]: str(points) for code, points in hits}
    assert f"**{score}: {level.code}**" in body
    assert level is Level.CRITICAL
    assert apply_rules(
        ToolFacts("not_listed", "personal_free", "protected", ("internal", "customer_personal"), frequency="daily")
    )[1:] == (77, Level.CRITICAL)
    assert "(77, still critical" in body
    anonymized = ToolFacts("not_listed", "personal_free", "yes", ("internal", "customer_personal"), "yes_always",
                           frequency="daily")
    assert apply_rules(anonymized)[1:] == (65, Level.HIGH) and "(65, high)" in body
    sanctioned = ToolFacts("approved", "company_provided", None, ("internal", "customer_personal"),
                           route="sanctioned", frequency="daily")
    assert apply_rules(sanctioned)[1:] == (12, Level.LOW) and "= 12, low" in body


def test_every_recommendation_id_is_explained():
    body = sections()["What Candor recommends"]
    for prefix in ("rotate_credentials", "switch:<tool>", "setting:no_training:<tool>", "anonymize:<tool>",
                   "licence:<tool>", "reimburse:<tool>", "learn:<topic>"):
        assert f"`{prefix}`" in body


def test_the_cases_table_in_the_doc_matches():
    from tests.core.risk_cases import CASES

    rows = table_rows(sections()["Cases Candor checks"])
    assert rows == {case: level.code for case, (_, _, level) in CASES.items()}
