"""Everything the app reads at start: questionnaire, tool catalog and the effective policy."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.core.catalog import Catalog, load_catalog
from desktop.core.errors import ContentError, Problem
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_sources import resolve_policy, with_flag, with_tool_ids
from desktop.core.questionnaire import Questionnaire
from desktop.core.questionnaire_loader import load_questionnaire


@dataclass(frozen=True)
class Content:
    questionnaire: Questionnaire
    catalog: Catalog
    policy: EffectivePolicy

    def policy_source_text(self) -> str:
        """Which files the effective policy came from, for the log and ``self-test``."""
        return self.source_text(self.policy)

    @staticmethod
    def source_text(policy: EffectivePolicy) -> str:
        used = [s.description for s in policy.sources if s.status == "found" and s.path is not None]
        text = ", ".join(used) if used else "built-in defaults only"
        ignored = [s.description for s in policy.sources if s.status == "invalid"]
        if ignored:
            text += f" (ignored because of problems: {', '.join(ignored)})"
        return text


def load_content(
    policy_flag: str | None = None,
    env: Mapping[str, str] | None = None,
    locations: PolicyLocations | None = None,
    *,
    policy: EffectivePolicy | None = None,
) -> Content:
    """Load the shipped content and resolve the policy.

    ``policy``, when given, is the policy :func:`resolve_policy` resolved already (the start-up does so for
    its first window, before the catalog loads): it is resolved again from the sources as they were read,
    now with the catalog's tool ids, and no policy file is read a second time. Otherwise the policy is
    resolved here from ``policy_flag``, ``env`` and ``locations``.

    A broken questionnaire or catalog raises :class:`ContentError` (the installation is
    damaged); a broken policy never raises: its problems travel in ``policy.problems``.
    """
    catalog = load_catalog()
    questionnaire = load_questionnaire()
    known = set(catalog.ids())
    if policy is not None:
        effective = with_tool_ids(policy, known)
    else:
        effective = resolve_policy(policy_flag, os.environ if env is None else env, known, locations)
    return Content(questionnaire=questionnaire, catalog=catalog, policy=effective)


def damaged_install_message(error: ContentError) -> str:
    """What a command says when Candor's own content files cannot be loaded."""
    return f"the content shipped with Candor is damaged; reinstall Candor.\n{error}"


def with_campaign_policy(content: Content, flag: str | os.PathLike[str] | None) -> Content:
    """``content`` under another campaign's policy file (a trend's earlier campaign): ``flag`` over the other policy
    sources as they were read for ``content``, so only that one file is read now."""
    return replace(content, policy=with_flag(content.policy, flag, set(content.catalog.ids())))


def problem_lines(problems: list[Problem]) -> str:
    """Policy problems as an indented list, one per line, for a command's message."""
    return "\n".join(f"  {problem}" for problem in problems)
