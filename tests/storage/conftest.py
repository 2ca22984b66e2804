"""Fixtures for the local store: in-memory and misbehaving keyrings, a fresh data folder, a store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import KeyringError, KeyringLocked

from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.storage.startup import OpenedStore, open_store
from desktop.storage.store import Store

# Cheap scrypt for tests; production uses crypto.KDF_N.
TEST_KDF_N = 2**10


class _TestBackend(KeyringBackend):
    """Base for test keyrings: never chosen by keyring's own detection."""

    priority = 1
    viable = False

    def get_password(self, service: str, username: str) -> str | None:
        raise NotImplementedError

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError


class LockedKeyring(_TestBackend):
    """A keyring whose collection stays locked (the person dismissed the unlock prompt)."""

    def get_password(self, service, username, *_password):
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password


class BrokenKeyring(_TestBackend):
    """A keyring that fails with its own words (e.g. a D-Bus error)."""

    def get_password(self, service, username, *_password):
        raise KeyringError("org.freedesktop.DBus.Error.NoReply: the daemon did not answer")

    set_password = delete_password = get_password


class ForgetfulKeyring(_TestBackend):
    """Accepts secrets and silently drops them."""

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None


class NullLikeKeyring(_TestBackend):
    """Like keyring.backends.null: a configured backend that stores nothing (priority -1)."""

    priority = -1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None


class UnviableKeyring(_TestBackend):
    """A backend that cannot run here: keyring backends say so by raising from ``priority``."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable through D-Bus")

    def get_password(self, service, username, *_password):
        raise AssertionError("an unviable backend must not be called")

    set_password = get_password


@pytest.fixture(autouse=True)
def _no_system_keyring():
    """Unit tests never reach the person's real keyring: the default backend is 'none found'."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def locked_keyring() -> LockedKeyring:
    return LockedKeyring()


@pytest.fixture
def broken_keyring() -> BrokenKeyring:
    return BrokenKeyring()


@pytest.fixture
def forgetful_keyring() -> ForgetfulKeyring:
    return ForgetfulKeyring()


@pytest.fixture
def null_like_keyring() -> NullLikeKeyring:
    return NullLikeKeyring()


@pytest.fixture
def unviable_keyring() -> UnviableKeyring:
    return UnviableKeyring()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keyring_store(memory_keyring: MemoryKeyring) -> KeyringKeyStore:
    return KeyringKeyStore(memory_keyring)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "candor-data"


@pytest.fixture
def open_with() -> Iterator[Callable[..., OpenedStore]]:
    """Open the store in a folder with a given keyring store; everything opened is closed after."""
    opened: list[OpenedStore] = []

    def _open(folder: Path, keyring_store: KeyringKeyStore | None) -> OpenedStore:
        result = open_store(folder, keyring_store, kdf_n=TEST_KDF_N)
        opened.append(result)
        return result

    yield _open
    for result in opened:
        result.db.close()


@pytest.fixture
def opened(open_with, data_dir: Path, keyring_store: KeyringKeyStore) -> OpenedStore:
    return open_with(data_dir, keyring_store)


class Clock:
    """Timestamps one second apart, so 'latest' is unambiguous."""

    def __init__(self) -> None:
        self.seconds = 0

    def __call__(self) -> str:
        self.seconds += 1
        minutes, seconds = divmod(self.seconds, 60)
        return f"2025-03-01T09:{minutes:02d}:{seconds:02d}Z"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(opened: OpenedStore, clock: Clock) -> Store:
    key = opened.keys.create_with_keyring()
    return Store(opened.db, key, clock=clock)
