"""One assessment's answers seen per tool, found by the summary field each question feeds.

Questions are looked up by their ``feeds`` field (``tool.account_kind``, ``literacy``, ...),
never by their id, so content can rename questions without breaking the risk model or the
spend summary. The input is the navigator's effective answers: only questions that are shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.answers import answer_key, tool_picks
from desktop.core.questionnaire import Question, Questionnaire


def question_feeding(questionnaire: Questionnaire, feeds: str) -> Question | None:
    """The question whose answer feeds ``feeds``, or ``None`` when the questionnaire has none."""
    return next((q for q in questionnaire.questions() if q.feeds == feeds), None)


def answer_feeding(
    questionnaire: Questionnaire, effective: Mapping[str, Any], feeds: str, tool: str | None = None
) -> Any:
    """The effective answer to the question feeding ``feeds`` (for ``tool`` on loop pages)."""
    question = question_feeding(questionnaire, feeds)
    if question is None:
        return None
    return effective.get(answer_key(question.id, tool))


def codes(value: Any) -> tuple[str, ...]:
    """A list answer as a tuple of codes; anything else as an empty tuple."""
    if not isinstance(value, list | tuple):
        return ()
    return tuple(item for item in value if isinstance(item, str))


def single(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class ToolAnswers:
    """What the employee said about one picked tool; ``None`` or empty where not answered."""

    tool_id: str
    account_kind: str | None = None
    frequency: str | None = None
    data_classes: tuple[str, ...] = ()
    anonymized: str | None = None
    no_training: str | None = None
    spend: str | None = None
    #: The spend answer's band per month, ``(low, high)``; ``high`` is ``None`` for an open-ended band.
    spend_band: tuple[float, float | None] | None = None
    reimbursed: str | None = None
    #: Why this tool rather than one the company provides (asked unless the company provides it).
    reasons: tuple[str, ...] = ()


def picked_tools(questionnaire: Questionnaire, effective: Mapping[str, Any]) -> list[str]:
    """The tools picked, in pick order, without the explicit "none"."""
    return tool_picks(answer_feeding(questionnaire, effective, "tools"))


def tool_answers(questionnaire: Questionnaire, effective: Mapping[str, Any]) -> list[ToolAnswers]:
    """One :class:`ToolAnswers` per picked tool, in pick order."""
    spend_question = question_feeding(questionnaire, "tool.spend")
    result = []
    for tool in picked_tools(questionnaire, effective):

        def fed(feeds: str, tool: str = tool) -> Any:
            return answer_feeding(questionnaire, effective, feeds, tool)

        spend = single(fed("tool.spend"))
        option = spend_question.option(spend) if spend_question is not None and spend is not None else None
        result.append(
            ToolAnswers(
                tool_id=tool,
                account_kind=single(fed("tool.account_kind")),
                frequency=single(fed("tool.frequency")),
                data_classes=codes(fed("tool.data_classes")),
                anonymized=single(fed("tool.anonymized")),
                no_training=single(fed("tool.no_training")),
                spend=spend,
                spend_band=option.monthly if option is not None else None,
                reimbursed=single(fed("tool.reimbursed")),
                reasons=codes(fed("tool.reasons")),
            )
        )
    return result
