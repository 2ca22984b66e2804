from __future__ import annotations

import hashlib
import unicodedata

import pytest

from desktop.storage.crypto import (
    KEY_BYTES,
    NONCE_BYTES,
    TAG_BYTES,
    derive_key,
    new_data_key,
    open_sealed,
    seal,
)
from desktop.storage.errors import TamperedData

AAD = b"candor:assessments:abc:state"


def test_round_trip():
    key = new_data_key()
    blob = seal(key, b'{"answers": {"q1": "yes"}}', AAD)
    assert open_sealed(key, blob, AAD) == b'{"answers": {"q1": "yes"}}'


def test_blob_layout_and_fresh_nonce_per_seal():
    key = new_data_key()
    first = seal(key, b"same words", AAD)
    second = seal(key, b"same words", AAD)
    assert first[0] == 1
    assert len(first) == 1 + NONCE_BYTES + len(b"same words") + TAG_BYTES
    assert first[1 : 1 + NONCE_BYTES] != second[1 : 1 + NONCE_BYTES]
    assert first != second
    assert b"same words" not in first


def test_data_keys_are_random_256_bit():
    keys = {new_data_key() for _ in range(8)}
    assert len(keys) == 8
    assert all(len(k) == KEY_BYTES for k in keys)


@pytest.mark.parametrize("position", [0, 1, NONCE_BYTES, NONCE_BYTES + 2, -1], ids=str)
def test_any_changed_byte_is_detected(position):
    key = new_data_key()
    blob = bytearray(seal(key, b"private answer", AAD))
    blob[position] ^= 0x01
    with pytest.raises(TamperedData):
        open_sealed(key, bytes(blob), AAD)


def test_blob_moved_to_another_row_is_detected():
    key = new_data_key()
    blob = seal(key, b"private answer", AAD)
    with pytest.raises(TamperedData, match="changed, moved, or the key is wrong"):
        open_sealed(key, blob, b"candor:assessments:other:state")


def test_wrong_key_is_detected():
    blob = seal(new_data_key(), b"private answer", AAD)
    with pytest.raises(TamperedData):
        open_sealed(new_data_key(), blob, AAD)


@pytest.mark.parametrize("blob", [b"", b"\x01" + b"\x00" * 20, None, "text"], ids=repr)
def test_malformed_blobs_are_tampered_data(blob):
    with pytest.raises(TamperedData):
        open_sealed(new_data_key(), blob, AAD)


def test_truncated_blob_is_detected():
    key = new_data_key()
    blob = seal(key, b"private answer", AAD)
    with pytest.raises(TamperedData):
        open_sealed(key, blob[:-1], AAD)


def test_keys_of_the_wrong_size_are_a_programming_error():
    with pytest.raises(ValueError, match="32 bytes"):
        seal(b"short", b"x", AAD)


def test_derive_key_is_scrypt_r8_p1():
    salt = bytes(range(16))
    expected = hashlib.scrypt(b"correct horse battery", salt=salt, n=2**10, r=8, p=1, dklen=32)
    assert derive_key("correct horse battery", salt, 2**10) == expected


def test_derive_key_depends_on_salt_and_passphrase():
    salt = bytes(16)
    base = derive_key("correct horse battery", salt, 2**10)
    assert derive_key("correct horse battery", bytes(15) + b"\x01", 2**10) != base
    assert derive_key("correct horse batterY", salt, 2**10) != base


def test_derive_key_ignores_unicode_composition():
    composed = unicodedata.normalize("NFC", "Käsebrötchen über alles")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_key(composed, bytes(16), 2**10) == derive_key(decomposed, bytes(16), 2**10)


@pytest.mark.parametrize("n", [0, 1, 1000])
def test_derive_key_rejects_invalid_cost(n):
    with pytest.raises(ValueError, match="power of two"):
        derive_key("whatever passphrase", bytes(16), n)
