"""The collector's privacy rules: no figure from fewer than k, directly or by subtraction.

Each rule is checked twice: on the pure functions of ``privacy_rules``, and end to end on
hand-built summaries whose every count is known, looking at what the report shows.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import random
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from desktop.collector import privacy_rules as rules
from desktop.collector.aggregate import aggregate, build_report
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.collector.tally import tally
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.rr_estimate import estimate_binary
from desktop.core.schema_check import load_schema
from desktop.core.summary_items import randomized_items

Q = load_questionnaire()
CATALOG = load_catalog()
VALIDATOR = Draft202012Validator(load_schema("summary"))
K = 5
LN3 = math.log(3)
UNITS = [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"},
         {"code": "legal", "label": "Legal"}]
DATA_CLASSES = ["internal", "customer_personal", "employee_data", "source_code", "credentials",
                "financial_unreleased", "legal_contracts", "health", "strategy_mna", "meeting_recordings"]
REASONS = ["no_approved_tool", "approved_tool_worse", "approval_too_slow", "did_not_know_policy", "policy_unclear",
           "more_convenient", "already_paid_personally", "colleagues_use_it", "other"]


def make_policy(rr: bool = False, **extra: Any) -> Policy:
    return Policy.from_data({"campaign": {"id": "2026-q4"},
                             "privacy": {"min_group_size": K, "randomized_response": rr},
                             "org_units": UNITS, "tools": [{"id": "deepseek", "status": "prohibited"}], **extra})


POLICY = make_policy()
_serial = itertools.count(1)


def _header(rr: bool, epsilon: float | None = None, items: int = 0) -> dict[str, Any]:
    return {"format": "candor-summary", "format_version": 2, "app": "1.0",
            "questionnaire": {"id": Q.id, "version": Q.version}, "campaign": "2026-q4",
            "submission_id": f"{next(_serial):032x}",
            "privacy": {"randomized_response": rr, "epsilon_per_item": epsilon, "randomized_items": items,
                        "epsilon_total": None if epsilon is None else epsilon * items},
            "training": {}}


def _group(summary: dict[str, Any], unit: str | None, role: str | None) -> None:
    group = {key: value for key, value in (("org_unit", unit), ("role_level", role)) if value}
    if group:
        summary["group"] = group


def plain(*, tools: Iterable[dict[str, Any]] = (), unit: str | None = None, role: str | None = None,
          pays: bool = False, reasons: Iterable[str] = (), literacy: str | None = None,
          sentiment: dict[str, str] | None = None, training: dict[str, Any] | None = None) -> dict[str, Any]:
    """A summary with randomized response off, exactly as described."""
    summary = _header(False)
    summary.update({"tools": list(tools), "spend": {"pays_out_of_pocket": pays}, "reasons": sorted(reasons)})
    summary["training"] = dict(training or {})
    _group(summary, unit, role)
    if literacy:
        summary["literacy"] = literacy
    if sentiment:
        summary["sentiment"] = dict(sentiment)
    return summary


def tool(tool_id: str, status: str = "not_listed", **facts: Any) -> dict[str, Any]:
    return {"tool": tool_id, "status": status, **facts}


def randomized(*, used: Iterable[str] = (), unit: str | None = None, epsilon: float = LN3,
               spend_band: str = "none", pays: bool = False) -> dict[str, Any]:
    """A summary with randomized response on; ``used`` are the tool bits *sent* as yes."""
    items = randomized_items(Q, CATALOG, POLICY)
    chosen = set(used)
    summary = _header(True, epsilon, items.count)
    del summary["training"]
    summary["randomized"] = {
        "any_unapproved_use": bool(chosen),
        "any_sensitive_data": False,
        "unapproved_use": {tool_id: tool_id in chosen for tool_id in items.tools},
        "data_to_unapproved": dict.fromkeys(DATA_CLASSES, False),
        "data_to_personal": dict.fromkeys(DATA_CLASSES, False),
        "pays_out_of_pocket": pays,
        "reasons": dict.fromkeys(REASONS, False),
        "categories": {"literacy": "not_answered", "policy_awareness": "not_answered", "spend_band": spend_band},
        "training": {key: "not_answered" for key in items.training_single}
        | {key: dict.fromkeys(options, False) for key, options in items.training_multi.items()},
        "sentiment": dict.fromkeys(items.sentiment, "not_answered"),
    }
    _group(summary, unit, None)
    return summary


def report(summaries: list[dict[str, Any]], policy: Policy = POLICY, **kwargs: Any) -> Report:
    for summary in summaries:
        VALIDATOR.validate(summary)  # the fixtures are real summaries
    return aggregate(summaries, Q, CATALOG, policy, **kwargs)


def figures(value: Any) -> Iterator[Figure]:
    """Every Figure anywhere in a report."""
    if isinstance(value, Figure):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from figures(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from figures(item)


def cells(breakdown: Iterable[Any]) -> dict[str, Figure]:
    return {cell.code: cell.figure for cell in breakdown}


# --- the pure rules ---------------------------------------------------------------------------------


def test_small_means_someone_but_fewer_than_k():
    assert [rules.is_small(count, 5) for count in (0, 1, 4, 5, 50)] == [False, True, True, False, False]


@pytest.mark.parametrize(("count", "n", "reason"), [
    (10, 100, None),            # both sides large
    (0, 100, None),             # nobody: nothing to protect
    (100, 100, None),           # everybody: nobody lacks it
    (3, 100, "fewer_than_k"),   # three people with the answer
    (97, 100, "fewer_than_k"),  # three people without it, shown by subtraction from the base
    (2, 4, "fewer_than_k"),     # a base below k
    (0, 4, "fewer_than_k"),
])
def test_share_reason(count, n, reason):
    assert rules.share_reason(count, n, 5) == reason


def test_no_cell_hidden_means_no_complementary_suppression():
    assert rules.suppress_cells({"a": 10, "b": 0, "c": 7}, 5) == {"a": None, "b": None, "c": None}


def test_one_small_cell_takes_the_two_next_smallest_with_it():
    # One partner is never enough: with the total shown, it would be known to within k - 1 values.
    reasons = rules.suppress_cells({"a": 30, "b": 2, "c": 9, "d": 0, "e": 12}, 5)
    assert reasons == {"a": None, "b": "fewer_than_k", "c": "complementary", "d": None, "e": "complementary"}


def test_two_small_cells_take_one_partner():
    # Two small cells alone would be known to add up to 5, so each could be 1..4 only by luck.
    reasons = rules.suppress_cells({"a": 30, "b": 2, "c": 3, "d": 9}, 5)
    assert reasons == {"a": None, "b": "fewer_than_k", "c": "fewer_than_k", "d": "complementary"}


def test_without_a_total_one_hidden_cell_stays_alone():
    reasons = rules.suppress_cells({"a": 30, "b": 2, "c": 9}, 5, total_shown=False)
    assert reasons == {"a": None, "b": "fewer_than_k", "c": None}


def test_partner_ties_go_to_the_first_and_empty_cells_are_never_partners():
    assert rules.suppress_cells({"a": 6, "b": 20, "c": 20, "d": 2}, 5) == {
        "a": "complementary", "b": "complementary", "c": None, "d": "fewer_than_k"}
    # Nothing can be a partner: the breakdown shows nothing rather than a cell that could be worked out.
    only_zeros_left = rules.suppress_cells({"a": 0, "b": 3, "c": 0}, 5)
    assert only_zeros_left == {"a": "complementary", "b": "complementary", "c": "complementary"}


def test_forced_cells_are_hidden_whatever_their_count():
    reasons = rules.suppress_cells({"a": 40, "b": 20, "c": 0}, 5, forced={"c": "complementary"})
    assert reasons["c"] == "complementary"
    assert reasons["b"] == "complementary"  # the one forced cell took the smallest visible one with it


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=8))
def test_beside_a_total_no_hidden_cell_is_ever_alone(counts):
    reasons = rules.suppress_cells({f"c{index}": count for index, count in enumerate(counts)}, 5)
    hidden = [code for code, reason in reasons.items() if reason]
    assert len(hidden) != 1
    assert all(reasons[f"c{index}"] for index, count in enumerate(counts) if 0 < count < 5)


def test_small_groups_fold_into_one_cell_and_not_stated_stays_apart():
    cells_, folded = rules.merge_small_groups({"a": 12, "b": 3, "c": 0, "d": 4, "none": 2}, 5,
                                              merged_code="other", keep=("none",))
    assert cells_ == {"a": 12, "other": 7, "none": 2}
    assert folded == ("b", "c", "d")


def test_rest_of_campaign_with_few_people_hides_the_unit_figure():
    assert rules.rest_reason(3, 40, 5) == "complementary"     # 3 outside the unit have it
    assert rules.rest_reason(37, 40, 5) == "complementary"    # 3 outside the unit lack it
    assert rules.rest_reason(0, 40, 5) is None
    assert rules.rest_reason(20, 40, 5) is None


# --- fewer than k, end to end -------------------------------------------------------------------


def test_sentiment_answered_by_four_of_a_hundred_is_withheld():
    summaries = [plain() for _ in range(96)]
    summaries += [plain(sentiment={"strategy_clear": "agree"}) for _ in range(4)]
    result = report(summaries)
    assert result.respondents.estimate == 100 and result.respondents.shown
    clear = next(item for item in result.sentiment if item.id == "strategy_clear")
    assert clear.agree.suppressed and clear.agree.reason == "fewer_than_k" and clear.agree.estimate is None
    assert clear.distribution.respondents.suppressed
    assert all(cell.figure.suppressed for cell in clear.distribution.cells)
    gap = next(item for item in result.perception_gap if item.id == "strategy_clear")
    assert gap.employees.suppressed and gap.gap is None


def test_a_tool_used_by_fewer_than_k_is_withheld_and_so_is_one_almost_everyone_uses():
    summaries = [plain(tools=[tool("claude")]) for _ in range(3)]
    summaries += [plain(tools=[tool("chatgpt")]) for _ in range(97)]
    summaries += [plain(tools=[tool("gemini")]) for _ in range(10)]  # gemini: 10 of 110
    result = report(summaries)
    by_id = {item.id: item.unapproved_use for item in result.prevalence.by_tool}
    assert by_id["claude"].suppressed and by_id["claude"].reason == "fewer_than_k"
    assert by_id["gemini"].estimate == pytest.approx(10 / 110) and by_id["gemini"].count == 10
    assert by_id["chatgpt"].shown  # 97 with it, 13 without
    fewer = [plain(tools=[tool("chatgpt")]) for _ in range(97)] + [plain() for _ in range(3)]
    chatgpt = report(fewer).prevalence.tool("chatgpt")
    assert chatgpt is not None and chatgpt.unapproved_use.suppressed  # the 3 without follow from 100 - 97


def test_every_cell_of_a_breakdown_is_checked_and_one_hidden_cell_takes_partners():
    summaries = ([plain(literacy="beginner") for _ in range(2)] + [plain(literacy="basic") for _ in range(30)]
                 + [plain(literacy="confident") for _ in range(40)] + [plain(literacy="advanced") for _ in range(28)])
    literacy = report(summaries).literacy
    shown = cells(literacy.cells)
    assert shown["beginner"].reason == "fewer_than_k"
    assert shown["advanced"].reason == "complementary" and shown["basic"].reason == "complementary"  # the smallest
    assert shown["confident"].estimate == pytest.approx(0.40) and shown["confident"].count == 40
    # An attacker knows the total and the visible cells: the three hidden ones are only known together.
    hidden_together = literacy.respondents.count - sum(f.count for f in shown.values() if f.shown)
    assert hidden_together == 60 and len([f for f in shown.values() if f.suppressed]) == 3


def test_data_class_table_rows_get_complementary_suppression():
    summaries = [plain(tools=[tool("chatgpt", "not_listed", data_classes=["customer_personal"])]) for _ in range(30)]
    summaries += [plain(tools=[tool("microsoft-copilot", "approved", data_classes=["customer_personal"])])
                  for _ in range(12)]
    summaries += [plain(tools=[tool("deepseek", "prohibited", data_classes=["customer_personal"])]) for _ in range(2)]
    summaries += [plain() for _ in range(56)]
    row = report(summaries).data_classes.row("customer_personal")
    assert row is not None and row.any_tool is not None and row.any_tool.count == 44
    status = cells(row.by_status)
    assert status["prohibited"].reason == "fewer_than_k"
    assert status["approved"].reason == "complementary" and status["not_listed"].reason == "complementary"
    assert status["tolerated"].count == 0


def test_an_amount_over_exact_bands_is_withheld_when_a_band_is():
    # One band with two people: with the bands' mean shown, it would be one equation too many.
    payers = [plain(tools=[tool("chatgpt", account_kind="personal_paid", spend="10_25")], pays=True)
              for _ in range(20)]
    payers += [plain(tools=[tool("claude", account_kind="personal_paid", spend="over_100")], pays=True)
               for _ in range(2)]
    result = report(payers + [plain() for _ in range(40)])
    bands = cells(result.spend.bands.cells)
    assert bands["over_100"].reason == "fewer_than_k"
    assert result.spend.annual_per_respondent.suppressed
    assert result.spend.annual_per_respondent.reason == "complementary"
    assert result.spend.annual_total.suppressed


def test_a_campaign_below_k_shows_nothing_and_says_why():
    result = report([plain(tools=[tool("chatgpt")], literacy="basic") for _ in range(4)])
    assert result.notice is not None and result.notice.code == "withheld_fewer_than_k"
    assert all(figure.suppressed for figure in figures(result))
    assert result.to_dict()["respondents"] is None


# --- subtraction ----------------------------------------------------------------------------------


def test_subtraction_attack_on_org_unit_participation_fails():
    """Legal has k - 1 = 4 members and the total is shown: total minus what is visible must not give 4."""
    summaries = ([plain(unit="eng") for _ in range(20)] + [plain(unit="sales") for _ in range(12)]
                 + [plain(unit="legal") for _ in range(K - 1)] + [plain() for _ in range(9)])
    participation = report(summaries).participation
    total = participation.respondents.count
    assert total == 45
    shown = {cell.code: cell for cell in participation.by_org_unit}
    assert shown["other_units"].members == ("legal",) and shown["other_units"].figure.reason == "fewer_than_k"
    assert "legal" not in shown
    visible = {code: cell.figure.count for code, cell in shown.items() if cell.figure.shown}
    hidden = {code: cell.figure.reason for code, cell in shown.items() if cell.figure.suppressed}
    assert visible == {"eng": 20}
    assert hidden == {"sales": "complementary", "other_units": "fewer_than_k", "not_stated": "complementary"}
    # The attacker's best effort: what the hidden cells hold together, and every size of the small
    # cell that agrees with everything shown (a fewer-than-k cell holds 1..k-1; the two partners
    # each at least k and, being the smallest, less than eng's 20, which is listed before them).
    remainder = total - sum(visible.values())
    splits = [small for small in range(1, K) if 2 * K <= remainder - small <= 2 * (visible["eng"] - 1)]
    assert splits == [1, 2, 3, 4], f"the small unit's size is narrowed: {splits}"


def test_unit_report_withholds_what_subtraction_from_the_whole_would_reveal():
    # chatgpt: 10 of 20 in eng, and only 3 people outside eng. Whole minus eng would show those 3.
    summaries = ([plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(10)]
                 + [plain(unit="eng") for _ in range(10)]
                 + [plain(unit="sales", tools=[tool("chatgpt")]) for _ in range(3)]
                 + [plain(unit="sales") for _ in range(17)])
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = build_report(counts).prevalence.tool("chatgpt")
    eng = build_report(counts, org_unit="eng").prevalence.tool("chatgpt")
    assert whole is not None and eng is not None
    assert whole.unapproved_use.count == 13
    assert eng.unapproved_use.suppressed and eng.unapproved_use.reason == "complementary"


def test_unit_below_k_gets_a_fully_withheld_report_that_says_why():
    summaries = [plain(unit="eng", tools=[tool("chatgpt")], literacy="basic") for _ in range(30)]
    summaries += [plain(unit="legal", tools=[tool("chatgpt")], literacy="basic") for _ in range(K - 1)]
    legal = report(summaries, org_unit="legal")
    assert legal.org_unit == "legal" and legal.org_unit_label == "Legal"
    assert legal.notice is not None and "fewer than 5 respondents" in legal.notice.text
    every = list(figures(legal))
    assert every and all(figure.suppressed and figure.reason == "fewer_than_k" for figure in every)
    assert legal.license_candidates == ()
    data = legal.to_dict()
    assert data["respondents"] is None
    assert all(item["unapproved_use"] is None and item["suppressed"] for item in data["tools"])


def test_a_unit_whose_size_the_whole_report_hides_gets_no_report_of_its_own():
    # Legal (4) is folded away and sales (6) hidden as its partner: a sales report would give 6 away,
    # and with it legal's 4.
    summaries = ([plain(unit="eng") for _ in range(40)] + [plain(unit="sales") for _ in range(6)]
                 + [plain(unit="legal") for _ in range(4)] + [plain() for _ in range(12)])
    whole = cells(report(summaries).participation.by_org_unit)
    assert whole["other_units"].reason == "fewer_than_k" and whole["sales"].reason == "complementary"
    sales = report(summaries, org_unit="sales")
    assert sales.notice is not None and sales.notice.code == "withheld_unit_size_hidden"
    assert sales.respondents.suppressed and sales.to_dict()["respondents"] is None
    assert whole["not_stated"].reason == "complementary"  # the second partner
    assert report(summaries, org_unit="eng").respondents.count == 40


def test_unit_leaving_fewer_than_k_outside_it_is_withheld_too():
    summaries = [plain(unit="eng") for _ in range(30)] + [plain(unit="sales") for _ in range(2)]
    eng = report(summaries, org_unit="eng")
    assert eng.notice is not None and eng.notice.code == "withheld_complementary"
    assert all(figure.suppressed and figure.reason == "complementary" for figure in figures(eng))


def test_unit_report_shows_only_its_own_aggregates():
    summaries = [plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(20)]
    summaries += [plain(unit="sales") for _ in range(20)]
    eng = report(summaries, org_unit="eng")
    assert eng.respondents.count == 20
    chatgpt = eng.prevalence.tool("chatgpt")
    assert chatgpt is not None and chatgpt.unapproved_use.estimate == 1.0
    assert [cell.code for cell in eng.participation.by_org_unit] == ["eng"]


# --- randomized response ------------------------------------------------------------------------


def _rr_campaign(n: int, share: float, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [randomized(used=["chatgpt"] if rng.random() < share else []) for _ in range(n)]


def test_randomized_estimates_carry_intervals_and_match_the_core_estimator():
    summaries = _rr_campaign(1000, 0.4)
    figure = report(summaries, make_policy(rr=True)).prevalence.tool("chatgpt").unapproved_use
    sent_yes = sum(s["randomized"]["unapproved_use"]["chatgpt"] for s in summaries)
    expected = estimate_binary(sent_yes, 1000, LN3)
    assert figure.method == "randomized_response" and figure.count is None
    assert (figure.estimate, figure.ci_low, figure.ci_high) == pytest.approx(
        (expected.estimate, expected.ci_low, expected.ci_high))
    assert figure.n == 1000 and not figure.too_wide


def test_small_randomized_groups_are_flagged_too_wide_and_below_k_withheld():
    wide = report(_rr_campaign(20, 0.5), make_policy(rr=True)).prevalence.tool("chatgpt").unapproved_use
    assert wide.shown and wide.too_wide and wide.ci_high - wide.ci_low > 0.3
    tiny = report(_rr_campaign(K - 1, 0.5), make_policy(rr=True)).prevalence.tool("chatgpt").unapproved_use
    assert tiny.suppressed and tiny.reason == "fewer_than_k" and tiny.estimate is None and tiny.ci_low is None


# --- aggregates only ------------------------------------------------------------------------------


def test_no_submission_id_reaches_the_report():
    summaries = [plain(unit="eng", tools=[tool("chatgpt", data_classes=["internal"])], literacy="basic")
                 for _ in range(30)]
    summaries += _rr_campaign(30, 0.5)
    text = json.dumps(report(summaries, make_policy(rr=True)).to_dict())
    assert not [s["submission_id"] for s in summaries if s["submission_id"] in text]


# --- an attacker who knows the rule ----------------------------------------------------------------


def _attack(cells_: Iterable[Any], total: int) -> dict[str, tuple[int, int]]:
    """The finding's attack on a published breakdown: the rule's boxes, the total, the interval formula."""
    from tests.collector.test_suppression_audit import interval_attack

    cells_ = list(cells_)
    counts = {cell.code: cell.figure.count if cell.figure.shown else 0 for cell in cells_}
    reasons = {cell.code: cell.figure.reason for cell in cells_}
    return interval_attack(counts, reasons, K, total)


def test_the_known_rule_attack_fails_on_summaries_from_the_real_builder():
    """12 individual contributors, 11 team leads, 5 managers, 5 senior leaders, 4 who did not say.

    Before: the 4 were withheld with the first 5 as their partner. Knowing that a partner is the
    smallest visible cell, an attacker had 37 - 12 - 11 - 5 = 9 hidden, the partner between 5 and 5,
    and so exactly 4 who did not state their role.
    """
    from tests.collector.built_summaries import built_with_groups

    groups = {(None, "individual_contributor"): 12, (None, "team_lead"): 11, (None, "manager"): 5,
              (None, "senior_leader"): 5, (None, None): 4}
    summaries = built_with_groups(Q, CATALOG, POLICY, groups, "known-rule")
    by_role = report(summaries).participation.by_role_level
    assert report(summaries).respondents.count == 37
    attack = _attack(by_role, 37)
    for cell in by_role:
        if cell.figure.reason == "fewer_than_k":
            assert attack[cell.code] == (1, K - 1), (cell.code, attack[cell.code])
        elif cell.figure.suppressed:
            assert attack[cell.code][1] - attack[cell.code][0] + 1 >= K, (cell.code, attack[cell.code])
    assert cells(by_role)["not_stated"].suppressed

    # With more room, the large groups stay visible and the small one still cannot be worked out.
    groups = {(None, "individual_contributor"): 40, (None, "team_lead"): 21, (None, "manager"): 9,
              (None, "senior_leader"): 12, (None, None): 4}
    by_role = report(built_with_groups(Q, CATALOG, POLICY, groups, "room")).participation.by_role_level
    shown = cells(by_role)
    assert shown["individual_contributor"].count == 40 and shown["team_lead"].count == 21
    assert shown["not_stated"].reason == "fewer_than_k"
    assert _attack(by_role, 86)["not_stated"] == (1, K - 1)


def test_a_single_choice_answer_almost_everyone_gave_is_not_shown():
    """36 of 40 say "confident": showing it says the 4 others all answered otherwise."""
    summaries = ([plain(literacy="confident") for _ in range(36)] + [plain(literacy="basic") for _ in range(2)]
                 + [plain(literacy="advanced") for _ in range(2)] + [plain() for _ in range(10)])
    literacy = report(summaries).literacy
    shown = cells(literacy.cells)
    assert shown["confident"].suppressed
    # Nothing else could protect it: the question shows nothing, not even how many answered it.
    assert all(figure.suppressed for figure in shown.values()) and literacy.respondents.suppressed
    assert literacy.to_dict()["respondents"]["estimate"] is None
    # One answer given by all but three: the same.
    summaries = [plain(literacy="confident") for _ in range(37)] + [plain(literacy="basic") for _ in range(3)]
    assert cells(report(summaries).literacy.cells)["confident"].suppressed
    # Sentiment, the same question type.
    summaries = [plain(sentiment={"strategy_clear": "agree"}) for _ in range(30)]
    summaries += [plain(sentiment={"strategy_clear": "disagree"}) for _ in range(3)]
    clear = next(item for item in report(summaries).sentiment if item.id == "strategy_clear")
    assert clear.agree.suppressed


def _old_rule(counts: dict[str, int], rest: dict[str, int] | None = None) -> dict[str, str | None]:
    """The rules before the audit, for comparison: small cells, rest-forced cells, one partner."""
    reasons: dict[str, str | None] = {}
    for code, count in counts.items():
        if rest is not None and count and 0 < rest[code] < K:
            reasons[code] = "complementary"
        else:
            reasons[code] = "fewer_than_k" if 0 < count < K else None
    hidden = [code for code, reason in reasons.items() if reason]
    if len(hidden) == 1:
        visible = [code for code, reason in reasons.items() if reason is None]
        order = list(counts)
        reasons[min(visible, key=lambda c: (counts[c] == 0, counts[c], order.index(c)))] = "complementary"
    return reasons


LEVELS = ("beginner", "basic", "confident", "advanced")
WHOLE = {"beginner": 3, "basic": 10, "confident": 15, "advanced": 7}
ENG = {"beginner": 1, "basic": 5, "confident": 6, "advanced": 7}


def test_the_old_rules_let_the_unit_report_pin_the_whole_campaigns_small_cell():
    # The whole shows basic 10 and confident 15; eng shows confident 6 and advanced 7 (beginner
    # withheld because the rest has 2, basic as its partner). Eng's advanced 7 was not withheld, so
    # the rest has 0 or at least 5 advanced: the whole's advanced (a partner, 5..10) is 7, and its
    # withheld beginners are exactly 3.
    rest = {code: WHOLE[code] - ENG[code] for code in LEVELS}
    old_whole, old_eng = _old_rule(WHOLE), _old_rule(ENG, rest)
    assert [code for code in LEVELS if old_whole[code] is None] == ["basic", "confident"]
    assert [code for code in LEVELS if old_eng[code] is None] == ["confident", "advanced"]
    possible = set()
    for beginner, basic in itertools.product(range(11), range(7)):
        whole = {**WHOLE, "beginner": beginner, "advanced": 10 - beginner}
        eng = {**ENG, "beginner": basic and 6 - basic, "basic": basic}
        if any(eng[code] > whole[code] for code in LEVELS):
            continue
        rest_ = {code: whole[code] - eng[code] for code in LEVELS}
        same = all((_old_rule(whole)[c] is None) == (old_whole[c] is None) for c in LEVELS) and all(
            (_old_rule(eng, rest_)[c] is None) == (old_eng[c] is None) for c in LEVELS)
        if same and _old_rule(whole)["beginner"] == "fewer_than_k":
            possible.add(beginner)
    assert possible == {3}


def test_the_unit_report_beside_the_whole_campaign_is_audited_together():
    summaries = [plain(unit="eng", literacy=level) for level in LEVELS for _ in range(ENG[level])]
    summaries += [plain(unit="sales", literacy=level) for level in LEVELS for _ in range(WHOLE[level] - ENG[level])]
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = cells(build_report(counts).literacy.cells)
    eng = cells(build_report(counts, org_unit="eng").literacy.cells)
    assert {code for code, figure in whole.items() if figure.shown} == {"confident"}
    # Eng withholds what the whole withholds, whatever its own counts, and shows the rest.
    assert {code: figure.reason for code, figure in eng.items()} == {
        "beginner": "complementary", "basic": "complementary", "confident": None, "advanced": "complementary"}
    assert eng["confident"].count == 6

    # The attacker with both reports, by brute force over everything they cannot see.
    from desktop.collector import suppression_audit as audited
    from desktop.collector.int_sets import values

    published_whole = audited.protect_distribution(WHOLE, K).reasons
    protection = audited.protect_distribution(ENG, K, {c: WHOLE[c] - ENG[c] for c in LEVELS})
    published_eng = protection.reasons
    found: dict[str, set[int]] = {"whole": set(), "rest": set()}
    rests: dict[str, set[int]] = {code: set() for code in LEVELS}
    units: dict[str, set[int]] = {code: set() for code in LEVELS}
    others = ("beginner", "basic", "advanced")
    for whole_values in itertools.product(range(21), repeat=2):
        candidate = {"confident": 15, "beginner": whole_values[0], "basic": whole_values[1],
                     "advanced": 20 - sum(whole_values)}
        if candidate["advanced"] < 0 or audited.protect_distribution(candidate, K).reasons != published_whole:
            continue
        for unit_values in itertools.product(*(range(min(candidate[c], 13) + 1) for c in others[:2])):
            unit = {"confident": 6, "beginner": unit_values[0], "basic": unit_values[1],
                    "advanced": 13 - sum(unit_values)}
            if not 0 <= unit["advanced"] <= candidate["advanced"]:
                continue
            rest = {c: candidate[c] - unit[c] for c in LEVELS}
            if audited.protect_distribution(unit, K, rest).reasons == published_eng:
                found["whole"].add(candidate["beginner"])
                found["rest"].add(rest["beginner"])
                for code in LEVELS:
                    rests[code].add(rest[code])
                    units[code].add(unit[code])
    assert found["whole"] == {1, 2, 3, 4}  # the whole's small cell: still any of 1..4
    assert {1, 2, 3, 4} <= found["rest"]  # nor is the rest of the campaign's
    # And the audit worked out exactly what this attacker can.
    for code in others:
        assert values(protection.audit.rest_feasible[code]) == sorted(rests[code]), code
        assert values(protection.audit.feasible[code]) == sorted(units[code]), code


def test_a_cell_withheld_for_the_rest_of_the_campaign_says_so_in_every_writer():
    from desktop.collector.report_csv import render_csv
    from desktop.collector.report_html import render_html
    from desktop.collector.report_json import report_dict

    eng = {"basic": 28, "confident": 12, "advanced": 40}
    sales = {"basic": 2, "confident": 18, "advanced": 10}
    summaries = [plain(unit="eng", literacy=level) for level, count in eng.items() for _ in range(count)]
    summaries += [plain(unit="sales", literacy=level) for level, count in sales.items() for _ in range(count)]
    result = report(summaries, org_unit="eng")
    basic = cells(result.literacy.cells)["basic"]
    assert basic.reason == "rest_fewer_than_k" and basic.estimate is None  # the 2 in sales follow from 30 - 28
    words = "withheld (fewer than 5 outside this org unit)"
    assert words in render_html(result, organization="Acme")
    row = next(line for line in render_csv(result).splitlines() if line.startswith("literacy,basic,"))
    assert "rest_fewer_than_k" in row and words in row
    literacy = report_dict(result)["literacy"]
    assert next(cell for cell in literacy["cells"] if cell["code"] == "basic")["reason"] == "rest_fewer_than_k"


# --- spend summed over a few payers ----------------------------------------------------------------


def _payer_amounts() -> list[float]:
    """What one payer can add to a tool's yearly out-of-pocket spend, from the questionnaire's bands."""
    from desktop.core.spend import MONTHS_PER_YEAR, band_midpoint
    from desktop.core.tool_answers import question_feeding

    spend = question_feeding(Q, "tool.spend")
    assert spend is not None
    return [0.0, *(band_midpoint(*option.monthly) * MONTHS_PER_YEAR for option in spend.options if option.monthly)]


def _decodings(band: tuple[float, float], payers: int, amounts: list[float]) -> list[dict[float, int]]:
    """Every way ``payers`` people can have chosen their bands, given the published band."""
    low, high = band
    return [{amount: combo.count(amount) for amount in amounts}
            for combo in itertools.combinations_with_replacement(amounts, payers) if low <= sum(combo) < high]


def test_no_payers_band_follows_from_a_tools_spend_band():
    amounts = _payer_amounts()
    assert amounts == [0.0, 60.0, 210.0, 450.0, 900.0, 1800.0]
    for payers in range(K, 10):
        for combo in itertools.combinations_with_replacement(amounts, payers):
            band = rules.amount_band(sum(combo), payers, amounts)
            assert band[0] <= sum(combo) < band[1]
        bands = {rules.amount_band(sum(combo), payers, amounts)
                 for combo in itertools.combinations_with_replacement(amounts, payers)}
        for band in bands:
            decodings = _decodings(band, payers, amounts)
            for amount in amounts:
                heads = {decoding[amount] for decoding in decodings}
                assert heads == {0} or len(heads) > 1, (payers, band, amount, heads)


def test_a_tools_spend_cannot_be_decoded_into_its_payers_bands():
    # Six payers and EUR 2,850 a year: summed exactly, that is five at EUR 10-25 a month and one
    # over EUR 100, and nothing else.
    amounts = _payer_amounts()
    assert _decodings((2850, 2851), 6, amounts) == [
        {0.0: 0, 60.0: 0, 210.0: 5, 450.0: 0, 900.0: 0, 1800.0: 1}]
    payers = [plain(tools=[tool("chatgpt", account_kind="personal_paid", spend="10_25", reimbursed="no")], pays=True)
              for _ in range(5)]
    payers.append(plain(tools=[tool("chatgpt", account_kind="personal_paid", spend="over_100", reimbursed="no")],
                        pays=True))
    result = report(payers + [plain() for _ in range(30)])
    candidate = next(item for item in result.license_candidates if item.tool_id == "chatgpt")
    spent = candidate.annual_out_of_pocket
    assert spent is not None and spent.banded and spent.n == 6
    assert (spent.band_low, spent.band_high) == (0.0, 5000.0)
    decodings = _decodings((spent.band_low, spent.band_high), 6, amounts)
    assert len(decodings) > 100
    for amount in amounts:
        assert len({decoding[amount] for decoding in decodings}) > 1
    # Every writer shows the band, not a number.
    from desktop.collector.report_csv import render_csv
    from desktop.collector.report_html import render_html
    from desktop.collector.report_json import report_dict

    page = render_html(result, organization="Acme")
    assert "EUR 0 to EUR 5,000" in page and "2,850" not in page and "2,500" not in page
    row = next(line for line in render_csv(result).splitlines()
               if line.startswith("license_candidates,chatgpt,") and "annual_out_of_pocket" in line)
    assert "band_low=0; band_high=5000" in row and "EUR 0 to EUR 5,000" in row and "2850" not in row
    data = next(item for item in report_dict(result)["license_candidates"] if item["tool_id"] == "chatgpt")
    assert (data["annual_out_of_pocket"]["band_low"], data["annual_out_of_pocket"]["band_high"]) == (0.0, 5000.0)
    assert result.method.note("license_spend_band") is not None


def test_org_unit_reports_leave_a_tools_spend_out():
    paying = [plain(unit="eng", tools=[tool("chatgpt", account_kind="personal_paid", spend="10_25",
                                            reimbursed="no")], pays=True) for _ in range(8)]
    paying += [plain(unit="sales", tools=[tool("chatgpt", account_kind="personal_paid", spend="25_50",
                                               reimbursed="no")], pays=True) for _ in range(7)]
    summaries = paying + [plain(unit="eng") for _ in range(20)] + [plain(unit="sales") for _ in range(20)]
    whole = next(item for item in report(summaries).license_candidates if item.tool_id == "chatgpt")
    eng = next(item for item in report(summaries, org_unit="eng").license_candidates if item.tool_id == "chatgpt")
    assert whole.annual_out_of_pocket is not None and whole.annual_out_of_pocket.banded
    assert eng.demand.count == 8
    assert eng.annual_out_of_pocket is not None and eng.annual_out_of_pocket.reason == "complementary"
    assert report(summaries, org_unit="eng").method.note("license_spend_unit") is not None


def test_a_question_that_shows_nothing_says_so_in_words():
    from desktop.collector.report_html import render_html

    summaries = [plain(literacy="confident") for _ in range(37)] + [plain(literacy="basic") for _ in range(3)]
    page = render_html(report(summaries), organization="Acme")
    assert "Nothing of this question is shown, not even how many answered it" in page


def _exact_cells(built: Report) -> dict[tuple[str, str], Figure]:
    """The exact figures of a report that several reports can be subtracted on: people per role
    level, the exact training and literacy answers, and each tool's exact share."""
    found: dict[tuple[str, str], Figure] = {}
    for cell in built.participation.by_role_level:
        found["role", cell.code] = cell.figure
    for name in ("received", "on_work_time"):
        for cell in getattr(built.training, name).cells:
            found[f"training_{name}", cell.code] = cell.figure
    for cell in built.literacy.cells:
        found["literacy", cell.code] = cell.figure
    for item in built.prevalence.by_tool:
        if item.unapproved_use.method == "exact":
            found["unapproved_use", item.id] = item.unapproved_use
    return {key: figure for key, figure in found.items() if figure.method == "exact"}


