"""Reading the policy again while Candor runs, and deciding whether the new one may replace the old.

The Qt side (:mod:`desktop.ui.policy_watch`) only notices that a file changed; which files to watch, what
to read (with the same resolver as at start-up, :func:`policy_sources.resolve_policy`) and whether to adopt
it is decided here, so it is tested without a window.
"""

from __future__ import annotations

import os
from collections.abc import Collection

from desktop.core.errors import Problem
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_locations import ENV_VAR, PolicyLocations
from desktop.core.policy_sources import resolve_policy


def reload_policy(previous: EffectivePolicy, known_tool_ids: Collection[str] | None) -> EffectivePolicy:
    """Resolve the policy again from the places (and as the account) ``previous`` was resolved from."""
    paths = {source.label: source.path for source in previous.sources}
    locations = previous.locations or PolicyLocations(
        managed=paths.get("managed"), user=paths.get("user"), bundled=paths.get("bundled"))
    return resolve_policy(paths.get("--policy"), paths.get(ENV_VAR), known_tool_ids, locations)


def new_problems(previous: EffectivePolicy, fresh: EffectivePolicy) -> list[Problem]:
    """Why ``fresh`` must not replace ``previous``: problems it did not have, and files that went away."""
    known = {str(problem) for problem in previous.problems}
    problems = [problem for problem in fresh.problems if str(problem) not in known]
    named = {problem.file for problem in problems}
    now = {(source.label, source.path): source.status for source in fresh.sources}
    for source in previous.sources:
        if source.status == "found" and source.path is not None and str(source.path) not in named \
                and now.get((source.label, source.path)) == "absent":
            problems.append(Problem(str(source.path), "", "the file was removed while Candor was running; "
                                    "Candor keeps the policy it read from it until it is restarted"))
    return problems


def differs(previous: EffectivePolicy, fresh: EffectivePolicy) -> bool:
    """Whether ``fresh`` says anything ``previous`` did not: another policy, other sources or other problems."""
    return (fresh.policy != previous.policy or fresh.sources != previous.sources
            or [str(problem) for problem in fresh.problems] != [str(problem) for problem in previous.problems])


def watched_paths(policy: EffectivePolicy) -> set[str]:
    """Every policy file ``policy`` was resolved from or looked for, and their folders (editors often save by
    replacing the file), as far as they exist now."""
    files = {str(source.path) for source in policy.sources if source.path is not None}
    folders = {os.path.dirname(path) for path in files}
    return {path for path in files | folders if os.path.exists(path)}
