"""The data key's home in the OS keyring, with every keyring failure turned into KeyUnavailable."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.storage.crypto import KEY_BYTES
from desktop.storage.errors import KeyProblem, KeyUnavailable

SERVICE = "Candor"
_PROBE_ACCOUNT = "availability-check"

T = TypeVar("T")


@dataclass(frozen=True)
class KeyringStatus:
    """Whether the keyring can hold Candor's key right now, and if not, why (in plain words)."""

    usable: bool
    backend_name: str
    problem: str | None = None
    reason: KeyProblem | None = None


def account_for(install_id: str) -> str:
    """The keyring account name under which an installation's data key is kept."""
    return f"data-key-{install_id}"


class KeyringKeyStore:
    """Get, set and delete the data key of one installation in a keyring backend.

    ``backend`` is any ``keyring.backend.KeyringBackend`` (tests pass an
    in-memory one); ``None`` means the backend keyring detects for this system,
    looked up on first use. The key is stored as base64 text.
    """

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE):
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            try:
                self._backend = keyring.get_keyring()
            except Exception as exc:  # a broken keyringrc or plugin must not crash the app
                raise KeyUnavailable(
                    "error",
                    f"The system keyring could not be set up: {exc}. Check the keyring settings, or "
                    "protect your answers with a passphrase instead.",
                ) from exc
        return self._backend

    @property
    def backend_name(self) -> str:
        backend = self._backend
        if backend is None:
            try:
                backend = self.backend
            except KeyUnavailable:
                return "unknown keyring"
        return describe_backend(backend)

    @property
    def found_backend_name(self) -> str:
        """The backend's name if it was already looked up, without looking it up (which can block)."""
        return describe_backend(self._backend) if self._backend is not None else "not yet found"

    def status(self) -> KeyringStatus:
        """Check the backend exists and answers a harmless read; never raises."""
        try:
            name = describe_backend(self.backend)
        except KeyUnavailable as exc:
            return KeyringStatus(False, "unknown keyring", str(exc), exc.reason)
        try:
            self._call(lambda backend: backend.get_password(self.service, _PROBE_ACCOUNT))
        except KeyUnavailable as exc:
            return KeyringStatus(False, name, str(exc), exc.reason)
        return KeyringStatus(True, name)

    def get_key(self, install_id: str) -> bytes | None:
        """The stored key, ``None`` when there is no entry, or a KeyUnavailable('missing') if garbled."""
        text = self._call(lambda backend: backend.get_password(self.service, account_for(install_id)))
        if text is None:
            return None
        try:
            key = base64.b64decode(text.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_BYTES:
            raise KeyUnavailable(
                "missing",
                f"The entry '{account_for(install_id)}' of '{self.service}' in "
                f"{describe_backend(self.backend)} is not a Candor data key, so Candor's data cannot be "
                "decrypted. Restore the entry from a backup of your keyring, or delete Candor's data and "
                "start again.",
            )
        return key

    def set_key(self, install_id: str, key: bytes) -> None:
        text = base64.b64encode(key).decode("ascii")
        self._call(lambda backend: backend.set_password(self.service, account_for(install_id), text))

    def delete_key(self, install_id: str) -> bool:
        """Remove the entry; ``True`` if one was removed, ``False`` if there was none."""
        account = account_for(install_id)

        def delete(backend: KeyringBackend) -> bool:
            if backend.get_password(self.service, account) is None:
                return False
            try:
                backend.delete_password(self.service, account)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete)

    def _call(self, operation: Callable[[KeyringBackend], T]) -> T:
        backend = self.backend
        name = describe_backend(backend)
        problem = _missing_backend(backend)
        if problem is not None:
            raise KeyUnavailable("no_backend", _no_backend_message(name, problem))
        try:
            return operation(backend)
        except KeyringLocked as exc:
            raise KeyUnavailable(
                "locked",
                f"The system keyring ({name}) is locked. Unlock it (log in again or open your keyring "
                "app), then retry.",
            ) from exc
        except NoKeyringError as exc:
            raise KeyUnavailable("no_backend", _no_backend_message(name, str(exc))) from exc
        except Exception as exc:  # backends raise their own errors (D-Bus, Win32, Security framework)
            raise KeyUnavailable(
                "error",
                f"The system keyring ({name}) failed: {exc or type(exc).__name__}. Retry, or protect your "
                "answers with a passphrase instead.",
            ) from exc


def describe_backend(backend: KeyringBackend) -> str:
    """A name to show a person: 'SecretService Keyring', or the chained backends' names."""
    if isinstance(backend, chainer.ChainerBackend):
        try:
            names = [type(b).name for b in backend.backends]
        except Exception:
            names = []
        return " + ".join(names) if names else "no keyring"
    try:
        return str(type(backend).name)
    except Exception:
        return type(backend).__name__


def _missing_backend(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold a key (fail/null keyrings, unviable backends), else None."""
    if isinstance(backend, fail.Keyring):
        return "keyring found no backend for this system"
    try:
        priority = type(backend).priority
    except Exception as exc:  # unviable backends say why by raising from priority
        return str(exc) or type(exc).__name__
    if priority <= 0:
        return "the configured keyring does not store secrets"
    return None


def _no_backend_message(name: str, detail: str) -> str:
    return (
        f"No system keyring is available to keep Candor's key ({name}: {detail}). Candor can protect "
        "your answers with a passphrase instead."
    )
