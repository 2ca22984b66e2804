"""A small rotating log in the data folder, for support: events only, never answers.

What may be logged: versions, which policy files were used, key mode (keyring or passphrase),
that an assessment started, resumed, finished or was exported (with the channel), errors with
their type. What must never be: answers, notes, tool names or ids, page names (a page such as
``tool_use@chatgpt`` names a tool), summaries. A test runs a whole assessment with canary text
and proves none of it reaches the log.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop.storage.paths import LOG_DIRNAME, ensure_private_dir

LOG_DIR = LOG_DIRNAME
LOG_FILE = "candor.log"
_HANDLER_NAME = "candor-file"


def setup_logging(data_dir: Path) -> Path:
    """Log to ``<data dir>/logs/candor.log`` (0600, 3 x 512 KB); returns the file's path."""
    folder = ensure_private_dir(Path(data_dir)) / LOG_DIR
    folder.mkdir(exist_ok=True, mode=0o700)
    path = folder / LOG_FILE
    shutdown_logging()
    import logging.handlers  # only once the first window shows: it is not needed before

    handler = logging.handlers.RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("candor")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    if hasattr(os, "chmod"):
        os.chmod(path, 0o600)
    return path


def shutdown_logging() -> None:
    """Close the log file (before "Delete all my data" removes it)."""
    root = logging.getLogger("candor")
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
