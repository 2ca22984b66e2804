"""Errors of the collector's database, each worded for the analyst who has to act on it."""

from __future__ import annotations

from typing import Literal

from desktop.core.errors import CandorError

#: What stands between the analyst and the collector database's key (see db_key.py):
#:
#: - ``no_keyring``: no usable system keyring (none here, or none that stores secrets);
#: - ``keyring_locked``: the keyring is locked;
#: - ``keyring_failed``: the keyring failed in another way;
#: - ``key_missing``: the keyring works, but the database's key is gone from it (or is another key);
#: - ``passphrase_needed``: the database is protected by a passphrase and none was given;
#: - ``wrong_passphrase``: the passphrase given does not unlock it;
#: - ``weak_passphrase``: a new passphrase is shorter than the minimum;
#: - ``passphrase_file``: the passphrase file named cannot be read;
#: - ``damaged``: the key settings stored in the database are damaged.
KeyProblem = Literal["no_keyring", "keyring_locked", "keyring_failed", "key_missing", "passphrase_needed",
                     "wrong_passphrase", "weak_passphrase", "passphrase_file", "damaged"]


class CollectorStoreError(CandorError):
    """The collector database cannot be used as asked; the message says why and what to do."""


class CollectorKeyError(CollectorStoreError):
    """The collector database's key cannot be had; ``problem`` says why (see :data:`KeyProblem`).

    ``creating`` is true when the database (or its upgrade to encryption) needed a new key, false when
    an existing key had to be found. Nothing stored was changed in either case.
    """

    def __init__(self, problem: KeyProblem, message: str, *, creating: bool = False, path: str = "",
                 account: str = "", minimum: int = 0, length: int = 0):
        super().__init__(message)
        self.problem: KeyProblem = problem
        self.creating = creating
        #: The database file, and its keyring account (service ``Candor collector``) where the keyring is involved.
        self.path = path
        self.account = account
        #: For ``weak_passphrase``: the minimum length and the length given.
        self.minimum = minimum
        self.length = length
