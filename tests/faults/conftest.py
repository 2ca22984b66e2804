"""Fault proofs reuse the UI tests' fixtures: isolated policy locations, content, an in-memory keyring."""

from __future__ import annotations

from tests.ui.conftest import content, isolated_locations, keyring_store, make_app  # noqa: F401 - fixtures
