from __future__ import annotations

import pytest

from desktop.storage.errors import StoreError
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.store import Store
from desktop.storage.wipe import delete_all_data, delete_everything


def set_up_with_answers(opened):
    key = opened.keys.create_with_keyring()
    store = Store(opened.db, key)
    store.save_state(store.new_assessment("c", "q", 1), {"answers": {"a": "b"}})
    return store


def test_wipe_forgets_the_key_and_removes_every_file(opened, data_dir, memory_keyring):
    set_up_with_answers(opened)
    (data_dir / "exports").mkdir()
    (data_dir / "exports" / "candor-c-1.age").write_bytes(b"age...")
    (data_dir / "candor.log").write_text("started")
    assert len(memory_keyring.secrets) == 1

    result = delete_all_data(data_dir, opened.keys, extra_names=["exports", "candor.log"])

    assert memory_keyring.secrets == {}
    assert result.key_removed is True
    assert result.keyring_problem is None
    assert {p.name for p in result.removed} >= {"candor.db", "candor.log", "exports"}
    assert result.data_dir_removed is True
    assert not data_dir.exists()


def test_wipe_is_idempotent(opened, data_dir):
    set_up_with_answers(opened)
    delete_all_data(data_dir, opened.keys)

    again = delete_all_data(data_dir, KeyringKeyStore())
    assert again.removed == []
    assert again.key_removed is False
    assert again.keyring_problem is None
    assert not data_dir.exists()


def test_wipe_with_only_a_keyring_store_finds_the_key_through_the_file(opened, data_dir, keyring_store, memory_keyring):
    store = set_up_with_answers(opened)
    store.close()

    result = delete_all_data(data_dir, keyring_store)

    assert result.key_removed is True
    assert memory_keyring.secrets == {}
    assert not (data_dir / "candor.db").exists()


def test_wipe_closes_the_database_it_is_given(opened, data_dir, keyring_store, memory_keyring):
    set_up_with_answers(opened)
    result = delete_all_data(data_dir, keyring_store, db=opened.db)
    assert result.key_removed is True
    assert memory_keyring.secrets == {}
    with pytest.raises(Exception, match="closed"):
        opened.db.execute("SELECT 1")


def test_wipe_after_the_store_was_closed_still_forgets_the_key(opened, data_dir, memory_keyring):
    set_up_with_answers(opened).close()  # closes the KeyManager's database too

    result = delete_all_data(data_dir, opened.keys)

    assert result.key_removed is True
    assert memory_keyring.secrets == {}
    assert not data_dir.exists()


def test_wipe_keeps_files_that_are_not_candors(opened, data_dir):
    set_up_with_answers(opened)
    (data_dir / "my-own-notes.txt").write_text("mine")

    result = delete_all_data(data_dir, opened.keys)

    assert (data_dir / "my-own-notes.txt").read_text() == "mine"
    assert result.data_dir_removed is False
    assert sorted(p.name for p in data_dir.iterdir()) == ["my-own-notes.txt"]


def test_a_locked_keyring_is_reported_but_files_still_go(
    open_with, data_dir, keyring_store, locked_keyring, memory_keyring
):
    set_up_with_answers(open_with(data_dir, keyring_store)).close()
    locked = open_with(data_dir, KeyringKeyStore(locked_keyring))

    result = delete_all_data(data_dir, locked.keys)

    assert result.key_removed is False
    assert "locked" in result.keyring_problem
    assert not (data_dir / "candor.db").exists()
    assert len(memory_keyring.secrets) == 1  # the entry stays; it opens nothing now the files are gone


def test_passphrase_store_wipe_leaves_the_keyring_alone(open_with, data_dir, locked_keyring):
    opened = open_with(data_dir, KeyringKeyStore(locked_keyring))
    opened.keys.create_with_passphrase("long enough passphrase")
    result = delete_all_data(data_dir, opened.keys)
    assert result.keyring_problem is None
    assert not data_dir.exists()


def test_wipe_of_a_damaged_database_still_removes_it(data_dir, keyring_store):
    data_dir.mkdir()
    (data_dir / "candor.db").write_bytes(b"garbage" * 100)
    result = delete_all_data(data_dir, keyring_store)
    assert [p.name for p in result.removed] == ["candor.db"]
    assert not data_dir.exists()


@pytest.mark.parametrize("bad", ["../elsewhere", "sub/file", "", ".."])
def test_extra_names_must_stay_inside_the_folder(data_dir, bad):
    with pytest.raises(ValueError, match="plain names inside the data folder"):
        delete_all_data(data_dir, None, extra_names=[bad])


def test_keyring_failure_with_keyring_store_is_reported(opened, data_dir, locked_keyring):
    set_up_with_answers(opened).close()
    result = delete_all_data(data_dir, KeyringKeyStore(locked_keyring))
    assert "locked" in result.keyring_problem
    assert not data_dir.exists()


def test_a_file_that_cannot_be_deleted_is_named(opened, data_dir, memory_keyring, monkeypatch):
    from desktop.storage import wipe

    set_up_with_answers(opened)
    (data_dir / "exports").mkdir()

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(wipe.shutil, "rmtree", refuse)
    with pytest.raises(StoreError, match="could not delete .*exports .Permission denied.") as info:
        delete_all_data(data_dir, opened.keys, extra_names=["exports"])
    assert "The data key is already gone" in str(info.value)
    assert memory_keyring.secrets == {}
    assert not (data_dir / "candor.db").exists()  # everything else still went


def test_delete_everything_closes_the_store_and_knows_every_file_candor_keeps(opened, data_dir, memory_keyring,
                                                                              keyring_store):
    """The one service 'Delete all my data' calls: the caller names no files."""
    store = set_up_with_answers(opened)
    (data_dir / "preferences.ini").write_text("[appearance]\ntheme=dark\n")
    (data_dir / "logs").mkdir()
    (data_dir / "logs" / "candor.log").write_text("started")
    (data_dir / "candor.db.damaged-20261201-120000").write_bytes(b"old")

    result = delete_everything(data_dir, opened, keyring_store, store)

    assert memory_keyring.secrets == {}
    assert result.key_removed is True
    assert {p.name for p in result.removed} >= {"candor.db", "preferences.ini", "logs",
                                                 "candor.db.damaged-20261201-120000"}
    assert not data_dir.exists()


def test_delete_everything_before_the_store_was_opened_still_forgets_the_key(opened, data_dir, memory_keyring,
                                                                             keyring_store):
    set_up_with_answers(opened)
    opened.db.close()

    result = delete_everything(data_dir, None, keyring_store)

    assert memory_keyring.secrets == {}
    assert result.key_removed is True
    assert not data_dir.exists()
