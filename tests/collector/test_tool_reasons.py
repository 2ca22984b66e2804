"""Reasons per tool (questionnaire 3): counted from exact summaries, shown per tool under the privacy rules, in
every writer; summaries of questionnaire 2 (one answer for all tools) still validate and still count."""

from __future__ import annotations

import itertools
import json
from typing import Any

from jsonschema import Draft202012Validator

from desktop.collector.aggregate import aggregate
from desktop.collector.report_csv import rows
from desktop.collector.report_html import render_html
from desktop.collector.report_json import report_dict
from desktop.core.catalog import load_catalog
from desktop.core.fast_schema import compile_schema
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.schema_check import load_schema

Q = load_questionnaire()
CATALOG = load_catalog()
SCHEMA = load_schema("summary")
VALIDATOR = Draft202012Validator(SCHEMA)
FAST = compile_schema(SCHEMA)
POLICY = Policy.from_data({"campaign": {"id": "2026-q4"}, "privacy": {"randomized_response": False},
                           "org_units": [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"}],
                           "tools": [{"id": "chatgpt", "status": "tolerated"}]})
_serial = itertools.count(1)


def exact(tools: list[dict[str, Any]], *, version: int = Q.version, unit: str | None = None,
          **extra: Any) -> dict[str, Any]:
    reasons = sorted({code for tool in tools for code in tool.get("reasons", ())})
    summary = {
        "format": "candor-summary", "format_version": 2, "app": "1.0",
        "questionnaire": {"id": Q.id, "version": version}, "campaign": "2026-q4",
        "submission_id": f"{next(_serial):032x}",
        "privacy": {"randomized_response": False, "epsilon_per_item": None, "randomized_items": 0,
                    "epsilon_total": None},
        "training": {}, "tools": tools, "spend": {"pays_out_of_pocket": False}, "reasons": reasons, **extra,
    }
    if unit:
        summary["group"] = {"org_unit": unit}
    return summary


def tool(tool_id: str, *reasons: str) -> dict[str, Any]:
    item = {"tool": tool_id, "status": "tolerated" if tool_id == "chatgpt" else "not_listed",
            "account_kind": "personal_free"}
    if reasons:
        item["reasons"] = list(reasons)
    return item


def campaign() -> list[dict[str, Any]]:
    """15 gave reasons for ChatGPT (10 no licence, 5 more convenient, 2 of those also another reason), 3 for
    Claude; 5 use the company's tool only."""
    summaries = [exact([tool("chatgpt", "no_licence")]) for _ in range(10)]
    summaries += [exact([tool("chatgpt", "more_convenient"), tool("claude", "no_approved_tool")]) for _ in range(3)]
    summaries += [exact([tool("chatgpt", "more_convenient", "colleagues_use_it")]) for _ in range(2)]
    summaries += [exact([{"tool": "microsoft-copilot", "status": "not_listed", "account_kind": "company_provided"}])
                  for _ in range(5)]
    return summaries


def test_every_summary_validates_both_ways():
    for summary in campaign():
        VALIDATOR.validate(summary)
        assert FAST(summary)


def test_reasons_by_tool_shows_each_tools_reasons_among_those_who_gave_reasons_for_it():
    report = aggregate(campaign(), Q, CATALOG, POLICY)
    by_tool = {row.id: row for row in report.reasons_by_tool}
    assert set(by_tool) == {"reasons:chatgpt"}  # Claude: 3 respondents, fewer than k = 5, not even listed
    chatgpt = by_tool["reasons:chatgpt"]
    assert chatgpt.label == "ChatGPT" and chatgpt.respondents.n == 15
    assert chatgpt.option("no_licence").figure.count == 10
    assert chatgpt.option("no_licence").figure.estimate == 10 / 15
    assert chatgpt.option("more_convenient").figure.count == 5
    assert chatgpt.option("colleagues_use_it").figure.suppressed  # 2 people: fewer than k
    assert chatgpt.option("approval_too_slow").figure.estimate == 0.0


def test_the_overall_reasons_count_a_reason_once_per_person_whatever_the_tools():
    report = aggregate(campaign(), Q, CATALOG, POLICY)
    assert report.reasons.label == Q.question("tool_reasons").text["en"]
    assert report.reasons.option("no_licence").figure.count == 10
    assert report.reasons.option("no_approved_tool").figure.suppressed  # 3 people, for Claude
    assert {cell.code for cell in report.reasons.options} == set(Q.question("tool_reasons").codes)


def test_in_an_org_unit_report_a_tool_row_hides_what_the_rest_of_the_campaign_would_give_away():
    summaries = [exact([tool("chatgpt", "no_licence")], unit="eng") for _ in range(10)]
    summaries += [exact([tool("chatgpt", "no_licence")], unit="sales") for _ in range(2)]
    summaries += [exact([], unit="sales") for _ in range(6)]
    unit = aggregate(summaries, Q, CATALOG, POLICY, org_unit="eng")
    row = next(row for row in unit.reasons_by_tool if row.id == "reasons:chatgpt")
    assert row.respondents.suppressed and row.respondents.reason == "complementary"  # whole 12 minus 10 is 2
    assert row.option("no_licence").figure.suppressed


def test_the_writers_carry_the_table():
    report = aggregate(campaign(), Q, CATALOG, POLICY)
    table = [row for row in rows(report) if row["table"] == "reasons_by_tool"]
    assert {(row["row"], row["column"]) for row in table} >= {("chatgpt", "respondents"), ("chatgpt", "no_licence")}
    assert next(r for r in table if r["column"] == "no_licence")["count"] == "10"
    assert next(r for r in table if r["column"] == "colleagues_use_it")["suppressed"] == "yes"
    assert report_dict(report)["reasons_by_tool"][0]["label"] == "ChatGPT"
    html = render_html(report, organization="Acme")
    assert "Reasons by tool" in html and "Why people use tools the company did not provide" in html


def test_a_questionnaire_2_summary_still_validates_and_counts():
    """Questionnaire 2 asked the reasons once for all tools (with three codes questionnaire 3 dropped), what AI is
    used for per tool, and one more statement: format 2 all the same, so it stays valid and counts."""
    old = exact([{**tool("chatgpt"), "tasks": ["writing"]}], version=2,
                sentiment={"pressure_to_overstate": "agree"})
    old["reasons"] = ["did_not_know_policy", "no_licence"]
    VALIDATOR.validate(old)
    assert FAST(old)
    report = aggregate([old] + campaign(), Q, CATALOG, POLICY)
    assert report.reasons.option("no_licence").figure.count == 11
    assert report.reasons_by_tool[0].respondents.n == 15  # it gave no reasons per tool


def test_a_randomized_report_has_no_table_by_tool():
    from tests.collector.built_summaries import built_summaries

    policy = Policy.from_data({"campaign": {"id": "2026-q4"}, "privacy": {"randomized_response": True}})
    summaries = built_summaries(Q, CATALOG, policy, 20, seed=3)
    assert aggregate(summaries, Q, CATALOG, policy).reasons_by_tool == ()
    assert json.dumps(summaries).count('"tasks"') == 0
