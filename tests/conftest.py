"""Test-wide set-up: offscreen Qt, no real user files, an in-memory keyring, no network."""

from __future__ import annotations

import os
import socket
import tempfile

import pytest

#: The collector's key pair (``identity``, ``recipient``) and demo folders, for every test that makes summaries.
pytest_plugins = ("tests.summaries",)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the real user's configuration or data while testing.
_sandbox = tempfile.mkdtemp(prefix="candor-tests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_sandbox, _name.lower())
os.environ.pop("CANDOR_POLICY", None)
os.environ.pop("CANDOR_DATA_DIR", None)


def _compile_translations() -> None:
    """The interface translations (.qm) are build output; make them if a .ts is newer (as ./dev setup does)."""
    import runpy
    from pathlib import Path

    tool = runpy.run_path(str(Path(__file__).resolve().parent.parent / "tools" / "translations.py"))
    tool["release"](only_stale=True)


_compile_translations()


@pytest.fixture(autouse=True)
def memory_keyring(request):
    """Unit tests never touch the system keyring; the real_keyring tests opt out."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    import keyring

    from desktop.storage.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


_real_socket = socket.socket


class _NoNetworkSocket(_real_socket):
    """Invariant 1: Candor opens no network connection. Local (AF_UNIX) sockets stay allowed."""

    def __init__(self, family=-1, *args, **kwargs):
        if family in (-1, socket.AF_INET, socket.AF_INET6):  # -1 is the default: AF_INET
            raise AssertionError("Candor tried to open a network socket")
        super().__init__(family, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket, "socket", _NoNetworkSocket)
