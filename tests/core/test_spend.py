"""Out-of-pocket spend: band midpoints, open-ended bands, totals, currency and the hint."""

from __future__ import annotations

import pytest

from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.risk import default_texts
from desktop.core.spend import (
    OPEN_ENDED_FACTOR,
    SpendLine,
    band_midpoint,
    format_amount,
    summarize_spend,
)
from desktop.core.tool_answers import ToolAnswers, question_feeding


def paid(tool_id: str, band: tuple[float, float | None] | None, reimbursed: str | None = None) -> ToolAnswers:
    return ToolAnswers(tool_id=tool_id, account_kind="personal_paid", spend="x" if band else None, spend_band=band,
                       reimbursed=reimbursed)


def summarize(*answers: ToolAnswers, currency: str = "EUR", lang: str = "en"):
    names = {item.tool_id: item.tool_id.title() for item in answers}
    return summarize_spend(answers, names, currency, default_texts(), lang)


@pytest.mark.parametrize(
    ("low", "high", "mid"),
    [(0, 10, 5), (10, 25, 17.5), (25, 50, 37.5), (50, 100, 75), (100, None, 150), (0, None, 0)],
)
def test_band_midpoint(low, high, mid):
    assert band_midpoint(low, high) == mid


def test_open_ended_factor_is_one_and_a_half():
    assert OPEN_ENDED_FACTOR == 1.5


def test_every_band_in_the_questionnaire_has_a_midpoint_inside_or_above_it():
    question = question_feeding(load_questionnaire(), "tool.spend")
    assert question is not None and question.options
    for option in question.options:
        low, high = option.monthly
        mid = band_midpoint(low, high)
        assert (low <= mid <= high) if high is not None else mid == low * OPEN_ENDED_FACTOR


def test_totals_add_up_to_the_figures_shown_per_tool():
    summary = summarize(paid("alpha", (10, 25), "no"), paid("beta", (10, 25), "no"), currency="EUR")
    assert [line.monthly_mid for line in summary.per_tool] == [18, 18]
    assert summary.monthly_mid_total == 36 and summary.yearly_mid_total == 432


def test_totals_lines_and_currency():
    summary = summarize(paid("alpha", (10, 25), "no"), paid("beta", (100, None), "yes_fully"), currency="CHF")
    assert summary.per_tool == (
        SpendLine("alpha", "Alpha", 10.0, 25.0, 18.0, "no"),  # 17.5 shown and counted as 18
        SpendLine("beta", "Beta", 100.0, None, 150.0, "yes_fully"),
    )
    assert summary.monthly_mid_total == 168
    assert summary.yearly_mid_total == 2016
    assert summary.out_of_pocket_yearly_mid == 216
    assert summary.currency == "CHF"
    assert summary.pays_personally
    assert summary.hint == (
        "You pay about 216 CHF a year for AI tools out of your own pocket. Ask your manager for a company licence"
        " or to be paid back; where a tool has a business plan that keeps data out of training, that would"
        " also protect company data."
    )


def test_a_line_is_a_plain_tuple_too():
    (line,) = summarize(paid("alpha", (0, 10))).per_tool
    tool_id, name, low, high, mid, reimbursed = line
    assert (tool_id, name, low, high, mid, reimbursed) == ("alpha", "Alpha", 0.0, 10.0, 5.0, None)


def test_tools_without_a_spend_answer_are_left_out_not_guessed():
    summary = summarize(paid("alpha", None, "no"), paid("beta", (0, 10), "yes_fully"))
    assert [line.tool_id for line in summary.per_tool] == ["beta"]


def test_no_spend():
    summary = summarize()
    assert (summary.per_tool, summary.monthly_mid_total, summary.yearly_mid_total) == ((), 0, 0)
    assert not summary.pays_personally
    assert summary.hint == "You don't pay for any AI tool yourself."


def test_everything_reimbursed():
    summary = summarize(paid("alpha", (25, 50), "yes_fully"))
    assert summary.out_of_pocket_yearly_mid == 0
    assert summary.hint == "You spend about 456 EUR a year on AI tools, and your company pays it back in full."


@pytest.mark.parametrize("reimbursed", ["yes_partly", "no", "not_asked", None])
def test_anything_not_fully_reimbursed_suggests_a_licence_or_reimbursement(reimbursed):
    summary = summarize(paid("alpha", (50, 100), reimbursed))
    assert summary.out_of_pocket_yearly_mid == 900
    assert summary.hint.startswith("You pay about 900 EUR a year")
    assert "company licence" in summary.hint and "paid back" in summary.hint


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (2010, "en", "2,010"),
        (2010, "de", "2.010"),
        (2010, "de_CH", "2.010"),
        (2010, "fr", "2\u202f010"),
        (2010, "es", "2.010"),
        (2010, "xx", "2010"),
        (150.4, "en", "150"),
        (1234567, "en", "1,234,567"),
    ],
)
def test_format_amount(value, lang, text):
    assert format_amount(value, lang) == text
