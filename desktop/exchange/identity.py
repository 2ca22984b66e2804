"""The compliance team's age key pair: creating it, keeping it in a file or the OS keyring, reading it back.

The secret half (``AGE-SECRET-KEY-1...``) decrypts every summary sent to the
recipient (``age1...``) that goes into the organization policy. Files use the
format ``age-keygen`` writes, so the standard ``age -d -i FILE`` reads them
too. No message here ever repeats a secret key, not even a damaged one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyrage
from pyrage import x25519

from desktop import system_keyring
from desktop.core.errors import CandorError
from desktop.system_keyring import KeyringTrouble

if TYPE_CHECKING:  # keyring (and the urllib it pulls in) is imported where a keyring is used (system_keyring
    # imports it on first use): parse_identity serves the collector's decryption workers, which import this module
    from keyring.backend import KeyringBackend

SERVICE = "Candor collector"
ACCOUNT = "age-identity"
SECRET_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_PREFIX = "age1"
#: An identity file holds a few hundred bytes; anything far larger is the wrong file.
MAX_IDENTITY_FILE_BYTES = 64 * 1024

T = TypeVar("T")


class IdentityError(CandorError):
    """The collector key could not be created, read or kept; the message says what to do."""


class IdentityExists(IdentityError):
    """A key is already where a new one would go; replacing it would orphan every summary sent to it."""


#: What a person can do about it: the adapter's reason (no_backend, locked, error).
KeyringProblem = system_keyring.Reason


class KeyringUnavailable(IdentityError):
    """No usable OS keyring: ``reason`` says whether there is none (``no_backend``), it is ``locked``, or it
    failed in another way (``error``)."""

    def __init__(self, message: str, reason: KeyringProblem = "error", detail: str = ""):
        super().__init__(message)
        self.reason: KeyringProblem = reason
        #: The keyring's own words (or its name, when locked), for a message of one's own.
        self.detail = detail or message.rstrip(".")


class NoStoredIdentity(IdentityError):
    """The keyring works but holds no collector key yet."""


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key pair as ``(secret "AGE-SECRET-KEY-1...", recipient "age1...")``."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def parse_identity(text: str, where: str = "The collector key") -> x25519.Identity:
    """Turn ``AGE-SECRET-KEY-1...`` into an identity; ``where`` starts the error message."""
    candidate = text.strip()
    if candidate.startswith(RECIPIENT_PREFIX):
        raise IdentityError(
            f"{where} is a public key (age1...), not a secret key. Use the secret key that starts with "
            f"{SECRET_PREFIX}, which the compliance team keeps."
        )
    if candidate.upper().startswith("AGE-PLUGIN-"):
        raise IdentityError(
            f"{where} is an age plugin key, which Candor does not support. Create a plain key with "
            "`candor keys new`."
        )
    try:
        return x25519.Identity.from_str(candidate)
    except (pyrage.IdentityError, ValueError, TypeError):
        raise IdentityError(
            f"{where} is not a valid age secret key. It must be one line starting with {SECRET_PREFIX}; "
            "check it was copied whole."
        ) from None


def recipient_of(identity: str | x25519.Identity) -> str:
    """The public recipient (``age1...``) that belongs to a secret key."""
    if isinstance(identity, str):
        identity = parse_identity(identity)
    return str(identity.to_public())


def identity_file_text(identity: str | x25519.Identity, created: datetime | None = None) -> str:
    """The file ``age-keygen`` would write: two comment lines, then the secret key."""
    if isinstance(identity, str):
        identity = parse_identity(identity)
    stamp = (created or datetime.now().astimezone()).replace(microsecond=0).isoformat()
    return f"# created: {stamp}\n# public key: {identity.to_public()}\n{identity}\n"


def write_identity_file(path: str | os.PathLike[str], identity: str | x25519.Identity) -> Path:
    """Write a new identity file readable only by its owner (0600); never overwrite an existing file."""
    target = Path(path)
    content = identity_file_text(identity).encode("ascii")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:
        raise IdentityExists(
            f"{target} already exists. Candor never overwrites a key file, because summaries encrypted to "
            "that key could no longer be read; choose another file name, or move the old file away first."
        ) from None
    except OSError as exc:
        raise IdentityError(_cannot_create(target, exc)) from exc
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask can only remove bits; make sure no group/other bit slipped in
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise IdentityError(
            f"The key file {target} could not be written ({exc.strerror or exc}); nothing was kept. Free some "
            "space or choose another place, then run the command again."
        ) from exc
    return target


def read_identities(path: str | os.PathLike[str]) -> list[x25519.Identity]:
    """Every secret key in an age identity file; comment and blank lines are skipped."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_IDENTITY_FILE_BYTES:
            raise IdentityError(
                f"{source} is {size} bytes, far too large for an age key file. Choose the file that "
                "`candor keys new --out` wrote."
            )
        raw = source.read_bytes()
    except FileNotFoundError:
        raise IdentityError(
            f"The key file {source} does not exist. Check the path, or create a key with "
            "`candor keys new --out FILE`."
        ) from None
    except IsADirectoryError:
        raise IdentityError(f"{source} is a folder, not a key file. Choose the key file itself.") from None
    except PermissionError:
        raise IdentityError(
            f"Candor may not read the key file {source} (permission denied). Run Candor as the user who "
            "owns the file, or fix its permissions."
        ) from None
    except OSError as exc:
        raise IdentityError(f"The key file {source} could not be read ({exc.strerror or exc}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IdentityError(
            f"{source} is not a text file, so it is not an age key file. Choose the file that "
            "`candor keys new --out` wrote."
        ) from None
    identities = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        identities.append(parse_identity(stripped, where=f"{source}, line {number}"))
    if not identities:
        raise IdentityError(
            f"{source} holds no age secret key (a line starting with {SECRET_PREFIX}). Choose the file that "
            "`candor keys new --out` wrote."
        )
    return identities


