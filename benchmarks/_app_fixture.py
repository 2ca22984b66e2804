"""A realistic employee set-up for in-process benchmarks: an encrypted store and a full answer set."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from desktop.core.answers import Answers
from desktop.core.catalog import load_catalog
from desktop.core.content import Content, load_content
from desktop.core.policy import Policy
from desktop.core.policy_locations import PolicyLocations
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.demo.population import generate_answers
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.storage.startup import open_store
from desktop.storage.store import Store

#: Answer sets with at least this many tools: the loop pages repeat per tool.
MIN_TOOLS = 3


def isolated_content(folder: Path) -> Content:
    """Candor's shipped content with built-in policy defaults (no policy file of this machine)."""
    locations = PolicyLocations(managed=folder / "managed.toml", user=folder / "user.toml",
                                bundled=folder / "bundled.toml")
    return load_content(None, env={}, locations=locations)


def realistic_answers(seed: int, policy: Policy | None = None) -> Answers:
    """A demo employee's complete answers using at least :data:`MIN_TOOLS` tools."""
    questionnaire, catalog = load_questionnaire(), load_catalog()
    policy = policy or Policy.defaults()
    rng = random.Random(seed)
    while True:
        answers = generate_answers(rng, questionnaire, catalog, policy)
        if len(answers.get("tools_used") or []) >= MIN_TOOLS:
            return answers


def open_encrypted_store(folder: Path | None = None) -> tuple[Store, KeyringKeyStore]:
    """A fresh encrypted store with its key in an in-memory keyring, as on a first run."""
    folder = folder or Path(tempfile.mkdtemp(prefix="candor-bench-store-"))
    keyring_store = KeyringKeyStore(MemoryKeyring())
    opened = open_store(folder, keyring_store)
    return Store(opened.db, opened.keys.create_with_keyring()), keyring_store
