"""The OS keyring, asked one way: which backend, whether it can keep a secret, and each way it fails.

Both secrets Candor keeps in the OS keyring go through here: the employee's data key
(``desktop.storage.keyring_store``) and the compliance team's secrets (``desktop.exchange.identity``:
the age identity and the collector database's key). This module words nothing for a person: every
failure is one :class:`KeyringTrouble` that says what happened (:attr:`~KeyringTrouble.cause`), what a
person can do about it (:attr:`~KeyringTrouble.reason`), the backend's name and the keyring's own words,
and each caller turns it into its own message.

``keyring`` (and the urllib it pulls in) is imported on first use, not with this module: the collector's
decryption workers import ``desktop.exchange.identity`` and never touch a keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

T = TypeVar("T")

#: What went wrong: ``setup`` keyring itself could not be set up (a broken keyringrc or plugin);
#: ``none_found`` keyring found no backend; ``unviable`` the backend says why it cannot work here;
#: ``stores_nothing`` the backend keeps no secrets (the null keyring); ``no_keyring`` the backend said
#: NoKeyringError; ``locked`` it is locked; ``failed`` it raised anything else (D-Bus, Win32, Security).
Cause = Literal["setup", "none_found", "unviable", "stores_nothing", "no_keyring", "locked", "failed"]
#: What a person can do: use a passphrase instead (``no_backend``), unlock it (``locked``), retry (``error``).
Reason = Literal["no_backend", "locked", "error"]

_REASONS: dict[Cause, Reason] = {
    "setup": "error", "none_found": "no_backend", "unviable": "no_backend", "stores_nothing": "no_backend",
    "no_keyring": "no_backend", "locked": "locked", "failed": "error",
}

#: The backend's name when keyring could not even say which backend it would use.
UNKNOWN = "unknown keyring"


class KeyringTrouble(Exception):
    """The keyring could not be used. Not a message for a person: the caller words one from its parts."""

    def __init__(self, cause: Cause, backend_name: str, detail: str):
        super().__init__(f"{backend_name}: {detail}")
        self.cause: Cause = cause
        self.reason: Reason = _REASONS[cause]
        #: The name to show a person (:func:`describe_backend`), or :data:`UNKNOWN`.
        self.backend_name = backend_name
        #: The keyring's own words (its exception's text, or its type's name when the text is empty); for
        #: ``none_found`` and ``stores_nothing``, which come with none, an empty string.
        self.detail = detail


def default_backend() -> KeyringBackend:
    """The backend keyring picks for this system (configuration, environment, detection); may block on D-Bus.

    Raises KeyringTrouble('setup') when keyring itself cannot be set up."""
    import keyring

    try:
        return keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc or plugin must not crash the app
        raise KeyringTrouble("setup", UNKNOWN, str(exc)) from exc


def describe_backend(backend: KeyringBackend) -> str:
    """A name to show a person: 'SecretService Keyring', or the chained backends' names; never raises."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        try:
            names = [type(b).name for b in backend.backends]
        except Exception:
            names = []
        return " + ".join(names) if names else "no keyring"
    try:
        return str(type(backend).name)
    except Exception:
        return type(backend).__name__


def check_usable(backend: KeyringBackend) -> None:
    """Raise KeyringTrouble when ``backend`` cannot keep a secret (fail or null keyrings, unviable backends)."""
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        raise KeyringTrouble("none_found", describe_backend(backend), "")
    try:
        priority = type(backend).priority
    except Exception as exc:  # unviable backends say why by raising from priority
        raise KeyringTrouble("unviable", describe_backend(backend), str(exc) or type(exc).__name__) from None
    if priority <= 0:
        raise KeyringTrouble("stores_nothing", describe_backend(backend), "")


def call(backend: KeyringBackend, operation: Callable[[KeyringBackend], T]) -> T:
    """``operation(backend)`` once ``backend`` is found usable; whatever the keyring raises is KeyringTrouble,
    with the keyring's exception as its ``__cause__``."""
    from keyring.errors import KeyringLocked, NoKeyringError

    check_usable(backend)
    name = describe_backend(backend)
    try:
        return operation(backend)
    except KeyringLocked as exc:
        raise KeyringTrouble("locked", name, str(exc)) from exc
    except NoKeyringError as exc:
        raise KeyringTrouble("no_keyring", name, str(exc)) from exc
    except Exception as exc:  # backends raise their own errors (D-Bus, Win32, Security framework)
        raise KeyringTrouble("failed", name, str(exc) or type(exc).__name__) from exc
