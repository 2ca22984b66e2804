"""The compliance key pair: age identity files and the OS keyring entry."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked
from pyrage import x25519

from desktop.exchange.envelope import decrypt_summary, encrypt_summary
from desktop.exchange.identity import (
    ACCOUNT,
    SERVICE,
    IdentityError,
    IdentityExists,
    KeyringUnavailable,
    NoStoredIdentity,
    identity_file_text,
    load_identity_from_keyring,
    new_identity,
    read_identities,
    recipient_of,
    store_identity_in_keyring,
    write_identity_file,
)
from desktop.storage.memory_keyring import MemoryKeyring

AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"


def test_new_identity_is_a_matching_pair():
    secret, recipient = new_identity()
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]{58}", secret)
    assert re.fullmatch(r"age1[0-9a-z]{58}", recipient)
    assert recipient_of(secret) == recipient
    assert new_identity()[0] != secret
    assert decrypt_summary(encrypt_summary(b"{}", recipient), [secret]) == b"{}"


def test_identity_file_has_the_age_keygen_layout(tmp_path):
    secret, recipient = new_identity()
    path = write_identity_file(tmp_path / "key.txt", secret)
    lines = path.read_text(encoding="ascii").split("\n")
    assert lines[1:] == [f"# public key: {recipient}", secret, ""]
    created = datetime.fromisoformat(lines[0].removeprefix("# created: "))
    assert lines[0].startswith("# created: ") and created.tzinfo is not None
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)
    assert b"\r" not in path.read_bytes()


def test_identity_file_text_with_a_fixed_time():
    secret, recipient = new_identity()
    when = datetime(2025, 3, 4, 5, 6, 7, 890, tzinfo=timezone(timedelta(hours=2)))
    assert identity_file_text(secret, when) == (
        f"# created: 2025-03-04T05:06:07+02:00\n# public key: {recipient}\n{secret}\n"
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_identity_file_is_readable_only_by_its_owner(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_identity_file(tmp_path / "key.txt", new_identity()[0])
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "key.txt"
    path.write_text("the old key, still needed\n")
    with pytest.raises(IdentityExists, match=f"{re.escape(str(path))} already exists"):
        write_identity_file(path, new_identity()[0])
    assert path.read_text() == "the old key, still needed\n"


def test_existing_symlink_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "key.txt"
    link.symlink_to(victim)
    with pytest.raises(IdentityExists):
        write_identity_file(link, new_identity()[0])
    assert victim.read_text() == "keep me"


def test_unwritable_places_name_the_folder(tmp_path):
    with pytest.raises(IdentityError, match=f"The folder {re.escape(str(tmp_path / 'nope'))} does not exist"):
        write_identity_file(tmp_path / "nope" / "key.txt", new_identity()[0])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(IdentityError, match="is not a folder"):
        write_identity_file(blocker / "key.txt", new_identity()[0])


def test_invalid_secret_writes_nothing(tmp_path):
    with pytest.raises(IdentityError, match="not a valid age secret key"):
        write_identity_file(tmp_path / "key.txt", "AGE-SECRET-KEY-1NOPE")
    assert not (tmp_path / "key.txt").exists()


def test_read_back_what_was_written(tmp_path):
    secret, recipient = new_identity()
    path = write_identity_file(tmp_path / "key.txt", secret)
    (identity,) = read_identities(path)
    assert str(identity) == secret and str(identity.to_public()) == recipient


def test_read_skips_comments_blank_lines_bom_crlf_and_keeps_every_key(tmp_path):
    first, second = new_identity()[0], new_identity()[0]
    path = tmp_path / "keys.txt"
    path.write_bytes(("\ufeff# two keys\r\n\r\n  " + first + "  \r\n# old one:\r\n" + second + "\r\n").encode())
    assert [str(identity) for identity in read_identities(path)] == [first, second]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("# only a comment\n\n", "holds no age secret key"),
        ("", "holds no age secret key"),
        ("# ok\nAGE-SECRET-KEY-1QQQQ\n", "line 2 is not a valid age secret key"),
        ("age1mv0we43r0l48ewhdpme5gcwnn88s7ltueqnv5rk04lsm0nahrdgq6lk7vj\n", "line 1 is a public key"),
        ("AGE-PLUGIN-YUBIKEY-1QQQQQQ\n", "plugin key"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\n", "line 1 is not a valid age secret key"),
    ],
)
def test_bad_identity_files_say_which_line(tmp_path, content, expected):
    path = tmp_path / "key.txt"
    path.write_text(content)
    with pytest.raises(IdentityError, match=expected) as caught:
        read_identities(path)
    assert str(path) in str(caught.value)


def test_a_damaged_secret_is_never_echoed(tmp_path):
    secret = new_identity()[0]
    damaged = secret[:-3] + ("AAA" if not secret.endswith("AAA") else "BBB")
    path = tmp_path / "key.txt"
    path.write_text(damaged + "\n")
    with pytest.raises(IdentityError) as caught:
        read_identities(path)
    assert secret[16:40] not in str(caught.value)


def test_unreadable_identity_files(tmp_path):
    with pytest.raises(IdentityError, match="does not exist"):
        read_identities(tmp_path / "missing.txt")
    with pytest.raises(IdentityError, match="is a folder"):
        read_identities(tmp_path)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(50))
    with pytest.raises(IdentityError, match="not a text file"):
        read_identities(binary)
    big = tmp_path / "big.txt"
    big.write_bytes(b"#" * 100_000)
    with pytest.raises(IdentityError, match="far too large"):
        read_identities(big)


@pytest.mark.skipif(not Path(AGE_KEYGEN).is_file(), reason="age-keygen is not installed (Debian: apt-get install age)")
def test_reads_a_file_made_by_age_keygen(tmp_path):
    path = tmp_path / "age-key.txt"
    result = subprocess.run([AGE_KEYGEN, "-o", str(path)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    recipient = next(line for line in path.read_text().splitlines() if line.startswith("# public key: "))
    (identity,) = read_identities(path)
    assert str(identity.to_public()) == recipient.removeprefix("# public key: ")


# --- the OS keyring ---------------------------------------------------------------------------------------


def test_keyring_store_and_load():
    backend = MemoryKeyring()
    secret, recipient = new_identity()
    name = store_identity_in_keyring(secret, backend)
    assert name == MemoryKeyring.name
    assert backend.secrets == {(SERVICE, ACCOUNT): secret}
    loaded = load_identity_from_keyring(backend)
    assert isinstance(loaded, x25519.Identity) and str(loaded.to_public()) == recipient


def test_keyring_default_backend_is_keyrings_choice(memory_keyring):
    secret = new_identity()[0]
    store_identity_in_keyring(secret)
    assert memory_keyring.secrets[(SERVICE, ACCOUNT)] == secret
    assert str(load_identity_from_keyring()) == secret


def test_keyring_refuses_to_replace_a_stored_key():
    backend = MemoryKeyring()
    old = new_identity()[0]
    store_identity_in_keyring(old, backend)
    with pytest.raises(IdentityExists, match="already stored"):
        store_identity_in_keyring(new_identity()[0], backend)
    assert backend.secrets[(SERVICE, ACCOUNT)] == old
    newer = new_identity()[0]
    store_identity_in_keyring(newer, backend, replace=True)
    assert backend.secrets[(SERVICE, ACCOUNT)] == newer


def test_load_with_nothing_stored_says_how_to_create_one():
    with pytest.raises(NoStoredIdentity, match="candor keys new"):
        load_identity_from_keyring(MemoryKeyring())


def test_garbled_keyring_entry_is_reported_without_echoing_it():
    backend = MemoryKeyring()
    backend.secrets[(SERVICE, ACCOUNT)] = "AGE-SECRET-KEY-1GARBLEDGARBLED"
    with pytest.raises(IdentityError, match=f"The entry '{ACCOUNT}' of '{SERVICE}'") as caught:
        load_identity_from_keyring(backend)
    assert "GARBLED" not in str(caught.value)


class _Locked(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("collection is locked")


class _Forgetful(MemoryKeyring):
    def set_password(self, service, username, password):
        pass


class _Null(KeyringBackend):
    priority = -1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("must not be called")

    def delete_password(self, service, username):
        raise AssertionError("must not be called")


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (fail.Keyring(), "No usable system keyring"),
        (_Null(), "does not store secrets"),
        (_Locked(), "is locked. Unlock it"),
        (_Forgetful(), "did not keep it"),
    ],
    ids=["none", "null", "locked", "forgetful"],
)
def test_unusable_keyrings_are_reported(backend, expected):
    with pytest.raises(KeyringUnavailable, match=expected):
        store_identity_in_keyring(new_identity()[0], backend)
