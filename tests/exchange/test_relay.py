"""The trustee's relay: batches of at least k, one timestamp, fresh names, nothing left behind, safe to re-run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.cli import main
from desktop.exchange import relay as relay_module
from desktop.exchange.envelope import armor, encrypt_summary
from desktop.exchange.relay import STAGING_PREFIX, age_shape_problem, relay


@pytest.fixture(scope="module")
def recipient() -> str:
    return str(x25519.Identity.generate().to_public())


def drop(folder: Path, recipient: str, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"candor-default-{index:016x}.age"
        path.write_bytes(encrypt_summary(json.dumps({"n": index}).encode(), recipient))
        os.utime(path, (1_700_000_000 + index * 600, 1_700_000_000 + index * 600))  # distinct arrival times
        paths.append(path)
    return paths


def test_a_summary_from_the_export_has_the_expected_shape(recipient):
    data = encrypt_summary(b'{"a": 1}', recipient)
    assert age_shape_problem(data) is None
    assert age_shape_problem(armor(data).encode()) is None


@pytest.mark.parametrize(("data", "words"), [
    (b"hello", "not an age v1 file"),
    (b"age-encryption.org/v1\n-> X25519 abc\n", "X25519 stanza is malformed"),
    (b"age-encryption.org/v1\n", "cut short"),
    (b"\0" * (2 * 1024 * 1024), "larger than any summary"),
])
def test_other_files_are_refused_with_a_reason(data, words):
    assert words in age_shape_problem(data)


def test_two_x25519_recipients_are_refused(recipient):
    other = str(x25519.Identity.generate().to_public())
    import pyrage

    data = pyrage.encrypt(b"{}", [x25519.Recipient.from_str(recipient), x25519.Recipient.from_str(other)])
    assert "2 X25519 recipients" in age_shape_problem(data)


def test_fewer_than_k_files_are_held(tmp_path, recipient):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    originals = drop(inbox, recipient, 4)
    for _ in range(3):
        result = relay(inbox, out, 5, "default")
        assert (result.released, result.waiting) == ([], 4)
    assert list(out.iterdir()) == [] and all(path.exists() for path in originals)


def test_a_batch_gets_one_timestamp_fresh_names_and_leaves_nothing_behind(tmp_path, recipient):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    originals = drop(inbox, recipient, 7)
    contents = {path.read_bytes() for path in originals}
    result = relay(inbox, out, 5, "default", now=1_800_000_123)
    assert len(result.released) == 7
    assert list(inbox.iterdir()) == []
    released = sorted(out.iterdir())
    assert {path.read_bytes() for path in released} == contents
    assert {path.stat().st_mtime for path in released} == {1_800_000_000 // 3600 * 3600 * 1.0}
    assert not {path.name for path in released} & {path.name for path in originals}
    assert all(path.name.startswith("candor-default-") for path in released)


def test_the_order_of_a_batch_is_not_the_order_of_arrival(tmp_path, recipient, monkeypatch):
    seen = []
    monkeypatch.setattr(relay_module, "summary_file_name", lambda campaign: seen.append(1) or
                        f"candor-{campaign}-{len(seen):016x}.age")
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    originals = drop(inbox, recipient, 30)
    contents = [path.read_bytes() for path in originals]
    relay(inbox, out, 5, "default")
    written = [contents.index(path.read_bytes()) for path in sorted(out.iterdir())]  # names count up as written
    assert sorted(written) == list(range(30))
    assert written != list(range(30))  # arrival order by chance: 1 in 30!


def test_junk_is_left_in_place_and_not_counted_towards_k(tmp_path, recipient):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    drop(inbox, recipient, 4)
    (inbox / "notes.txt").write_text("hello")
    result = relay(inbox, out, 5, "default")
    assert result.waiting == 4 and [path.name for path, _ in result.rejected] == ["notes.txt"]
    drop(inbox, recipient, 1, start=10)
    result = relay(inbox, out, 5, "default")
    assert len(result.released) == 5
    assert [path.name for path in inbox.iterdir()] == ["notes.txt"]


def test_a_crash_before_the_batch_is_complete_is_discarded_and_redone(tmp_path, recipient, monkeypatch):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    originals = drop(inbox, recipient, 6)
    contents = sorted(path.read_bytes() for path in originals)
    real = relay_module.write_bytes_atomically

    def crash(path, data):
        if path.name == relay_module.COMPLETE:
            raise OSError("power cut")
        real(path, data)

    monkeypatch.setattr(relay_module, "write_bytes_atomically", crash)
    with pytest.raises(OSError):
        relay(inbox, out, 5, "default")
    assert all(path.exists() for path in originals)
    assert [path.name for path in out.iterdir() if not path.name.startswith(STAGING_PREFIX)] == []
    monkeypatch.setattr(relay_module, "write_bytes_atomically", real)
    result = relay(inbox, out, 5, "default")
    assert result.recovered and len(result.released) == 6
    assert sorted(path.read_bytes() for path in out.iterdir()) == contents
    assert list(inbox.iterdir()) == []


def test_a_crash_while_moving_a_complete_batch_is_finished_on_the_next_run(tmp_path, recipient, monkeypatch):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    originals = drop(inbox, recipient, 6)
    contents = sorted(path.read_bytes() for path in originals)
    real = os.replace
    moves = []

    def crash(source, target):
        moves.append(target)
        if len(moves) == 3:
            raise OSError("power cut")
        real(source, target)

    monkeypatch.setattr(relay_module.os, "replace", crash)
    with pytest.raises(OSError):
        relay(inbox, out, 5, "default")
    monkeypatch.setattr(relay_module.os, "replace", real)
    result = relay(inbox, out, 5, "default")
    assert result.recovered and len(result.released) == 6
    assert sorted(path.read_bytes() for path in out.iterdir()) == contents  # none twice, none lost
    assert list(inbox.iterdir()) == []


def test_the_command_holds_then_releases(tmp_path, recipient, capsys):
    inbox, out = tmp_path / "trustee", tmp_path / "out"
    drop(inbox, recipient, 3)
    assert main(["relay", str(inbox), "--out", str(out)]) == 0
    assert "holding 3 summaries; a batch leaves when 5 have arrived" in capsys.readouterr().out
    drop(inbox, recipient, 2, start=3)
    assert main(["relay", str(inbox), "--out", str(out)]) == 0
    assert "released 5 summaries" in capsys.readouterr().out
    assert main(["relay", str(inbox), "--out", str(out), "--k", "2"]) == 1
    assert "below the campaign's smallest group" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_file_swapped_for_a_named_pipe_after_listing_is_refused_not_waited_on(tmp_path, recipient, monkeypatch):
    import threading

    trustee, out = tmp_path / "trustee", tmp_path / "out"
    drop(trustee, recipient, 3)
    pipe = trustee / "candor-default-0123456789abcdef.age"
    os.mkfifo(pipe)
    # The listing saw a regular file; by the time it is read, someone put a pipe in its place.
    listed = relay_module._candidates(trustee)
    monkeypatch.setattr(relay_module, "_candidates", lambda folder: [*listed, pipe])
    outcome: dict = {}
    worker = threading.Thread(target=lambda: outcome.update(result=relay(trustee, out, 3, "default")), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # the relay blocked reading the pipe: let it go, and fail
        with open(pipe, "wb"):
            pass
        worker.join()
        pytest.fail("the relay waited on a named pipe")
    result = outcome["result"]
    assert [path.name for path, _reason in result.rejected] == [pipe.name]
    assert "named pipe" in result.rejected[0][1]
    assert len(result.released) == 3
