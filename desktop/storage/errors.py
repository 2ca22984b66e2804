"""Errors raised by the local store, each worded for the person who has to act on it."""

from __future__ import annotations

from typing import Literal

from desktop.core.errors import CandorError

KeyProblem = Literal["no_backend", "locked", "missing", "error"]


class StoreError(CandorError):
    """The local store cannot be used as asked; the message says why and what to do."""


class DamagedStore(StoreError):
    """A file that should be Candor's database is not a readable SQLite database."""


class TamperedData(StoreError):
    """Encrypted data did not authenticate: it was altered, moved, or the key is wrong."""


class KeyUnavailable(StoreError):
    """The data key cannot be fetched from (or put into) the system keyring.

    ``reason`` tells the UI what to offer:

    - ``no_backend``: this system has no usable keyring; offer a passphrase instead.
    - ``locked``: the keyring is locked; ask the person to unlock it and retry.
    - ``missing``: the store exists but the key in the keyring is gone (or is not
      the key of this store); the data cannot be decrypted, only deleted.
    - ``error``: the keyring failed in another way; the message carries its words.
    """

    def __init__(self, reason: KeyProblem, message: str):
        super().__init__(message)
        self.reason: KeyProblem = reason


class WeakPassphrase(StoreError):
    """The chosen passphrase is too short to protect the data key."""

    def __init__(self, message: str, minimum: int = 0, length: int = 0):
        super().__init__(message)
        self.minimum = minimum
        self.length = length


class WrongPassphrase(StoreError):
    """The passphrase does not unlock this store."""


class AssessmentNotFound(StoreError):
    """No assessment with the given id exists in the store."""
