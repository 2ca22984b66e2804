"""A keyring kept in one JSON file, for tests that run Candor in a child process.

The child is pointed at it with keyring's own ``PYTHON_KEYRING_BACKEND`` variable
(``tests.faults.file_keyring.FileKeyring``) and at the file with ``CANDOR_TEST_KEYRING_FILE``,
so the app code is the real one and the system keyring is never touched. The file outlives
the child, so the test (and a second start) can read the same key back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "CANDOR_TEST_KEYRING_FILE"
BACKEND_NAME = "tests.faults.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    """Secrets in ``{"service": {"user": "secret"}}``; every write replaces the file whole."""

    priority = 1
    viable = False  # never picked by keyring's detection, only by name

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()
        self.path = Path(path if path is not None else os.environ[FILE_ENV])

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        temporary = self.path.with_name(self.path.name + ".new")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data.setdefault(service, {})[username] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(f"no secret for {username!r} in {service!r}")
        del data[service][username]
        self._write(data)
