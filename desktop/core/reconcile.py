"""Carry a saved draft over to a changed questionnaire, keeping every answer that still fits.

Answers whose question is gone, or whose option codes are no longer offered, are set aside
and listed, so the wizard can say plainly what no longer applies. Free text is always kept
while its question exists: nothing the employee typed is dropped silently.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from desktop.core.answers import NO_TOOLS, OTHER_PREFIX, Answers
from desktop.core.questionnaire import LIST_VALUE_TYPES, Questionnaire, QuestionType


@dataclass(frozen=True)
class Dropped:
    """One answer (or part of one) that no longer applies."""

    question_id: str
    tool: str | None
    codes: tuple[str, ...]  # the codes set aside; empty when the whole question is gone

    @property
    def question_removed(self) -> bool:
        return not self.codes


def reconcile(
    answers: Answers,
    questionnaire: Questionnaire,
    tool_ids: Collection[str],
    org_unit_codes: Collection[str] = (),
) -> tuple[Answers, list[Dropped]]:
    """Answers that fit ``questionnaire`` (and the current catalog and policy), and what did not."""
    kept = Answers(other_tools=answers.other_tools)
    dropped: list[Dropped] = []
    known_tools = set(tool_ids) | {NO_TOOLS}
    for key in answers.answered_keys():
        question_id, _, tool_part = key.partition("@")
        tool = tool_part or None
        value = answers.get(question_id, tool)
        if not questionnaire.has_question(question_id):
            dropped.append(Dropped(question_id, tool, ()))
            continue
        question = questionnaire.question(question_id)
        if question.type is QuestionType.FREE_TEXT:
            kept.set(question_id, value, tool)
            continue
        if question.type is QuestionType.TOOL_PICKER:
            allowed = known_tools | {k for k in answers.other_tools if k.startswith(OTHER_PREFIX)}
        elif question.type is QuestionType.ORG_UNIT:
            allowed = set(org_unit_codes)
        else:
            allowed = set(question.codes)
        values = value if isinstance(value, list) else [value]
        fitting = [v for v in values if v in allowed]
        lost = tuple(str(v) for v in values if v not in allowed)
        if lost:
            dropped.append(Dropped(question_id, tool, lost))
        if question.type in LIST_VALUE_TYPES:
            kept.set(question_id, fitting, tool)
        elif fitting:
            kept.set(question_id, fitting[0], tool)
    return kept, dropped
