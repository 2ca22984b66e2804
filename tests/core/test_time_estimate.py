"""The questionnaire's longest path stays within 15 minutes by the time model the wizard shows."""

from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.time_estimate import longest_path, minutes_left, seconds_left, steps_of


def test_the_longest_path_is_16_pages_and_51_questions():
    steps = longest_path(load_questionnaire(), tools=3)
    assert (len(steps), sum(len(step.questions) for step in steps)) == (16, 51)


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


def test_the_longest_path_asks_the_reasons_once_per_tool_and_what_ai_is_for_once():
    asked = [q.id for step in longest_path(load_questionnaire(), tools=3) for q in step.questions]
    assert asked.count("tool_reasons") == 3 and asked.count("ai_tasks") == 1
