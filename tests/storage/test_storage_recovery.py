from datetime import UTC, datetime

from desktop.storage.recovery import move_aside


def test_moves_the_database_and_its_companions_aside_with_a_timestamp(tmp_path):
    db = tmp_path / "candor.db"
    for suffix, data in (("", b"db"), ("-wal", b"wal"), ("-shm", b"shm")):
        (tmp_path / f"candor.db{suffix}").write_bytes(data)
    moved = move_aside(db, now=datetime(2026, 11, 24, 9, 30, 5, tzinfo=UTC))
    assert [p.name for p in moved] == ["candor.db.damaged-20261124-093005", "candor.db-wal.damaged-20261124-093005",
                                       "candor.db-shm.damaged-20261124-093005"]
    assert moved[0].read_bytes() == b"db" and not db.exists()
    assert move_aside(db) == []
