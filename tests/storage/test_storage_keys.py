from __future__ import annotations

import base64
import unicodedata

import pytest
from keyring.backends import fail

from desktop.storage.crypto import new_data_key
from desktop.storage.database import get_meta, set_meta
from desktop.storage.errors import (
    KeyUnavailable,
    StoreError,
    TamperedData,
    WeakPassphrase,
    WrongPassphrase,
)
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.keys import check_key
from desktop.storage.store import Store

PASSPHRASE = "correct horse battery staple"


def all_meta_text(db) -> str:
    return "\n".join(f"{k}={v}" for k, v in db.execute("SELECT key, value FROM meta").fetchall())


def key_forms(key: bytes) -> list[str]:
    return [key.hex(), key.hex().upper(), base64.b64encode(key).decode()]


# --- keyring mode ------------------------------------------------------------------------------


def test_new_store_keeps_its_key_in_the_keyring(opened, memory_keyring):
    assert opened.keys.mode() == "new"
    key = opened.keys.create_with_keyring()

    assert opened.keys.mode() == "keyring"
    account = f"data-key-{opened.keys.install_id}"
    assert base64.b64decode(memory_keyring.secrets[("Candor", account)]) == key
    meta = all_meta_text(opened.db)
    assert not any(form in meta for form in key_forms(key))
    check_key(opened.db, key)


def test_reopened_store_unlocks_with_the_same_key(open_with, data_dir, keyring_store):
    first = open_with(data_dir, keyring_store)
    key = first.keys.create_with_keyring()
    first.db.close()

    again = open_with(data_dir, keyring_store)
    assert again.keys.mode() == "keyring"
    assert again.keys.unlock_with_keyring() == key


def test_keys_are_per_installation(open_with, tmp_path, keyring_store, memory_keyring):
    one = open_with(tmp_path / "one", keyring_store).keys.create_with_keyring()
    two = open_with(tmp_path / "two", keyring_store).keys.create_with_keyring()
    assert one != two
    assert len(memory_keyring.secrets) == 2


def test_creating_twice_is_refused(opened):
    opened.keys.create_with_keyring()
    with pytest.raises(StoreError, match="keeps its key in the system keyring"):
        opened.keys.create_with_keyring()
    with pytest.raises(StoreError):
        opened.keys.create_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize("backend_fixture", ["null_like_keyring", "unviable_keyring"])
def test_no_backend_is_reported_not_worked_around(request, open_with, data_dir, backend_fixture):
    store = KeyringKeyStore(request.getfixturevalue(backend_fixture))
    opened = open_with(data_dir, store)

    status = opened.keys.keyring_status()
    assert not status.usable
    assert status.reason == "no_backend"
    assert "passphrase" in status.problem

    with pytest.raises(KeyUnavailable) as info:
        opened.keys.create_with_keyring()
    assert info.value.reason == "no_backend"
    assert "No system keyring is available" in str(info.value)
    assert opened.keys.mode() == "new"  # nothing was set up behind the person's back


def test_unviable_backend_says_why(unviable_keyring):
    status = KeyringKeyStore(unviable_keyring).status()
    assert "Secret Service daemon is neither running" in status.problem


def test_default_backend_is_keyrings_choice(memory_keyring):
    # The autouse fixture makes keyring's choice 'no backend at all' (fail.Keyring).
    status = KeyringKeyStore().status()
    assert (status.usable, status.reason) == (False, "no_backend")
    assert isinstance(KeyringKeyStore().backend, fail.Keyring)

    import keyring

    keyring.set_keyring(memory_keyring)  # the autouse fixture puts its own choice back afterwards
    status = KeyringKeyStore().status()
    assert status.usable
    assert status.backend_name == "memory keyring MemoryKeyring"


def test_no_keyring_at_all_means_passphrase(open_with, data_dir):
    opened = open_with(data_dir, None)
    assert opened.keys.keyring_status().reason == "no_backend"
    with pytest.raises(KeyUnavailable) as info:
        opened.keys.create_with_keyring()
    assert info.value.reason == "no_backend"
    assert opened.keys.forget_key() is False


