"""Opening the sealed collector database at start: silent with a keyring, a passphrase without one.

The database's key is found (or made) by ``desktop.collector`` (``db_key.py``); this asks the analyst what
only they can answer (a passphrase) and says in the interface language what is wrong when the key cannot be
had. It never falls back to plaintext: without a key the collector does not start, and nothing stored is
changed. Once unlocked, the key stays in the :class:`CollectorKeys` handed to every later open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.collector.db_key import MIN_PASSPHRASE_LENGTH, CollectorKeys
from desktop.collector.errors import CollectorKeyError, CollectorStoreError
from desktop.collector.store import CollectorStore
from desktop.exchange.identity import SERVICE
from desktop.ui.passphrase_dialog import PassphraseAsker, ask_in_dialog
from desktop.ui.prompts import Prompts


class CollectorUnlock(QObject):
    """``open()`` is True once the collector database opens with its key; else :attr:`problem` says why not."""

    def __init__(self, store_dir: Path, keys: CollectorKeys, prompts: Prompts,
                 ask_passphrase: PassphraseAsker | None = None, parent_widget: QWidget | None = None):
        super().__init__()
        self.store_dir = store_dir
        self.keys = keys
        self.prompts = prompts
        self.parent_widget = parent_widget
        self.ask_passphrase = ask_passphrase or self._dialog_passphrase
        self.problem = ""

    def open(self) -> bool:
        error = ""
        while True:
            try:
                CollectorStore.open(self.store_dir, keys=self.keys).close()
                self.problem = ""
                return True
            except CollectorKeyError as exc:
                self.problem = self.explain(exc)
                if exc.problem in ("no_keyring", "weak_passphrase") and exc.creating:
                    if not self._choose_passphrase(exc, error if exc.problem == "no_keyring" else self.problem):
                        return False
                    error = ""
                elif exc.problem in ("passphrase_needed", "wrong_passphrase"):
                    typed = self.ask_passphrase(False, self.tr(
                        "The collector database is protected by a passphrase. Type it to continue."),
                        self.problem if exc.problem == "wrong_passphrase" else "")
                    if typed is None:
                        self.problem = self.tr("The collector database stays locked: without its passphrase, the "
                                               "collector cannot start.")
                        return False
                    self.keys.passphrase = typed
                elif exc.problem in ("keyring_locked", "keyring_failed"):
                    choices = [self.tr("Try again"), self.tr("Quit")]
                    if exc.creating:
                        choices.insert(1, self.tr("Use a passphrase instead"))
                    choice = self.prompts.choose(self.tr("The system keyring is not available"), self.problem, choices)
                    if choice == 0:
                        continue
                    if exc.creating and choice == 1:
                        if not self._choose_passphrase(exc, ""):
                            return False
                        continue
                    return False
                else:  # the key is gone, no keyring holds it here, damaged settings, an unreadable passphrase file
                    self.prompts.error(self.tr("The collector database cannot be unlocked"), self.problem)
                    return False
            except CollectorStoreError as exc:
                self.problem = str(exc)
                self.prompts.error(self.tr("Candor collector cannot start"), self.problem)
                return False

    def _choose_passphrase(self, exc: CollectorKeyError, error: str) -> bool:
        explanation = self.tr(
            "Candor keeps the key of the collector database in your system's password manager, but it cannot be "
            "used right now: %1\n\nCandor never keeps summaries unencrypted. Choose a passphrase below; you will "
            "type it each time you open the collector.").replace("%1", self._keyring_reason(exc))
        typed = self.ask_passphrase(True, explanation, error)
        if typed is None:
            self.problem = self.tr("The collector needs a key to encrypt the summaries it keeps, so it did not start. "
                                   "Nothing was stored.")
            return False
        self.keys.passphrase = typed
        return True

    def _keyring_reason(self, exc: CollectorKeyError) -> str:
        if exc.problem == "keyring_locked":
            return self.tr("the system keyring is locked.")
        if exc.problem == "keyring_failed":
            return self.tr("the system keyring did not work.")
        return self.tr("this computer has no system keyring Candor can use.")

    def explain(self, problem: CollectorKeyError) -> str:
        """The problem in the interface language: what is wrong, and what to do."""
        kind, path = problem.problem, problem.path
        if kind == "no_keyring" and problem.creating:
            return self.tr("This computer has no system keyring that can keep the key of the collector database, "
                           "and Candor never keeps summaries unencrypted. Choose a passphrase instead.")
        if kind == "no_keyring":
            return self.tr("The collector database %1 keeps its key in a system keyring, but none can be used here. "
                           "Open the collector in the session whose keyring holds the key (service “%2”, account "
                           "“%3”). Nothing was changed.").replace("%1", path).replace("%2", SERVICE).replace(
                "%3", problem.account)
        if kind == "keyring_locked" and problem.creating:
            return self.tr("The system keyring is locked, so Candor cannot keep the key of the collector database "
                           "in it. Unlock it (log in again or open your keyring app) and try again, or use a "
                           "passphrase instead. Nothing was stored.")
        if kind == "keyring_locked":
            return self.tr("The system keyring is locked, so the collector database cannot be unlocked. Unlock it "
                           "(log in again or open your keyring app), then try again. Nothing was changed.")
        if kind == "keyring_failed":
            return self.tr("The system keyring did not work (%1). Try again; nothing was changed.").replace(
                "%1", str(problem))
        if kind == "key_missing":
            return self.tr("The key of the collector database %1 is gone from the system keyring (or is not its "
                           "key), so the summaries in it cannot be read. Restore the keyring entry “%3” of “%2” "
                           "from a backup, or move the database aside and import the summaries again. Nothing was "
                           "changed.").replace("%1", path).replace("%2", SERVICE).replace("%3", problem.account)
        if kind == "wrong_passphrase":
            return self.tr("That passphrase does not unlock the collector database. Check Caps Lock and the keyboard "
                           "layout, then try again.")
        if kind == "passphrase_needed":
            return self.tr("The collector database is protected by a passphrase. Type it to continue.")
        if kind == "weak_passphrase":
            return self.tr("A passphrase needs at least %1 characters; this one has %2. A few unrelated words are "
                           "easy to remember and hard to guess.").replace("%1", str(problem.minimum)).replace(
                "%2", str(problem.length))
        return str(problem)  # damaged key settings, an unreadable passphrase file: their own words name the file

    def _dialog_passphrase(self, creating: bool, explanation: str, error: str) -> str | None:
        return ask_in_dialog(
            creating, explanation, error, self.parent_widget,
            title=self.tr("Choose a passphrase for the collector") if creating else self.tr(
                "Unlock the collector database"),
            hint=self.tr("At least %n characters. Candor cannot recover it: if you forget it, the summaries in the "
                         "collector database cannot be read again, only imported anew.", "", MIN_PASSPHRASE_LENGTH))
