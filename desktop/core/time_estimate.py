"""How long the questions still ahead take, by a per-question-type time model (no Qt).

The wizard shows "about N minutes left" from :func:`minutes_left`, never a page count that grows as
pages open up. The model is a rough reading-and-answering time per question type plus a little per
page; :func:`longest_path` lists what the longest assessment (every page shown, looped pages once per
tool) asks, which the content is kept within 15 minutes of (tests/core/test_time_estimate.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.questionnaire import Page, Question, Questionnaire, QuestionType

#: Seconds to read and answer one question of each type (a choice list takes longer the more options
#: it has: see :func:`question_seconds`).
BASE_SECONDS = {
    QuestionType.TOOL_PICKER: 60.0,
    QuestionType.SINGLE_CHOICE: 8.0,
    QuestionType.MULTI_CHOICE: 10.0,
    QuestionType.SCALE: 7.0,
    QuestionType.AMOUNT_BAND: 10.0,
    QuestionType.ORG_UNIT: 10.0,
    QuestionType.FREE_TEXT: 15.0,
}
#: Seconds per option read in a single- or multi-choice list.
SECONDS_PER_OPTION = 1.5
#: Seconds per page: reading its title and intro, pressing Next.
PAGE_SECONDS = 5.0


def question_seconds(question: Question) -> float:
    """The model's time for one question."""
    seconds = BASE_SECONDS.get(question.type, 10.0)
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE, QuestionType.AMOUNT_BAND):
        seconds += SECONDS_PER_OPTION * len(question.options)
    return seconds


@dataclass(frozen=True)
class Step:
    """One page the employee still has ahead (a looped page once per tool)."""

    page: Page
    questions: tuple[Question, ...]


def seconds_left(steps: Iterable[Step]) -> float:
    """The model's time for the pages ahead, in seconds."""
    return sum(PAGE_SECONDS + sum(question_seconds(q) for q in step.questions) for step in steps)


def minutes_left(steps: Iterable[Step]) -> int:
    """Whole minutes left, rounded up (0 only when nothing is left): what the wizard shows."""
    return math.ceil(seconds_left(steps) / 60.0)


def steps_of(pages: Iterable[Page], tools: int = 1) -> list[Step]:
    """Pages as steps with all their questions; a looped page once for each of ``tools`` tools."""
    steps = []
    for page in pages:
        for _ in range(max(tools, 0) if page.loop else 1):
            steps.append(Step(page, page.questions))
    return steps


def longest_path(questionnaire: Questionnaire, tools: int = 3) -> list[Step]:
    """Every page shown and every question on it, looped pages once per tool: an upper bound of any path."""
    return steps_of(questionnaire.pages(), tools)
