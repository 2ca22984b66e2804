"""Fixtures of the exchange tests: one age key pair per module."""

from __future__ import annotations

import pytest

from desktop.exchange.identity import new_identity


@pytest.fixture(scope="module")
def keys() -> tuple[str, str]:
    return new_identity()
