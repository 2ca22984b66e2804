from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.content import Content, load_content
from desktop.core.policy_sources import PolicyLocations
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.ui.prompts import Prompts
from tests.policy_accounts import BYSTANDER


class ScriptedPrompts(Prompts):
    """Answers dialogs from a script and records what the person was told."""

    def __init__(self, choices=(), confirms=()):
        super().__init__(None)
        self.choices = list(choices)
        self.confirms = list(confirms)
        self.shown: list[tuple[str, str, str]] = []

    def choose(self, title, text, choices):
        self.shown.append(("choose", title, text))
        return self.choices.pop(0) if self.choices else None

    def confirm(self, title, text, accept, reject):
        self.shown.append(("confirm", title, text))
        return self.confirms.pop(0) if self.confirms else False

    def inform(self, title, text):
        self.shown.append(("inform", title, text))

    def error(self, title, text):
        self.shown.append(("error", title, text))


@pytest.fixture
def isolated_locations(tmp_path: Path) -> PolicyLocations:
    return PolicyLocations(managed=tmp_path / "managed.toml", user=tmp_path / "user.toml",
                           bundled=tmp_path / "bundled.toml", account=BYSTANDER)


@pytest.fixture
def content(isolated_locations) -> Content:
    return load_content(None, env={}, locations=isolated_locations)


@pytest.fixture
def keyring_store(memory_keyring) -> KeyringKeyStore:
    return KeyringKeyStore(memory_keyring)
