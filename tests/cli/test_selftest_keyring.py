"""``self-test`` never hangs on a keyring that does not answer (a Secret Service that is registered on
D-Bus but stuck): after a few seconds it says so and that Candor falls back to a passphrase."""

from __future__ import annotations

import threading
import time

import keyring
from keyring.backend import KeyringBackend

from desktop.commands import selftest


class StuckKeyring(KeyringBackend):
    """Answers nothing until released, as a Secret Service that accepted the call and never replied."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.release = threading.Event()
        self.asked = threading.Event()

    def get_password(self, service, username):
        self.asked.set()
        self.release.wait(30)
        return None

    def set_password(self, service, username, password):
        self.release.wait(30)

    def delete_password(self, service, username):
        self.release.wait(30)


def test_a_keyring_that_does_not_answer_times_out_into_the_passphrase(monkeypatch):
    stuck = StuckKeyring()
    keyring.set_keyring(stuck)  # the autouse fixture puts the memory keyring back afterwards
    monkeypatch.setattr(selftest, "KEYRING_TIMEOUT", 0.3)
    try:
        started = time.monotonic()
        line = selftest.check_keyring()
        took = time.monotonic() - started
    finally:
        stuck.release.set()
    assert stuck.asked.is_set()
    assert took < 5, f"waited {took:.1f} s"
    assert line.startswith("passphrase fallback (never plaintext): ")
    assert "did not answer within 0.3 seconds" in line and "StuckKeyring" in line


def test_the_default_timeout_is_a_few_seconds():
    assert 2 <= selftest.KEYRING_TIMEOUT <= 10


def test_a_keyring_that_answers_is_checked_as_before(memory_keyring):
    assert selftest.check_keyring().endswith("stored, read back and removed a test secret")


def test_a_keyring_lookup_that_hangs_times_out_too(monkeypatch):
    """Finding the backend (keyring asks D-Bus which services exist) can hang as well."""
    release = threading.Event()
    monkeypatch.setattr(keyring, "get_keyring", lambda: release.wait(30))
    monkeypatch.setattr(selftest, "KEYRING_TIMEOUT", 0.3)
    try:
        started = time.monotonic()
        line = selftest.check_keyring()
        assert time.monotonic() - started < 5
    finally:
        release.set()
    assert "(not yet found) did not answer within 0.3 seconds" in line
