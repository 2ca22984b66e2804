"""The data key: creating it, finding it again (keyring or passphrase), and forgetting it.

Every assessment is sealed with one random 256-bit data key. In ``keyring``
mode the key sits in the OS keyring under ``data-key-<install_id>``. In
``passphrase`` mode the key is stored in ``meta`` only wrapped (AES-GCM) with a
key derived from the passphrase by scrypt. In both modes ``meta.key_check``
holds a sealed constant, so a wrong key is recognised before any answer is
read or written. Neither mode ever writes the key, or anything it protects,
in clear.
"""

from __future__ import annotations

import contextlib
from typing import Literal

from sqlite_utils import Database

from desktop.core.sealing import KDF_N_RANGE
from desktop.storage.crypto import (
    KDF_N,
    derive_key,
    new_data_key,
    new_salt,
    open_sealed,
    seal,
)
from desktop.storage.database import get_meta, install_id, set_meta
from desktop.storage.errors import (
    KeyUnavailable,
    StoreError,
    TamperedData,
    WeakPassphrase,
    WrongPassphrase,
)
from desktop.storage.keyring_store import KeyringKeyStore, KeyringStatus, account_for

__all__ = ["KeyManager", "KeyringKeyStore", "KeyringStatus", "MIN_PASSPHRASE_LENGTH", "check_key"]

KeyMode = Literal["new", "keyring", "passphrase"]

MIN_PASSPHRASE_LENGTH = 8
KEY_CHECK_AAD = b"candor:key-check"
KEY_CHECK_PLAINTEXT = b"Candor data key check v1"
# Bounds for a stored scrypt cost: anything outside was not written by Candor.
_KDF_N_RANGE = KDF_N_RANGE


def check_key(db: Database, key: bytes) -> None:
    """Raise TamperedData unless ``key`` is the data key of this database."""
    blob = get_meta(db, "key_check")
    if blob is None:
        raise StoreError("Candor's database has no data key yet; set one up before storing answers.")
    try:
        plain = open_sealed(key, bytes.fromhex(blob), KEY_CHECK_AAD)
    except (TamperedData, ValueError):  # ValueError: not hex
        plain = b""
    if plain != KEY_CHECK_PLAINTEXT:
        raise TamperedData(
            f"The key given does not open Candor's data in {database_file(db)}; nothing was read or changed."
        )


def database_file(db: Database) -> str:
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return row[2] or "memory"
    return "memory"


