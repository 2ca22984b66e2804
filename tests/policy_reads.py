"""Counting how often each policy source is read while a Candor process runs (for the tests that promise once).

:data:`HOOK` goes in front of the code a test runs in a subprocess: an audit hook (``sys.addaudithook``) counts
every ``open`` of a watched path, however it is opened (``open``, ``os.open``), and prints the counts as
``READS {json}`` when the process ends. :func:`policy_places` writes a policy file for each source a person can
give (``--policy``, ``CANDOR_POLICY``, the user's file) and says where the bundled one is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WATCH_ENV = "CANDOR_TEST_WATCH"

HOOK = r'''
import atexit, json, os, sys
_watched = {path: 0 for path in json.loads(os.environ["CANDOR_TEST_WATCH"])}

def _count(event, args):
    if event == "open" and args and isinstance(args[0], str) and args[0] in _watched:
        _watched[args[0]] += 1

sys.addaudithook(_count)
atexit.register(lambda: print("READS " + json.dumps(_watched), flush=True))
'''


def policy_places(tmp_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(source label -> watched path, environment for the subprocess): a valid policy in every place but the
    managed one (``/etc/candor``, left alone), the user's in a configuration folder under ``tmp_path``."""
    flag = tmp_path / "flag.toml"
    flag.write_text('[organization]\nname = "Flag Org"\n', encoding="utf-8")
    variable = tmp_path / "variable.toml"
    variable.write_text('[organization]\ncontact = "it@example.org"\n', encoding="utf-8")
    config = tmp_path / "config"
    user = config / "Candor" / "policy.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[organization]\ncurrency = "USD"\n', encoding="utf-8")
    places = {"--policy": str(flag), "CANDOR_POLICY": str(variable), "user": str(user),
              "bundled": str(ROOT / "resources" / "policy" / "default.toml")}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "CANDOR_POLICY": str(variable), WATCH_ENV: json.dumps(sorted(places.values())),
           "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring"}
    return places, env


def reads_by_source(stdout: str, places: dict[str, str]) -> dict[str, int]:
    """Source label -> how often the process opened its file, from the ``READS`` line the hook printed."""
    lines = [line for line in stdout.splitlines() if line.startswith("READS ")]
    assert lines, stdout
    counts = json.loads(lines[-1][len("READS "):])
    return {label: counts[path] for label, path in places.items()}
