"""What an assessment's risk picture is made of: levels, reasons, recommendations, actions.

Plain immutable values, built by :mod:`desktop.core.risk` (the assessment) from
:mod:`desktop.core.risk_rules` and :mod:`desktop.core.risk_recommendations`, and read by the
action plan, the results screen and the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from desktop.core.risk_texts import RiskTexts
from desktop.core.spend import SpendSummary


class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def code(self) -> str:
        return self.name.lower()

    def label(self, lang: str, texts: RiskTexts) -> str:
        """The level's word in ``lang`` (the shipped words: :func:`desktop.core.risk.level_label`)."""
        return texts.get(f"levels.{self.code}", lang)

    def raised(self) -> Level:
        return Level(min(self + 1, Level.CRITICAL))


@dataclass(frozen=True)
class Reason:
    #: The rule that fired, such as ``data.customer_personal`` (its text id under ``reasons.``).
    code: str
    text: str
    #: Points this rule added (negative: removed); the reasons of a tool add up to its score.
    weight: int


@dataclass(frozen=True)
class Recommendation:
    #: Stable across re-assessments and languages, so ticks in the action plan persist.
    action_id: str
    text: str
    kind: str


@dataclass(frozen=True)
class ToolRisk:
    tool_id: str
    name: str
    category: str
    status: str
    account_kind: str | None
    level: Level
    #: In the order of the calculation (overrides first, then status, account, training, each
    #: kind of data, and the adjustments), so they read as the sum that makes ``score``.
    reasons: tuple[Reason, ...]
    #: In the order of :data:`KINDS`.
    recommendations: tuple[Recommendation, ...]
    data_classes: tuple[str, ...]
    score: int = 0
    #: The policy's note on this tool in the language, or empty.
    note: str = ""



@dataclass(frozen=True)
class Action:
    """One line of the action plan (see :mod:`desktop.core.action_plan`)."""

    id: str
    text: str
    kind: str
    #: The tool the action is about; ``None`` for actions that concern every tool.
    tool_id: str | None


@dataclass(frozen=True)
class RiskReport:
    overall: Level
    overall_reasons: tuple[Reason, ...]
    #: Highest level first.
    tools: tuple[ToolRisk, ...]
    spend: SpendSummary
    actions: tuple[Action, ...]
    #: Literacy and training pointers in plain words.
    learning: tuple[str, ...]

