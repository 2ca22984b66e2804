"""Settings' choice boxes are named by what they choose, not by the value they show.

On Linux, Qt's combo box reports its current text as its name and gives its label through a
"labelled by" relation (what Orca reads); elsewhere the accessible name is read. Both must say
"Theme" and "Language".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from desktop.ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, tmp_path: Path) -> SettingsPage:
    settings = SettingsPage("light", "en", ["en", "de", "fr", "es"], tmp_path)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    return settings


def labels_of(widget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [other.text(QAccessible.Text.Name) for other, _kind in interface.relations(QAccessible.Relation.Label)]


@pytest.mark.parametrize(("box", "name"), [("theme", "Theme"), ("language", "Language")])
def test_each_choice_box_is_named_and_labelled_by_what_it_chooses(page, box, name):
    combo = getattr(page, box)
    assert combo.accessibleName() == name
    assert labels_of(combo)[0] == f"{name}:"  # the visible label, its buddy the box (Alt+T / Alt+L)
    buddies = [label for label in page.findChildren(QLabel) if label.buddy() is combo]
    assert [label.text().replace("&", "") for label in buddies] == [f"{name}:"]
    assert combo.currentText() not in combo.accessibleName()
