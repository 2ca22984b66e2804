"""The first window comes before everything it does not need: content, storage and the log follow it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.startup_probe import PROBE

ROOT = Path(__file__).resolve().parents[2]

def run_probe(tmp_path: Path, *args: str, probe: str = PROBE) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring"}
    done = subprocess.run([sys.executable, "-c", probe, "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[0][len("PROBE "):])


def test_the_welcome_window_shows_before_content_and_storage_load(tmp_path):
    seen = run_probe(tmp_path)
    assert seen["title"] == "Candor"
    assert seen["first"] == [], f"the first window waited for {seen['first']}"
    # Right after, the rest loaded and the store opened: a first start offers to begin.
    assert "desktop.ui.employee_app" in seen["after"] and "sqlite_utils" in seen["after"]
    assert seen["start"] == "Start the assessment"
    assert (tmp_path / "data" / "candor.db").exists()
    assert (tmp_path / "data" / "logs" / "candor.log").exists()


def test_a_policy_with_an_unknown_tool_still_gets_its_banner(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[[tools]]\nid = "no-such-tool"\nstatus = "approved"\n', encoding="utf-8")
    code = PROBE.replace('seen["status"] = window.welcome.status.text()',
                         'seen["status"] = window.banner.summary.text() if window.banner else ""')
    seen = run_probe(tmp_path, "--policy", str(policy), probe=code)
    # The tool ids are checked against the catalog once it has loaded, after the window showed.
    assert str(policy) in seen["status"] and "could not be used" in seen["status"]


DAMAGED_PROBE = r'''
import sys
from desktop.ui.prompts import Prompts

def error(_prompts, title, text):  # the person is told through the prompts service; here it prints
    print("SHOWN " + title + " | " + text.replace("\n", " "), flush=True)

Prompts.error = error
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
'''


def test_damaged_content_found_after_the_window_shows_says_reinstall_and_exits_1(tmp_path):
    import shutil

    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("*.ts"))
    (resources / "questionnaire" / "assessment.yaml").write_text("sections: [unclosed\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CANDOR_RESOURCES": str(resources),
           "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring"}
    done = subprocess.run([sys.executable, "-c", DAMAGED_PROBE, "--data-dir", str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN ")]
    assert shown and "Candor cannot start" in shown[0] and "assessment.yaml" in shown[0]
    assert "please reinstall Candor" in shown[0]
    assert "assessment.yaml" in done.stderr
