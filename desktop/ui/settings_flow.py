"""The settings page's flow: theme, interface language and "Delete all my data".

The preferences and the theme switcher are built once, at start-up, and handed in. Deleting is done by
the storage service (``desktop.storage.wipe``) through ``erase``; this flow only asks and shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.ui.i18n import available_languages
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.theme import ThemeSwitcher

if TYPE_CHECKING:  # the storage stack loads when the store is first opened
    from desktop.storage.wipe import WipeResult
    from desktop.ui.settings_page import SettingsPage

log = logging.getLogger("candor.app")


class SettingsFlow(QObject):
    """Opens the settings page and carries out what the person changes there."""

    def __init__(self, preferences: Preferences, themes: ThemeSwitcher, window: MainWindow, lang: str,
                 relabel: Callable[[str], None], erase: Callable[[], WipeResult]):
        super().__init__()
        self.preferences = preferences
        self.themes = themes
        self.window = window
        self.lang = lang
        self._relabel = relabel  # the rest of the window follows a new interface language
        self._erase = erase  # closes what is open and deletes every file and the key
        self.page: SettingsPage | None = None

    def open(self) -> SettingsPage:
        page = self.page
        if page is None:
            from desktop.ui.settings_page import SettingsPage

            page = SettingsPage(self.preferences.theme, self.lang, available_languages(), self.window.data_dir)
            page.theme_changed.connect(self.change_theme)
            page.language_changed.connect(self.change_language)
            page.delete_all_requested.connect(self.delete_all_data)
            page.back_requested.connect(self.window.show_welcome)
            self.page = page
        self.window.show_page(page)
        return page

    def change_theme(self, theme: str) -> None:
        self.preferences.theme = theme
        self.themes.apply(theme)

    def change_language(self, language: str) -> None:
        """Switch the interface language now; pages are rebuilt from what is saved, so nothing is lost."""
        self.preferences.language = language
        if language == self.lang:
            return
        log.info("interface language changed to %s", language)
        self.lang = language
        self._relabel(language)
        self._drop_page()
        self.open().confirm_language_changed()

    def delete_all_data(self) -> bool:
        """Ask first; then remove the database, the key in the keyring and the preferences."""
        if not self.window.prompts.confirm(
            self.tr("Delete all your Candor data?"),
            self.tr("This removes every answer, result and setting Candor keeps on this computer, and "
                    "the key that encrypts them. It cannot be undone."),
            self.tr("Delete everything"), self.tr("Keep my data"),
        ):
            return False
        result = self._erase()
        self.themes.apply("system")
        self._drop_page()
        message = self.tr("All your Candor data was deleted from this computer.")
        if result.keyring_problem:
            message += " " + self.tr("The key could not be removed from your password manager: %1").replace(
                "%1", result.keyring_problem)
        self.window.welcome.set_resumable(False)
        self.window.welcome.set_status(message)
        self.window.show_welcome()
        return True

    def _drop_page(self) -> None:
        if self.page is not None:
            self.window.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
