"""The start sequence's storage half: data folder -> database -> key manager.

    data_dir = ensure_private_dir(resolve_data_dir(args.data_dir))
    opened = open_store(data_dir, KeyringKeyStore())
    match opened.keys.mode():
        case "new":        key = opened.keys.create_with_keyring()  # or create_with_passphrase(...)
        case "keyring":    key = opened.keys.unlock_with_keyring()
        case "passphrase": key = opened.keys.unlock_with_passphrase(...)
    store = Store(opened.db, key)

Each step raises a StoreError subclass whose message can be shown as is.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from desktop.storage.crypto import KDF_N
from desktop.storage.database import open_database
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.keys import KeyManager
from desktop.storage.paths import database_path, ensure_private_dir
from desktop.storage.probe import probe_data_dir


class OpenedStore(NamedTuple):
    db: Database
    keys: KeyManager
    db_path: Path


def open_store(data_dir: Path, keyring_store: KeyringKeyStore | None, *, kdf_n: int = KDF_N) -> OpenedStore:
    """Make ``data_dir`` private, check it takes real writes, open (or create) candor.db in it,
    and wrap it in a KeyManager. A read-only folder or a full disk raises ``WriteFailed`` here,
    at start, rather than on the first answer.
    """
    ensure_private_dir(data_dir)
    probe_data_dir(data_dir)
    path = database_path(data_dir)
    db = open_database(path)
    return OpenedStore(db, KeyManager(db, keyring_store, kdf_n=kdf_n), path)
