"""What actually lands on disk: no answer and no key in clear, private modes, WAL."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from desktop.storage.store import Store

CANARY = "canary-7Qx2-Zebra-Quokka-no-one-else-writes-this"
CONTROL = "campaign-CONTROL-7f3a"  # metadata is in clear: proves the raw reads can see text

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def key_forms(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def fill_with_canary(store: Store) -> str:
    assessment_id = store.new_assessment(CONTROL, "candor-core", 3)
    for step in range(30):
        store.save_state(
            assessment_id,
            {
                "answers": {"other_tool_name": CANARY, "reasons_text": f"{CANARY} step {step}"},
                "page": "reasons",
            },
        )
    store.put_private(f"export:{CONTROL}", {"note": CANARY})
    store.mark_completed(assessment_id, {"answers": {"other_tool_name": CANARY}, "page": "results"})
    return assessment_id


def assert_nothing_private(raw_files: dict[str, bytes], key: bytes, secrets: list[str]) -> None:
    for name, data in raw_files.items():
        for secret in secrets:
            for form in encodings(secret):
                assert form not in data, f"{secret!r} found in clear in {name}"
        for form in key_forms(key):
            assert form not in data, f"the data key found in {name}"


@pytest.mark.parametrize("mode", ["keyring", "passphrase"])
def test_answers_and_key_never_reach_the_disk_in_clear(opened, data_dir, mode):
    passphrase = "a passphrase nobody guesses"
    key = opened.keys.create_with_keyring() if mode == "keyring" else opened.keys.create_with_passphrase(passphrase)
    store = Store(opened.db, key)
    assessment_id = fill_with_canary(store)
    assert store.load(assessment_id).state["answers"]["other_tool_name"] == CANARY

    # While open, before any checkpoint: the recent writes sit in the WAL.
    raw = files_in(data_dir)
    assert {"candor.db", "candor.db-wal", "candor.db-shm"} <= set(raw)
    assert len(raw["candor.db-wal"]) > 0
    assert any(CONTROL.encode() in data for data in raw.values()), "raw reads should see clear metadata"
    assert_nothing_private(raw, key, [CANARY, passphrase])

    # After a checkpoint everything is in the main file.
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = files_in(data_dir)
    assert CONTROL.encode() in raw["candor.db"]
    assert_nothing_private(raw, key, [CANARY, passphrase])

    # After closing (and deleting the assessment first) too.
    store.delete_assessment(assessment_id)
    store.close()
    raw = files_in(data_dir)
    assert raw, "the database file should still be there"
    assert_nothing_private(raw, key, [CANARY, passphrase])


@posix_only
def test_folder_is_0700_and_files_are_0600(open_with, tmp_path, keyring_store):
    data_dir = tmp_path / "deep" / "Candor"
    old = os.umask(0o022)
    try:
        opened = open_with(data_dir, keyring_store)
        store = Store(opened.db, opened.keys.create_with_keyring())
        store.save_state(store.new_assessment("c", "q", 1), {"answers": {"a": 1}})
    finally:
        os.umask(old)

    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in data_dir.iterdir()}
    assert {"candor.db", "candor.db-wal", "candor.db-shm"} <= set(modes)
    assert modes == dict.fromkeys(modes, 0o600)


@posix_only
def test_reopening_tightens_loosened_files(open_with, data_dir, keyring_store):
    opened = open_with(data_dir, keyring_store)
    opened.keys.create_with_keyring()
    opened.db.close()
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "candor.db", 0o644)

    open_with(data_dir, keyring_store)

    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "candor.db").stat().st_mode) == 0o600


def test_database_runs_in_wal_mode(opened, data_dir):
    assert opened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (data_dir / "candor.db").read_bytes()[18:20] == b"\x02\x02"


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from desktop.storage.startup import open_store
from desktop.storage.store import Store

opened = open_store(Path(sys.argv[1]), None, kdf_n=2**10)
store = Store(opened.db, opened.keys.create_with_passphrase("a passphrase nobody guesses"))
assessment_id = store.new_assessment("c-2025", "candor-core", 3)
for n in range(1, 6):
    store.save_state(assessment_id, {"answers": {f"q{i}": "yes" for i in range(n)}, "page": f"p{n}"})
os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint: as if the laptop's app was killed
"""


@pytest.mark.skipif(not hasattr(os, "kill") or os.name != "posix", reason="needs SIGKILL")
def test_every_saved_answer_survives_a_killed_process(open_with, data_dir):
    import signal
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(data_dir)], cwd=repo, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (data_dir / "candor.db-wal").stat().st_size > 0  # the answers were only in the WAL

    opened = open_with(data_dir, None)
    store = Store(opened.db, opened.keys.unlock_with_passphrase("a passphrase nobody guesses"))
    draft = store.current_draft("c-2025")
    assert draft is not None
    assert draft.state == {"answers": {f"q{i}": "yes" for i in range(5)}, "page": "p5"}
