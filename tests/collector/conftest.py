"""Fixtures of the collector's tests: a fresh collector store per test, and six real demo summaries per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.collector.store import CollectorStore
from tests.collector.ingest_cases import N_DEMO
from tests.summaries import demo_folder


@pytest.fixture
def store(tmp_path):
    """An empty collector store in the test's own folder, closed after the test."""
    opened = CollectorStore.open(tmp_path / "collector")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, recipient) -> Path:
    """Six real summaries (campaign 'default') and the demo's truth.json."""
    return demo_folder(tmp_path_factory, recipient, N_DEMO, seed=5)
