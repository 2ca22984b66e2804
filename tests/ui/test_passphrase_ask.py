"""The passphrase both unlock gates ask for when no one scripts the answer: the dialog, in each gate's words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.collector.db_key import CollectorKeys
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.memory_keyring import MemoryKeyring
from desktop.ui.collector.unlock import CollectorUnlock
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.store_gate import StoreGate
from tests.ui.conftest import ScriptedPrompts

PASSPHRASE = "four unrelated words"


def answer_the_dialog(qtbot, seen: dict, typed: str | None) -> None:
    """Once the dialog is up: note what it shows, then type ``typed`` (twice when new) and press OK, or Cancel."""

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        seen.update(title=dialog.windowTitle(), explanation=dialog.explanation.text(), error=dialog.error.text(),
                    error_shown=dialog.error.isVisibleTo(dialog), repeat_shown=dialog.second.isVisibleTo(dialog),
                    hint=dialog.hint.text() if dialog.creating else None)
        if typed is None:
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            return
        qtbot.keyClicks(dialog.first, typed)
        if dialog.creating:
            qtbot.keyClicks(dialog.second, typed)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_the_employee_gate_asks_in_the_dialog_and_shows_the_last_error(qtbot, tmp_path):
    gate = StoreGate(tmp_path / "data", KeyringKeyStore(MemoryKeyring()), ScriptedPrompts())
    seen: dict = {}
    answer_the_dialog(qtbot, seen, "not it at all")
    assert gate.ask_passphrase(False, "Your answers are protected.", "That passphrase is wrong.") == "not it at all"
    assert seen == {"title": "Unlock your answers", "explanation": "Your answers are protected.",
                    "error": "That passphrase is wrong.", "error_shown": True, "repeat_shown": False, "hint": None}


def test_the_employee_gate_creating_a_passphrase_can_be_cancelled(qtbot, tmp_path):
    gate = StoreGate(tmp_path / "data", KeyringKeyStore(MemoryKeyring()), ScriptedPrompts())
    seen: dict = {}
    answer_the_dialog(qtbot, seen, None)
    assert gate.ask_passphrase(True, "No keyring here.", "") is None
    assert seen["title"] == "Choose a passphrase" and seen["error_shown"] is False and seen["repeat_shown"] is True
    assert "your saved answers can only be deleted" in seen["hint"]


def test_the_collector_gate_asks_in_the_dialog_in_the_collectors_words(qtbot, tmp_path):
    gate = CollectorUnlock(tmp_path, CollectorKeys(backend=MemoryKeyring()), ScriptedPrompts())
    seen: dict = {}
    answer_the_dialog(qtbot, seen, PASSPHRASE)
    assert gate.ask_passphrase(True, "No keyring can keep the key.", "") == PASSPHRASE
    assert seen["title"] == "Choose a passphrase for the collector" and seen["error_shown"] is False
    assert "the summaries in the collector database cannot be read again" in seen["hint"]

    answer_the_dialog(qtbot, seen, None)
    assert gate.ask_passphrase(False, "Protected by a passphrase.", "That passphrase does not unlock it.") is None
    assert seen["title"] == "Unlock the collector database" and seen["error"] == "That passphrase does not unlock it."
