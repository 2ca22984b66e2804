"""Randomized estimates, aggregates only, and an attacker who knows the rule: the report shows estimates
with honest intervals, no submission id, and nothing the known-rule attack or a sum of a few payers' spend
bands could decode into one person's answer.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterable
from typing import Any

import pytest

from desktop.collector import privacy_rules as rules
from desktop.core.rr_estimate import estimate_binary
from tests.collector.suppression_attackers import interval_attack
from tests.collector.suppression_cases import (
    CATALOG,
    LN3,
    POLICY,
    K,
    Q,
    cells,
    make_policy,
    plain,
    randomized,
    report,
    tool,
)

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
