"""The data key's home in the OS keyring (asked through ``desktop.system_keyring``), with every keyring failure
turned into a KeyUnavailable worded for the employee."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop import system_keyring
from desktop.storage.crypto import KEY_BYTES
from desktop.storage.errors import KeyProblem, KeyUnavailable
from desktop.system_keyring import KeyringTrouble, describe_backend

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
                self._backend = system_keyring.default_backend()
            except KeyringTrouble as trouble:
                raise _unavailable(trouble) from trouble.__cause__
        return self._backend

    @property
    def backend_name(self) -> str:
        backend = self._backend
        if backend is None:
            try:
                backend = self.backend
            except KeyUnavailable:
                return system_keyring.UNKNOWN
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
            return KeyringStatus(False, system_keyring.UNKNOWN, str(exc), exc.reason)
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
        try:
            return system_keyring.call(backend, operation)
        except KeyringTrouble as trouble:
            raise _unavailable(trouble) from trouble.__cause__


#: The employee's words for the troubles that come without the keyring's own words.
_NO_BACKEND_WORDS = {
    "none_found": "keyring found no backend for this system",
    "stores_nothing": "the configured keyring does not store secrets",
}


def _unavailable(trouble: KeyringTrouble) -> KeyUnavailable:
    """The keyring's trouble as the employee reads it, with what to do (a passphrase is always an option)."""
    name, detail = trouble.backend_name, trouble.detail
    if trouble.cause == "setup":
        return KeyUnavailable(
            "error",
            f"The system keyring could not be set up: {detail}. Check the keyring settings, or protect your "
            "answers with a passphrase instead.",
        )
    if trouble.cause == "locked":
        return KeyUnavailable(
            "locked",
            f"The system keyring ({name}) is locked. Unlock it (log in again or open your keyring app), then retry.",
        )
    if trouble.cause == "failed":
        return KeyUnavailable(
            "error",
            f"The system keyring ({name}) failed: {detail}. Retry, or protect your answers with a passphrase instead.",
        )
    return KeyUnavailable(
        "no_backend",
        f"No system keyring is available to keep Candor's key ({name}: {_NO_BACKEND_WORDS.get(trouble.cause, detail)})"
        ". Candor can protect your answers with a passphrase instead.",
    )
