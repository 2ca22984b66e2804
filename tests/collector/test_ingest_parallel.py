"""Large imports decrypt in worker processes; the outcome is the same as decrypting in-process."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.collector import decrypt_pool
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore
from desktop.commands.demo import write_demo_summaries
from desktop.core.policy import Policy


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, identity) -> Path:
    """Summaries in a folder and in a zip, plus files that must each be rejected for their own reason."""
    root = tmp_path_factory.mktemp("parallel")
    folder = root / "inbox"
    write_demo_summaries(40, folder, recipient=str(identity.to_public()), policy=Policy.defaults(), seed=9)
    stranger = x25519.Identity.generate()
    write_demo_summaries(3, root / "other", recipient=str(stranger.to_public()), policy=Policy.defaults(), seed=10)
    for index, path in enumerate(sorted((root / "other").glob("*.age"))):
        shutil.copy(path, folder / f"candor-for-someone-else-{index}.age")
    (folder / "candor-empty.age").write_bytes(b"")
    (folder / "junk.age").write_bytes(b"this is not an age file")
    first = sorted(folder.glob("candor-*.age"))[0].read_bytes()
    (folder / "candor-cut-short.age").write_bytes(first[: len(first) // 2])
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        for path in sorted(folder.glob("candor-*.age"))[:5]:
            archive.write(path, f"copies/{path.name}")
    return folder


def outcome(tmp_path: Path, inbox: Path, identity, workers: int):
    with CollectorStore.open(tmp_path / f"store-{workers}") as store:
        result = ingest([inbox], [identity], None, store, workers=workers)
        rows = sorted((s["submission_id"], s["campaign"]) for s in store.summaries())
    rejected = [(r.source, r.reason_code, r.message) for r in result.rejected]
    return (result.imported, result.replaced, result.unchanged, result.superseded, result.skipped), rejected, rows


def test_two_workers_give_exactly_what_one_process_gives(tmp_path, inbox, identity):
    serial = outcome(tmp_path, inbox, identity, workers=0)
    parallel = outcome(tmp_path, inbox, identity, workers=2)
    assert parallel == serial
    counts, rejected, rows = parallel
    assert counts[0] == 40 and len(rows) == 40
    assert {code for _source, code, _message in rejected} == {"not_for_this_key", "damaged", "not_a_summary"}
    assert [(Path(source).name, code) for source, code, _message in rejected] == [
        ("candor-cut-short.age", "damaged"), ("candor-empty.age", "damaged"),
        ("candor-for-someone-else-0.age", "not_for_this_key"), ("candor-for-someone-else-1.age", "not_for_this_key"),
        ("candor-for-someone-else-2.age", "not_for_this_key"), ("junk.age", "not_a_summary"),
        ("candor-cut-short.age]", "damaged"),  # the copy inside more.zip, named "more.zip [copies/…]"
    ]


def test_cancelling_a_parallel_import_stores_nothing(tmp_path, inbox, identity):
    calls = []

    def cancel_after_some() -> bool:
        calls.append(1)
        return len(calls) > 10

    with CollectorStore.open(tmp_path / "store") as store:
        result = ingest([inbox], [identity], None, store, workers=2, cancelled=cancel_after_some)
        assert result.cancelled and store.count() == 0


def test_workers_are_used_only_where_they_pay():
    assert decrypt_pool.worker_count(10) == 0
    many = decrypt_pool.worker_count(decrypt_pool.PARALLEL_FROM)
    assert many == 0 or 2 <= many <= 8
