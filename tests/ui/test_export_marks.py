"""Each randomized field is marked where its value is shown, in words a screen reader reads with it.

"Pays for AI tools personally: no" for someone who pays reads as a mistake unless the value itself
says it was randomized; one sentence at the top is not enough.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.core.summary_preview import Phrases, PreviewRow, marked_value
from tests.ui.flows import MANAGER_ANSWERS

MARK = "(randomized)"


def value_line(label: QLabel) -> str:
    """The line of the row that holds its value (the row is label, value, note)."""
    return label.text().split("<br>")[1]


def test_the_value_of_every_randomized_row_carries_the_mark(qtbot, open_export):
    _, dialog, _ = open_export(answers=MANAGER_ANSWERS)
    rows = [label for label in dialog.findChildren(QLabel) if label.accessibleName()]
    randomized = [label for label in rows if label.accessibleDescription().startswith("Randomized:")]
    assert len(randomized) >= 15
    for label in randomized:
        assert MARK in value_line(label), label.text()
        assert label.accessibleName().endswith(MARK), label.accessibleName()
    pays = next(label for label in rows if label.accessibleName().startswith("Pays for AI tools personally:"))
    assert pays.accessibleName() in ("Pays for AI tools personally: yes (randomized)",
                                     "Pays for AI tools personally: no (randomized)")
    dialog.parts["role_level"].click()  # a part the employee chooses to include is sent as given
    rows = [label for label in dialog.findChildren(QLabel) if label.accessibleName()]
    group = next(label for label in rows if label.accessibleName().startswith("Your role level:"))
    assert MARK not in group.accessibleName()  # included as given, never randomized


def test_the_mark_is_composed_from_the_phrase_the_ui_hands_in():
    row = PreviewRow("pays_out_of_pocket", "Pays for AI tools personally", "nein", True, "note")
    assert marked_value(row, Phrases(randomized_value="%1 (zufällig verändert)")) == "nein (zufällig verändert)"
    assert marked_value(PreviewRow("campaign", "Campaign", "2026-q4"), Phrases()) == "2026-q4"



def test_on_a_small_screen_the_preview_keeps_room_to_be_read(qtbot, open_export):
    """1280x800 at 200% leaves 640x400: the explanations scroll away, the preview keeps a dozen lines."""
    _, dialog, _ = open_export(answers=MANAGER_ANSWERS)
    line = dialog.fontMetrics().lineSpacing()
    dialog.resize(line * 30, line * 22)
    qtbot.waitUntil(lambda: dialog.tabs.height() >= line * 12)
    assert dialog.tabs.visibleRegion().boundingRect().height() >= line * 12 or dialog.tabs.height() >= line * 12
    plain_scroll = dialog.tabs.widget(0)
    assert not plain_scroll.horizontalScrollBar().isVisible()  # rows wrap to the width instead
    qtbot.waitUntil(lambda: dialog.plain.width() <= plain_scroll.viewport().width())  # and nothing is cut off
    assert dialog.save_button.isVisible() and dialog.close_button.isVisible()