def store_identity_in_keyring(
    secret: str, backend: KeyringBackend | None = None, *, replace: bool = False
) -> str:
    """Keep the secret key in the OS keyring; returns the keyring's name to show the person.

    Refuses to replace a stored key unless ``replace`` is true, and reads the
    entry back so a keyring that silently drops secrets is caught now, not
    when the first summaries arrive.
    """
    parse_identity(secret)
    chosen = _backend(backend)
    name = describe_keyring(chosen)
    if not replace and _call(chosen, lambda b: b.get_password(SERVICE, ACCOUNT)) is not None:
        raise IdentityExists(
            f"A collector key is already stored in {name} (service '{SERVICE}', account '{ACCOUNT}'). "
            "Candor will not replace it, because summaries encrypted to it could no longer be read."
        )
    _call(chosen, lambda b: b.set_password(SERVICE, ACCOUNT, secret))
    if _call(chosen, lambda b: b.get_password(SERVICE, ACCOUNT)) != secret:
        raise KeyringUnavailable(
            f"The system keyring ({name}) accepted the collector key but did not keep it, so it cannot be "
            "used to hold the key."
        )
    return name


def load_identity_from_keyring(backend: KeyringBackend | None = None) -> x25519.Identity:
    """The collector key kept in the OS keyring; NoStoredIdentity if there is none yet."""
    chosen = _backend(backend)
    name = describe_keyring(chosen)
    secret = _call(chosen, lambda b: b.get_password(SERVICE, ACCOUNT))
    if secret is None:
        raise NoStoredIdentity(
            f"No collector key is stored in {name} (service '{SERVICE}', account '{ACCOUNT}'). Create one "
            "with `candor keys new`, or use the key file you created with --out."
        )
    return parse_identity(secret, where=f"The entry '{ACCOUNT}' of '{SERVICE}' in {name}")


