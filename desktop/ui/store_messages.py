"""The storage layer's problems in the interface language.

The storage code is Qt-free and words its errors in English, naming files and keyring entries for
the log and for IT. What the employee reads comes from here instead, chosen by the kind of problem
(and its figures), so a German screen says it in German. Problems without a translation here (a
damaged database, an unexpected system error) keep their English words, which name the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.storage.errors import KeyUnavailable, StoreError, WeakPassphrase, WrongPassphrase
from desktop.storage.paths import DATA_DIR_ENV
from desktop.storage.probe import WriteFailed


class StoreMessages(QObject):
    """``explain(problem)``: one or two sentences a person can act on."""

    def explain(self, problem: StoreError) -> str:
        if isinstance(problem, WrongPassphrase):
            return self.tr("That passphrase does not unlock Candor's data. Check Caps Lock and the keyboard "
                           "layout, then try again.")
        if isinstance(problem, WeakPassphrase) and problem.minimum:
            return self.tr("A passphrase needs at least %1 characters; this one has %2. A few unrelated words are "
                           "easy to remember and hard to guess.").replace("%1", str(problem.minimum)).replace(
                "%2", str(problem.length))
        if isinstance(problem, KeyUnavailable):
            return self._keyring(problem)
        if isinstance(problem, WriteFailed):
            return self._write(problem)
        return str(problem)

    def _keyring(self, problem: KeyUnavailable) -> str:
        if problem.reason == "locked":
            return self.tr("The system keyring is locked. Unlock it (log in again or open your keyring app), "
                           "then retry.")
        if problem.reason == "no_backend":
            return self.tr("This computer has no system keyring Candor can use to keep its key.")
        if problem.reason == "missing":
            return self.tr("Candor's data exists, but the key that opens it is gone from the system keyring (or "
                           "is not this data's key), so the data cannot be decrypted. Restore the keyring entry "
                           "from a backup, or delete Candor's data and start again.")
        return self.tr("The system keyring did not work (%1). Retry, or protect your answers with a passphrase "
                       "instead.").replace("%1", str(problem))

    def _write(self, problem: WriteFailed) -> str:
        folder = str(problem.folder)
        if problem.starting:
            if problem.problem == "full":
                text = self.tr("The disk holding Candor's data folder %1 is full. Free some space on it and start "
                               "Candor again, or choose another folder with --data-dir or %2.")
            elif problem.problem == "read_only":
                text = self.tr("Candor cannot write in its data folder %1: it is read-only or you lack permission. "
                               "Make the folder writable for your user, or choose another folder with --data-dir "
                               "or %2.")
            else:
                text = self.tr("Candor cannot write in its data folder %1: %3. Check the disk and the folder's "
                               "permissions, or choose another folder with --data-dir or %2.")
            return text.replace("%1", folder).replace("%2", DATA_DIR_ENV).replace("%3", problem.detail)
        if problem.problem == "full":
            text = self.tr("Candor could not save to %1: the disk is full. Free some space on that disk; your "
                           "earlier answers are safe.")
        elif problem.problem == "read_only":
            text = self.tr("Candor could not save to %1: the folder is read-only or you lack permission. Make it "
                           "writable for your user again; your earlier answers are safe.")
        else:
            text = self.tr("Candor could not save to %1: %2. Check the disk and the folder's permissions; your "
                           "earlier answers are safe.")
        return text.replace("%1", folder).replace("%2", problem.detail)
