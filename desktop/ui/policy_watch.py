"""Noticing when the organization's policy file changes while Candor runs.

A QFileSystemWatcher watches every policy file Candor looked for (and their folders, since
editors often save by replacing the file). After a change settles, the policy is resolved
again by the core (:mod:`desktop.core.policy_reload`) from exactly the same places, which also
decides what to watch and whether the new policy is adopted: this module holds no policy logic. A valid
change is adopted; a file that became invalid, or was removed, is not: Candor keeps the last
good policy and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.policy_effective import EffectivePolicy
from desktop.core.policy_reload import differs, new_problems, watched_paths

#: Wait this long after the last change before reading: an editor may write in several steps.
SETTLE_MS = 250


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
        wanted = watched_paths(self.current)
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
        elif differs(self.current, fresh) or self._rejected:  # a change, or the end of a rejected one
            self._rejected = []
            self.current = fresh
            self.updated.emit(fresh)
        self._watch()