def _pinned_by_subtraction(counts: Any, units: Iterable[str]) -> list[tuple[Any, ...]]:
    """Every cell that the whole report minus the reports of one or more units pins at 1..k-1
    people (with the answer, or for a share without it), over every such set of units."""
    whole = _exact_cells(build_report(counts))
    per_unit = {unit: _exact_cells(build_report(counts, org_unit=unit)) for unit in units}
    pinned = []
    for size in range(1, len(per_unit) + 1):
        for chosen in itertools.combinations(per_unit, size):
            for key, figure in whole.items():
                parts = [per_unit[unit].get(key) for unit in chosen]
                if not figure.shown or any(part is None or not part.shown for part in parts):
                    continue
                left = (figure.count or 0) - sum(part.count or 0 for part in parts if part is not None)
                if rules.is_small(left, K):
                    pinned.append((chosen, key, left))
                if figure.kind == "share":
                    left_n = (figure.n or 0) - sum(part.n or 0 for part in parts if part is not None)
                    if rules.is_small(left_n - left, K):
                        pinned.append((chosen, key, "without", left_n - left))
    return pinned


def test_whole_minus_two_unit_reports_pins_no_one():
    """Units eng, sales and legal: 2 of legal's people are team leads. The whole report shows 22
    team leads, eng's and sales' reports 10 each; each unit's rest (12) is safe, but whole minus
    eng minus sales is legal's 2. So no unit report may show its team leads (here, with only two
    roles filled, the unit's role table then shows nothing at all: one withheld cell beside the
    respondents would be no secret)."""
    from tests.collector.built_summaries import built_with_groups

    groups = {("eng", "individual_contributor"): 20, ("eng", "team_lead"): 10,
              ("sales", "individual_contributor"): 20, ("sales", "team_lead"): 10,
              ("legal", "individual_contributor"): 20, ("legal", "team_lead"): 2}
    summaries = built_with_groups(Q, CATALOG, POLICY, groups, "three-units")
    counts = tally(summaries, Q, CATALOG, POLICY)
    whole = cells(build_report(counts).participation.by_role_level)
    assert whole["team_lead"].count == 22
    for unit in ("eng", "sales"):
        lead = cells(build_report(counts, org_unit=unit).participation.by_role_level)["team_lead"]
        assert lead.suppressed, (unit, lead)
    assert _pinned_by_subtraction(counts, ("eng", "sales", "legal")) == []


