"""Interoperability with the standard age tool: age opens what we seal, binary or armored, and we open what
age seals; a file for another key or a passphrase is not for this key.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from desktop.exchange.envelope import (
    ARMOR_BEGIN,
    NotForThisKey,
    armor,
    dearmor,
    decrypt_summary,
    encrypt_summary,
    write_summary_file,
)
from desktop.exchange.identity import new_identity, write_identity_file
from tests.exchange.envelope_cases import SUMMARY

AGE = shutil.which("age") or "/usr/bin/age"
needs_age = pytest.mark.skipif(not Path(AGE).is_file(),
                               reason="the standard age tool is not installed (Debian: apt-get install age)")


# --- interoperability with the standard age tool ----------------------------------------------------------


def _age(*args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run([AGE, *args], input=data, capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


@pytest.fixture()
def key_file(tmp_path, keys) -> Path:
    return write_identity_file(tmp_path / "key.txt", keys[0])


@needs_age
def test_age_decrypts_our_binary_file(tmp_path, keys, key_file):
    path = write_summary_file(tmp_path, "c1", encrypt_summary(SUMMARY, keys[1]))
    assert _age("-d", "-i", str(key_file), str(path)) == SUMMARY


@needs_age
def test_age_decrypts_our_armored_text(tmp_path, keys, key_file):
    armored = tmp_path / "summary.txt"
    armored.write_text(armor(encrypt_summary(SUMMARY * 20, keys[1])))
    assert _age("-d", "-i", str(key_file), str(armored)) == SUMMARY * 20


@needs_age
def test_we_decrypt_what_age_encrypts(keys):
    assert decrypt_summary(_age("-r", keys[1], data=SUMMARY), [keys[0]]) == SUMMARY
    armored = _age("-a", "-r", keys[1], data=SUMMARY * 20)
    assert armored.startswith(ARMOR_BEGIN.encode())
    assert decrypt_summary(armored, [keys[0]]) == SUMMARY * 20
    assert decrypt_summary(armored.decode("ascii"), [keys[0]]) == SUMMARY * 20
    assert armor(dearmor(armored)) == armored.decode("ascii")


@needs_age
def test_age_file_for_another_key_is_not_for_this_key(keys):
    other = new_identity()[1]
    with pytest.raises(NotForThisKey):
        decrypt_summary(_age("-r", other, data=SUMMARY), [keys[0]])


def test_passphrase_encrypted_file_is_not_for_this_key(keys):
    sealed = pyrage.passphrase.encrypt(SUMMARY, "correct horse")
    with pytest.raises(NotForThisKey):
        decrypt_summary(sealed, [keys[0]])
