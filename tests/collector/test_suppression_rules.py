"""The collector's privacy rules: no figure from fewer than k.

Each rule is checked twice: on the pure functions of ``privacy_rules``, and end to end on
hand-built summaries whose every count is known, looking at what the report shows.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.collector import privacy_rules as rules
from tests.collector.suppression_cases import (
    cells,
    figures,
    plain,
    report,
    tool,
)

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
