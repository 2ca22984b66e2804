"""A title marked as a heading is one even when Qt made its accessibility object before the mark.

With a screen reader running, Qt creates a label's accessibility object as soon as its text is set
(``QLabel("Settings")`` tells the reader about the new name), so pages built after the reader
started had their titles exposed as plain text.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from desktop.ui import accessibility


def test_a_label_whose_interface_exists_already_becomes_a_heading(qtbot):
    accessibility.install()
    label = QLabel("Settings")
    qtbot.addWidget(label)  # its interface is made now, as a running screen reader makes it
    assert QAccessible.queryAccessibleInterface(label).role() == QAccessible.Role.StaticText
    accessibility.mark_heading(label, 1)
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface.role() == QAccessible.Role.Heading
    assert interface.text(QAccessible.Text.Name) == "Settings"