def test_locked_keyring_asks_to_unlock(open_with, data_dir, locked_keyring):
    opened = open_with(data_dir, KeyringKeyStore(locked_keyring))

    status = opened.keys.keyring_status()
    assert (status.usable, status.reason) == (False, "locked")
    assert "locked" in status.problem and "Unlock it" in status.problem

    with pytest.raises(KeyUnavailable) as info:
        opened.keys.create_with_keyring()
    assert info.value.reason == "locked"
    assert opened.keys.mode() == "new"


@pytest.fixture
def locked_later(open_with, data_dir, keyring_store, locked_keyring):
    """A store whose key went into a working keyring, opened again once the keyring is locked."""
    first = open_with(data_dir, keyring_store)
    first.keys.create_with_keyring()
    first.db.close()
    return open_with(data_dir, KeyringKeyStore(locked_keyring))


def test_keyring_locked_after_setup(locked_later):
    with pytest.raises(KeyUnavailable) as info:
        locked_later.keys.unlock_with_keyring()
    assert info.value.reason == "locked"


def test_failing_keyring_passes_on_its_words(open_with, data_dir, broken_keyring):
    opened = open_with(data_dir, KeyringKeyStore(broken_keyring))
    status = opened.keys.keyring_status()
    assert (status.usable, status.reason) == (False, "error")
    with pytest.raises(KeyUnavailable) as info:
        opened.keys.create_with_keyring()
    assert info.value.reason == "error"
    assert "the daemon did not answer" in str(info.value)


def test_keyring_that_drops_the_key_is_not_trusted(open_with, data_dir, forgetful_keyring):
    opened = open_with(data_dir, KeyringKeyStore(forgetful_keyring))
    with pytest.raises(KeyUnavailable, match="did not give it back") as info:
        opened.keys.create_with_keyring()
    assert info.value.reason == "error"
    assert opened.keys.mode() == "new"


def test_missing_key_means_data_cannot_be_decrypted(opened, memory_keyring):
    opened.keys.create_with_keyring()
    memory_keyring.secrets.clear()

    with pytest.raises(KeyUnavailable) as info:
        opened.keys.unlock_with_keyring()
    assert info.value.reason == "missing"
    message = str(info.value)
    assert "its key is gone from the system keyring" in message
    assert "cannot be decrypted" in message
    assert f"data-key-{opened.keys.install_id}" in message


def test_a_foreign_key_in_the_keyring_counts_as_missing(opened, keyring_store):
    opened.keys.create_with_keyring()
    keyring_store.set_key(opened.keys.install_id, new_data_key())
    with pytest.raises(KeyUnavailable, match="is not the key of") as info:
        opened.keys.unlock_with_keyring()
    assert info.value.reason == "missing"


def test_a_garbled_keyring_entry_counts_as_missing(opened, memory_keyring):
    opened.keys.create_with_keyring()
    account = ("Candor", f"data-key-{opened.keys.install_id}")
    memory_keyring.secrets[account] = "not base64 at all!"
    with pytest.raises(KeyUnavailable) as info:
        opened.keys.unlock_with_keyring()
    assert info.value.reason == "missing"


def test_forget_key_removes_the_entry_once(opened, memory_keyring):
    opened.keys.create_with_keyring()
    assert opened.keys.forget_key() is True
    assert memory_keyring.secrets == {}
    assert opened.keys.forget_key() is False


def test_forget_key_with_locked_keyring_is_reported(locked_later):
    with pytest.raises(KeyUnavailable) as info:
        locked_later.keys.forget_key()
    assert info.value.reason == "locked"


# --- passphrase mode ---------------------------------------------------------------------------


def test_a_store_made_at_a_lower_scrypt_cost_is_wrapped_again_at_todays_on_unlock(open_with, data_dir):
    from desktop.storage.startup import open_store

    first = open_with(data_dir, None)  # made at the tests' cheap cost, 2**10
    key = first.keys.create_with_passphrase(PASSPHRASE)
    salt = get_meta(first.db, "kdf_salt")
    first.db.close()

    upgraded = open_store(data_dir, None, kdf_n=2**11)  # a newer Candor asks for more
    try:
        assert upgraded.keys.unlock_with_passphrase(PASSPHRASE) == key
        assert get_meta(upgraded.db, "kdf_n") == str(2**11)
        assert get_meta(upgraded.db, "kdf_salt") != salt  # a fresh salt with the new cost
    finally:
        upgraded.db.close()
    again = open_store(data_dir, None, kdf_n=2**11)
    try:
        assert again.keys.unlock_with_passphrase(PASSPHRASE) == key
        with pytest.raises(WrongPassphrase):
            again.keys.unlock_with_passphrase("not the passphrase at all")
    finally:
        again.db.close()