def read_secret(account: str, backend: KeyringBackend | None = None, *, what: str) -> str | None:
    """The secret kept under ``account`` of the service ``Candor collector``, or None when there is none.
    ``what`` names the secret in messages ("the collector database's key"). Raises KeyringUnavailable."""
    chosen = _backend(backend)
    return _call(chosen, lambda b: b.get_password(SERVICE, account), what)


def write_secret(account: str, secret: str, backend: KeyringBackend | None = None, *, what: str) -> None:
    """Keep ``secret`` under ``account`` of ``Candor collector`` and read it back, so a keyring that silently
    drops secrets is caught now. Raises KeyringUnavailable."""
    chosen = _backend(backend)
    _call(chosen, lambda b: b.set_password(SERVICE, account, secret), what)
    if _call(chosen, lambda b: b.get_password(SERVICE, account), what) != secret:
        raise KeyringUnavailable(
            f"The system keyring ({describe_keyring(chosen)}) accepted {what} but did not keep it, so it cannot "
            f"be used to hold {what}.")


def delete_secret(account: str, backend: KeyringBackend | None = None, *, what: str) -> bool:
    """Remove ``account`` of ``Candor collector``; True if there was one. Raises KeyringUnavailable."""
    chosen = _backend(backend)

    def delete(b: KeyringBackend) -> bool:
        if b.get_password(SERVICE, account) is None:
            return False
        b.delete_password(SERVICE, account)
        return True

    return _call(chosen, delete, what)


def describe_keyring(backend: KeyringBackend | None = None) -> str:
    """A name to show a person, such as 'SecretService Keyring'; never raises."""
    try:
        chosen = backend if backend is not None else system_keyring.default_backend()
    except KeyringTrouble:
        return system_keyring.UNKNOWN
    return system_keyring.describe_backend(chosen)


def _backend(backend: KeyringBackend | None) -> KeyringBackend:
    if backend is not None:
        return backend
    try:
        return system_keyring.default_backend()
    except KeyringTrouble as trouble:  # a broken keyringrc or plugin must not crash the command
        raise _unavailable(trouble, "the collector key") from trouble.__cause__


def _call(backend: KeyringBackend, operation: Callable[[KeyringBackend], T], what: str = "the collector key") -> T:
    try:
        return system_keyring.call(backend, operation)
    except KeyringTrouble as trouble:
        raise _unavailable(trouble, what) from trouble.__cause__


def _unavailable(trouble: KeyringTrouble, what: str) -> KeyringUnavailable:
    """The keyring's trouble in compliance's words; ``what`` names the secret ("the collector key")."""
    name, detail = trouble.backend_name, trouble.detail
    if trouble.cause == "setup":
        return KeyringUnavailable(f"The system keyring could not be set up ({detail}).")
    if trouble.cause == "locked":
        return KeyringUnavailable(
            f"The system keyring ({name}) is locked. Unlock it (log in again or open your keyring app), "
            "then retry.", "locked", name
        )
    if trouble.cause == "failed":
        return KeyringUnavailable(f"The system keyring ({name}) failed: {detail}.", "error", f"{name}: {detail}")
    if trouble.cause == "none_found":
        problem = "keyring found no backend on this system"
    elif trouble.cause == "stores_nothing":
        problem = f"{name} does not store secrets"
    elif trouble.cause == "no_keyring":
        problem = f"{name}: {detail}"
    else:  # unviable: the backend's own words
        problem = detail
    return KeyringUnavailable(f"No usable system keyring is available to hold {what} ({problem}).", "no_backend",
                              problem)


def _cannot_create(target: Path, exc: OSError) -> str:
    folder = target.parent
    if isinstance(exc, FileNotFoundError):
        return f"The folder {folder} does not exist. Create it first, or choose another place for the key file."
    if isinstance(exc, NotADirectoryError):
        return f"{folder} is not a folder, so the key file {target} cannot be created there. Choose another place."
    if isinstance(exc, PermissionError):
        return f"Candor may not create {target} (permission denied). Choose a folder you can write to."
    return f"The key file {target} could not be created ({exc.strerror or exc}). Choose another place."
