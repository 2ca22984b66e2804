"""What a person (or a screen reader) gets from the widgets on screen, and whether any of it is cut off."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)


def visible_text(widget: QWidget) -> str:
    """The text of every label a person can see under ``widget``, one per line."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def label_and_table_text(widget: QWidget) -> str:
    """The text of ``widget`` (when a label), of every label under it, shown or not, and of every table cell."""
    labels = ([widget] if isinstance(widget, QLabel) else []) + widget.findChildren(QLabel)
    parts = [label.text() for label in labels]
    for table in widget.findChildren(QTableWidget):
        parts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c)]
    return "\n".join(parts)


@dataclass(frozen=True)
class ScreenText:
    widget: str  # class and object name, for the failure message
    what: str  # "text", "accessible name", "tooltip", ...
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def shown_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def screen_texts(root: QWidget) -> list[ScreenText]:
    """Every text shown, or read out, by the visible widgets under ``root``."""
    found: list[ScreenText] = []

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if text and text.strip():
            found.append(ScreenText(_name(widget), what, _plain(text)))

    for widget in shown_widgets(root):
        add(widget, "accessible name", widget.accessibleName())
        add(widget, "accessible description", widget.accessibleDescription())
        add(widget, "tooltip", widget.toolTip())
        if widget.isWindow():
            add(widget, "window title", widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, "column header", model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(min(model.rowCount(), 200)):
                for column in range(model.columnCount()):
                    add(widget, f"cell {row},{column}", model.data(model.index(row, column)))
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                add(widget, "menu", action.text())
                for item in action.menu().actions() if action.menu() else []:
                    add(widget, "menu item", item.text())
    return found


_WORD = re.compile(r"[A-Za-z]{3,}")
_URL_OR_PATH = re.compile(r"\b[0-9a-f]{16,}\b|https?://\S+|(?:[A-Za-z]:)?[/\\][\w./\\-]+|\b[\w-]+\.(?:age|json|csv|html|toml|pdf)\b")


def untranslated(texts: Iterable[ScreenText], allowed: set[str]) -> list[ScreenText]:
    """The texts that still hold a run of plain ASCII letters outside ``allowed`` words, URLs and paths."""
    lowered = {word.lower() for word in allowed}
    bad = []
    for item in texts:
        rest = _URL_OR_PATH.sub(" ", item.text)
        if any(word.lower() not in lowered for word in _WORD.findall(rest)):
            bad.append(item)
    return bad


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than the layout gave them."""
    problems = []
    for widget in shown_widgets(root):
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{_name(widget)} needs {needed}px height, has {widget.height()}: "
                                    f"{widget.text()[:60]!r}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"{_name(widget)} needs {widget.minimumSizeHint().width()}px width, has "
                                f"{widget.width()}: {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1:
                problems.append(f"{_name(widget)} needs {hint.width()}px width, has {widget.width()}: "
                                f"{widget.text()[:60]!r}")
    return problems
