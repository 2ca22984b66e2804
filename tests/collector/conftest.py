"""Fixtures of the collector's tests: a fresh collector store per test."""

from __future__ import annotations

import pytest

from desktop.collector.store import CollectorStore


@pytest.fixture
def store(tmp_path):
    """An empty collector store in the test's own folder, closed after the test."""
    opened = CollectorStore.open(tmp_path / "collector")
    yield opened
    opened.close()
