"""``candor self-test`` proves text renders, and names the packages to install when it does not."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.ui.text_check import check_text_rendering

EMPTY_FONTCONFIG = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'


def test_text_renders_with_the_app_font(qapp):
    assert "draws text" in check_text_rendering()


def test_a_machine_without_fonts_fails_the_text_check_and_names_the_packages(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CACHE_HOME=str(tmp_path / "cache"), CANDOR_DATA_DIR=str(tmp_path / "data"))
    env.pop("CANDOR_POLICY", None)
    result = subprocess.run([sys.executable, "-m", "desktop", "self-test"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    text_line = next(line for line in result.stdout.splitlines() if line.split()[1:2] == ["text"])
    assert text_line.startswith("FAIL")
    assert "fonts-dejavu-core" in text_line and "fontconfig" in text_line
