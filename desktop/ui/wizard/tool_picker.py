"""The tool picker: catalog tools by category, a filter, "none", and tools typed in by the employee."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import NO_TOOLS, tool_picks
from desktop.core.questionnaire import Question
from desktop.ui.wizard.answer_widget import AnswerWidget, WidgetContext
from desktop.ui.wizard.metrics import em
from desktop.ui.wizard.other_tools import OtherToolsEditor
from desktop.ui.wizard.tool_names import PickerEntry, PickerGroup, picker_groups
from desktop.ui.wizard.wrap_button import WrapCheckBox

#: Tools per row in each category.
COLUMNS = 3


class _Group:
    """One category: its heading and one check box per tool."""

    def __init__(self, group: PickerGroup, heading: QLabel, boxes: dict[str, WrapCheckBox]):
        self.group = group
        self.heading = heading
        self.boxes = boxes

    def matching(self, needle: str) -> list[WrapCheckBox]:
        """The check boxes of tools matching ``needle`` (all when empty; all when the category does)."""
        if not needle or needle in self.group.label.casefold():
            return [self.boxes[e.id] for e in self.group.entries]
        return [
            self.boxes[e.id]
            for e in self.group.entries
            if needle in e.name.casefold() or needle in e.vendor.casefold()
        ]


class ToolPicker(AnswerWidget):
    """Answer: the picked tool ids (catalog, policy or ``other-N``) in the order picked, or ``["none"]``."""

    def __init__(self, question: Question, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(question, context, parent)
        self._picks: list[str] = []
        self._none = False
        self._quiet = False
        self.boxes: dict[str, WrapCheckBox] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.9))

        self.filter = QLineEdit()
        self.filter.setObjectName("toolFilter")
        self.filter.setPlaceholderText(self.tr("Filter tools…"))
        self.filter.setAccessibleName(self.tr("Filter tools"))
        self.filter.setAccessibleDescription(self.tr("Type part of a tool's or vendor's name to shorten the list."))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("pickedCount")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.count_label)
        layout.addLayout(filter_row)

        # One grid for all categories, so the columns line up from one category to the next.
        self.tools = QWidget()
        self.tools.setObjectName("toolList")
        self.grid = QGridLayout(self.tools)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(em(self, 1.5))
        self.grid.setVerticalSpacing(em(self, 0.45))
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        heading_font = QFont(self.font())
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.groups: list[_Group] = []
        for group in picker_groups(context.catalog, context.policy, context.lang):
            heading = QLabel(group.label, self.tools)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setFont(heading_font)
            if self.groups:
                heading.setContentsMargins(0, em(self, 0.5), 0, 0)
            boxes = {entry.id: self._tool_row(entry, group.label, self.tools) for entry in group.entries}
            self.groups.append(_Group(group, heading, boxes))
        layout.addWidget(self.tools)

        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()
        layout.addWidget(self.no_match)

        self.others = OtherToolsEditor(context)
        self.others.added.connect(self._other_added)
        self.others.removed.connect(self._other_removed)
        layout.addWidget(self.others)
        layout.addWidget(self._rule())
        self.none_box = WrapCheckBox(self.tr("I have not used any AI tools for work in the last 30 days"))
        self.none_box.setObjectName("noTools")
        self.none_box.toggled.connect(self._none_toggled)
        layout.addWidget(self.none_box)
        self.apply_filter("")
        self._update_count()

    # -- building -------------------------------------------------------------------------------

    def _tool_row(self, entry: PickerEntry, category: str, parent: QWidget) -> WrapCheckBox:
        status = {
            "approved": self.tr("Approved by your organization"),
            "tolerated": self.tr("Allowed with care by your organization"),
            "prohibited": self.tr("Not allowed by your organization"),
            # Only once the policy lists some tools: with none listed the line would tell nothing.
            "not_listed": self.tr("Not in your organization's policy") if self.context.policy.tools else "",
        }.get(entry.status, "")
        vendor = entry.vendor if entry.vendor.casefold() != entry.name.casefold() else ""
        detail = "\n".join(part for part in (vendor, status) if part)
        box = WrapCheckBox(entry.name, detail, parent)
        box.setObjectName(f"tool-{entry.id}")
        box.setAccessibleDescription(category)
        box.setAccessibleName(". ".join(part for part in (entry.name, vendor and self.tr("by %1").replace(
            "%1", vendor), status) if part))
        box.toggled.connect(lambda checked, tool=entry.id: self._tool_toggled(tool, checked))
        self.boxes[entry.id] = box
        return box

    def _rule(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    # -- value --------------------------------------------------------------------------------

    def value(self) -> list[str]:
        return [NO_TOOLS] if self._none else list(self._picks)

    def set_value(self, value: Any) -> None:
        self._none = isinstance(value, list) and NO_TOOLS in value
        self._picks = [] if self._none else tool_picks(value)
        self._quiet = True
        try:
            for tool, box in self.boxes.items():
                box.setChecked(tool in self._picks)
            self.none_box.setChecked(self._none)
        finally:
            self._quiet = False
        self._show_added()
        self._update_count()

    def reset_view(self) -> None:
        self.filter.clear()

    def focusables(self) -> list[QWidget]:
        ordered: list[QWidget] = [self.filter]
        for group in self.groups:
            ordered.extend(group.boxes[entry.id] for entry in group.group.entries)
        ordered += self.others.focusables()
        ordered.append(self.none_box)
        return ordered

    # -- reacting -----------------------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        for group in self.groups:
            self.grid.removeWidget(group.heading)
            for box in group.boxes.values():
                self.grid.removeWidget(box)
        row = shown = 0
        for group in self.groups:
            matching = group.matching(needle)
            wanted = set(map(id, matching))
            for box in group.boxes.values():
                box.setVisible(id(box) in wanted)
            group.heading.setVisible(bool(matching))
            if not matching:
                continue
            self.grid.addWidget(group.heading, row, 0, 1, COLUMNS)
            row += 1
            for index, box in enumerate(matching):
                self.grid.addWidget(box, row + index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
            row += (len(matching) + COLUMNS - 1) // COLUMNS
            shown += len(matching)
        self.tools.setVisible(shown > 0)
        self.no_match.setText(
            self.tr("No listed tool matches “%1”. You can add it below as a tool that is not listed.").replace(
                "%1", text.strip()
            )
        )
        self.no_match.setVisible(shown == 0)
        if shown == 0:
            self.others.offer_name(" ".join(text.split()))

    def _emit(self) -> None:
        self._update_count()
        self.changed.emit(self.value())

    def _tool_toggled(self, tool: str, checked: bool) -> None:
        if self._quiet:
            return
        if checked and tool not in self._picks:
            self._picks.append(tool)
        elif not checked and tool in self._picks:
            self._picks.remove(tool)
        if checked:
            self._set_none(False)
        self._emit()

    def _none_toggled(self, checked: bool) -> None:
        if self._quiet:
            return
        self._none = checked
        if checked:
            self._picks = []
            self._quiet = True
            try:
                for box in self.boxes.values():
                    box.setChecked(False)
            finally:
                self._quiet = False
            self._show_added()
        self._emit()

    def _set_none(self, value: bool) -> None:
        self._none = value
        self._quiet = True
        try:
            self.none_box.setChecked(value)
        finally:
            self._quiet = False

    def _other_added(self, key: str) -> None:
        if key not in self._picks:
            self._picks.append(key)
        self._set_none(False)
        self._show_added()
        self._emit()

    def _other_removed(self, key: str) -> None:
        if key in self._picks:
            self._picks.remove(key)
        self._show_added()
        self._emit()

    def _show_added(self) -> None:
        self.others.show_tools(self._picks)
        QWidget.setTabOrder(self.others.focusables()[-1], self.none_box)

    def _update_count(self) -> None:
        count = len(self._picks)
        self.count_label.setText(self.tr("%n selected", "how many tools are ticked", count) if count else "")
        self.count_label.setVisible(count > 0)
