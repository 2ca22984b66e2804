"""Builders of the suppression tests: hand-made summaries whose every count is known, and the report they make.

``plain`` and ``randomized`` build real summaries (each is checked against the summary schema in
``report``); ``figures`` and ``cells`` read back what a report shows. Imported by every test module that
needs a campaign of known counts.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema import Draft202012Validator

from desktop.collector.aggregate import aggregate
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.schema_check import load_schema
from desktop.core.summary_items import randomized_items

Q = load_questionnaire()
CATALOG = load_catalog()
VALIDATOR = Draft202012Validator(load_schema("summary"))
K = 5
LN3 = math.log(3)
UNITS = [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"},
         {"code": "legal", "label": "Legal"}]
DATA_CLASSES = ["internal", "customer_personal", "employee_data", "source_code", "credentials",
                "financial_unreleased", "legal_contracts", "health", "strategy_mna", "meeting_recordings"]
REASONS = ["no_approved_tool", "approved_tool_worse", "approval_too_slow", "did_not_know_policy", "policy_unclear",
           "more_convenient", "already_paid_personally", "colleagues_use_it", "other"]


def make_policy(rr: bool = False, **extra: Any) -> Policy:
    return Policy.from_data({"campaign": {"id": "2026-q4"},
                             "privacy": {"min_group_size": K, "randomized_response": rr},
                             "org_units": UNITS, "tools": [{"id": "deepseek", "status": "prohibited"}], **extra})


POLICY = make_policy()
_serial = itertools.count(1)


def _header(rr: bool, epsilon: float | None = None, items: int = 0) -> dict[str, Any]:
    return {"format": "candor-summary", "format_version": 2, "app": "1.0",
            "questionnaire": {"id": Q.id, "version": Q.version}, "campaign": "2026-q4",
            "submission_id": f"{next(_serial):032x}",
            "privacy": {"randomized_response": rr, "epsilon_per_item": epsilon, "randomized_items": items,
                        "epsilon_total": None if epsilon is None else epsilon * items},
            "training": {}}


def _group(summary: dict[str, Any], unit: str | None, role: str | None) -> None:
    group = {key: value for key, value in (("org_unit", unit), ("role_level", role)) if value}
    if group:
        summary["group"] = group


def plain(*, tools: Iterable[dict[str, Any]] = (), unit: str | None = None, role: str | None = None,
          pays: bool = False, reasons: Iterable[str] = (), literacy: str | None = None,
          sentiment: dict[str, str] | None = None, training: dict[str, Any] | None = None) -> dict[str, Any]:
    """A summary with randomized response off, exactly as described."""
    summary = _header(False)
    summary.update({"tools": list(tools), "spend": {"pays_out_of_pocket": pays}, "reasons": sorted(reasons)})
    summary["training"] = dict(training or {})
    _group(summary, unit, role)
    if literacy:
        summary["literacy"] = literacy
    if sentiment:
        summary["sentiment"] = dict(sentiment)
    return summary


def tool(tool_id: str, status: str = "not_listed", **facts: Any) -> dict[str, Any]:
    return {"tool": tool_id, "status": status, **facts}


def randomized(*, used: Iterable[str] = (), unit: str | None = None, epsilon: float = LN3,
               spend_band: str = "none", pays: bool = False) -> dict[str, Any]:
    """A summary with randomized response on; ``used`` are the tool bits *sent* as yes."""
    items = randomized_items(Q, CATALOG, POLICY)
    chosen = set(used)
    summary = _header(True, epsilon, items.count)
    del summary["training"]
    summary["randomized"] = {
        "any_unapproved_use": bool(chosen),
        "any_sensitive_data": False,
        "unapproved_use": {tool_id: tool_id in chosen for tool_id in items.tools},
        "data_to_unapproved": dict.fromkeys(DATA_CLASSES, False),
        "data_to_personal": dict.fromkeys(DATA_CLASSES, False),
        "pays_out_of_pocket": pays,
        "reasons": dict.fromkeys(REASONS, False),
        "categories": {"literacy": "not_answered", "policy_awareness": "not_answered", "spend_band": spend_band},
        "training": {key: "not_answered" for key in items.training_single}
        | {key: dict.fromkeys(options, False) for key, options in items.training_multi.items()},
        "sentiment": dict.fromkeys(items.sentiment, "not_answered"),
    }
    _group(summary, unit, None)
    return summary


def report(summaries: list[dict[str, Any]], policy: Policy = POLICY, **kwargs: Any) -> Report:
    for summary in summaries:
        VALIDATOR.validate(summary)  # the fixtures are real summaries
    return aggregate(summaries, Q, CATALOG, policy, **kwargs)


def figures(value: Any) -> Iterator[Figure]:
    """Every Figure anywhere in a report."""
    if isinstance(value, Figure):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from figures(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from figures(item)


def cells(breakdown: Iterable[Any]) -> dict[str, Figure]:
    return {cell.code: cell.figure for cell in breakdown}
