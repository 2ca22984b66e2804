"""`candor report` as a real process for the report command tests: ``candor(...)`` runs the CLI in a child
process on the collector database protected by ``PASSPHRASE``, ``write_policy`` writes the campaign's policy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.collector.db_key import PASSPHRASE_ENV

ROOT = Path(__file__).resolve().parents[2]
#: The collector database here is protected by a passphrase (given in the environment), so the report's child
#: processes, which have no keyring, can open it.
PASSPHRASE = "report test passphrase"


def candor(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PASSPHRASE_ENV: PASSPHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=180)


def write_policy(path: Path, recipient: str, campaign: str = "demo-7") -> Path:
    path.write_text(
        f'[organization]\nname = "Acme & Söhne"\n\n[campaign]\nid = "{campaign}"\n\n'
        f'[privacy]\nrandomized_response = true\n\n[submission]\nrecipient = "{recipient}"\n\n'
        '[leadership_benchmark]\nstrategy_clear = 0.8\nstrategy_successful = 0.7\n\n'
        '[[tools]]\nid = "chatgpt"\nstatus = "tolerated"\n\n'
        '[[org_units]]\ncode = "engineering"\nlabel = "Engineering"\n\n'
        '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n',
        encoding="utf-8",
    )
    return path