class KeyManager:
    """Sets up and unlocks the data key of one database."""

    def __init__(
        self,
        db: Database,
        keyring_store: KeyringKeyStore | None,
        *,
        kdf_n: int = KDF_N,
    ):
        self.db = db
        self.keyring_store = keyring_store
        self.kdf_n = kdf_n

    @property
    def install_id(self) -> str:
        return install_id(self.db)

    def mode(self) -> KeyMode:
        value = get_meta(self.db, "key_mode")
        if value is None:
            return "new"
        if value in ("keyring", "passphrase"):
            return value  # type: ignore[return-value]
        raise StoreError(
            f"Candor's database {database_file(self.db)} names an unknown key mode {value!r}; it was damaged "
            "or written by a newer version of Candor."
        )

    def keyring_status(self) -> KeyringStatus:
        if self.keyring_store is None:
            problem = "No system keyring was offered to Candor."
            return KeyringStatus(False, "no keyring", problem, "no_backend")
        return self.keyring_store.status()

    # --- keyring mode ---------------------------------------------------------------------------

    def create_with_keyring(self) -> bytes:
        """Make a new data key, keep it in the keyring and record that mode; return the key."""
        self._require_mode("new")
        store = self._require_keyring()
        key = new_data_key()
        store.set_key(self.install_id, key)
        if store.get_key(self.install_id) != key:
            self._discard_keyring_entry(store)
            raise KeyUnavailable(
                "error",
                f"The system keyring ({store.backend_name}) accepted Candor's key but did not give it back. "
                "Protect your answers with a passphrase instead.",
            )
        set_meta(self.db, {"key_check": _key_check(key), "key_mode": "keyring"})
        return key

    def unlock_with_keyring(self) -> bytes:
        """Fetch the data key from the keyring and prove it is this store's key."""
        self._require_mode("keyring")
        store = self._require_keyring()
        key = store.get_key(self.install_id)
        if key is None:
            raise KeyUnavailable(
                "missing",
                f"Candor's data in {database_file(self.db)} exists, but its key is gone from the system "
                f"keyring ({store.backend_name}), so the data cannot be decrypted. Restore the keyring entry "
                f"'{account_for(self.install_id)}' of '{store.service}' from a backup, or delete Candor's "
                "data and start again.",
            )
        try:
            check_key(self.db, key)
        except TamperedData as exc:
            raise KeyUnavailable(
                "missing",
                f"The key in the system keyring ({store.backend_name}) is not the key of Candor's data in "
                f"{database_file(self.db)}, so the data cannot be decrypted. Restore the right keyring "
                "entry from a backup, or delete Candor's data and start again.",
            ) from exc
        return key

    # --- passphrase mode ------------------------------------------------------------------------

    def create_with_passphrase(self, passphrase: str) -> bytes:
        """Make a new data key protected by ``passphrase`` (at least 8 characters); return the key."""
        self._require_mode("new")
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise WeakPassphrase(
                f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; this one has "
                f"{len(passphrase)}. A few unrelated words are easy to remember and hard to guess.",
                minimum=MIN_PASSPHRASE_LENGTH, length=len(passphrase),
            )
        key = new_data_key()
        set_meta(self.db, {**self._wrapped(passphrase, key), "key_check": _key_check(key), "key_mode": "passphrase"})
        return key

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """Unwrap the data key with ``passphrase``; raise WrongPassphrase if it does not fit."""
        self._require_mode("passphrase")
        salt_hex, n_text, wrapped_hex = (get_meta(self.db, k) for k in ("kdf_salt", "kdf_n", "wrapped_key"))
        try:
            salt = bytes.fromhex(salt_hex or "")
            n = int(n_text or "0")
            wrapped = bytes.fromhex(wrapped_hex or "")
        except ValueError:
            n, salt, wrapped = 0, b"", b""
        if not (salt and wrapped and _KDF_N_RANGE[0] <= n <= _KDF_N_RANGE[1] and n & (n - 1) == 0):
            raise StoreError(
                f"The passphrase settings in {database_file(self.db)} are damaged, so the data cannot be "
                "unlocked. Delete Candor's data and start again."
            )
        try:
            key = open_sealed(derive_key(passphrase, salt, n), wrapped, self._wrap_aad())
        except TamperedData:
            raise WrongPassphrase(
                "That passphrase does not unlock Candor's data. Check Caps Lock and the keyboard layout, "
                "then try again."
            ) from None
        check_key(self.db, key)
        if n < self.kdf_n:  # made with an older, cheaper cost: wrap the same key again at today's
            set_meta(self.db, self._wrapped(passphrase, key))
        return key

    def _wrapped(self, passphrase: str, key: bytes) -> dict[str, str]:
        """The meta entries that keep ``key`` wrapped by a key derived from ``passphrase`` (fresh salt)."""
        salt = new_salt()
        wrapping_key = derive_key(passphrase, salt, self.kdf_n)
        return {"kdf_salt": salt.hex(), "kdf_n": str(self.kdf_n),
                "wrapped_key": seal(wrapping_key, key, self._wrap_aad()).hex()}

    # --- forgetting -----------------------------------------------------------------------------

    def forget_key(self) -> bool:
        """Delete this installation's key from the keyring, if there is one; True if removed.

        In passphrase mode nothing was put in the keyring, so it is not touched.
        Raises KeyUnavailable when a keyring-mode key cannot be removed.
        """
        if self.keyring_store is None:
            return False
        mode = self.mode()
        if mode == "passphrase":
            return False
        try:
            return self.keyring_store.delete_key(self.install_id)
        except KeyUnavailable:
            if mode == "keyring":
                raise
            return False  # 'new': at most a stray key that never protected anything

    # --- helpers --------------------------------------------------------------------------------

    def _wrap_aad(self) -> bytes:
        return b"candor:data-key:" + self.install_id.encode("ascii")

    def _require_mode(self, expected: KeyMode) -> None:
        actual = self.mode()
        if actual != expected:
            wording = {
                "new": "has no data key yet",
                "keyring": "keeps its key in the system keyring",
                "passphrase": "is protected by a passphrase",
            }
            raise StoreError(
                f"Candor's data in {database_file(self.db)} {wording[actual]}; it cannot be opened as "
                f"one that {wording[expected]}."
            )

    def _require_keyring(self) -> KeyringKeyStore:
        if self.keyring_store is None:
            raise KeyUnavailable(
                "no_backend",
                "No system keyring was offered to Candor. Candor can protect your answers with a passphrase instead.",
            )
        return self.keyring_store

    def _discard_keyring_entry(self, store: KeyringKeyStore) -> None:
        with contextlib.suppress(KeyUnavailable):
            store.delete_key(self.install_id)


def _key_check(key: bytes) -> str:
    return seal(key, KEY_CHECK_PLAINTEXT, KEY_CHECK_AAD).hex()
