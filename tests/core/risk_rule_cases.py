"""Readers of the risk rule table's verdict on one tool's facts: its reasons, its score, its level."""

from __future__ import annotations

from desktop.core.risk_results import Level
from desktop.core.risk_rules import (
    ToolFacts,
    apply_rules,
)


def hits_of(facts: ToolFacts) -> dict[str, int]:
    hits, _, _ = apply_rules(facts)
    return dict(hits)


def score_of(facts: ToolFacts) -> int:
    return apply_rules(facts)[1]


def level_of(facts: ToolFacts) -> Level:
    return apply_rules(facts)[2]
