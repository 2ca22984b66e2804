"""'Delete all my data': forget the data key, then remove Candor's files.

``delete_everything`` is the one service the app calls (from the settings page, and when a lost keyring
key leaves the saved answers unreadable); ``delete_all_data`` is the step underneath it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop.storage.errors import KeyUnavailable, StoreError
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.keys import KeyManager
from desktop.storage.paths import DB_COMPANION_SUFFIXES, DB_FILENAME, LOG_DIRNAME, PREFERENCES_FILENAME
from desktop.storage.recovery import damaged_copies

if TYPE_CHECKING:
    from desktop.storage.startup import OpenedStore
    from desktop.storage.store import Store

# Left behind only if Candor was killed in the middle of ensure_private_dir's write check.
_STRAY_PATTERNS = (".candor-write-check-*",)


@dataclass(frozen=True)
class WipeResult:
    """What ``delete_all_data`` did, for the confirmation the person sees."""

    removed: list[Path] = field(default_factory=list)
    key_removed: bool = False
    keyring_problem: str | None = None
    data_dir_removed: bool = False


def candor_files(data_dir: Path) -> list[str]:
    """Everything besides the database that Candor keeps in ``data_dir``: the preferences, the log folder
    and the damaged copies set aside at start-up."""
    return [PREFERENCES_FILENAME, LOG_DIRNAME, *damaged_copies(data_dir)]


def delete_everything(data_dir: Path, opened: OpenedStore | None, keyring_store: KeyringKeyStore | None,
                      store: Store | None = None) -> WipeResult:
    """"Delete all my data" as the app runs it: close the open ``store`` (if unlocked), forget the key
    (through the open database's KeyManager, or ``keyring_store`` when the database was never opened),
    then remove candor.db and every file in :func:`candor_files`. Stop writing the log first."""
    if store is not None:
        store.close()
    return delete_all_data(data_dir, opened.keys if opened else keyring_store,
                           db=opened.db if opened else None, extra_names=candor_files(data_dir))


def delete_all_data(
    data_dir: Path,
    keys: KeyManager | KeyringKeyStore | None,
    *,
    db: Database | None = None,
    extra_names: Iterable[str] = (),
) -> WipeResult:
    """Forget the data key in the keyring, then remove candor.db, its -wal/-shm/-journal and
    the other files Candor keeps in ``data_dir`` (``extra_names``: plain names inside it,
    files or folders, that other parts of Candor created), then the folder if it is empty.

    The guarantee is crypto-erasure: once the key is gone from the keyring (or,
    in passphrase mode, the wrapped key is gone with candor.db), whatever copies
    of the ciphertext survive on disk, in backups or in SSD spare blocks cannot
    be decrypted. Deleting the files is tidiness on top; no overwriting is
    attempted because journaling and flash storage make it meaningless.

    Pass the open database (or the KeyManager holding it) so it is closed
    first. Safe to run again: a second call removes nothing and succeeds. A
    keyring that refuses to delete the key is reported in ``keyring_problem``;
    the files are removed regardless.
    """
    data_dir = Path(data_dir)
    names = _checked_names(extra_names)
    key_removed = False
    problem: str | None = None
    try:
        if isinstance(keys, KeyManager):
            try:
                key_removed = keys.forget_key()
            except sqlite3.ProgrammingError:  # its database was already closed (Store.close())
                if keys.keyring_store is not None:
                    key_removed = _forget_with_store(keys.keyring_store, data_dir / DB_FILENAME, None)
        elif isinstance(keys, KeyringKeyStore):
            key_removed = _forget_with_store(keys, data_dir / DB_FILENAME, db)
    except StoreError as exc:  # KeyUnavailable, or a key mode this version does not know
        problem = str(exc)
    finally:
        if isinstance(keys, KeyManager):
            keys.db.close()
        if db is not None:
            db.close()

    removed: list[Path] = []
    targets = [data_dir / DB_FILENAME, *(data_dir / (DB_FILENAME + s) for s in DB_COMPANION_SUFFIXES)]
    targets += [data_dir / name for name in names]
    if data_dir.is_dir():
        for pattern in _STRAY_PATTERNS:
            targets += sorted(data_dir.glob(pattern))
    failed: list[str] = []
    for target in targets:
        try:
            if _remove(target):
                removed.append(target)
        except OSError as exc:
            failed.append(f"{target} ({exc.strerror or exc})")
    if failed:
        gone = " The data key is already gone, so what is left can no longer be decrypted." if key_removed else ""
        raise StoreError(
            f"Candor could not delete {', '.join(failed)}. Close other Candor windows and try again.{gone}"
        )

    dir_removed = False
    try:
        data_dir.rmdir()
        dir_removed = True
    except OSError:
        pass  # missing, or holds files that are not Candor's
    return WipeResult(removed, key_removed, problem, dir_removed)


def _forget_with_store(store: KeyringKeyStore, db_path: Path, db: Database | None) -> bool:
    """Find the installation id (and key mode) in the database, then drop its keyring entry."""
    query = "SELECT key, value FROM meta WHERE key IN ('install_id', 'key_mode')"
    rows = None
    if db is not None:
        with contextlib.suppress(sqlite3.Error):  # e.g. already closed: read the file instead
            rows = db.execute(query).fetchall()
    if rows is None and db_path.is_file():
        try:
            conn = sqlite3.connect(str(db_path))
            try:
                rows = conn.execute(query).fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # damaged: no way to know which entry, and nothing it could open
    if rows is None:
        return False
    meta = dict(rows)
    if "install_id" not in meta or meta.get("key_mode") == "passphrase":
        return False
    try:
        return store.delete_key(meta["install_id"])
    except KeyUnavailable:
        if meta.get("key_mode") == "keyring":
            raise
        return False


def _checked_names(names: Iterable[str]) -> list[str]:
    checked = []
    for name in names:
        if not name or Path(name).name != name or name in (".", ".."):
            raise ValueError(f"extra_names must be plain names inside the data folder, got {name!r}")
        checked.append(name)
    return checked


def _remove(target: Path) -> bool:
    try:
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink()
    except FileNotFoundError:
        return False
    return True
