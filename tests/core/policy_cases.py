"""Helpers of the policy tests: read a policy text as a person sees its problems, or as the model it becomes."""

from __future__ import annotations

import textwrap

from pyrage import x25519

from desktop.core.policy import (
    Policy,
)
from desktop.core.policy_file import parse_policy_text, policy_problems

CATALOG = {"chatgpt", "claude", "github-copilot", "microsoft-copilot", "deepseek"}


def messages(text: str, known: set[str] | None = CATALOG) -> list[str]:
    """Every problem as a person reads it, in file order."""
    return [str(problem) for problem in policy_problems(textwrap.dedent(text), "policy.toml", known)]


def parse(text: str, known: set[str] | None = CATALOG) -> Policy:
    return Policy.from_data(parse_policy_text(textwrap.dedent(text), "policy.toml", known))


def new_recipient() -> str:
    return str(x25519.Identity.generate().to_public())
