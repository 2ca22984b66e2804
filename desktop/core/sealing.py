"""Authenticated encryption at rest (AES-256-GCM), passphrase key derivation (scrypt) and keyed hashes.

Shared by the employee's store (``desktop/storage``) and the collector's database (``desktop/collector``),
which may not import each other, so it lives here, with no Qt and nothing of Candor's but its errors.

A sealed blob is ``version (1 byte) || nonce (12 bytes) || ciphertext+tag``. The associated data
(``aad``) is not stored: the caller rebuilds it from where the blob lives (its row identity and
column), so a blob copied elsewhere fails to open.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.core.errors import CandorError

FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER = bytes([FORMAT_VERSION])
_MIN_BLOB = 1 + NONCE_BYTES + TAG_BYTES

# scrypt cost: N = 2**17, r = 8, p = 1 (the OWASP Password Storage Cheat Sheet's minimum) uses
# 128 MiB and about 0.3 s per unlock.
KDF_N = 2**17
KDF_R = 8
KDF_P = 1
SALT_BYTES = 16
#: Bounds for a stored scrypt cost: anything outside was not written by Candor.
KDF_N_RANGE = (2**10, 2**22)


class SealBroken(CandorError):
    """A sealed blob did not open: it was changed, moved to another place, or the key is wrong."""


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


class Sealer:
    """Seals and opens blobs under one key; keeps the cipher set up, for many rows in a row."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes):
        _check_key(key)
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        """Encrypt and authenticate ``plaintext``, binding ``aad``; a fresh random nonce every time."""
        nonce = os.urandom(NONCE_BYTES)
        return _HEADER + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes | bytearray | memoryview, aad: bytes) -> bytes:
        """Decrypt a blob made by :meth:`seal`; raise SealBroken if it does not authenticate.

        Wrong key, changed bytes, a different ``aad`` (the blob moved to another row) and blobs
        that are too short, of an unknown format or not binary at all fail the same way.
        """
        try:
            if len(blob) >= _MIN_BLOB and blob[0] == FORMAT_VERSION:  # the common case: no copy, no check more
                return self._aead.decrypt(blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:], aad)
        except InvalidTag:
            raise SealBroken(
                "Encrypted data failed its integrity check: it was changed, moved, or the key is wrong."
            ) from None
        except (TypeError, IndexError):
            pass
        if not isinstance(blob, bytes | bytearray | memoryview):
            raise SealBroken("Encrypted data is missing or is not binary; it cannot be opened.")
        raise SealBroken("Encrypted data is truncated or in an unknown format; it cannot be opened.")


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext`` under ``key``, binding ``aad``."""
    return Sealer(key).seal(plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob made by :func:`seal`; raise SealBroken if it does not authenticate."""
    return Sealer(key).open(blob, aad)


def derive_key(passphrase: str, salt: bytes, n: int = KDF_N) -> bytes:
    """Derive a 256-bit key from a passphrase with scrypt (r=8, p=1).

    The passphrase is NFC-normalized first, so the same words typed with a different keyboard or
    OS (composed vs. decomposed accents) give the same key.
    """
    if n < 2 or n & (n - 1):
        raise ValueError(f"scrypt cost n must be a power of two above 1, got {n}")
    normalized = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=KDF_R, p=KDF_P).derive(normalized)


def subkey(key: bytes, purpose: bytes) -> bytes:
    """A 256-bit key for one ``purpose`` (such as keyed hashes), derived from ``key`` with HMAC-SHA-256,
    so the data key itself is only ever used for AES-GCM."""
    _check_key(key)
    return hmac.new(key, b"candor:subkey:" + purpose, hashlib.sha256).digest()


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"an AES-256 key is {KEY_BYTES} bytes, got {len(key)}")
