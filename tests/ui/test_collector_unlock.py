"""The collector window's start with a sealed database: what the analyst is asked and told when its key is missing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from desktop.collector.db_key import CollectorKeys
from desktop.collector.store import DB_FILENAME, CollectorStore, SummaryRow
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.ui.collector.unlock import CollectorUnlock
from tests.ui.conftest import ScriptedPrompts

CHEAP = 2**10
PASSPHRASE = "four unrelated words"


class Asker:
    """Answers passphrase questions from a script and records each (creating, explanation, error)."""

    def __init__(self, *answers: str | None):
        self.answers = list(answers)
        self.asked: list[tuple[bool, str, str]] = []

    def __call__(self, creating: bool, explanation: str, error: str) -> str | None:
        self.asked.append((creating, explanation, error))
        return self.answers.pop(0) if self.answers else None


def one_row() -> SummaryRow:
    text = json.dumps({"campaign": "2026-q4", "submission_id": "0" * 32})
    return SummaryRow("0" * 32, "2026-q4", "candor-assessment", 1, 2, hashlib.sha256(text.encode()).hexdigest(), text)


def unlock(folder: Path, keys: CollectorKeys, prompts: ScriptedPrompts | None = None, asker: Asker | None = None):
    gate = CollectorUnlock(folder, keys, prompts or ScriptedPrompts(), ask_passphrase=asker or Asker())
    return gate, gate.open()


def test_with_a_keyring_it_asks_nothing(qapp, tmp_path):
    prompts, asker = ScriptedPrompts(), Asker()
    gate, opened = unlock(tmp_path / "c", CollectorKeys(), prompts, asker)
    assert opened and prompts.shown == [] and asker.asked == []


def test_without_a_keyring_the_analyst_chooses_a_passphrase_never_plaintext(qapp, tmp_path):
    keys = CollectorKeys(backend=fail.Keyring(), kdf_n=CHEAP)
    asker = Asker(PASSPHRASE)
    gate, opened = unlock(tmp_path / "c", keys, asker=asker)
    assert opened
    [(creating, explanation, error)] = asker.asked
    assert creating and error == ""
    assert "this computer has no system keyring Candor can use" in explanation
    assert "Candor never keeps summaries unencrypted. Choose a passphrase below" in explanation
    with CollectorStore.open(tmp_path / "c", keys=keys) as store:  # the window's later opens: the key is known
        store.put_many([one_row()])
    with sqlite3.connect(tmp_path / "c" / DB_FILENAME) as conn:
        assert dict(conn.execute("SELECT key, value FROM meta"))["key_mode"] == "passphrase"


def test_cancelling_the_new_passphrase_stores_nothing_and_says_why(qapp, tmp_path):
    gate, opened = unlock(tmp_path / "c", CollectorKeys(backend=fail.Keyring()), asker=Asker(None))
    assert not opened
    assert gate.problem == ("The collector needs a key to encrypt the summaries it keeps, so it did not start. "
                            "Nothing was stored.")


def test_a_too_short_passphrase_from_the_environment_is_asked_again(qapp, tmp_path):
    keys = CollectorKeys("short", backend=fail.Keyring(), kdf_n=CHEAP)
    asker = Asker(PASSPHRASE)
    _gate, opened = unlock(tmp_path / "c", keys, asker=asker)
    assert opened and asker.asked[0][0] is True
    assert asker.asked[0][2].startswith("A passphrase needs at least 8 characters; this one has 5.")


def test_a_passphrase_protected_database_asks_again_after_a_wrong_one(qapp, tmp_path):
    CollectorStore.open(tmp_path / "c", keys=CollectorKeys(PASSPHRASE, kdf_n=CHEAP)).close()
    asker = Asker("wrong words entirely", PASSPHRASE)
    _gate, opened = unlock(tmp_path / "c", CollectorKeys(backend=fail.Keyring()), asker=asker)
    assert opened
    assert [(creating, error) for creating, _explanation, error in asker.asked] == [
        (False, ""),
        (False, "That passphrase does not unlock the collector database. Check Caps Lock and the keyboard layout, "
                "then try again.")]
    assert asker.asked[0][1] == "The collector database is protected by a passphrase. Type it to continue."


def test_not_typing_the_passphrase_leaves_the_database_locked(qapp, tmp_path):
    CollectorStore.open(tmp_path / "c", keys=CollectorKeys(PASSPHRASE, kdf_n=CHEAP)).close()
    gate, opened = unlock(tmp_path / "c", CollectorKeys(), asker=Asker(None))
    assert not opened and "stays locked" in gate.problem


def test_the_key_gone_from_the_keyring_is_explained_and_nothing_is_changed(qapp, tmp_path, memory_keyring):
    with CollectorStore.open(tmp_path / "c") as store:
        store.put_many([one_row()])
    memory_keyring.secrets.clear()
    before = (tmp_path / "c" / DB_FILENAME).read_bytes()
    prompts = ScriptedPrompts()
    gate, opened = unlock(tmp_path / "c", CollectorKeys(), prompts)
    assert not opened
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("error", "The collector database cannot be unlocked")
    assert text == gate.problem
    assert text.startswith(f"The key of the collector database {tmp_path / 'c' / DB_FILENAME} is gone from the "
                           "system keyring")
    assert "Restore the keyring entry “database-key-" in text and "of “Candor collector” from a backup" in text
    assert (tmp_path / "c" / DB_FILENAME).read_bytes() == before


class Locked(MemoryKeyring):
    def __init__(self, real: MemoryKeyring):
        super().__init__()
        self.real, self.locked = real, True

    def get_password(self, service, username):
        if self.locked:
            raise KeyringLocked("locked")
        return self.real.get_password(service, username)


def test_a_locked_keyring_offers_to_try_again(qapp, tmp_path, memory_keyring):
    CollectorStore.open(tmp_path / "c").close()
    backend = Locked(memory_keyring)

    class UnlocksWhenAsked(ScriptedPrompts):
        def choose(self, title, text, choices):
            self.choices_offered = choices
            backend.locked = False  # the analyst unlocked the keyring, then pressed Try again
            return super().choose(title, text, choices)

    prompts = UnlocksWhenAsked(choices=[0])
    _gate, opened = unlock(tmp_path / "c", CollectorKeys(backend=backend), prompts)
    assert opened
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("choose", "The system keyring is not available")
    assert text.startswith("The system keyring is locked, so the collector database cannot be unlocked.")
    assert prompts.choices_offered == ["Try again", "Quit"]


def test_a_locked_keyring_for_a_new_database_offers_a_passphrase(qapp, tmp_path, memory_keyring):
    backend = Locked(memory_keyring)
    prompts, asker = ScriptedPrompts(choices=[1]), Asker(PASSPHRASE)
    _gate, opened = unlock(tmp_path / "c", CollectorKeys(backend=backend, kdf_n=CHEAP), prompts, asker)
    assert opened and asker.asked[0][0] is True and "the system keyring is locked." in asker.asked[0][1]


def test_the_collector_does_not_start_without_its_key_and_says_why_on_stderr(qapp, tmp_path, memory_keyring,
                                                                             capsys):
    from desktop.exchange.identity import new_identity, store_identity_in_keyring
    from desktop.ui.collector.app import run_collector

    secret, recipient = new_identity()
    store_identity_in_keyring(secret)
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = "{recipient}"\n', encoding="utf-8")
    data = tmp_path / "data"
    with CollectorStore.open(data / "collector") as store:
        store.put_many([one_row()])
    for name in [name for name in memory_keyring.secrets if name[1].startswith("database-key-")]:
        del memory_keyring.secrets[name]
    prompts = ScriptedPrompts()
    code = run_collector(data_dir=str(data), policy_flag=str(policy), lang="en", prompts=prompts)
    assert code == 1
    assert [kind for kind, _title, _text in prompts.shown] == ["error"]
    err = capsys.readouterr().err
    assert err.startswith("candor: The key of the collector database") and err.count("\n") == 1


@pytest.mark.parametrize("creating", [True, False])
def test_the_passphrase_dialog_speaks_of_the_collector(qtbot, creating):
    from desktop.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(creating, "explanation", title="Unlock the collector database", hint="collector hint")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unlock the collector database"
    if creating:
        assert dialog.hint.text() == "collector hint"
