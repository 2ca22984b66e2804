"""Noticing when the organization's policy file changes while Candor runs.

A QFileSystemWatcher watches every policy file Candor looked for (and their folders, since
editors often save by replacing the file). After a change settles, the policy is resolved
again by the core loader from exactly the same places. A valid change is adopted; a file that
became invalid, or was removed, is not: Candor keeps the last good policy and says why.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.errors import Problem
from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_locations import ENV_VAR, PolicyLocations
from desktop.core.policy_sources import resolve_policy

#: Wait this long after the last change before reading: an editor may write in several steps.
SETTLE_MS = 250


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


class PolicyWatch(QObject):
    """Emits ``updated(policy)`` for a valid change, ``rejected(problems)`` when the last good policy is kept."""

    updated = Signal(object)
    rejected = Signal(list)

    def __init__(self, current: EffectivePolicy, reload: Callable[[EffectivePolicy], EffectivePolicy],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.current = current
        self._reload = reload
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.check)
        self._rejected: list[str] = []
        self._watch()

    def _watch(self) -> None:
        """(Re)watch the files and their folders: a replaced file drops out of the watcher."""
        files = {str(s.path) for s in self.current.sources if s.path is not None}
        folders = {os.path.dirname(path) for path in files}
        wanted = {path for path in files | folders if os.path.exists(path)}
        stale = set(self.watcher.files() + self.watcher.directories()) - wanted
        if stale:
            self.watcher.removePaths(sorted(stale))
        missing = wanted - set(self.watcher.files() + self.watcher.directories())
        if missing:
            self.watcher.addPaths(sorted(missing))

    def _changed(self, _path: str) -> None:
        self.settle.start()

    def check(self) -> None:
        """Read the policy again now; adopt it, or keep the current one and say why."""
        fresh = self._reload(self.current)
        problems = new_problems(self.current, fresh)
        if problems:
            texts = sorted(str(problem) for problem in problems)
            if texts != self._rejected:  # say it once per distinct problem, not on every touch
                self._rejected = texts
                self.rejected.emit(problems)
        elif fresh.policy != self.current.policy or fresh.sources != self.current.sources \
                or [str(p) for p in fresh.problems] != [str(p) for p in self.current.problems] or self._rejected:
            self._rejected = []
            self.current = fresh
            self.updated.emit(fresh)
        self._watch()