@given(st.integers(0, 12), st.lists(st.integers(0, 12), max_size=6), st.integers(2, 6))
def test_remainder_rule_is_exactly_every_set_of_other_units(unstated, others, k):
    """The closed form against the definition: some set S of the other units leaves whole minus
    unit minus S (the not-stated people plus the units outside S) at 1..k-1."""
    by_enumeration = any(
        rules.is_small(unstated + sum(count for index, count in enumerate(others) if index not in chosen), k)
        for size in range(len(others) + 1) for chosen in itertools.combinations(range(len(others)), size))
    assert rules.remainder_small(unstated, others, k) == by_enumeration


def _random_campaign(rng: random.Random) -> list[dict[str, Any]]:
    """A few units (and some who stated none) with small, lopsided groups: many cells of 1..k-1."""
    roles = ["individual_contributor", "team_lead", "manager", None]
    literacy = ["basic", "confident", "advanced", None]
    summaries = []
    for unit in ("eng", "sales", "legal", None):
        role_weights = [rng.randint(0, 6) for _ in roles]
        for _ in range(rng.choice([0, 2, 6, 9, 14, 20]) if unit is None else rng.randint(K, 22)):
            used = [tool(name) for name, chance in (("chatgpt", 0.3), ("microsoft-copilot", 0.8))
                    if rng.random() < chance]
            summaries.append(plain(unit=unit, role=rng.choices(roles, [w + 1 for w in role_weights])[0],
                                   literacy=rng.choice(literacy), tools=used))
    return summaries


@pytest.mark.parametrize("seed", range(40))
def test_no_set_of_unit_reports_pins_anyone_in_the_whole_report(seed):
    """Whole minus the sum of any set of published unit reports shows no cell of 1..k-1, for
    random three-unit campaigns: role levels, literacy answers and exact tool shares."""
    counts = tally(_random_campaign(random.Random(seed)), Q, CATALOG, POLICY)
    assert _pinned_by_subtraction(counts, ("eng", "sales", "legal")) == []
