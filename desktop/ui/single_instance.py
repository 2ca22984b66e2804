"""One Candor per data folder: a second start is refused with a message instead of racing the first."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile


class SingleInstance:
    """Holds a lock named after the data folder, in the temp folder (so it never clutters the data)."""

    def __init__(self, data_dir: Path):
        digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
        self.path = Path(tempfile.gettempdir()) / f"candor-{digest}.lock"
        self.lock = QLockFile(str(self.path))
        self.lock.setStaleLockTime(0)  # a lock left by a crashed Candor is detected by its process id

    def acquire(self) -> bool:
        return self.lock.tryLock(200)

    def release(self) -> None:
        self.lock.unlock()
