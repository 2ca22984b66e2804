"""Weighted draws for the demo population, and answers set only with codes the loaded questionnaire has.

:class:`Draw` picks one or several codes (or counts) by weight. :class:`CodeDraws` ties draws to
the questionnaire: a draw for an item (the ``feeds`` of a question) keeps only the weights of
codes that question really has, and an answer is set on the question that feeds the item, so
the made-up answers stay valid when the content changes. All randomness comes from the ``rng``
passed in.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from desktop.core.answers import Answers
from desktop.core.questionnaire import Question, Questionnaire
from desktop.demo.parameters import (
    AGREEMENT,
    CHOICE_COUNT,
    REASON_COUNT,
    ROLE_LEVEL,
    SENTIMENT_WEIGHTS,
    SKIP,
    TASK_COUNT,
    TOOL_COUNT,
)

K = TypeVar("K")


class Draw(Generic[K]):
    """Weighted draws over a fixed list of codes (or counts)."""

    def __init__(self, weights: Mapping[K, float]):
        items = [(code, float(weight)) for code, weight in weights.items() if weight > 0]
        if not items:
            raise ValueError("a distribution needs at least one code with a positive weight")
        self.codes = tuple(code for code, _ in items)
        self._cumulative = tuple(itertools.accumulate(weight for _, weight in items))

    def one(self, rng: random.Random) -> K:
        return rng.choices(self.codes, cum_weights=self._cumulative)[0]

    def some(self, rng: random.Random, count: int) -> list[K]:
        """``count`` different codes (fewer if there are not that many), more likely ones first."""
        count = min(count, len(self.codes))
        picked: list[K] = []
        while len(picked) < count:
            code = self.one(rng)
            if code not in picked:
                picked.append(code)
        return picked


#: The role levels, how many tools, tasks, reasons and other choices someone picks.
ROLES: Draw[str] = Draw(ROLE_LEVEL)
COUNTS: dict[str, Draw[int]] = {
    "tools": Draw(TOOL_COUNT), "tasks": Draw(TASK_COUNT), "reasons": Draw(REASON_COUNT),
    "choices": Draw(CHOICE_COUNT),
}
#: The sentiment statements' weights per agreement code, for employees and for those who see as leaders do.
SENTIMENT: dict[str, dict[str, dict[str, float]]] = {
    view: {feeds: dict(zip(AGREEMENT, views[view], strict=True)) for feeds, views in SENTIMENT_WEIGHTS.items()}
    for view in ("employee", "leader")
}


class CodeDraws:
    """Draws over the codes of one questionnaire's questions, by the item each question feeds."""

    def __init__(self, questionnaire: Questionnaire):
        self._questions: dict[str, Question] = {}
        for question in questionnaire.questions():
            if question.feeds != "none":
                self._questions.setdefault(question.feeds, question)
        self._draws: dict[tuple[str, tuple[tuple[str, Any], ...]], Draw[str] | None] = {}

    def draw(self, feeds: str, weights: Mapping[str, float]) -> Draw[str] | None:
        """A draw over the codes the question feeding ``feeds`` really has (uniform if none is weighted)."""
        key = (feeds, tuple(weights.items()))
        if key not in self._draws:
            question = self._questions.get(feeds)
            if question is None or not question.codes:
                self._draws[key] = None
            else:
                kept = {code: weight for code, weight in weights.items() if code in question.codes}
                if not any(weight > 0 for weight in kept.values()):
                    kept = {code: 1.0 for code in question.codes if code not in question.exclusive}
                self._draws[key] = Draw(kept)
        return self._draws[key]

    def set(self, answers: Answers, feeds: str, value: Any, tool: str | None = None) -> None:
        """Answer the question feeding ``feeds`` (nothing if there is none or ``value`` is None)."""
        question = self._questions.get(feeds)
        if question is not None and value is not None:
            answers.set(question.id, value, tool)

    def one(self, rng: random.Random, feeds: str, weights: Mapping[str, float], skip: float = SKIP) -> str | None:
        """One code, or None when the question is skipped (chance ``skip``) or missing."""
        draw = self.draw(feeds, weights)
        if draw is None or rng.random() < skip:
            return None
        return draw.one(rng)

    def some(self, rng: random.Random, feeds: str, weights: Mapping[str, float], count: int) -> list[str]:
        """Up to ``count`` different codes."""
        draw = self.draw(feeds, weights)
        return draw.some(rng, count) if draw is not None else []

    def codes(self, feeds: str) -> tuple[str, ...]:
        """Every code of the question feeding ``feeds``."""
        question = self._questions.get(feeds)
        return question.codes if question is not None else ()

    def exclusive(self, feeds: str) -> str | None:
        """The question's "none of these" code (the first exclusive one), if it has one."""
        question = self._questions.get(feeds)
        return next(iter(sorted(question.exclusive)), None) if question is not None else None