def test_the_default_scrypt_cost_is_owasps_minimum():
    from desktop.storage.crypto import KDF_N, KDF_P, KDF_R

    assert (KDF_N, KDF_R, KDF_P) == (2**17, 8, 1)


def test_passphrase_create_and_unlock(open_with, data_dir):
    first = open_with(data_dir, None)
    key = first.keys.create_with_passphrase(PASSPHRASE)
    assert first.keys.mode() == "passphrase"
    meta = all_meta_text(first.db)
    assert PASSPHRASE not in meta
    assert not any(form in meta for form in key_forms(key))
    assert get_meta(first.db, "kdf_n") == str(2**10)
    assert len(bytes.fromhex(get_meta(first.db, "kdf_salt"))) == 16
    first.db.close()

    again = open_with(data_dir, None)
    assert again.keys.mode() == "passphrase"
    assert again.keys.unlock_with_passphrase(PASSPHRASE) == key


def test_passphrase_mode_never_touches_the_keyring(open_with, data_dir, locked_keyring):
    opened = open_with(data_dir, KeyringKeyStore(locked_keyring))
    opened.keys.create_with_passphrase(PASSPHRASE)
    assert opened.keys.forget_key() is False  # a locked keyring would raise if asked


def test_wrong_passphrase(open_with, data_dir):
    opened = open_with(data_dir, None)
    opened.keys.create_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="does not unlock Candor's data"):
        opened.keys.unlock_with_passphrase("correct horse battery stapler")


def test_passphrase_typed_with_other_unicode_composition_unlocks(open_with, data_dir):
    opened = open_with(data_dir, None)
    key = opened.keys.create_with_passphrase(unicodedata.normalize("NFC", "Grüße aus Köln"))
    assert opened.keys.unlock_with_passphrase(unicodedata.normalize("NFD", "Grüße aus Köln")) == key


@pytest.mark.parametrize("weak", ["", "short", "7 chars"])
def test_weak_passphrase_is_refused(open_with, data_dir, weak):
    opened = open_with(data_dir, None)
    with pytest.raises(WeakPassphrase, match="at least 8 characters"):
        opened.keys.create_with_passphrase(weak)
    assert opened.keys.mode() == "new"


def test_eight_characters_are_enough(open_with, data_dir):
    opened = open_with(data_dir, None)
    key = opened.keys.create_with_passphrase("8 chars!")
    assert opened.keys.unlock_with_passphrase("8 chars!") == key


@pytest.mark.parametrize("bad_n", ["2", str(2**40), "1000", "lots"])
def test_damaged_kdf_settings_are_reported(open_with, data_dir, bad_n):
    opened = open_with(data_dir, None)
    opened.keys.create_with_passphrase(PASSPHRASE)
    set_meta(opened.db, {"kdf_n": bad_n})
    with pytest.raises(StoreError, match="passphrase settings .* are damaged"):
        opened.keys.unlock_with_passphrase(PASSPHRASE)


def test_unlocking_in_the_wrong_mode_is_refused(open_with, data_dir, keyring_store):
    opened = open_with(data_dir, keyring_store)
    opened.keys.create_with_passphrase(PASSPHRASE)
    with pytest.raises(StoreError, match="is protected by a passphrase"):
        opened.keys.unlock_with_keyring()


def test_unknown_key_mode_is_reported(opened):
    set_meta(opened.db, {"key_mode": "smartcard"})
    with pytest.raises(StoreError, match="unknown key mode 'smartcard'"):
        opened.keys.mode()


# --- the key check -----------------------------------------------------------------------------


def test_a_wrong_key_is_caught_before_any_data_is_touched(opened):
    opened.keys.create_with_keyring()
    with pytest.raises(TamperedData, match="does not open Candor's data"):
        Store(opened.db, new_data_key())


def test_a_store_without_a_key_refuses_to_start(opened):
    with pytest.raises(StoreError, match="no data key yet"):
        Store(opened.db, new_data_key())
