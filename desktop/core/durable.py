"""Making a new file name survive a power cut: after a file is written and synced, its folder is synced too."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Make the names in ``folder`` durable (POSIX); a folder that cannot be synced is not an error, because
    the file itself is already on disk and the worst case is the name's loss on a crash."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
