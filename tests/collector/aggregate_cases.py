"""The policy of the aggregation tests: three org units and tool rules (one tolerated, one approved, one
prohibited), with or without randomized response; ``make_policy`` takes further policy tables as keywords."""

from __future__ import annotations

from typing import Any

from desktop.core.policy import Policy

UNITS = [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"},
         {"code": "legal", "label": "Legal"}]
TOOL_RULES = [{"id": "chatgpt", "status": "tolerated"}, {"id": "microsoft-copilot", "status": "approved"},
              {"id": "deepseek", "status": "prohibited"}]


def make_policy(rr: bool, **extra: Any) -> Policy:
    return Policy.from_data({"campaign": {"id": "2026-q4"}, "privacy": {"randomized_response": rr},
                             "org_units": UNITS, "tools": TOOL_RULES, **extra})
