"""The employee app resolves the policy once at start-up: the welcome window gets it, and the content loaded
after the window showed (which checks the policy's tool ids against the catalog) is handed the same sources
instead of reading every file again."""

from __future__ import annotations

import subprocess
import sys

from tests.policy_reads import HOOK, ROOT, policy_places, reads_by_source
from tests.ui.startup_probe import PROBE


def test_each_policy_source_is_read_once_while_the_app_starts(tmp_path):
    places, env = policy_places(tmp_path)
    done = subprocess.run([sys.executable, "-c", HOOK + PROBE, "--data-dir", str(tmp_path / "data"),
                           "--policy", places["--policy"]],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert "PROBE " in done.stdout, done.stdout + done.stderr
    # The app really started with the content loaded (the catalog checked the policy after the first window).
    assert '"start": "Start the assessment"' in done.stdout, done.stdout + done.stderr
    assert reads_by_source(done.stdout, places) == dict.fromkeys(places, 1)
