"""Changing the interface language in Settings takes effect at once and loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.text import pick
from desktop.ui.i18n import install_translators
from desktop.ui.preferences import Preferences
from tests.ui.flows import pick_a_tool_and_answer_its_first_question, press, start_by_keyboard


@pytest.fixture
def english_afterwards():
    yield
    install_translators(QApplication.instance(), "en")


def open_settings_by_keyboard(qtbot, employee) -> None:
    employee.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is employee.window)
    qtbot.keyClick(employee.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: employee.settings is not None and employee.settings.isVisible())
    box = employee.settings.language
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)


def arrow_language(qtbot, employee, key, expected: str) -> None:
    """One arrow key on the focused language box: the language changes at once."""
    press(qtbot, key)
    qtbot.waitUntil(lambda: employee.lang == expected)
    box = employee.settings.language
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)  # the keyboard stays on the rebuilt box


def test_switching_to_german_mid_assessment_keeps_every_answer(
        make_app, qtbot, content, tmp_path, keyring_store, english_afterwards):
    employee = make_app(content, keyring_store)
    page_key = pick_a_tool_and_answer_its_first_question(qtbot, employee, "chatgpt")
    answers = employee.session.answers.to_dict()
    assert page_key == "tool_use@chatgpt" and answers

    open_settings_by_keyboard(qtbot, employee)
    arrow_language(qtbot, employee, Qt.Key.Key_Down, "de")  # English, Deutsch, Español, Français

    assert employee.lang == "de"
    assert Preferences(employee.window.data_dir).language == "de"  # kept for the next start
    settings = employee.settings
    assert settings.isVisible() and settings.language.currentData() == "de"
    assert settings.language_note.isVisible()
    german_note = QCoreApplication.translate("SettingsPage", settings.language_note.text())
    assert settings.language_note.text() == german_note
    assert "Sprache" in settings.language_note.text() or "Antworten" in settings.language_note.text()
    # The menus and the welcome page speak German now, and the draft waits to be continued.
    menus = [action.text() for action in employee.window.menuBar().actions()]
    assert menus and menus[0] != "&File"
    welcome = employee.window.welcome
    assert welcome.start_button.text() == QCoreApplication.translate("WelcomePage", "Continue where you left off")
    assert welcome.start_button.text() != "Continue where you left off"
    assert QLocale().name().startswith("de")  # numbers and amounts follow the language

    settings.back_button.click()
    qtbot.waitUntil(lambda: welcome.isVisible())
    start_by_keyboard(qtbot, employee)
    assert employee.session.ref.key == page_key
    assert employee.session.answers.to_dict() == answers
    question = content.questionnaire.question("account_kind")
    shown = "\n".join(label.text() for label in employee.wizard.findChildren(type(settings.language_note))
                      if label.isVisible())
    assert pick(question.text, "de") in shown, "the question is not in German"
    assert pick(question.text, "de") != pick(question.text, "en")


def test_switching_back_to_english_on_the_welcome_page(make_app, qtbot, content, tmp_path, keyring_store,
                                                      english_afterwards):
    employee = make_app(content, keyring_store)
    assert employee.unlock()
    open_settings_by_keyboard(qtbot, employee)
    arrow_language(qtbot, employee, Qt.Key.Key_Down, "de")  # English, Deutsch, Español, Français
    arrow_language(qtbot, employee, Qt.Key.Key_Down, "es")
    assert employee.window.welcome.start_button.text() == QCoreApplication.translate(
        "WelcomePage", "Start the assessment")
    arrow_language(qtbot, employee, Qt.Key.Key_Up, "de")
    arrow_language(qtbot, employee, Qt.Key.Key_Up, "en")
    assert employee.window.welcome.start_button.text() == "Start the assessment"
    assert [action.text() for action in employee.window.menuBar().actions()][0] == "&File"
