"""Storage problems reach the employee in the interface language, with the same advice as in English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.storage.errors import KeyUnavailable, WeakPassphrase, WrongPassphrase
from desktop.storage.probe import write_failed
from desktop.ui.i18n import install_translators
from desktop.ui.store_messages import StoreMessages


@pytest.fixture
def german(qapp):
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")


def problems():
    folder = Path("/home/ana/.local/share/Candor")
    return [
        WrongPassphrase("That passphrase does not unlock Candor's data. Check Caps Lock and the keyboard layout, "
                        "then try again."),
        WeakPassphrase("A passphrase needs at least 8 characters; this one has 3. A few unrelated words are easy "
                       "to remember and hard to guess.", minimum=8, length=3),
        KeyUnavailable("locked", "The system keyring (SecretService Keyring) is locked. Unlock it (log in again or "
                                 "open your keyring app), then retry."),
        write_failed(folder, OSError(errno.ENOSPC, "No space left on device")),
        write_failed(folder, OSError(errno.EROFS, "Read-only file system"), starting=True),
    ]


def test_in_english_the_words_match_what_the_storage_layer_says():
    words = StoreMessages()
    for problem in problems():
        said = words.explain(problem)
        if isinstance(problem, KeyUnavailable):  # the screen leaves out the keyring's technical name
            assert said == str(problem).replace(" (SecretService Keyring)", "")
        else:
            assert said == str(problem)


def test_in_german_every_problem_is_explained_in_german_with_its_figures(german):
    words = StoreMessages()
    said = [words.explain(problem) for problem in problems()]
    assert all(text != str(problem) for text, problem in zip(said, problems(), strict=True))
    assert said[0].startswith("Diese Passphrase entsperrt")
    assert "mindestens 8 Zeichen; diese hat 3" in said[1]
    assert "gesperrt" in said[2]
    assert "/home/ana/.local/share/Candor" in said[3] and "voll" in said[3]
    assert "--data-dir oder CANDOR_DATA_DIR" in said[4]
