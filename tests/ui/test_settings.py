from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ScriptedPrompts


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def choose(combo, code, qtbot):
    """Pick an entry by keyboard, as a person would."""
    combo.setFocus()
    index = combo.findData(code)
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_dark_theme_applies_at_once_and_is_remembered(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    assert employee.unlock()
    employee.window.settings_requested.emit()
    settings = employee.settings
    assert employee.window.pages.currentWidget() is settings
    choose(settings.theme, "dark", qtbot)
    qtbot.waitUntil(lambda: window_lightness() < 128)
    employee.window.close()

    again = make_app(content, keyring_store)
    assert window_lightness() < 128
    again.window.settings_requested.emit()
    assert again.settings.theme.currentData() == "dark"
    choose(again.settings.theme, "system", qtbot)
    qtbot.waitUntil(lambda: window_lightness() >= 128)


def test_a_saved_dark_theme_reaches_the_pages_built_before_it(make_app, qtbot, content, tmp_path, keyring_store):
    """What the screen shows, with the app's own style sheet: the welcome page is dark too."""
    from desktop.ui.preferences import Preferences
    from desktop.ui.style import APP_STYLE

    app = QApplication.instance()
    app.setStyleSheet(APP_STYLE)
    try:
        (tmp_path / "data").mkdir()
        Preferences(tmp_path / "data").theme = "dark"
        employee = make_app(content, keyring_store)
        image = employee.window.welcome.grab().toImage()
        corner = image.pixelColor(3, image.height() - 3)
        assert corner.lightness() < 128, f"the welcome page is drawn light ({corner.name()}) in the dark theme"
        employee.change_theme("system")
        image = employee.window.welcome.grab().toImage()
        assert image.pixelColor(3, image.height() - 3).lightness() >= 128
    finally:
        app.setStyleSheet("")


def test_settings_shows_where_the_data_lives(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    qtbot.mouseClick(employee.window.welcome.settings_button, Qt.MouseButton.LeftButton)
    assert employee.settings.data_path.text() == str(tmp_path / "data")
    assert employee.settings.language.currentData() == "en"


def test_delete_all_my_data_removes_database_key_and_returns_to_welcome(make_app, qtbot, content, tmp_path,
        keyring_store):
    prompts = ScriptedPrompts(confirms=[True])
    employee = make_app(content, keyring_store, prompts=prompts)
    assert employee.unlock()
    install_id = employee.gate.opened.keys.install_id
    draft = employee.store.new_assessment("default", "candor-assessment", 1)
    employee.store.save_state(draft, {"answers": {"values": {"tools_used": ["chatgpt"]}}})
    employee.open_settings()
    employee.change_theme("dark")
    data = tmp_path / "data"
    assert (data / "candor.db").exists() and (data / "preferences.ini").exists()

    qtbot.mouseClick(employee.settings.delete_button, Qt.MouseButton.LeftButton)

    assert prompts.shown[0][0] == "confirm" and "cannot be undone" in prompts.shown[0][2]
    assert not (data / "candor.db").exists()
    assert not (data / "preferences.ini").exists()
    assert keyring_store.get_key(install_id) is None
    assert employee.window.pages.currentWidget() is employee.window.welcome
    assert "All your Candor data was deleted" in employee.window.welcome.status.text()
    assert employee.window.welcome.start_button.text() == "Start the assessment"
    assert window_lightness() >= 128
    # Starting again makes a fresh, empty store with a new key.
    assert employee.unlock()
    assert employee.store.current_draft("default") is None
    assert employee.gate.opened.keys.install_id != install_id


def test_declining_the_confirmation_deletes_nothing(make_app, qtbot, content, tmp_path, keyring_store):
    prompts = ScriptedPrompts(confirms=[False])
    employee = make_app(content, keyring_store, prompts=prompts)
    assert employee.unlock()
    employee.open_settings()
    qtbot.mouseClick(employee.settings.delete_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "data" / "candor.db").exists()
    assert employee.store is not None
    assert employee.window.pages.currentWidget() is employee.settings


def test_the_settings_page_uses_the_preferences_and_theme_switcher_it_was_handed(make_app, qtbot, content, tmp_path,
                                                                                 keyring_store):
    """run_app builds them once for the first window; the app must not build a second pair."""
    from desktop.ui.preferences import Preferences
    from desktop.ui.theme import ThemeSwitcher

    class RecordingSwitcher(ThemeSwitcher):
        def __init__(self, app):
            super().__init__(app)
            self.applied: list[str] = []

        def apply(self, theme):
            self.applied.append(theme)
            super().apply(theme)

    preferences = Preferences(tmp_path / "data")
    themes = RecordingSwitcher(QApplication.instance())
    employee = make_app(content, keyring_store, preferences=preferences, themes=themes)
    employee.window.settings_requested.emit()
    choose(employee.settings.theme, "dark", qtbot)
    qtbot.waitUntil(lambda: window_lightness() < 128)
    assert themes.applied[-1] == "dark"
    assert preferences.theme == "dark"
    choose(employee.settings.theme, "system", qtbot)
    qtbot.waitUntil(lambda: window_lightness() >= 128)
    assert themes.applied[-1] == "system"
