"""The questionnaire's longest path stays within 15 minutes by the time model the wizard shows."""

import pytest

from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.time_estimate import longest_path, minutes_left, seconds_left, steps_of


def test_the_longest_path_is_17_pages_and_53_questions():
    steps = longest_path(load_questionnaire(), tools=3)
    assert (len(steps), sum(len(step.questions) for step in steps)) == (17, 53)


@pytest.mark.xfail(strict=True, reason="UNFINISHED: the model puts the longest path at 15.5 minutes; "
                                       "about 30 seconds of questions still to trim")
def test_the_longest_path_three_tools_all_paid_personally_is_at_most_15_minutes():
    steps = longest_path(load_questionnaire(), tools=3)
    assert seconds_left(steps) <= 15 * 60, seconds_left(steps) / 60


def test_time_left_shrinks_as_pages_are_done_and_is_zero_at_the_end():
    steps = longest_path(load_questionnaire(), tools=3)
    remaining = [minutes_left(steps[i:]) for i in range(len(steps) + 1)]
    assert remaining == sorted(remaining, reverse=True)
    assert remaining[-1] == 0 and remaining[0] > remaining[-2] >= 1


def test_a_looped_page_counts_once_per_tool():
    q = load_questionnaire()
    looped = [page for page in q.pages() if page.loop]
    assert len(steps_of(looped, tools=3)) == 3 * len(steps_of(looped, tools=1))
