"""What every tool's risk assessment shares: content, policy, texts, language, and who a tool is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog, Tool
from desktop.core.policy import NOT_LISTED, Policy
from desktop.core.risk_texts import RiskTexts


@dataclass(frozen=True)
class Identity:
    name: str
    category: str
    status: str
    tool: Tool | None


def identify_tool(tool_id: str, catalog: Catalog, policy: Policy, other_tools: Mapping[str, OtherTool]) -> Identity:
    other = other_tools.get(tool_id)
    if other is not None:
        return Identity(other.name, other.category, NOT_LISTED, None)
    tool = catalog.get(tool_id)
    rule = policy.rule_for(tool_id)
    name = (rule.name if rule and rule.name else None) or (tool.name if tool else tool_id)
    category = tool.category if tool else (rule.category if rule and rule.category else "")
    return Identity(name, category, policy.status_of(tool_id), tool)


@dataclass(frozen=True)
class Context:
    """What every tool's assessment shares: content, policy, texts and the language."""

    catalog: Catalog
    policy: Policy
    other_tools: Mapping[str, OtherTool]
    texts: RiskTexts
    lang: str

    def text(self, text_id: str, **values: Any) -> str:
        return self.texts.get(text_id, self.lang, **values)

    def identify(self, tool_id: str) -> Identity:
        return identify_tool(tool_id, self.catalog, self.policy, self.other_tools)

    def approved_in_category(self, category: str, exclude: str) -> list[str]:
        names = []
        for tool_id in self.policy.approved_tool_ids():
            identity = self.identify(tool_id)
            if tool_id != exclude and category and identity.category == category:
                names.append(identity.name)
        return names
