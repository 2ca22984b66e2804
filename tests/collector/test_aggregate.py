"""Aggregation: what the report says about demo campaigns with a known truth, and about hand-built ones.

The demo campaign goes the whole way an analyst's does: summaries written by the real builder,
encrypted, decrypted with the collector's identity, aggregated; the truth file says what the
estimates should cover.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from desktop.collector.aggregate import aggregate, build_report
from desktop.collector.report_json import ReportWriteError, report_dict, write_json
from desktop.collector.report_model import Report
from desktop.collector.tally import tally
from desktop.commands.demo import write_demo_summaries
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.randomized_response import randomize_bit, randomize_category
from desktop.core.rr_estimate import estimate_binary, estimate_categories
from desktop.core.rr_parameters import keep_probability_kary
from desktop.exchange.envelope import decrypt_summary
from desktop.exchange.identity import new_identity
from tests.collector.aggregate_cases import make_policy
from tests.collector.built_summaries import built_summaries, sent_randomized

Q = load_questionnaire()
CATALOG = load_catalog()
LN3 = math.log(3)
def demo(tmp: Path, n: int, rr: bool, seed: int = 11) -> tuple[list[dict[str, Any]], dict[str, Any], Policy]:
    """``n`` encrypted demo summaries, decrypted with the collector's identity, and their truth."""
    secret, recipient = new_identity()
    policy = make_policy(rr)
    truth_path = write_demo_summaries(n, tmp, recipient=recipient, policy=policy, seed=seed)
    summaries = [json.loads(decrypt_summary(path.read_bytes(), [secret])) for path in sorted(tmp.glob("*.age"))]
    return summaries, json.loads(truth_path.read_text()), policy


@pytest.fixture(scope="module")
def rr_campaign(tmp_path_factory) -> tuple[list[dict[str, Any]], dict[str, Any], Report]:
    summaries, truth, policy = demo(tmp_path_factory.mktemp("rr") / "out", 3000, rr=True)
    return summaries, truth, aggregate(summaries, Q, CATALOG, policy)


@pytest.fixture(scope="module")
def plain_campaign(tmp_path_factory) -> tuple[list[dict[str, Any]], dict[str, Any], Report]:
    summaries, truth, policy = demo(tmp_path_factory.mktemp("plain") / "out", 400, rr=False)
    return summaries, truth, aggregate(summaries, Q, CATALOG, policy)


def covers(figure: Any, truth: float) -> bool:
    return figure.ci_low - 1e-9 <= truth <= figure.ci_high + 1e-9


# --- demo campaigns with a known truth ------------------------------------------------------------


def test_randomized_demo_campaign_counts_everyone(rr_campaign):
    summaries, truth, result = rr_campaign
    assert len(summaries) == truth["n"] == 3000
    assert result.respondents.count == 3000 and result.to_dict()["respondents"] == 3000
    assert result.method.mechanism == "randomized_response"
    assert sum(cell.figure.count for cell in result.participation.by_org_unit if cell.figure.shown) == 3000


def test_randomized_intervals_cover_the_true_tool_shares(rr_campaign):
    _, truth, result = rr_campaign
    checked = [(tool.id, covers(tool.unapproved_use, truth["tools"][tool.id]["unapproved_use"]))
               for tool in result.prevalence.by_tool if tool.unapproved_use.shown and tool.id in truth["tools"]]
    assert len(checked) >= 30
    missed = [tool_id for tool_id, ok in checked if not ok]
    assert len(missed) <= 0.15 * len(checked), f"intervals missing the truth: {missed}"
    assert all(tool.unapproved_use.method == "randomized_response" for tool in result.prevalence.by_tool)


def test_randomized_intervals_cover_data_classes_and_paying(rr_campaign):
    _, truth, result = rr_campaign
    checks = [covers(result.spend.pays_out_of_pocket, truth["pays_out_of_pocket"])]
    for row in result.data_classes.rows:
        checks.append(covers(row.to_unapproved, truth["data_to_unapproved"][row.code]))
        checks.append(covers(row.to_personal, truth["data_to_personal"][row.code]))
    assert len(checks) == 21 and sum(checks) >= 0.85 * len(checks)
    assert not result.data_classes.tables  # no per-tool detail under randomized response


