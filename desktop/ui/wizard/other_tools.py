"""The tool picker's "Add a tool that is not listed" part: a name, a kind of tool, and the list added."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import OTHER_PREFIX
from desktop.core.text import pick
from desktop.ui.wizard.answer_widget import WidgetContext
from desktop.ui.wizard.metrics import em

#: Longest name accepted for a typed-in tool.
MAX_NAME = 80


class OtherToolsEditor(QWidget):
    """Records typed-in tools through the session and lists the picked ones with Remove buttons.

    The names are private: they are shown here, kept on this computer, and never exported.
    """

    added = Signal(str)  # key (other-N) of the tool just added
    removed = Signal(str)

    def __init__(self, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("otherTools")
        self.context = context
        column = QVBoxLayout(self)
        column.setContentsMargins(0, em(self, 0.5), 0, 0)
        column.setSpacing(em(self, 0.4))
        heading = QLabel(self.tr("Add a tool that is not listed"))
        font = QFont(heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        column.addWidget(heading)
        explain = QLabel(self.tr("Its name stays on this computer; only the kind of tool can be part of a summary."))
        explain.setWordWrap(True)
        column.addWidget(explain)

        self.name = QLineEdit()
        self.name.setObjectName("otherName")
        self.name.setPlaceholderText(self.tr("Tool name"))
        self.name.setAccessibleName(self.tr("Name of a tool that is not listed"))
        self.name.setMaxLength(MAX_NAME)
        self.name.returnPressed.connect(self.add)  # Enter adds the tool; it never changes the page
        self.category = QComboBox()
        self.category.setObjectName("otherCategory")
        self.category.setAccessibleName(self.tr("Kind of tool"))
        self.category.setPlaceholderText(self.tr("Kind of tool…"))
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for category in context.catalog.categories:
            self.category.addItem(pick(category.label, context.lang), category.code)
        self.category.setCurrentIndex(-1)  # no guess: the kind is what a summary may carry
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addOther")
        self.add_button.setAutoDefault(True)
        self.add_button.setAccessibleName(self.tr("Add this tool"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.name, 3)
        row.addWidget(self.category, 2)
        row.addWidget(self.add_button)
        column.addLayout(row)

        self.hint = QLabel()
        self.hint.setObjectName("otherHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        column.addWidget(self.hint)

        self.listing = QWidget()
        self.listing.setObjectName("otherToolList")
        self.listing_layout = QVBoxLayout(self.listing)
        self.listing_layout.setContentsMargins(0, 0, 0, 0)
        self.listing_layout.setSpacing(em(self, 0.3))
        column.addWidget(self.listing)
        self.remove_buttons: list[QPushButton] = []
        #: The name last carried over from the picker's filter (replaced as the filter changes).
        self._offered = ""

    def offer_name(self, name: str) -> None:
        """The filter's text, when no listed tool matches it, as the name to add; a name the
        person typed here themselves is never overwritten."""
        if self.name.text() in ("", self._offered):
            self.name.setText(name[:MAX_NAME])
            self._offered = self.name.text()

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        category = self.category.currentData()
        if not name:
            self._hint(self.tr("Type the tool's name first."), self.name)
            return
        if category is None:
            self._hint(self.tr("Choose what kind of tool it is, then press Add."), self.category)
            return
        self.hint.hide()
        key = self.context.add_other_tool(name, str(category))
        self.name.clear()
        self._offered = ""
        self.category.setCurrentIndex(-1)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.added.emit(key)

    def _hint(self, text: str, focus: QWidget) -> None:
        self.hint.setText(text)
        self.hint.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tools(self, keys: Iterable[str]) -> None:
        """List the typed-in tools among ``keys`` (in that order), each with a Remove button."""
        while self.listing_layout.count():
            item = self.listing_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.remove_buttons = []
        others = self.context.other_tools()
        previous: QWidget = self.add_button
        for key in keys:
            if not key.startswith(OTHER_PREFIX) or key not in others:
                continue
            tool = others[key]
            category = self.context.catalog.category(tool.category)
            kind = pick(category.label, self.context.lang) if category else tool.category
            row = QWidget(self.listing)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self.tr("%1 (%2)").replace("%1", tool.name).replace("%2", kind))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName(f"remove-{key}")
            remove.setAutoDefault(True)
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", tool.name))
            remove.clicked.connect(lambda _checked=False, k=key: self._remove(k))
            line.addWidget(label, 1)
            line.addWidget(remove)
            self.listing_layout.addWidget(row)
            row.show()  # now rather than when the event loop gets to it
            QWidget.setTabOrder(previous, remove)
            previous = remove
            self.remove_buttons.append(remove)

    def listed_names(self) -> list[str]:
        return [label.text() for label in self.listing.findChildren(QLabel) if label.isVisibleTo(self.listing)]

    def _remove(self, key: str) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.removed.emit(key)

    def focusables(self) -> list[QWidget]:
        return [self.name, self.category, self.add_button, *self.remove_buttons]
