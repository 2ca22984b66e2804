"""A keyring that lives only in this process: for tests and ``candor self-test``'s offline check.

It is never picked by keyring's automatic backend detection (``viable`` is
false), so a real data key can only land here when code hands it over on
purpose. Everything in it is gone when the process exits.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, keyed by (service, username)."""

    priority = 1
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no secret for {username!r} in {service!r}") from None
