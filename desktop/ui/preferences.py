"""The employee's display preferences (theme, language): not sensitive, kept beside the data.

They live in the data folder, so "Delete all my data" removes them too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.storage.paths import PREFERENCES_FILENAME

FILE_NAME = PREFERENCES_FILENAME


class Preferences:
    def __init__(self, data_dir: Path):
        self._settings = QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)

    @property
    def theme(self) -> str:
        return str(self._settings.value("appearance/theme", "system"))

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("appearance/theme", value)

    @property
    def language(self) -> str | None:
        value = self._settings.value("appearance/language", None)
        return str(value) if value else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("appearance/language", value or "")

    def _set(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
