"""When candor.db cannot be read: move it (and its WAL companions) aside, never delete it."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path


def move_aside(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Rename ``candor.db`` and its ``-wal``/``-shm`` to ``<name>.damaged-<UTC timestamp>``.

    The files are kept (a support person may still recover something), but Candor can start
    fresh beside them. Returns the new paths, the database first.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    moved: list[Path] = []
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            target = source.with_name(f"{source.name}.damaged-{stamp}")
            os.replace(source, target)
            moved.append(target)
    return moved


def damaged_copies(data_dir: Path) -> list[str]:
    """Names of the copies :func:`move_aside` left in ``data_dir`` (for "Delete all my data")."""
    return sorted(p.name for p in Path(data_dir).glob("candor.db*.damaged-*"))
