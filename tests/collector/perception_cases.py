"""Summaries for the perception-gap tests: senior leaders and other staff agreeing or not that the AI approach
works well, and the policy's leadership benchmark used when the leaders are too few."""

from __future__ import annotations

from tests.collector.suppression_cases import plain

BENCHMARK = {"leadership_benchmark": {"strategy_clear": 0.9, "strategy_successful": 0.75,
                                      "strategy_inclusive": 0.8}}


def staff_and_leaders(leaders: int, leaders_agree: int, staff: int, staff_agree: int, *, unit: str | None = None):
    """Exact summaries: ``leaders`` senior leaders and ``staff`` others, the first ``*_agree`` of each agreeing
    that the AI approach works well (everyone else disagrees)."""
    out = []
    for index in range(leaders):
        answer = "strongly_agree" if index < leaders_agree else "disagree"
        out.append(plain(role="senior_leader", unit=unit, sentiment={"strategy_successful": answer}))
    for index in range(staff):
        answer = "agree" if index < staff_agree else "strongly_disagree"
        role = "individual_contributor" if index % 2 else None
        out.append(plain(role=role, unit=unit, sentiment={"strategy_successful": answer}))
    return out