def test_randomized_campaign_reports_the_headline_figures_with_intervals(rr_campaign):
    """The first number leadership asks for: the share using any unapproved tool, and the share putting
    sensitive data where it should not go, each an estimate whose interval holds the truth."""
    _, truth, result = rr_campaign
    overall, sensitive = result.prevalence.overall, result.prevalence.sensitive
    assert overall is not None and sensitive is not None
    assert overall.method == sensitive.method == "randomized_response" and overall.n == sensitive.n == 3000
    assert covers(overall, truth["any_unapproved_use"]) and covers(sensitive, truth["any_sensitive_data"])
    assert overall.ci_high - overall.ci_low < 0.1
    chat = next(item for item in result.prevalence.by_category if item.code == "chat")
    top = result.prevalence.tool(chat.top_tool or "")
    assert chat.basis == "at_least" and top is not None and top.category == "chat"
    assert chat.figure == top.unapproved_use
    assert all(chat.figure.estimate >= t.unapproved_use.estimate for t in result.prevalence.by_tool
               if t.category == "chat" and t.unapproved_use.shown)


def test_randomized_license_candidates_have_business_tiers_and_no_spend(rr_campaign):
    _, _, result = rr_campaign
    assert result.license_candidates
    for item in result.license_candidates:
        assert item.basis == "unapproved_use" and item.business_tier == "yes" and item.status != "approved"
        assert item.annual_out_of_pocket is None
    priorities = [item.priority for item in result.license_candidates]
    assert priorities == sorted(priorities, reverse=True)
    assert result.method.note("license_candidates_randomized") is not None


def test_method_block_states_epsilon_per_item_and_per_summary(rr_campaign):
    summaries, _, result = rr_campaign
    method = result.to_dict()["method"]
    assert method["k"] == 5 and method["mechanism"] == "randomized_response" and method["n"] == 3000
    assert method["epsilon"] == pytest.approx(LN3, abs=1e-5) and method["epsilon_is_per_item"] is True
    totals = {s["privacy"]["epsilon_total"] for s in summaries}
    assert set(method["epsilon_total_per_summary"]) == totals
    assert "95%" in method["intervals"]
    assert "per item" in result.method.note("epsilon").text


def test_json_report_file(rr_campaign, tmp_path):
    summaries, _, result = rr_campaign
    path = write_json(result, tmp_path / "report.json")
    text = path.read_text("utf-8")
    data = json.loads(text)
    assert data["format"] == "candor-report" and data["format_version"] == 1
    assert data["respondents"] == 3000
    chatgpt = next(item for item in data["tools"] if item["id"] == "chatgpt")
    assert chatgpt["name"] == "ChatGPT" and chatgpt["status"] == "tolerated" and chatgpt["suppressed"] is False
    assert set(chatgpt["unapproved_use"]) >= {"estimate", "ci_low", "ci_high"}
    assert chatgpt["unapproved_use"]["ci_low"] <= chatgpt["unapproved_use"]["estimate"] <= \
        chatgpt["unapproved_use"]["ci_high"]
    assert data == json.loads(json.dumps(report_dict(result)))
    assert (path.stat().st_mode & 0o777) == 0o600
    assert not [s["submission_id"] for s in summaries if s["submission_id"] in text]


def test_json_report_to_a_missing_folder_says_what_to_do(rr_campaign, tmp_path):
    _, _, result = rr_campaign
    with pytest.raises(ReportWriteError, match="choose a folder that exists"):
        write_json(result, tmp_path / "nowhere" / "report.json")


def test_exact_demo_campaign_reproduces_the_truth(plain_campaign):
    _, truth, result = plain_campaign
    assert result.method.mechanism == "exact" and result.respondents.count == 400
    shown = [tool for tool in result.prevalence.by_tool if tool.unapproved_use.shown]
    assert len(shown) >= 10
    for tool in shown:
        assert tool.unapproved_use.estimate == pytest.approx(truth["tools"][tool.id]["unapproved_use"], abs=1e-6)
        assert tool.unapproved_use.ci_low is None and tool.unapproved_use.method == "exact"
        if tool.use is not None and tool.use.shown:
            assert tool.use.estimate == pytest.approx(truth["tools"][tool.id]["use"], abs=1e-6)
    for row in result.data_classes.rows:
        if row.to_unapproved.shown:
            assert row.to_unapproved.estimate == pytest.approx(truth["data_to_unapproved"][row.code], abs=1e-6)
    assert result.spend.pays_out_of_pocket.estimate == pytest.approx(truth["pays_out_of_pocket"], abs=1e-6)
    assert result.prevalence.overall is not None and result.prevalence.overall.shown
    assert result.data_classes.tables


def test_exact_license_candidates_come_from_personal_paid_accounts(plain_campaign):
    summaries, _, result = plain_campaign
    assert result.license_candidates
    top = result.license_candidates[0]
    payers = sum(any(t["tool"] == top.tool_id and t.get("account_kind") == "personal_paid" for t in s["tools"])
                 for s in summaries)
    assert top.basis == "pays_personally" and top.demand.count == payers
    assert top.annual_out_of_pocket is not None


