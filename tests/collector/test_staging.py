"""Staging an import's accepted summaries (desktop/collector/staging.py): each batch goes to the temporary table in
one transaction, all of it or, on an error, none of it."""

from __future__ import annotations

import hashlib
import json

import keyring
import pytest

from desktop.collector import staging
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.storage.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def rows(count: int) -> list[SummaryRow]:
    made = []
    for number in range(count):
        text = json.dumps({"submission_id": f"id-{number}", "group": {"org_unit": "north"}})
        made.append(SummaryRow(f"id-{number}", "c", "q", 1, 2, hashlib.sha256(text.encode()).hexdigest(), text))
    return made


def staged_rows(store: CollectorStore) -> int:
    return store._conn.execute("SELECT count(*) FROM temp.candor_incoming").fetchone()[0]


def test_a_batch_is_staged_in_one_transaction(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "BATCH", 50)
    with CollectorStore.open(tmp_path / "c") as store:
        begun = []
        store._conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("SAVEPOINT") else None)
        staged = staging.StagedImport(store)
        for row in rows(120):
            staged.add(row)
        staged.flush()
        assert staged.staged == staged_rows(store) == 120
        assert len(begun) == 3  # 50 + 50 + 20 rows: three transactions, not 120
        assert not store._conn.in_transaction
        staged.discard()


def test_a_batch_that_fails_part_way_leaves_none_of_its_rows_staged(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "BATCH", 1000)
    with CollectorStore.open(tmp_path / "c") as store:
        staged = staging.StagedImport(store)
        for row in rows(10):
            staged.add(row)
        staged.flush()
        real_plaintext, calls = staging._plaintext, []

        def plaintext(imported_at: str, summary: str) -> bytes:  # the fifth row of the batch fails
            calls.append(1)
            if len(calls) == 5:
                raise staging.sqlite3.OperationalError("disk I/O error")
            return real_plaintext(imported_at, summary)

        monkeypatch.setattr(staging, "_plaintext", plaintext)
        for row in rows(30)[10:]:
            staged.add(row)
        with pytest.raises(staging.CollectorStoreError):
            staged.flush()
        assert staged_rows(store) == 10  # the failed batch's first rows went with it
        assert not store._conn.in_transaction
        staged.discard()
