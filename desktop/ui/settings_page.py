"""Settings: appearance, language, where the data lives, and deleting all of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import mark_heading
from desktop.ui.page_layout import centred_column
from desktop.ui.style import scaled_font

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


class SettingsPage(QWidget):
    theme_changed = Signal(str)
    language_changed = Signal(str)
    delete_all_requested = Signal()
    back_requested = Signal()

    def __init__(self, theme: str, language: str, languages: list[str], data_dir: Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        title = QLabel(self.tr("Settings"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.Bold))
        mark_heading(title, 1)

        self.theme = QComboBox()
        # Named as its label says. On Linux Qt reports a combo box's current text as its name and
        # its label through the "labelled by" relation: the buddy labels below give that relation.
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark")), ("contrast", self.tr("High contrast"))):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.theme.currentIndexChanged.connect(lambda _i: self.theme_changed.emit(self.theme.currentData()))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.language_note = QLabel(self.tr(
            "Candor now speaks this language. Your answers are kept: an assessment in progress continues "
            "where you left off."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        appearance = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(appearance)
        for text, box in ((self.tr("&Theme:"), self.theme), (self.tr("&Language:"), self.language)):
            buddy = QLabel(text)
            buddy.setBuddy(box)
            form.addRow(buddy, box)
        form.addRow("", self.language_note)

        where = QGroupBox(self.tr("Your data"))
        where_layout = QVBoxLayout(where)
        self.data_label = QLabel(self.tr(
            "Your answers and results are kept only in this folder, encrypted. Two files there are plain "
            "text: preferences.ini (theme and language) and the support log in logs (events such as "
            "\"started\", never answers). The folder:"))
        self.data_label.setWordWrap(True)
        self.data_path = QLabel(str(data_dir))
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        row = QHBoxLayout()
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_folder)
        where_layout.addWidget(self.data_label)
        where_layout.addLayout(row)

        danger = QGroupBox(self.tr("Delete all my data"))
        danger_layout = QVBoxLayout(danger)
        explanation = QLabel(self.tr(
            "Removes every answer, result and setting Candor keeps on this computer, and the key that "
            "encrypts them. Summaries you already sent are not affected. This cannot be undone."))
        explanation.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("&Delete all my data…"))
        self.delete_button.setObjectName("deleteAllButton")
        self.delete_button.clicked.connect(self.delete_all_requested)
        danger_layout.addWidget(explanation)
        danger_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back_requested)

        layout = centred_column(self, 60, name=self.tr("Settings"))
        layout.addWidget(title)
        layout.addWidget(appearance)
        layout.addWidget(where)
        layout.addWidget(danger)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _language_picked(self, _index: int) -> None:
        self.language_changed.emit(self.language.currentData())

    def confirm_language_changed(self) -> None:
        """Shown on the page rebuilt in the new language; the keyboard stays on the language box."""
        self.language_note.show()
        self.language.setFocus()