def test_unit_reports_and_the_whole_share_one_count(rr_campaign):
    summaries, _, _ = rr_campaign
    counts = tally(summaries, Q, CATALOG, make_policy(True))
    for unit in ("eng", "sales", "legal"):
        unit_report = build_report(counts, org_unit=unit)
        expected = sum((s.get("group") or {}).get("org_unit") == unit for s in summaries)
        assert unit_report.respondents.count == expected
        assert unit_report.org_unit_label == {"eng": "Engineering", "sales": "Sales", "legal": "Legal"}[unit]
        assert unit_report.prevalence.tool("chatgpt").unapproved_use.n == expected


# --- scale ----------------------------------------------------------------------------------------


def _built_summaries(count: int, rr: bool) -> tuple[list[dict[str, Any]], Policy]:
    policy = make_policy(rr)
    return built_summaries(Q, CATALOG, policy, count, "scale"), policy


@pytest.mark.parametrize("rr", [True, False], ids=["randomized", "exact"])
def test_a_hundred_thousand_summaries(rr):
    base, policy = _built_summaries(500, rr)
    many = []
    for index in range(100_000):
        summary = dict(base[index % 500])
        summary["submission_id"] = f"{index:032x}"
        many.append(summary)
    started = time.perf_counter()
    result = aggregate(many, Q, CATALOG, policy)
    elapsed = time.perf_counter() - started
    print(f"\n100,000 summaries ({'randomized' if rr else 'exact'}): report in {elapsed:.2f} s")
    assert result.respondents.count == 100_000
    # 200 copies of each base summary: every share is the base campaign's share.
    small = aggregate(base, Q, CATALOG, policy)
    for tool in ("chatgpt", "claude", "gemini"):
        assert result.prevalence.tool(tool).unapproved_use.estimate == pytest.approx(
            small.prevalence.tool(tool).unapproved_use.estimate, abs=1e-9)
    assert result.spend.pays_out_of_pocket.estimate == pytest.approx(small.spend.pays_out_of_pocket.estimate)


# --- hand-built campaigns -------------------------------------------------------------------------

_serial = itertools.count(1)


def plain(*, tools: Iterable[dict[str, Any]] = (), unit: str | None = None, pays: bool = False,
          sentiment: dict[str, str] | None = None) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "format": "candor-summary", "format_version": 2, "app": "1.0",
        "questionnaire": {"id": Q.id, "version": Q.version}, "campaign": "2026-q4",
        "submission_id": f"{next(_serial):032x}",
        "privacy": {"randomized_response": False, "epsilon_per_item": None, "randomized_items": 0,
                    "epsilon_total": None},
        "training": {}, "tools": list(tools), "spend": {"pays_out_of_pocket": pays}, "reasons": [],
    }
    if unit:
        summary["group"] = {"org_unit": unit}
    if sentiment:
        summary["sentiment"] = sentiment
    return summary


def paid(tool_id: str, band: str, reimbursed: str = "no", status: str = "not_listed") -> dict[str, Any]:
    return {"tool": tool_id, "status": status, "account_kind": "personal_paid", "spend": band,
            "reimbursed": reimbursed}


def randomized(spend_band: str, policy: Policy, epsilon: float = LN3) -> dict[str, Any]:
    return sent_randomized(Q, CATALOG, policy, next(_serial), epsilon=epsilon, spend_band=spend_band,
                           pays=spend_band != "none")


def test_exact_spend_is_the_band_midpoints_times_twelve():
    policy = make_policy(False)
    summaries = [plain(tools=[paid("chatgpt", "10_25")], pays=True) for _ in range(10)]
    summaries += [plain(tools=[paid("claude", "over_100", reimbursed="yes_fully")], pays=True) for _ in range(10)]
    summaries += [plain() for _ in range(20)]
    spend = aggregate(summaries, Q, CATALOG, policy).spend
    assert spend.currency == "EUR"
    # 10 people at 17.50 and 10 at 150 a month, over 40 respondents, times 12
    per_respondent = (10 * 17.5 + 10 * 150.0) / 40 * 12
    assert spend.annual_per_respondent.estimate == pytest.approx(per_respondent)
    assert spend.annual_total.estimate == pytest.approx(per_respondent * 40)
    assert spend.pays_out_of_pocket.estimate == pytest.approx(0.5)
    bands = {cell.code: cell.figure.estimate for cell in spend.bands.cells}
    assert bands == pytest.approx({"none": 0.5, "under_10": 0.0, "10_25": 0.25, "25_50": 0.0, "50_100": 0.0,
                                   "over_100": 0.25})


