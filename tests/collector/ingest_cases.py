"""Helpers of the ingest tests: open and seal summaries, run an import, read back the stored rows."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage

from desktop.collector.ingest import IngestResult, ingest
from desktop.collector.store import CollectorStore
from desktop.exchange.envelope import encrypt_summary
from desktop.exchange.exporter import payload

N_DEMO = 6


def demo_files(demo: Path) -> list[Path]:
    return sorted(demo.glob("*.age"))


def opened(path: Path, identity) -> dict:
    return json.loads(pyrage.decrypt(path.read_bytes(), [identity]))


def seal(summary: dict, recipient: str) -> bytes:
    return encrypt_summary(payload(summary), recipient)


def run(paths, identity, store, campaign: str | None = "default", **options) -> IngestResult:
    return ingest([Path(p) for p in paths], [identity], campaign, store, **options)


def rows(store: CollectorStore) -> list[tuple]:
    """Every row as stored (keyed id, member key, sealed import time and summary): unchanged rows keep their blobs."""
    return store.db.execute("SELECT id_key, member_key, sealed FROM summaries "
                            "ORDER BY id_key").fetchall()


def only_rejection(result: IngestResult):
    assert len(result.rejected) == 1, result.rejected
    return result.rejected[0]
