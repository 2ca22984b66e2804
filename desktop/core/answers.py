"""Everything an employee entered in one assessment, as plain JSON-friendly data."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

OTHER_PREFIX = "other-"
#: The tool picker's explicit "I have not used any AI tool" answer. It answers the question
#: (so a required picker is satisfied) but picks no tool.
NO_TOOLS = "none"


def answer_key(question_id: str, tool: str | None = None) -> str:
    """Storage key of an answer; per-tool answers are ``question@tool``."""
    return f"{question_id}@{tool}" if tool else question_id


def tool_picks(value: Any) -> list[str]:
    """The tools a tool-picker answer names, without the explicit "none"."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str) and item != NO_TOOLS]


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, tuple, dict)) and len(value) == 0)


@dataclass(frozen=True)
class OtherTool:
    """A tool the employee typed in. The name is private: it never leaves this computer."""

    key: str
    name: str
    category: str


class Answers:
    """Answers keyed by :func:`answer_key`, plus the tools typed in under "other".

    Answers to questions that later become hidden are kept (nothing typed is lost);
    the navigator decides which of them count.
    """

    def __init__(self, values: dict[str, Any] | None = None, other_tools: dict[str, OtherTool] | None = None):
        self._values: dict[str, Any] = dict(values or {})
        self._other: dict[str, OtherTool] = dict(other_tools or {})

    def get(self, question_id: str, tool: str | None = None) -> Any:
        return copy.deepcopy(self._values.get(answer_key(question_id, tool)))

    def set(self, question_id: str, value: Any, tool: str | None = None) -> None:
        key = answer_key(question_id, tool)
        if is_empty(value):
            self._values.pop(key, None)
        else:
            self._values[key] = copy.deepcopy(value)

    def has(self, question_id: str, tool: str | None = None) -> bool:
        return answer_key(question_id, tool) in self._values

    def answered_keys(self) -> list[str]:
        return list(self._values)

    # -- tools typed in under "other" -------------------------------------------------

    @property
    def other_tools(self) -> dict[str, OtherTool]:
        return dict(self._other)

    def add_other_tool(self, name: str, category: str) -> str:
        """Record a typed-in tool and return its key (``other-N``), reusing one with the same name."""
        clean = " ".join(name.split())
        for tool in self._other.values():
            if tool.name.casefold() == clean.casefold() and tool.category == category:
                return tool.key
        number = 1 + max((int(k[len(OTHER_PREFIX):]) for k in self._other), default=0)
        key = f"{OTHER_PREFIX}{number}"
        self._other[key] = OtherTool(key=key, name=clean, category=category)
        return key

    def remove_other_tool(self, key: str) -> None:
        self._other.pop(key, None)

    # -- persistence --------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "values": copy.deepcopy(self._values),
            "other_tools": {k: {"name": t.name, "category": t.category} for k, t in self._other.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Answers:
        data = data or {}
        other = {
            key: OtherTool(key=key, name=str(item.get("name", "")), category=str(item.get("category", "")))
            for key, item in (data.get("other_tools") or {}).items()
        }
        return cls(values=data.get("values") or {}, other_tools=other)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Answers) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:  # never print answers into logs by accident
        return f"Answers({len(self._values)} values, {len(self._other)} other tools)"
