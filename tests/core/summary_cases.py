"""What the summary tests build from: the shipped questionnaire and catalog, the summary schema's validator,
a rich set of answers (every part of the summary, a private note too), the test policy, and ``build`` to turn
answers into a summary as the export does."""

from __future__ import annotations

import random

from jsonschema import Draft202012Validator

from desktop.core.answers import Answers
from desktop.core.catalog import load_catalog
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.schema_check import load_schema
from desktop.core.summary import BuildContext, Choices, build_summary

Q = load_questionnaire()
CATALOG = load_catalog()
VALIDATOR = Draft202012Validator(load_schema("summary"))

RICH = {
    "tools_used": ["chatgpt", "github-copilot", "other-1"],
    "account_kind@chatgpt": "personal_paid", "frequency@chatgpt": "daily",
    "data_classes@chatgpt": ["customer_personal", "credentials"],
    "anonymized@chatgpt": "no", "no_training@chatgpt": "off", "spend@chatgpt": "10_25", "reimbursed@chatgpt": "no",
    "account_kind@github-copilot": "company_provided", "data_classes@github-copilot": ["source_code"],
    "tool_reasons@chatgpt": ["no_approved_tool", "approval_too_slow"],
    "account_kind@other-1": "personal_free", "data_classes@other-1": ["internal"],
    "tool_reasons@other-1": ["no_licence"], "ai_tasks": ["writing", "coding"],
    "literacy": "basic", "policy_awareness": "heard_of_it", "training_received": "none",
    "training_wanted": ["safe_data_use"], "training_formats": ["workshops"], "training_on_work_time": "yes_needed",
    "strategy_clear": "disagree", "pressure_to_use": "agree", "role_level": "manager",
    "notes_to_self": "remember to ask Dana about the licence",
}


def policy(rr: bool, **privacy) -> Policy:
    data = {"campaign": {"id": "2026-q4"}, "privacy": {"randomized_response": rr, **privacy},
            "org_units": [{"code": "eng", "label": "Engineering"}],
            "tools": [{"id": "chatgpt", "status": "tolerated"}, {"id": "github-copilot", "status": "approved"}]}
    return Policy.from_data(data)


def build(values, rr=True, include=frozenset(), memo=None, seed=1, other_name="Acme Writer", pol=None):
    answers = Answers(dict(values))
    if "other-1" in (values.get("tools_used") or []):
        answers.add_other_tool(other_name, "writing")
    pol = pol or policy(rr)
    effective = Navigator(Q, org_units_offered=True).effective_answers(answers)
    ctx = BuildContext(Q, CATALOG, pol, "1.4.2", "ab" * 16, memo or Memo(), random.Random(seed))
    return build_summary(effective, answers.other_tools, ctx, Choices(frozenset(include)))