def test_exact_license_candidates_rank_by_demand_and_risk_with_out_of_pocket_spend():
    policy = make_policy(False)
    summaries = [plain(tools=[paid("chatgpt", "10_25", status="tolerated")], pays=True) for _ in range(10)]
    # deepseek: fewer payers, but prohibited and training on inputs by default
    summaries += [plain(tools=[paid("deepseek", "under_10", status="prohibited")], pays=True) for _ in range(8)]
    summaries += [plain(tools=[paid("notion-ai", "10_25", reimbursed="yes_fully")], pays=True) for _ in range(9)]
    summaries += [plain(tools=[paid("claude", "10_25")], pays=True) for _ in range(2)]
    summaries += [plain() for _ in range(30)]
    candidates = aggregate(summaries, Q, CATALOG, policy).license_candidates
    assert [item.tool_id for item in candidates] == ["deepseek", "chatgpt", "notion-ai"]  # claude: 2 payers
    by_id = {item.tool_id: item for item in candidates}
    assert by_id["chatgpt"].demand.count == 10
    # Yearly spend is published as a band (exactly it would decode into the payers' bands).
    chatgpt_spend = by_id["chatgpt"].annual_out_of_pocket
    assert chatgpt_spend.banded and chatgpt_spend.band_low <= 10 * 17.5 * 12 < chatgpt_spend.band_high
    notion_spend = by_id["notion-ai"].annual_out_of_pocket  # fully reimbursed: nothing out of pocket
    assert notion_spend.banded and notion_spend.band_low == 0.0
    assert by_id["deepseek"].status == "prohibited" and by_id["deepseek"].trains_by_default == "yes"


def test_perception_gap_against_the_leadership_benchmark():
    policy = make_policy(False, leadership_benchmark={"strategy_clear": 0.8})
    summaries = [plain(sentiment={"strategy_clear": "agree"}) for _ in range(6)]
    summaries += [plain(sentiment={"strategy_clear": "strongly_agree"}) for _ in range(6)]
    summaries += [plain(sentiment={"strategy_clear": "neutral", "strategy_successful": "agree"}) for _ in range(6)]
    summaries += [plain(sentiment={"strategy_clear": "strongly_disagree"}) for _ in range(12)]
    summaries += [plain() for _ in range(10)]
    result = aggregate(summaries, Q, CATALOG, policy)
    clear = next(item for item in result.perception_gap if item.id == "strategy_clear")
    assert clear.employees.estimate == pytest.approx(12 / 30) and clear.employees.n == 30
    assert clear.leadership == 0.8 and clear.gap == pytest.approx(0.8 - 12 / 30)
    successful = next(item for item in result.perception_gap if item.id == "strategy_successful")
    assert successful.leadership is None and successful.gap is None
    assert clear.label == "I understand what our company wants to achieve with AI."


def test_randomized_spend_amount_debiases_the_bands():
    policy = make_policy(True)
    rng = random.Random(5)
    bands = ["none", "under_10", "10_25", "25_50", "50_100", "over_100"]
    truths = rng.choices(bands, weights=[40, 5, 30, 10, 10, 5], k=2000)
    summaries = [randomized(randomize_category(truth, bands, LN3, rng), policy) for truth in truths]
    spend = aggregate(summaries, Q, CATALOG, policy).spend
    counts = {band: sum(s["randomized"]["categories"]["spend_band"] == band for s in summaries) for band in bands}
    p = keep_probability_kary(LN3, 6)
    q = (1 - p) / 5
    yearly = {"none": 0, "under_10": 60, "10_25": 210, "25_50": 450, "50_100": 900, "over_100": 1800}
    expected = sum(yearly[b] * (counts[b] / 2000 - q) / (p - q) for b in bands)
    assert expected > 0
    assert spend.annual_per_respondent.estimate == pytest.approx(expected)
    true_mean = sum(yearly[truth] for truth in truths) / 2000
    assert spend.annual_per_respondent.ci_low <= true_mean <= spend.annual_per_respondent.ci_high
    assert spend.annual_per_respondent.ci_low < expected < spend.annual_per_respondent.ci_high
    assert spend.annual_per_respondent.method == "randomized_response"
    core = estimate_categories(counts, bands, LN3)
    assert {cell.code: cell.figure.estimate for cell in spend.bands.cells} == pytest.approx(
        {band: core[band].estimate for band in bands})


