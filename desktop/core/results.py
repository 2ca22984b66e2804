"""From a saved assessment state to its risk report: the one path used by results and history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.answers import Answers
from desktop.core.catalog import Catalog
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.reconcile import reconcile
from desktop.core.risk import assess
from desktop.core.risk_results import RiskReport

ACTIONS_DONE = "actions_done"


def report_for_state(state: dict[str, Any], questionnaire: Questionnaire, catalog: Catalog, policy: Policy,
                     lang: str = "en", money: Callable[[float], str] | None = None) -> RiskReport:
    """Score the answers that count; answers saved under another questionnaire version are
    first reduced to those that still fit (without changing what is stored)."""
    answers = Answers.from_dict(state.get("answers"))
    saved = state.get("questionnaire") or {}
    if saved and (saved.get("id"), saved.get("version")) != (questionnaire.id, questionnaire.version):
        answers, _ = reconcile(answers, questionnaire, catalog.ids(), [u.code for u in policy.org_units])
    navigator = Navigator(questionnaire, org_units_offered=bool(policy.org_units))
    effective = navigator.effective_answers(answers)
    return assess(questionnaire, effective, answers.other_tools, catalog, policy, lang, money=money)


def done_actions(state: dict[str, Any]) -> set[str]:
    return {str(item) for item in state.get(ACTIONS_DONE) or []}


def with_action(state: dict[str, Any], action_id: str, done: bool) -> dict[str, Any]:
    """A copy of ``state`` with ``action_id`` ticked or unticked in the action plan."""
    ticked = done_actions(state)
    (ticked.add if done else ticked.discard)(action_id)
    return {**state, ACTIONS_DONE: sorted(ticked)}


def fresh_start(previous: dict[str, Any] | None) -> dict[str, Any]:
    """The first state of a re-assessment: the previous answers filled in, from the first page."""
    if not previous:
        return {}
    return {"answers": previous.get("answers") or {}, "questionnaire": previous.get("questionnaire") or {}}
