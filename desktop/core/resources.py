"""Where Candor's read-only content lives: source tree, installed, or frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the ``resources/`` folder.

    ``CANDOR_RESOURCES`` wins (tests, packagers); a PyInstaller bundle keeps it
    beside the extracted code; otherwise it sits at the project root.
    """
    override = os.environ.get("CANDOR_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
