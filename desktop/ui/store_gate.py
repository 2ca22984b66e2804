"""Opening the encrypted store at start: silent with a keyring, a passphrase without one.

The gate decides which question to ask the person; every storage step (files, keys, crypto)
is done by ``desktop.storage``. It never falls back to plaintext: without a key there is no
store, and the welcome page says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.app_log import shutdown_logging
from desktop.storage.errors import DamagedStore, KeyUnavailable, StoreError, WeakPassphrase, WrongPassphrase
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.paths import database_path
from desktop.storage.recovery import move_aside
from desktop.storage.startup import OpenedStore, open_store
from desktop.storage.store import Store
from desktop.storage.wipe import WipeResult, delete_everything
from desktop.ui.passphrase_dialog import PassphraseAsker, ask_in_dialog
from desktop.ui.prompts import Prompts
from desktop.ui.store_messages import StoreMessages


class StoreGate(QObject):
    """Returns an open :class:`Store`, or ``None`` with :attr:`problem` saying why not."""

    def __init__(self, data_dir: Path, keyring_store: KeyringKeyStore, prompts: Prompts,
                 ask_passphrase: PassphraseAsker | None = None, parent_widget: QWidget | None = None):
        super().__init__()
        self.data_dir = data_dir
        self.keyring_store = keyring_store
        self.prompts = prompts
        self.parent_widget = parent_widget
        self.ask_passphrase = ask_passphrase or self._dialog_passphrase
        self.problem = ""
        self.opened: OpenedStore | None = None
        self.words = StoreMessages(self)

    def open(self) -> Store | None:
        self.problem = ""
        try:
            try:
                self.opened = self.opened or open_store(self.data_dir, self.keyring_store)
            except DamagedStore as exc:
                moved = move_aside(database_path(self.data_dir))
                self.prompts.inform(
                    self.tr("Your saved answers could not be read"),
                    self.words.explain(exc) + "\n\n" + self.tr(
                        "Candor kept the damaged file as %1 in its data folder and starts afresh beside it. "
                        "Nothing you answer from now on is affected.").replace(
                        "%1", moved[0].name if moved else "?"),
                )
                self.opened = open_store(self.data_dir, self.keyring_store)
        except StoreError as exc:
            self.problem = self.words.explain(exc)
            self.prompts.error(self.tr("Candor cannot open your data"), self.words.explain(exc))
            return None
        assert self.opened is not None  # opened just above, or the return before
        keys = self.opened.keys
        error = ""
        while True:
            mode = keys.mode()
            key: bytes | None
            try:
                if mode == "passphrase":
                    text = self.ask_passphrase(False, self.tr(
                        "Your answers are protected with a passphrase. Type it to continue."), error)
                    if text is None:
                        return self._stopped(self.tr("Your answers are locked. Press Start to unlock them."))
                    key = keys.unlock_with_passphrase(text)
                elif mode == "keyring":
                    key = keys.unlock_with_keyring()
                else:
                    key = self._create_key(error)
                    if key is None:
                        return self._stopped(self.tr(
                            "Candor needs a key to encrypt your answers. Press Start to set one up."))
                return Store(self.opened.db, key)
            except (WrongPassphrase, WeakPassphrase) as exc:
                error = self.words.explain(exc)
            except KeyUnavailable as exc:
                decision = self._keyring_trouble(exc)
                if decision == "deleted":
                    return self.open()  # a fresh, empty store with a new key
                if decision == "stop":
                    return self._stopped(self.words.explain(exc))
            except StoreError as exc:
                self.prompts.error(self.tr("Candor cannot open your data"), self.words.explain(exc))
                return self._stopped(self.words.explain(exc))

    def _create_key(self, error: str) -> bytes | None:
        assert self.opened is not None  # called from open() once the store file is open
        keys = self.opened.keys
        status = keys.keyring_status()
        if status.usable:
            try:
                return keys.create_with_keyring()
            except KeyUnavailable as exc:
                reason = self.words.explain(exc)
        else:
            # In the person's words (the backend's own text is for the log and self-test, not for them).
            reason = self.words.explain(KeyUnavailable(status.reason or "no_backend", status.problem or ""))
        explanation = self.tr(
            "Candor keeps the key to your answers in your system's password manager, but it cannot be "
            "used right now: %1\n\nChoose your passphrase below; you will type it each time you open Candor."
        ).replace("%1", reason)
        text = self.ask_passphrase(True, explanation, error)
        if text is None:
            return None
        return keys.create_with_passphrase(text)

    def _keyring_trouble(self, exc: KeyUnavailable) -> str:
        """Tell the person what is wrong; returns "retry", "stop" or "deleted"."""
        assert self.opened is not None  # called from open() once the store file is open
        if exc.reason == "missing":
            choice = self.prompts.choose(
                self.tr("Your answers cannot be unlocked"),
                self.words.explain(exc) + "\n\n" + self.tr(
                    "If the key was removed from your password manager, the saved answers cannot be "
                    "read by anyone any more. You can try again (for example after restoring the key) "
                    "or delete them and start fresh."),
                [self.tr("Try again"), self.tr("Delete my saved answers"), self.tr("Not now")],
            )
            if choice == 1 and self.prompts.confirm(
                self.tr("Delete your saved answers?"),
                self.tr("This removes every answer saved in Candor on this computer. It cannot be undone."),
                self.tr("Delete"), self.tr("Keep them"),
            ):
                self.delete_everything(None)
                return "deleted"
            return "retry" if choice == 0 else "stop"
        choice = self.prompts.choose(
            self.tr("Your password manager is not available"),
            self.words.explain(exc),
            [self.tr("Try again"), self.tr("Not now")],
        )
        return "retry" if choice == 0 else "stop"

    def delete_everything(self, store: Store | None) -> WipeResult:
        """Stop the log, close ``store`` (if open) and delete every file Candor keeps and the data key. The next
        :meth:`open` starts afresh."""
        shutdown_logging()  # the log file is among the files deleted
        result = delete_everything(self.data_dir, self.opened, self.keyring_store, store)
        self.opened = None
        return result

    def _stopped(self, message: str) -> Store | None:
        """Keep why the store stays closed; what open() returns then (None)."""
        self.problem = message
        return None

    def _dialog_passphrase(self, creating: bool, explanation: str, error: str) -> str | None:
        return ask_in_dialog(creating, explanation, error, self.parent_widget)
