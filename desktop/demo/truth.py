"""The true shares behind a demo population's summaries, so a demo can check what the collector recovers.

:class:`TruthTally` counts, from each made-up employee's effective answers, the same true facts
the summary builder randomizes (uses tool X while it is not approved, put data class D into an
unapproved tool or a personal account, pays out of pocket).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog
from desktop.core.policy import NOT_LISTED, Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.summary import NOT_SENSITIVE, PERSONAL_ACCOUNTS, known_tool_ids
from desktop.core.tool_answers import question_feeding, tool_answers


class TruthTally:
    """The true shares behind many summaries, counted the way the summary builder defines each item."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy):
        """Nothing counted yet. (The tally needs no ``drift``: it counts what was drawn, whatever the chances.)"""
        self.questionnaire = questionnaire
        self.policy = policy
        self.tool_ids = known_tool_ids(catalog, policy)
        question = question_feeding(questionnaire, "tool.data_classes")
        self.data_classes = [c for c in (question.codes if question else ()) if c not in NOT_SENSITIVE]
        self.n = 0
        self.uses_ai = 0
        self.pays = 0
        self.any_unapproved = 0
        self.any_sensitive = 0
        self.used = dict.fromkeys(self.tool_ids, 0)
        self.unapproved = dict.fromkeys(self.tool_ids, 0)
        self.to_unapproved = dict.fromkeys(self.data_classes, 0)
        self.to_personal = dict.fromkeys(self.data_classes, 0)

    def add(self, effective: Mapping[str, Any], other_tools: Mapping[str, OtherTool]) -> None:
        """Count one respondent from their effective answers (see ``Navigator.effective_answers``)."""
        per_tool = tool_answers(self.questionnaire, effective)
        self.n += 1
        self.uses_ai += bool(per_tool)
        self.pays += any(item.account_kind == "personal_paid" for item in per_tool)
        used: set[str] = set()
        unapproved: set[str] = set()
        to_unapproved: set[str] = set()
        to_personal: set[str] = set()
        for item in per_tool:
            other = other_tools.get(item.tool_id)
            tool_id = f"other:{other.category}" if other else item.tool_id
            status = NOT_LISTED if other else self.policy.status_of(item.tool_id)
            classes = set(item.data_classes) - NOT_SENSITIVE
            used.add(tool_id)
            if status != "approved":
                unapproved.add(tool_id)
                to_unapproved |= classes
            if item.account_kind in PERSONAL_ACCOUNTS:
                to_personal |= classes
        self.any_unapproved += bool(unapproved)
        self.any_sensitive += bool(to_unapproved | to_personal)
        _count(self.used, used)
        _count(self.unapproved, unapproved)
        _count(self.to_unapproved, to_unapproved)
        _count(self.to_personal, to_personal)

    def to_dict(self) -> dict[str, Any]:
        """``{"n", "uses_ai", "any_unapproved_use", "any_sensitive_data", "pays_out_of_pocket", "tools": {id:
        {"status", "use", "unapproved_use"}}, "data_to_unapproved": {class: share}, "data_to_personal": {class:
        share}}``; shares in [0, 1]."""
        return {
            "n": self.n,
            "uses_ai": self._share(self.uses_ai),
            "any_unapproved_use": self._share(self.any_unapproved),
            "any_sensitive_data": self._share(self.any_sensitive),
            "pays_out_of_pocket": self._share(self.pays),
            "tools": {
                tool_id: {
                    "status": NOT_LISTED if tool_id.startswith("other:") else self.policy.status_of(tool_id),
                    "use": self._share(self.used[tool_id]),
                    "unapproved_use": self._share(self.unapproved[tool_id]),
                }
                for tool_id in self.tool_ids
            },
            "data_to_unapproved": {c: self._share(count) for c, count in self.to_unapproved.items()},
            "data_to_personal": {c: self._share(count) for c, count in self.to_personal.items()},
        }

    def _share(self, count: int) -> float:
        return round(count / self.n, 6) if self.n else 0.0


def _count(counts: dict[str, int], present: Iterable[str]) -> None:
    for key in present:
        if key in counts:
            counts[key] += 1
