"""The one keyring adapter: each way a keyring fails is one KeyringTrouble, with its cause, what a person can
do, the backend's name and the keyring's own words; the employee's store and the compliance keys word it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringLocked, NoKeyringError

from desktop import system_keyring
from desktop.exchange.identity import KeyringUnavailable, read_secret
from desktop.storage.errors import KeyUnavailable
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.system_keyring import KeyringTrouble

ROOT = Path(__file__).resolve().parents[1]


class _Null(MemoryKeyring):
    priority = 0


class _UnviableMeta(type(KeyringBackend)):  # type: ignore[misc]
    @property
    def priority(cls):
        raise RuntimeError("The Secret Service daemon is neither running nor activatable through D-Bus")


class _Unviable(MemoryKeyring, metaclass=_UnviableMeta):
    pass


def _raising(exc: Exception) -> MemoryKeyring:
    class Raising(MemoryKeyring):
        name = "Test Keyring"

        def get_password(self, service, username):
            raise exc

    return Raising()


class _Chain(chainer.ChainerBackend):
    backends = [MemoryKeyring(), fail.Keyring()]


class _EmptyChain(chainer.ChainerBackend):
    backends: list[KeyringBackend] = []


def _get(backend: KeyringBackend):
    return system_keyring.call(backend, lambda b: b.get_password("Candor", "probe"))


def test_a_working_keyring_answers_and_the_operation_runs_once():
    backend = MemoryKeyring()
    backend.secrets[("Candor", "probe")] = "kept"
    assert _get(backend) == "kept"


@pytest.mark.parametrize(
    ("backend", "cause", "reason", "detail"),
    [
        (fail.Keyring(), "none_found", "no_backend", ""),
        (_Null(), "stores_nothing", "no_backend", ""),
        (_Unviable(), "unviable", "no_backend", "The Secret Service daemon is neither running nor activatable "
                                                "through D-Bus"),
        (_raising(NoKeyringError("no keyring here")), "no_keyring", "no_backend", "no keyring here"),
        (_raising(KeyringLocked("collection is locked")), "locked", "locked", "collection is locked"),
        (_raising(RuntimeError("org.freedesktop.DBus.Error.NoReply")), "failed", "error",
         "org.freedesktop.DBus.Error.NoReply"),
    ],
    ids=["none-found", "null", "unviable", "no-keyring", "locked", "failed"],
)
def test_each_failure_is_one_trouble_with_its_cause_reason_and_words(backend, cause, reason, detail):
    with pytest.raises(KeyringTrouble) as raised:
        _get(backend)
    trouble = raised.value
    assert (trouble.cause, trouble.reason, trouble.detail) == (cause, reason, detail)
    assert trouble.backend_name == system_keyring.describe_backend(backend)


def test_the_keyrings_own_exception_is_kept_as_the_cause():
    locked = KeyringLocked("collection is locked")
    with pytest.raises(KeyringTrouble) as raised:
        _get(_raising(locked))
    assert raised.value.__cause__ is locked


def test_an_unusable_backend_is_never_asked():
    class Null(_Null):
        def set_password(self, service, username, password):
            raise AssertionError("a keyring that stores nothing must not be asked")

    with pytest.raises(KeyringTrouble):
        system_keyring.call(Null(), lambda b: b.set_password("Candor", "probe", "secret"))


def test_a_broken_keyring_setup_is_a_trouble_of_its_own(monkeypatch):
    def broken():
        raise ValueError("bad keyringrc")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    with pytest.raises(KeyringTrouble) as raised:
        system_keyring.default_backend()
    assert (raised.value.cause, raised.value.reason, raised.value.backend_name, raised.value.detail) == (
        "setup", "error", "unknown keyring", "bad keyringrc")


def test_names_to_show_a_person():
    assert system_keyring.describe_backend(MemoryKeyring()) == "memory keyring MemoryKeyring"
    assert system_keyring.describe_backend(fail.Keyring()) == "fail Keyring"
    assert system_keyring.describe_backend(_Chain()) == "memory keyring MemoryKeyring + fail Keyring"
    assert system_keyring.describe_backend(_EmptyChain()) == "no keyring"


@pytest.mark.parametrize(
    ("backend", "employee", "compliance"),
    [
        (fail.Keyring(),
         "No system keyring is available to keep Candor's key (fail Keyring: keyring found no backend for this "
         "system). Candor can protect your answers with a passphrase instead.",
         "No usable system keyring is available to hold the collector database's key (keyring found no backend "
         "on this system)."),
        (_raising(KeyringLocked("collection is locked")),
         "The system keyring (Test Keyring) is locked. Unlock it (log in again or open your keyring "
         "app), then retry.",
         "The system keyring (Test Keyring) is locked. Unlock it (log in again or open your keyring "
         "app), then retry."),
        (_raising(RuntimeError("no reply")),
         "The system keyring (Test Keyring) failed: no reply. Retry, or protect your answers with a "
         "passphrase instead.",
         "The system keyring (Test Keyring) failed: no reply."),
    ],
    ids=["none-found", "locked", "failed"],
)
def test_the_employee_and_compliance_each_read_the_same_trouble_in_their_own_words(backend, employee, compliance):
    with pytest.raises(KeyUnavailable) as for_employee:
        KeyringKeyStore(backend).get_key("install")
    with pytest.raises(KeyringUnavailable) as for_compliance:
        read_secret("database-key-1", backend, what="the collector database's key")
    assert str(for_employee.value) == employee
    assert str(for_compliance.value) == compliance
    assert for_employee.value.reason == for_compliance.value.reason


def test_the_compliance_key_module_loads_without_keyring():
    """The collector's decryption workers import the identity module; keyring (and urllib) waits for a keyring."""
    probe = ("import json, sys; import desktop.exchange.identity, desktop.system_keyring; "
             "print(json.dumps(sorted(m for m in ('keyring', 'urllib.request') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_a_keyring_error_without_words_is_named_by_its_type():
    """A backend that raises a bare exception: the message names its type, never 'failed: .'."""
    backend = _raising(RuntimeError())
    with pytest.raises(KeyringTrouble) as raised:
        _get(backend)
    assert raised.value.detail == "RuntimeError"
    with pytest.raises(KeyUnavailable, match=r"failed: RuntimeError\. Retry"):
        KeyringKeyStore(backend).get_key("install")
    with pytest.raises(KeyringUnavailable, match=r"failed: RuntimeError\.$"):
        read_secret("database-key-1", backend, what="the collector database's key")
