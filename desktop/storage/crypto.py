"""Authenticated encryption at rest (AES-256-GCM) and passphrase key derivation (scrypt).

A sealed blob is ``version (1 byte) || nonce (12 bytes) || ciphertext+tag``.
The associated data (``aad``) is not stored: the caller rebuilds it from where
the blob lives (its row id and column), so a blob copied elsewhere fails to open.
"""

from __future__ import annotations

import os
import secrets
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.storage.errors import TamperedData

FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER = bytes([FORMAT_VERSION])
_MIN_BLOB = 1 + NONCE_BYTES + TAG_BYTES

# scrypt cost: N = 2**17, r = 8, p = 1 (the OWASP Password Storage Cheat Sheet's minimum) uses
# 128 MiB and about 0.3 s per unlock. Stores made with a lower cost are wrapped again at this one
# the next time they are unlocked.
KDF_N = 2**17
KDF_R = 8
KDF_P = 1
SALT_BYTES = 16


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext`` under ``key``, binding ``aad``."""
    _check_key(key)
    nonce = os.urandom(NONCE_BYTES)
    return _HEADER + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob made by :func:`seal`; raise TamperedData if it does not authenticate.

    Wrong key, changed bytes, a different ``aad`` (blob moved to another row)
    and blobs that are too short or of an unknown format all fail the same way.
    """
    _check_key(key)
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise TamperedData("Encrypted data is missing or is not binary; it cannot be opened.")
    blob = bytes(blob)
    if len(blob) < _MIN_BLOB or blob[0] != FORMAT_VERSION:
        raise TamperedData("Encrypted data is truncated or in an unknown format; it cannot be opened.")
    nonce = blob[1 : 1 + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, blob[1 + NONCE_BYTES :], aad)
    except InvalidTag:
        raise TamperedData(
            "Encrypted data failed its integrity check: it was changed, moved, or the key is wrong."
        ) from None


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = KDF_N) -> bytes:
    """Derive a 256-bit key from a passphrase with scrypt (r=8, p=1).

    The passphrase is NFC-normalized first, so the same words typed with a
    different keyboard or OS (composed vs. decomposed accents) give the same key.
    """
    if n < 2 or n & (n - 1):
        raise ValueError(f"scrypt cost n must be a power of two above 1, got {n}")
    normalized = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=KDF_R, p=KDF_P).derive(normalized)


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"an AES-256 key is {KEY_BYTES} bytes, got {len(key)}")
