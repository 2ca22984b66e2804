"""One Candor per data folder: a second start is refused with a message instead of racing the first."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile


class SingleInstance:
    """Holds a lock named after the data folder, in the temp folder (so it never clutters the data)."""

    def __init__(self, data_dir: Path):
        # SHA-256 by Qt, which is loaded already: hashlib would load OpenSSL's bindings before the first window.
        folder = str(Path(data_dir).resolve()).encode()
        digest = QCryptographicHash.hash(folder, QCryptographicHash.Algorithm.Sha256).toHex().toStdString()[:16]
        self.path = Path(tempfile.gettempdir()) / f"candor-{digest}.lock"
        self.lock = QLockFile(str(self.path))
        self.lock.setStaleLockTime(0)  # a lock left by a crashed Candor is detected by its process id

    def acquire(self) -> bool:
        return self.lock.tryLock(200)

    def release(self) -> None:
        self.lock.unlock()
