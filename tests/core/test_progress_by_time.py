"""The wizard's progress is time left by the time model, and it does not grow as answers open pages up."""

from desktop.core.answers import Answers
from desktop.core.navigation import Navigator
from desktop.core.questionnaire_loader import load_questionnaire

THREE_PAID = {"tools_used": ["chatgpt", "claude", "gemini"],
              **{f"account_kind@{tool}": "personal_paid" for tool in ("chatgpt", "claude", "gemini")}}


def along_the_walk(nav: Navigator, answers: Answers):
    return [nav.progress(view.ref, answers) for view in nav.walk(answers).pages]


def test_along_one_path_time_left_only_falls_and_progress_only_rises():
    nav = Navigator(load_questionnaire())
    steps = along_the_walk(nav, Answers(THREE_PAID))
    minutes = [p.minutes_left for p in steps]
    fractions = [p.fraction for p in steps]
    assert minutes == sorted(minutes, reverse=True) and minutes[0] >= 10
    assert fractions == sorted(fractions) and fractions[0] == 0
    assert minutes[-1] >= 1  # the last page still takes a moment


def test_picking_a_tool_does_not_make_the_estimate_jump():
    nav = Navigator(load_questionnaire())
    first = nav.walk(Answers()).pages[0].ref
    before = nav.progress(first, Answers())
    after = nav.progress(first, Answers({"tools_used": ["chatgpt"]}))
    # Before a tool is picked, its pages count as one tool's: picking one changes the estimate by seconds.
    assert before.minutes_left >= 5
    assert abs(after.seconds_left - before.seconds_left) < 60


def test_page_counts_grow_but_the_estimate_grows_only_with_the_extra_tools():
    nav = Navigator(load_questionnaire())
    first = nav.walk(Answers()).pages[0].ref
    one = nav.progress(first, Answers({"tools_used": ["chatgpt"]}))
    three = nav.progress(first, Answers(THREE_PAID))
    assert three.page_count > one.page_count
    assert one.minutes_left < three.minutes_left <= 16
