"""`candor keys new`: the compliance team's key pair, as the analyst runs it."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.cli import main
from desktop.commands.keys import run_keys_new
from desktop.exchange.envelope import decrypt_summary
from desktop.exchange.identity import (
    ACCOUNT,
    SERVICE,
    new_identity,
    read_identities,
    recipient_of,
    store_identity_in_keyring,
)

ROOT = Path(__file__).resolve().parents[2]
AGE = shutil.which("age") or "/usr/bin/age"
RECIPIENT_LINE = re.compile(r'recipient = "(age1[0-9a-z]{58})"')


def candor(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def _recipient(stdout: str) -> str:
    assert stdout.splitlines()[0] == "[submission]"
    match = RECIPIENT_LINE.search(stdout)
    assert match, stdout
    return match.group(1)


@pytest.mark.skipif(not Path(AGE).is_file(),
                    reason="the standard age tool is not installed (Debian: apt-get install age)")
def test_keys_new_out_file_decrypts_what_age_encrypted_to_the_printed_recipient(tmp_path):
    key_file = tmp_path / "collector-key.txt"
    result = candor("keys", "new", "--out", str(key_file))
    assert result.returncode == 0, result.stderr
    recipient = _recipient(result.stdout)
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    secret = key_file.read_text().splitlines()[-1]
    assert secret.startswith("AGE-SECRET-KEY-1")
    assert secret not in result.stdout and secret not in result.stderr
    assert str(key_file) in result.stderr and "Keep it safe" in result.stderr

    sealed = subprocess.run([AGE, "-r", recipient], input=b'{"format": 1}', capture_output=True,
                            timeout=60, check=True).stdout
    assert decrypt_summary(sealed, read_identities(key_file)) == b'{"format": 1}'


def test_keys_new_out_refuses_an_existing_file(tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text("old key\n")
    result = candor("keys", "new", "--out", str(key_file))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"candor: {key_file} already exists." in result.stderr
    assert key_file.read_text() == "old key\n"


def test_keys_new_out_into_a_missing_folder_fails_clearly(tmp_path, capsys):
    assert main(["keys", "new", "--out", str(tmp_path / "nope" / "key.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"The folder {tmp_path / 'nope'} does not exist" in captured.err


def test_keys_without_action_is_a_usage_error():
    result = candor("keys")
    assert result.returncode == 2
    assert "ACTION" in result.stderr


def test_keys_new_stores_the_secret_in_the_keyring(memory_keyring, capsys):
    assert main(["keys", "new"]) == 0
    captured = capsys.readouterr()
    recipient = _recipient(captured.out)
    secret = memory_keyring.secrets[(SERVICE, ACCOUNT)]
    assert secret not in captured.out and secret not in captured.err
    assert "system keyring" in captured.err and "Keep this keyring safe" in captured.err
    assert recipient_of(secret) == recipient


def test_keys_new_without_a_keyring_suggests_out(monkeypatch, capsys):
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert run_keys_new(None) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "No usable system keyring" in captured.err
    assert "candor keys new --out FILE" in captured.err


def test_keys_new_never_replaces_the_stored_key(memory_keyring, capsys):
    old = new_identity()[0]
    store_identity_in_keyring(old, memory_keyring)
    assert run_keys_new(None) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "already stored" in captured.err and "--out FILE" in captured.err
    assert memory_keyring.secrets[(SERVICE, ACCOUNT)] == old
