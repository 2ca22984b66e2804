"""What the commands share: load Candor's content with the effective policy, and say what is wrong with either.

A damaged installation (questionnaire or catalog that cannot be loaded) always stops a command; a policy
with problems stops it only when the command says why it cannot go on without it (``refuse``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from desktop.core.content import Content, damaged_install_message, load_content, problem_lines
from desktop.core.errors import ContentError
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_locations import PolicyLocations

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: What every refusal over policy problems asks for.
FIX_FIRST = "fix them first (`candor policy check FILE` explains each)"


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Print ``candor: message`` on stderr; return ``code`` (the command's exit code)."""
    print(f"candor: {message}", file=sys.stderr)
    return code


def command_content(policy_flag: str | None, *, refuse: str | None = None, subject: str = "the policy",
                    end: str = ":", env: Mapping[str, str] | None = None,
                    locations: PolicyLocations | None = None) -> Content | None:
    """The content and effective policy (``--policy`` applies), resolved once; None when the command must stop,
    after saying why on stderr.

    With ``refuse`` (why the command cannot go on, such as ``"so its campaign is not known"``) a policy with
    problems stops the command: ``candor: the policy has problems, <refuse>; fix them first (...)<end>``, then
    the problems one per line. Without it the problems travel in ``content.policy.problems``.
    """
    try:
        content = load_content(policy_flag, env, locations)
    except ContentError as exc:
        fail(damaged_install_message(exc))
        return None
    if refuse is not None and refused(content.policy, refuse, subject=subject, end=end):
        return None
    return content


def refused(policy: EffectivePolicy, refuse: str, *, subject: str = "the policy", end: str = ":") -> bool:
    """True, after saying so on stderr, when ``policy`` has problems and the command stops (see
    :func:`command_content`; ``refuse`` may be empty: no reason given)."""
    if not policy.problems:
        return False
    why = f", {refuse}" if refuse else ""
    fail(f"{subject} has problems{why}; {FIX_FIRST}{end}\n{problem_lines(policy.problems)}")
    return True
