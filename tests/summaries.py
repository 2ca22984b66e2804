"""Shared by the tests that make and import real summaries: the collector's age key pair and demo folders.

Registered in tests/conftest.py (``pytest_plugins``), so ``identity`` (the collector's secret key) and
``recipient`` (its public key) are fixtures in every test module, one key pair per module; a module that
needs another kind of key defines its own fixture of that name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519


@pytest.fixture(scope="module")
def identity() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture(scope="module")
def recipient(identity) -> str:
    return str(identity.to_public())


def demo_folder(tmp_path_factory: pytest.TempPathFactory, recipient: str, n: int, seed: int) -> Path:
    """``n`` real summaries of campaign 'default' (the same for the same seed) and the demo's truth.json."""
    from desktop.commands.demo import write_demo_summaries
    from desktop.core.policy import Policy

    out = tmp_path_factory.mktemp("demo") / "summaries"
    write_demo_summaries(n, out, recipient=recipient, policy=Policy.defaults(), seed=seed)
    return out
