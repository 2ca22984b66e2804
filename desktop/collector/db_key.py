"""The key that seals ``collector.db``: in the OS keyring, or wrapped under the analyst's passphrase.

Every summary in the collector database is sealed (AES-256-GCM, see ``desktop/core/sealing.py``) under one
random 256-bit data key per database. The database names itself by a random ``database_id`` (table
``meta``, in clear), and keeps its ``key_mode``:

``keyring``
    The key is in the OS keyring, service ``Candor collector`` (beside the compliance key,
    ``age-identity``), account ``database-key-<database id>``, base64-encoded.
``passphrase``
    Chosen when a passphrase is given for a new database, or asked for when no keyring works. The key is
    stored in ``meta`` only wrapped (AES-GCM, bound to the database id) under a key derived from the
    passphrase by scrypt (N = 2^17, r = 8, p = 1, a random 16-byte salt); ``kdf_salt``, ``kdf_n`` and
    ``wrapped_key`` are in ``meta``.

In both modes ``meta.key_check`` is a sealed constant, so a wrong key is recognised before anything is read
or written. A database keeps the mode it was created in. Nothing here falls back to plaintext: without a
key there is no collector database, and the error (:class:`~desktop.collector.errors.CollectorKeyError`)
says what is missing and what to do.

For commands without a person to ask, the passphrase comes from ``--passphrase-file FILE`` (its first
line) or the environment variable ``CANDOR_COLLECTOR_PASSPHRASE`` (:meth:`CollectorKeys.from_environment`);
the collector window asks for it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import secrets
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from keyring.backend import KeyringBackend

from desktop.collector.errors import CollectorKeyError, KeyProblem
from desktop.core.sealing import (
    KDF_N,
    KDF_N_RANGE,
    KEY_BYTES,
    SealBroken,
    Sealer,
    derive_key,
    new_key,
    new_salt,
    subkey,
)
from desktop.exchange.identity import (
    SERVICE,
    KeyringUnavailable,
    delete_secret,
    describe_keyring,
    read_secret,
    write_secret,
)

PASSPHRASE_ENV = "CANDOR_COLLECTOR_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8
ACCOUNT_PREFIX = "database-key-"
MAX_PASSPHRASE_FILE_BYTES = 4096
_WHAT = "the collector database's key"
_CHECK_PLAINTEXT = b"Candor collector database key check v1"
_HOW_TO_GIVE = f"--passphrase-file FILE or the {PASSPHRASE_ENV} environment variable"


def account_for(database_id: str) -> str:
    """The keyring account (of service ``Candor collector``) that holds a database's key."""
    return f"{ACCOUNT_PREFIX}{database_id}"


def _check_aad(database_id: str) -> bytes:
    return b"candor-collector:key-check:" + database_id.encode("ascii")


def _wrap_aad(database_id: str) -> bytes:
    return b"candor-collector:database-key:" + database_id.encode("ascii")


class DatabaseKey:
    """An unlocked database key: the sealer for its rows and the keyed hash that stands in for submission ids."""

    __slots__ = ("_index", "sealer")

    def __init__(self, key: bytes):
        self.sealer = Sealer(key)
        self._index = subkey(key, b"collector:submission-id")

    def id_key(self, submission_id: str) -> str:
        """The keyed hash kept in place of a submission id: keyed BLAKE2b (a pseudo-random function by design)
        under a key derived from the database key, 128 bits as 32 hex digits. The same id always gives the same
        value in this database, so duplicates are still found; without the key it cannot be computed from an id,
        nor reversed."""
        return hashlib.blake2b(submission_id.encode("utf-8"), key=self._index, digest_size=16).hexdigest()


