"""Where the local store lives on disk, and keeping that place private to its owner."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

from desktop.storage.errors import StoreError

DATA_DIR_ENV = "CANDOR_DATA_DIR"
DB_FILENAME = "candor.db"
# SQLite's companion files for candor.db (write-ahead log, shared memory, rollback journal).
DB_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# What else Candor keeps beside candor.db (all of it goes with "Delete all my data").
PREFERENCES_FILENAME = "preferences.ini"
LOG_DIRNAME = "logs"

DIR_MODE = 0o700
FILE_MODE = 0o600

# chmod means little on Windows; the per-user profile folders are already private there.
_POSIX = os.name == "posix"


def default_data_dir() -> Path:
    """The per-user data folder the OS conventions give Candor (never roaming on Windows)."""
    return Path(user_data_dir("Candor", appauthor=False))


def resolve_data_dir(flag: str | os.PathLike[str] | None, env: Mapping[str, str] = os.environ) -> Path:
    """Pick the data folder: ``--data-dir`` beats ``CANDOR_DATA_DIR`` beats the OS default.

    An empty flag or variable counts as not given. ``~`` is expanded and the
    result made absolute, so the path shown to a person is the one used.
    """
    for candidate in (flag, env.get(DATA_DIR_ENV)):
        if candidate is not None and str(candidate).strip():
            return Path(candidate).expanduser().absolute()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed, make it 0700 and check Candor can write in it.

    An existing folder is tightened to 0700 only when it is Candor's own (empty,
    or already holding ``candor.db``) and owned by the current user: pointing
    ``--data-dir`` at a shared folder must never change that folder's
    permissions. Candor's files in it are 0600 either way.

    Raises StoreError naming the folder when it cannot be created or written.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(
            f"Candor cannot use {path} as its data folder because it is a file, not a folder. "
            f"Choose another folder with --data-dir or {DATA_DIR_ENV}."
        )
    created = not path.exists()
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Candor cannot create its data folder {path}: {exc.strerror or exc}. "
            f"Fix the permissions of the folder above it, or choose another folder with "
            f"--data-dir or {DATA_DIR_ENV}."
        ) from exc
    if _POSIX and (created or _is_candor_dir(path)):
        try:
            if path.stat().st_uid == os.getuid():
                os.chmod(path, DIR_MODE)
        except OSError as exc:
            raise StoreError(
                f"Candor cannot make its data folder {path} private (mode 0700): {exc.strerror or exc}. "
                "Check that you own this folder."
            ) from exc
    _check_writable(path)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing, or tighten an existing file to 0600.

    Creating the file ourselves (rather than letting a library create it under
    the process umask) means it is never readable by others, not even briefly.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as exc:
        raise StoreError(
            f"Candor cannot create or open {path}: {exc.strerror or exc}. "
            "Check the permissions of its folder, or choose another data folder with "
            f"--data-dir or {DATA_DIR_ENV}."
        ) from exc
    try:
        if _POSIX and os.fstat(fd).st_mode & 0o777 != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    except OSError as exc:
        raise StoreError(
            f"Candor cannot make {path} private (mode 0600): {exc.strerror or exc}. Check that you own this file."
        ) from exc
    finally:
        os.close(fd)
    return path


def tighten_if_present(path: Path) -> None:
    """Make an existing file 0600; a missing file is fine (SQLite creates companions lazily)."""
    if not _POSIX:
        return
    try:
        if path.stat().st_mode & 0o777 != FILE_MODE:
            os.chmod(path, FILE_MODE)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise StoreError(
            f"Candor cannot make {path} private (mode 0600): {exc.strerror or exc}. Check that you own this file."
        ) from exc


def _is_candor_dir(path: Path) -> bool:
    try:
        return (path / DB_FILENAME).exists() or not any(path.iterdir())
    except OSError:
        return False


def _check_writable(path: Path) -> None:
    # os.access() is unreliable (ACLs, root, network file systems): really try.
    probe = path / f".candor-write-check-{os.urandom(4).hex()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise StoreError(
            f"Candor cannot write in its data folder {path}: {exc.strerror or exc}. "
            f"Make the folder writable for your user, or choose another folder with "
            f"--data-dir or {DATA_DIR_ENV}."
        ) from exc
