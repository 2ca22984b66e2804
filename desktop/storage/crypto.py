"""Authenticated encryption at rest (AES-256-GCM) and passphrase key derivation (scrypt), for the local store.

The primitives are :mod:`desktop.core.sealing`'s, shared with the collector's database; here a blob that
does not open raises the store's own :class:`~desktop.storage.errors.TamperedData`.
A sealed blob is ``version (1 byte) || nonce (12 bytes) || ciphertext+tag``.
The associated data (``aad``) is not stored: the caller rebuilds it from where
the blob lives (its row id and column), so a blob copied elsewhere fails to open.
"""

from __future__ import annotations

from desktop.core.sealing import (
    FORMAT_VERSION,
    KDF_N,
    KDF_P,
    KDF_R,
    KEY_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    TAG_BYTES,
    SealBroken,
    Sealer,
    derive_key,
    new_key,
    new_salt,
)
from desktop.storage.errors import TamperedData

__all__ = ["FORMAT_VERSION", "KDF_N", "KDF_P", "KDF_R", "KEY_BYTES", "NONCE_BYTES", "SALT_BYTES", "TAG_BYTES",
           "derive_key", "new_data_key", "new_salt", "open_sealed", "seal"]

# Stores made with a lower scrypt cost than KDF_N are wrapped again at KDF_N the next time they are unlocked.


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return new_key()


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext`` under ``key``, binding ``aad``."""
    return Sealer(key).seal(plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob made by :func:`seal`; raise TamperedData if it does not authenticate.

    Wrong key, changed bytes, a different ``aad`` (blob moved to another row)
    and blobs that are too short or of an unknown format all fail the same way.
    """
    try:
        return Sealer(key).open(blob, aad)
    except SealBroken as exc:
        raise TamperedData(str(exc)) from None