def test_a_summary_of_another_mechanism_is_never_pooled_into_the_campaign():
    """The mixed-mechanism attack: one exact summary among randomized ones, pooled, can be read back
    from a single report (respondents minus randomized is 1, then the parity of the estimates). The
    campaign's policy fixes the mechanism; anything else is left out of every figure."""
    policy = make_policy(True)
    rr = [randomized("none", policy) for _ in range(200)]
    exact = plain(tools=[paid("chatgpt", "10_25")], pays=True)
    alone = aggregate(rr, Q, CATALOG, policy)
    counts = tally([*rr, exact], Q, CATALOG, policy)
    assert counts.left_out == 1 and counts.n == 200
    with_exact = build_report(counts)
    figures = {key: value for key, value in with_exact.to_dict().items() if key != "method"}
    assert figures == {key: value for key, value in alone.to_dict().items() if key != "method"}
    assert with_exact.method.left_out == 1
    assert with_exact.method.note("left_out").text.startswith("1 stored summaries were left out of every figure")
    assert with_exact.method.mechanism == "randomized_response"
    mechanisms = {cell.code: cell.figure.count for cell in with_exact.participation.by_mechanism}
    assert mechanisms == {"randomized_response": 200, "exact": 0}


def test_labels_come_from_the_catalog_questionnaire_and_policy():
    policy = make_policy(False)
    summaries = [plain(tools=[{"tool": "other:writing", "status": "not_listed"}], unit="eng") for _ in range(10)]
    summaries += [plain(tools=[{"tool": "acme-gpt", "status": "not_listed"}]) for _ in range(10)]
    result = aggregate(summaries, Q, CATALOG, policy)
    assert result.prevalence.tool("other:writing").name == "Other tools (Writing and translation)"
    assert result.prevalence.tool("acme-gpt").unapproved_use.count == 10  # an id the policy no longer has
    assert result.prevalence.tool("deepl").vendor == "DeepL SE"
    reasons = {cell.code: cell.label for cell in result.reasons.options}
    assert reasons["approval_too_slow"] == "Getting a tool approved takes too long"
    assert [cell.label for cell in result.participation.by_org_unit][:1] == ["Engineering"]
    rare = aggregate(summaries[:10] + [plain(tools=[{"tool": "acme-gpt", "status": "not_listed"}])] +
                     [plain() for _ in range(10)], Q, CATALOG, policy)
    assert rare.prevalence.tool("acme-gpt") is None  # a withheld unknown id is not even listed


def test_summaries_randomized_with_another_epsilon_are_left_out():
    """A crafted epsilon (1e-6 passes no schema now, but another valid one) must not drag the estimates."""
    policy = make_policy(True)
    rng = random.Random(9)
    own, other = [], []
    for group, epsilon in ((own, LN3), (other, 1.0)):
        for _ in range(500):
            summary = randomized("none", policy, epsilon)
            summary["randomized"]["pays_out_of_pocket"] = randomize_bit(rng.random() < 0.3, epsilon, rng)
            group.append(summary)
    pooled = aggregate(own + other, Q, CATALOG, policy).spend.pays_out_of_pocket
    alone = estimate_binary(sum(s["randomized"]["pays_out_of_pocket"] for s in own), 500, LN3)
    assert pooled.estimate == pytest.approx(alone.estimate) and pooled.n == 500
    assert aggregate(own + other, Q, CATALOG, policy).method.epsilon_per_item == (round(LN3, 6),)


def test_amounts_are_flagged_too_wide_relative_to_their_size(rr_campaign):
    from desktop.collector import privacy_rules as rules

    _, _, report = rr_campaign
    for figure in (report.spend.annual_per_respondent, report.spend.annual_total):
        assert figure.shown and figure.ci_high is not None
        half = figure.ci_high - figure.estimate  # the upper side is never clipped for amounts
        assert figure.too_wide is (half > rules.TOO_WIDE_RELATIVE_AMOUNT * figure.estimate)
    assert report.spend.annual_total.too_wide is report.spend.annual_per_respondent.too_wide


def test_approved_tools_are_shown_as_approved_not_as_a_noisy_share(rr_campaign):
    """Structural zeros: "used without approval" is false by definition for an approved tool, so no
    summary carries a bit for it and the report says "approved", never a share such as 1%."""
    summaries, _, result = rr_campaign
    assert all("microsoft-copilot" not in s["randomized"]["unapproved_use"] for s in summaries)
    copilot = result.prevalence.tool("microsoft-copilot")
    assert copilot.status == "approved" and copilot.unapproved_use.suppressed
    assert copilot.unapproved_use.reason == "approved" and copilot.unapproved_use.estimate is None
    from desktop.collector.report_html import render_html

    page = render_html(result, organization="Initech")
    assert "approved (not asked)" in page
    assert "put sensitive data (anything but public information) into an AI tool that is not approved" in page
