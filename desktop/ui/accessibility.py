"""What a screen reader needs beyond Qt's defaults: titles exposed as headings, changes spoken politely.

Qt exposes every ``QLabel`` as static text, so nobody can jump through a page by heading. A label marked
with :func:`mark_heading` is exposed with the Heading role instead (through an accessibility factory,
installed once per application by :func:`install`). :func:`announce` asks the screen reader to speak a
change (a page that changed, a validation message, a saved state) once, without interrupting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING_PROPERTY = "candorHeadingLevel"
_installed: list[bool] = []
_alive: dict[int, QAccessibleWidget] = {}  # Qt owns the interfaces; keep the Python halves alive with them


def mark_heading(label: QLabel, level: int = 1) -> QLabel:
    """Expose ``label`` as a heading of ``level`` (1 for a page title, 2 for a section)."""
    label.setProperty(HEADING_PROPERTY, level)
    # With a screen reader running, Qt made the label's accessibility object when its text was set
    # (before this mark) and keeps it: drop that one, so the next look-up asks the factory again.
    existing = QAccessible.queryAccessibleInterface(label) if _installed else None
    if existing is not None and existing.role() != QAccessible.Role.Heading:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(existing))
    return label


def heading_level(widget: QObject) -> int:
    level = widget.property(HEADING_PROPERTY)
    return int(level) if level else 0


class _HeadingInterface(QAccessibleWidget):
    def __init__(self, label: QLabel):
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt's name
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _factory(_key: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and heading_level(obj):
        interface = _HeadingInterface(obj)
        key = id(obj)
        _alive[key] = interface
        obj.destroyed.connect(lambda *_a: _alive.pop(key, None))
        return interface
    return None


def install() -> None:
    """Install the heading factory once; call before the first window is shown."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


#: Callbacks that see every announcement (tests listen here without a screen reader).
listeners: list[Callable[[QWidget, str], None]] = []


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` once, politely (after what it is saying now)."""
    if not text:
        return
    for listener in listeners:
        listener(widget, text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
