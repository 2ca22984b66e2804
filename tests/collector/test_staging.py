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


def test_without_counts_kept_a_given_way_row_is_not_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "BATCH", 5)
    with CollectorStore.open(tmp_path / "c") as store:
        staged = staging.StagedImport(store)
        for row in rows(5):
            staged.add(row)
        staged.flush()

        def never(*_args):
            raise AssertionError("a staged row was opened though no counts are kept")

        monkeypatch.setattr(staging, "_text", never)
        later = [row._replace(summary=row.summary + " ", source_digest="e" * 64) for row in rows(5)]
        for row in later:  # every id again, with other content: each staged row gives way
            staged.add(row)
        staged.flush()
        assert (staged.staged, staged.superseded, staged.duplicates) == (5, 5, 0)
        staged.discard()


class Keeper:
    """Stands in for a CountsKeeper: notes what it is asked to take away, and how often."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def take_away_counted(self, texts):
        self.calls.append(list(texts))


def test_the_counts_of_a_batchs_given_way_rows_go_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "BATCH", 1000)
    with CollectorStore.open(tmp_path / "c") as store:
        keeper = Keeper()
        staged = staging.StagedImport(store, keeper)  # type: ignore[arg-type]
        first = rows(4)
        for row in first:
            staged.add(row)
        staged.flush()
        assert keeper.calls == []
        changed = [row._replace(summary=row.summary + " ", source_digest="e" * 64) for row in first[:2]]
        for row in [*changed, first[2], first[3], first[3]]:  # 2 replaced, 1 same again, 1 same twice more
            staged.add(row)
        staged.flush()
        assert len(keeper.calls) == 1  # one tally for the whole batch, not one per row
        # the stored texts of the two superseded rows, the same text for the duplicates (three of them)
        assert sorted(keeper.calls[0]) == sorted([first[0].summary, first[1].summary] + [first[2].summary]
                                                 + [first[3].summary] * 2)
        assert (staged.staged, staged.superseded, staged.duplicates) == (4, 2, 3)
        staged.discard()


def test_a_write_that_cannot_begin_names_the_import_and_keeps_nothing(tmp_path):
    with CollectorStore.open(tmp_path / "c") as store, CollectorStore.open(tmp_path / "c") as other:
        staged = staging.StagedImport(store)
        for row in rows(3):
            staged.add(row)
        other._conn.execute("PRAGMA busy_timeout = 0")
        store._conn.execute("PRAGMA busy_timeout = 0")
        other._conn.execute("BEGIN IMMEDIATE")  # another window holds the database
        with pytest.raises(staging.CollectorStoreError, match="nothing from this import was kept"):
            staged.write()
        other._conn.execute("ROLLBACK")
        assert not store._conn.in_transaction and store.count() == 0
        assert staged.write().imported == 3  # staged rows wait for a write that can begin
        staged.discard()
