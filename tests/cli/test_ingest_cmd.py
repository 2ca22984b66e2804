"""`candor ingest`: the counts line, one line per rejected file, and exit 1 only when it cannot run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.collector.db_key import PASSPHRASE_ENV, CollectorKeys
from desktop.collector.store import CollectorStore, collector_dir
from desktop.commands.demo import write_demo_summaries
from desktop.commands.ingest import counts_line, run_ingest
from desktop.core.policy import Policy
from desktop.exchange.identity import store_identity_in_keyring, write_identity_file
from desktop.storage.memory_keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
N = 5
#: The child processes have no keyring (as on a server): the collector database is protected by a passphrase.
PASSPHRASE = "collector test passphrase"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def candor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **NO_KEYRING, PASSPHRASE_ENV: PASSPHRASE, **(env or {})}
    env.pop("CANDOR_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def secret() -> str:
    return str(x25519.Identity.generate())


@pytest.fixture(scope="module")
def key_file(tmp_path_factory, secret) -> Path:
    return write_identity_file(tmp_path_factory.mktemp("key") / "collector-key.txt", secret)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, secret) -> Path:
    out = tmp_path_factory.mktemp("demo") / "summaries"
    write_demo_summaries(N, out, recipient=str(x25519.Identity.from_str(secret).to_public()),
                         policy=Policy.defaults(), seed=9)
    return out


def test_the_command_prints_counts_and_each_rejection_and_exits_0(demo, key_file, tmp_path):
    junk = tmp_path / "candor-default-junk.age"
    junk.write_bytes(b"not a summary at all")
    data = tmp_path / "data"

    result = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), str(demo), str(junk))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"imported {N}, replaced 0, rejected 1 (1 other file skipped)"
    assert lines[1:] == [f"  {junk}: This is not a Candor summary: it is neither an encrypted (age) file nor a "
                         "summary's JSON text."]
    with CollectorStore.open(data / "collector", keys=CollectorKeys(PASSPHRASE)) as store:
        assert store.count("default") == N

    again = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), str(demo))
    assert again.returncode == 0
    assert again.stdout == f"imported 0, replaced 0, rejected 0 ({N} unchanged; 1 other file skipped)\n"


def test_the_key_comes_from_the_keyring_when_no_file_is_named(demo, secret, tmp_path, capsys):
    backend = MemoryKeyring()
    store_identity_in_keyring(secret, backend)

    code = run_ingest([demo], None, str(tmp_path / "data"), None, backend=backend)

    assert code == 0
    assert capsys.readouterr().out.startswith(f"imported {N}, replaced 0, rejected 0")
    assert collector_dir(str(tmp_path / "data")) == tmp_path / "data" / "collector"


def test_without_a_key_it_says_to_pass_one_and_exits_1(demo, tmp_path, capsys):
    code = run_ingest([demo], None, str(tmp_path / "data"), None, backend=MemoryKeyring())
    err = capsys.readouterr().err
    assert code == 1
    assert "No collector key is stored" in err and "--identity FILE" in err
    assert not (tmp_path / "data").exists()  # nothing created when it could not run


def test_a_bad_key_file_is_named_and_exits_1(demo, tmp_path, capsys):
    bad = tmp_path / "key.txt"
    bad.write_text("age1notasecret\n")
    assert run_ingest([demo], str(bad), str(tmp_path / "data"), None) == 1
    assert str(bad) in capsys.readouterr().err


def test_when_no_path_exists_it_exits_1(key_file, tmp_path, capsys):
    code = run_ingest([tmp_path / "nope", tmp_path / "nothing"], str(key_file), str(tmp_path / "data"), None)
    err = capsys.readouterr().err
    assert code == 1 and "nothing to import" in err and str(tmp_path / "nope") in err


def test_an_unusable_database_exits_1(demo, key_file, tmp_path, capsys):
    folder = tmp_path / "data" / "collector"
    folder.mkdir(parents=True)
    (folder / "collector.db").write_bytes(b"garbage" * 200)
    code = run_ingest([demo], str(key_file), str(tmp_path / "data"), None)
    assert code == 1 and "damaged or is not Candor's collector database" in capsys.readouterr().err


def test_the_policy_sets_the_campaign_to_accept(demo, key_file, tmp_path, capsys):
    policy = tmp_path / "policy.toml"
    policy.write_text('[campaign]\nid = "2026-q4"\n', encoding="utf-8")

    code = run_ingest([demo], str(key_file), str(tmp_path / "data"), str(policy))

    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == f"imported 0, replaced 0, rejected {N} (1 other file skipped)"
    assert all("belongs to campaign 'default', not to '2026-q4'" in line for line in out[1:])


def test_ingest_needs_a_path():
    result = candor("ingest")
    assert result.returncode == 2 and "PATH" in result.stderr


@pytest.mark.parametrize(("args", "line"), [
    ((3, 0, 0), "imported 3, replaced 0, rejected 0"),
    ((0, 1, 2, 4), "imported 0, replaced 1, rejected 2 (4 unchanged)"),
    ((1, 0, 0, 0, 2, 1), "imported 1, replaced 0, rejected 0 (2 replaced by a later file with the same submission "
                         "id; 1 other file skipped)"),
    ((0, 0, 0, 0, 0, 3), "imported 0, replaced 0, rejected 0 (3 other files skipped)"),
])
def test_counts_line(args, line):
    assert counts_line(*args) == line


@pytest.mark.parametrize("before", [True, False])
def test_data_dir_works_before_and_after_the_command(demo, key_file, tmp_path, before):
    """`candor --data-dir X ingest ...`, the order `candor --help` shows, wrote into the default folder."""
    data = tmp_path / "data"
    option = ["--data-dir", str(data)]
    args = [*option, "ingest"] if before else ["ingest", *option]
    result = candor(*args, "--identity", str(key_file), str(demo))
    assert result.returncode == 0, result.stderr
    with CollectorStore.open(data / "collector", keys=CollectorKeys(PASSPHRASE)) as store:
        assert store.count("default") == N


# --- the collector database's own key ------------------------------------------------------------------------


def test_without_a_keyring_or_a_passphrase_nothing_is_stored_and_it_says_how_to_give_one(demo, key_file, tmp_path):
    data = tmp_path / "data"
    result = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), str(demo),
                    env={PASSPHRASE_ENV: ""})
    assert result.returncode == 1 and result.stdout == ""
    message = result.stderr.strip()
    assert message.count("\n") == 0 and message.startswith("candor: No usable system keyring can hold the key of "
                                                            "the collector database")
    assert "--passphrase-file FILE or the CANDOR_COLLECTOR_PASSPHRASE environment variable" in message
    assert message.endswith("nothing was stored.")
    with sqlite3.connect(data / "collector" / "collector.db") as conn:  # never a summary in clear
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_passphrase_file_protects_the_database_and_a_wrong_one_is_refused(demo, key_file, tmp_path):
    data = tmp_path / "data"
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(PASSPHRASE + "\n")
    wrong.write_text("not the passphrase\n")
    first = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), "--passphrase-file", str(right),
                   str(demo), env={PASSPHRASE_ENV: ""})
    assert first.returncode == 0, first.stderr
    before = (data / "collector" / "collector.db").read_bytes()
    refused = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), "--passphrase-file", str(wrong),
                     str(demo))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == (f"candor: That passphrase does not unlock the collector database "
                              f"{data / 'collector' / 'collector.db'}: check it (Caps Lock, the keyboard layout, the "
                              "file or variable it came from) and try again; nothing was changed.\n")
    needed = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), str(demo),
                    env={PASSPHRASE_ENV: ""})
    assert needed.returncode == 1 and "is protected by a passphrase: give it with --passphrase-file" in needed.stderr
    missing = candor("ingest", "--data-dir", str(data), "--identity", str(key_file), "--passphrase-file",
                     str(tmp_path / "nope.txt"), str(demo))
    assert missing.returncode == 1 and f"The passphrase file {tmp_path / 'nope.txt'} does not exist" in missing.stderr
    assert (data / "collector" / "collector.db").read_bytes() == before
    with CollectorStore.open(data / "collector", keys=CollectorKeys(PASSPHRASE)) as store:
        assert store.count("default") == N


def test_the_database_key_gone_from_the_keyring_is_named_and_exits_1(demo, key_file, tmp_path, capsys,
                                                                     memory_keyring):
    data = tmp_path / "data"
    assert run_ingest([demo], str(key_file), str(data), None) == 0
    [entry] = [name for name in memory_keyring.secrets if name[1].startswith("database-key-")]
    del memory_keyring.secrets[entry]
    capsys.readouterr()
    assert run_ingest([demo], str(key_file), str(data), None) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("candor: The key of the collector database")
    assert f"service 'Candor collector', account '{entry[1]}'" in err and "nothing was changed" in err


def test_a_locked_keyring_is_named_and_exits_1(demo, key_file, tmp_path, capsys):
    from keyring.errors import KeyringLocked

    class Locked(MemoryKeyring):
        def get_password(self, service, username):
            raise KeyringLocked("locked")

    locked = Locked()
    code = run_ingest([demo], str(key_file), str(tmp_path / "data"), None, backend=locked)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("candor: The system keyring (") and "is locked, so Candor cannot keep the key" in err
