"""What a Linux screen reader gets, read through AT-SPI from the real app (not through Qt's own objects).

``atspi/scenario.py`` runs under Debian's python3 (python3-pyatspi is not a PyPI package) inside a
private D-Bus session, which starts the accessibility bus; it starts Candor on a virtual X screen and
walks it. ``./dev test`` installs what it needs (at-spi2-core, python3-pyatspi, xvfb).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    for tool in ("dbus-run-session", "Xvfb"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (./dev test installs it)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is not there: python3-pyatspi runs under Debian's python3"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"],
                           capture_output=True)
    return "" if probe.returncode == 0 else "python3-pyatspi is not installed (apt-get install python3-pyatspi)"


@pytest.fixture(scope="module")
def walk(tmp_path_factory) -> dict:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    data = tmp_path_factory.mktemp("atspi") / "data"
    done = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(ROOT / "tests/ui/atspi/scenario.py"),
                           sys.executable, str(data)], capture_output=True, text=True, cwd=ROOT, timeout=240)
    lines = [line for line in done.stdout.splitlines() if line.startswith("ATSPI ")]
    assert lines, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(lines[0][len("ATSPI "):])


def test_every_interactive_object_on_every_screen_has_a_name(walk):
    assert set(walk["screens"]) == {"welcome", "settings", "first page", "missing answers"}
    for name, screen in walk["screens"].items():
        assert screen["unnamed"] == [], f"unnamed on {name}: {screen['unnamed']}"


def test_page_and_section_titles_are_headings(walk):
    assert walk["screens"]["welcome"]["headings"] == ["A private look at how you use AI at work"]
    first = walk["screens"]["first page"]["headings"]
    assert "Which tools do you use?" in first and any(h.startswith("Your AI tools") for h in first)


def test_a_page_change_and_a_validation_message_are_announced(walk):
    assert "Which tools do you use?" in walk["after_start"]  # the page change, announced once
    assert walk["announcements"].count("Which tools do you use?") == 1
    assert any("still needs an answer" in a and "Please answer this question." in a
               for a in walk["announcements"])


def test_settings_choice_boxes_are_labelled_by_what_they_choose(walk):
    """Qt on Linux names a combo box by its value; the label comes through "labelled by" (Orca reads it)."""
    boxes = walk["screens"]["settings"]["combo boxes"]
    assert [box["labelled by"][0] for box in boxes] == ["Theme:", "Language:"], boxes


def test_a_page_built_while_the_screen_reader_listens_has_its_heading(walk):
    """Settings is built after the bridge is active: its title's interface existed before it was marked."""
    assert walk["screens"]["settings"]["headings"] == ["Settings"]