class CollectorKeys:
    """Where the collector database's key comes from. Hand the same object to every
    :meth:`~desktop.collector.store.CollectorStore.open` of a session: once a database is unlocked, its key
    is remembered (in memory only), so the keyring is asked, or scrypt run, once.

    ``passphrase``: the analyst's passphrase, if one was given; a new database is then protected by it (not
    by the keyring), and a passphrase-protected one is unlocked with it. ``backend`` replaces the OS keyring
    (tests). ``kdf_n``: scrypt's cost for new passphrase-protected databases.
    """

    def __init__(self, passphrase: str | None = None, *, backend: KeyringBackend | None = None, kdf_n: int = KDF_N):
        self.passphrase = passphrase
        self.backend = backend
        self.kdf_n = kdf_n
        self._known: dict[str, bytes] = {}

    @classmethod
    def from_environment(cls, passphrase_file: str | os.PathLike[str] | None = None,
                         env: Mapping[str, str] = os.environ, *, backend: KeyringBackend | None = None
                         ) -> CollectorKeys:
        """The passphrase from ``passphrase_file`` (its first line), else from ``CANDOR_COLLECTOR_PASSPHRASE``,
        else none (the keyring). Raises CollectorKeyError('passphrase_file') when the file cannot be read."""
        if passphrase_file is not None:
            return cls(read_passphrase_file(passphrase_file), backend=backend)
        value = env.get(PASSPHRASE_ENV)
        return cls(value if value else None, backend=backend)

    # -- an existing database -----------------------------------------------------------------------------

    def unlock(self, conn: sqlite3.Connection, path: Path) -> DatabaseKey:
        """The key of the (schema 4) database on ``conn``, proved against its key check."""
        meta = _meta(conn)
        database_id = meta.get("database_id", "")
        if not _looks_like_id(database_id):
            raise _damaged(path)
        remembered = self._known.get(database_id)
        if remembered is not None and _fits(remembered, meta, database_id):
            return DatabaseKey(remembered)
        mode = meta.get("key_mode")
        if mode == "keyring":
            key = self._from_keyring(database_id, meta, path)
        elif mode == "passphrase":
            key = self._from_passphrase(database_id, meta, path)
        else:
            raise _damaged(path)
        self._known[database_id] = key
        return DatabaseKey(key)

    def _from_keyring(self, database_id: str, meta: Mapping[str, str], path: Path) -> bytes:
        account = account_for(database_id)
        try:
            text = read_secret(account, self.backend, what=_WHAT)
        except KeyringUnavailable as exc:
            raise _keyring_trouble(exc, path, creating=False, account=account) from exc
        where = f"{self._keyring_name()}: service '{SERVICE}', account '{account}'"
        if text is None:
            raise CollectorKeyError(
                "key_missing",
                f"The key of the collector database {path} is gone from the system keyring ({where}), so the "
                "summaries in it cannot be read: restore that entry from a backup of the keyring, or move the "
                "database aside and import the summaries again; nothing was changed.", path=str(path), account=account)
        try:
            key = base64.b64decode(text.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_BYTES or not _fits(key, meta, database_id):
            raise CollectorKeyError(
                "key_missing",
                f"The keyring entry of the collector database {path} ({where}) does not hold its key, so the "
                "summaries in it cannot be read: restore the entry from a backup of the keyring, or move the "
                "database aside and import the summaries again; nothing was changed.", path=str(path), account=account)
        return key

    def _from_passphrase(self, database_id: str, meta: Mapping[str, str], path: Path) -> bytes:
        if self.passphrase is None:
            raise CollectorKeyError(
                "passphrase_needed",
                f"The collector database {path} is protected by a passphrase: give it with {_HOW_TO_GIVE}.",
                path=str(path))
        try:
            salt = bytes.fromhex(meta.get("kdf_salt", ""))
            n = int(meta.get("kdf_n", "0"))
            wrapped = bytes.fromhex(meta.get("wrapped_key", ""))
        except ValueError:
            salt, n, wrapped = b"", 0, b""
        if not (salt and wrapped and KDF_N_RANGE[0] <= n <= KDF_N_RANGE[1] and n & (n - 1) == 0):
            raise _damaged(path)
        try:
            key = Sealer(derive_key(self.passphrase, salt, n)).open(wrapped, _wrap_aad(database_id))
        except SealBroken:
            key = b""
        if len(key) != KEY_BYTES or not _fits(key, meta, database_id):
            raise CollectorKeyError(
                "wrong_passphrase",
                f"That passphrase does not unlock the collector database {path}: check it (Caps Lock, the keyboard "
                "layout, the file or variable it came from) and try again; nothing was changed.", path=str(path))
        return key

    # -- a new key ------------------------------------------------------------------------------------------

    def create(self, database_id: str, path: Path) -> tuple[DatabaseKey, dict[str, str]]:
        """A new key for the database ``database_id``, kept as this object's mode says; returns it with the
        ``meta`` entries to store (in the same transaction as the first sealed row). Call :meth:`discard` if
        that transaction fails."""
        key = new_key()
        entries = {"database_id": database_id,
                   "key_check": Sealer(key).seal(_CHECK_PLAINTEXT, _check_aad(database_id)).hex()}
        if self.passphrase is not None:
            length = len(self.passphrase)
            if length < MIN_PASSPHRASE_LENGTH:
                raise CollectorKeyError(
                    "weak_passphrase",
                    f"A passphrase for the collector database needs at least {MIN_PASSPHRASE_LENGTH} characters; "
                    f"this one has {length}, so nothing was written: a few unrelated words are easy to remember "
                    "and hard to guess.", creating=True, path=str(path), minimum=MIN_PASSPHRASE_LENGTH,
                    length=length)
            salt = new_salt()
            wrapped = Sealer(derive_key(self.passphrase, salt, self.kdf_n)).seal(key, _wrap_aad(database_id))
            entries.update(key_mode="passphrase", kdf_salt=salt.hex(), kdf_n=str(self.kdf_n),
                           wrapped_key=wrapped.hex())
        else:
            account = account_for(database_id)
            try:
                write_secret(account, base64.b64encode(key).decode("ascii"), self.backend, what=_WHAT)
            except KeyringUnavailable as exc:
                self.discard(database_id)
                raise _keyring_trouble(exc, path, creating=True, account=account) from exc
            entries["key_mode"] = "keyring"
        self._known[database_id] = key
        return DatabaseKey(key), entries

    def discard(self, database_id: str) -> None:
        """Forget a key made by :meth:`create` whose database was not written (and its keyring entry)."""
        self._known.pop(database_id, None)
        if self.passphrase is None:
            with contextlib.suppress(KeyringUnavailable):
                delete_secret(account_for(database_id), self.backend, what=_WHAT)

    def _keyring_name(self) -> str:
        return describe_keyring(self.backend)


def new_database_id() -> str:
    return secrets.token_hex(16)


def read_passphrase_file(path: str | os.PathLike[str]) -> str:
    """The passphrase in the first line of ``path`` (without its line break). Raises CollectorKeyError."""
    source = Path(path)

    def unusable(why: str) -> CollectorKeyError:
        return CollectorKeyError("passphrase_file", f"The passphrase file {source} {why}.")

    try:
        if source.is_dir():
            raise unusable("is a folder; name the file that holds the passphrase")
        with source.open("rb") as handle:
            raw = handle.read(MAX_PASSPHRASE_FILE_BYTES + 1)
    except FileNotFoundError:
        raise unusable("does not exist; check the path given with --passphrase-file") from None
    except PermissionError:
        raise unusable("may not be read (permission denied); run Candor as the user who owns it") from None
    except OSError as exc:
        raise unusable(f"could not be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_PASSPHRASE_FILE_BYTES:
        raise unusable("is far larger than a passphrase; name the file that holds only the passphrase")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise unusable("is not UTF-8 text") from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise unusable("is empty; put the passphrase on its first line")
    return first


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM meta")}
    except sqlite3.Error:
        return {}


def _looks_like_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def _fits(key: bytes, meta: Mapping[str, str], database_id: str) -> bool:
    """Whether ``key`` opens the database's key check."""
    try:
        blob = bytes.fromhex(meta.get("key_check", ""))
        return Sealer(key).open(blob, _check_aad(database_id)) == _CHECK_PLAINTEXT
    except (ValueError, SealBroken):
        return False


def _damaged(path: Path) -> CollectorKeyError:
    return CollectorKeyError(
        "damaged",
        f"The key settings in the collector database {path} are damaged, so the summaries in it cannot be read: "
        "move the database aside and import the summaries again.", path=str(path))


def _keyring_trouble(exc: KeyringUnavailable, path: Path, *, creating: bool, account: str) -> CollectorKeyError:
    """One sentence: what the keyring's trouble means for the collector database, and what to do."""
    reasons: dict[str, KeyProblem] = {"no_backend": "no_keyring", "locked": "keyring_locked"}
    problem = reasons.get(exc.reason, "keyring_failed")
    instead = f"give a passphrase with {_HOW_TO_GIVE} instead"
    if creating:
        if problem == "keyring_locked":
            text = (f"The system keyring ({exc.detail}) is locked, so Candor cannot keep the key of the collector "
                    f"database {path} in it: unlock it (log in again or open your keyring app) and try again, or "
                    f"{instead}; nothing was stored.")
        elif problem == "no_keyring":
            text = (f"No usable system keyring can hold the key of the collector database {path} ({exc.detail}), "
                    f"and Candor never keeps summaries unencrypted: {instead}; nothing was stored.")
        else:
            text = (f"The system keyring failed to keep the key of the collector database {path} ({exc.detail}): "
                    f"try again, or {instead}; nothing was stored.")
        return CollectorKeyError(problem, text, creating=True, path=str(path), account=account)
    if problem == "keyring_locked":
        text = (f"The system keyring ({exc.detail}) is locked, so the collector database {path} cannot be unlocked: "
                "unlock it (log in again or open your keyring app) and try again; nothing was changed.")
    elif problem == "no_keyring":
        text = (f"The collector database {path} keeps its key in the system keyring (service '{SERVICE}', account "
                f"'{account}'), but no keyring can be used here ({exc.detail}): run Candor in the session whose "
                "keyring holds the key; nothing was changed.")
    else:
        text = (f"The system keyring failed while unlocking the collector database {path} ({exc.detail}): try "
                "again; nothing was changed.")
    return CollectorKeyError(problem, text, path=str(path), account=account)
