"""Each command resolves the policy once: every policy source is read exactly once per run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.policy_reads import HOOK, ROOT, policy_places, reads_by_source

MAIN = "from desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n"


@pytest.mark.parametrize(("command", "said"), [
    (["self-test"], "ok    content"),
    (["policy", "show"], '"Flag Org"'),
    (["report", "--out", "REPORT"], "no summaries have been imported here yet"),  # after the policy was applied
    # Each campaign's policy is its own file over the same other sources, which are read once for all of them.
    (["report", "--out", "REPORT", "--trend", "EARLIER"], "no summaries have been imported here yet"),
], ids=["self-test", "policy show", "report", "report --trend"])
def test_each_policy_source_is_read_once_per_command(tmp_path, command, said):
    places, env = policy_places(tmp_path)
    earlier = tmp_path / "earlier.toml"
    earlier.write_text('[campaign]\nid = "spring"\n', encoding="utf-8")
    words = {"REPORT": str(tmp_path / "report.json"), "EARLIER": str(earlier)}
    command = [words.get(word, word) for word in command]
    done = subprocess.run([sys.executable, "-c", HOOK + MAIN, *command, "--data-dir", str(tmp_path / "data"),
                           "--policy", places["--policy"]],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert said in done.stdout + done.stderr, done.stdout + done.stderr
    assert reads_by_source(done.stdout, places) == dict.fromkeys(places, 1), done.stdout + done.stderr


def test_policy_check_reads_the_file_it_checks_once_and_no_other_source(tmp_path):
    places, env = policy_places(tmp_path)
    done = subprocess.run([sys.executable, "-c", HOOK + MAIN, "policy", "check", places["--policy"]],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0 and "is a valid Candor policy" in done.stdout, done.stdout + done.stderr
    assert reads_by_source(done.stdout, places) == {"--policy": 1, "CANDOR_POLICY": 0, "user": 0, "bundled": 0}
