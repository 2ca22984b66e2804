"""One answer widget per question type, and :func:`create_answer_widget` to pick the right one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.questionnaire import Question, QuestionType
from desktop.ui.formatting import money
from desktop.ui.wizard.answer_widget import AnswerWidget, WidgetContext
from desktop.ui.wizard.clickable_label import ClickableLabel
from desktop.ui.wizard.metrics import em, line_height
from desktop.ui.wizard.wrap_button import WrapCheckBox, WrapRadioButton


def band_label(monthly: tuple[float, float | None], currency: str) -> str:
    """A monthly amount band with its amounts written as money in the interface language:
    "Less than EUR 10 a month" (en), "10 EUR bis unter 25 EUR pro Monat" (de)."""
    low, high = monthly
    # QCoreApplication.translate in the ChoiceWidget context, whichever widget asks (lupdate reads literals).
    if high is None:
        text = QCoreApplication.translate("ChoiceWidget", "%1 or more a month",
                                          "a monthly spending band; %1 an amount")
        return text.replace("%1", money(low, currency))
    if low <= 0:
        return QCoreApplication.translate("ChoiceWidget", "Less than %1 a month", "a monthly spending band")\
            .replace("%1", money(high, currency))
    return QCoreApplication.translate("ChoiceWidget", "%1 to under %2 a month", "a monthly spending band")\
        .replace("%1", money(low, currency)).replace("%2", money(high, currency))


class ChoiceWidget(AnswerWidget):
    """One answer from a list, as radio buttons one below the other.

    Serves single choice, amount bands (labels written from their amounts, see :func:`band_label`) and org
    units (options from the policy). An optional question gets a "Clear answer" button, since
    a radio button cannot be unchecked by clicking it again.
    """

    def __init__(self, question: Question, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(question, context, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(em(self, 0.35))
        self.arrange(self.choices())
        #: Offered once an optional question has an answer (built then: most pages never need it).
        self.clear_button: QPushButton | None = None
        self.group.buttonToggled.connect(self._toggled)

    def choices(self) -> list[tuple[str, str, str]]:
        """``(code, label, detail)`` for each option, in order."""
        q = self.question
        if q.type is QuestionType.ORG_UNIT:
            return [(unit.code, unit.label_in(self.context.lang), "") for unit in self.context.policy.org_units]
        labels = []
        for option in q.options:
            label = self.text_of(option.label)
            if q.type is QuestionType.AMOUNT_BAND and option.monthly is not None:
                label = band_label(option.monthly, self.context.policy.organization.currency)
            labels.append((option.code, label, self.text_of(option.help)))
        return labels

    def arrange(self, choices: list[tuple[str, str, str]]) -> None:
        for code, label, detail in choices:
            button = WrapRadioButton(label, detail)
            button.setAccessibleDescription(self.question_text)
            self.add_button(code, button)
            self.layout_.addWidget(button)

    def add_button(self, code: str, button: QRadioButton) -> None:
        button.setObjectName(f"choice-{code}")
        button.setProperty("code", code)
        self.group.addButton(button)
        self.buttons[code] = button

    def value(self) -> str | None:
        checked = self.group.checkedButton()
        return None if checked is None else str(checked.property("code"))

    def set_value(self, value: Any) -> None:
        blocker = self.group.blockSignals(True)
        try:
            button = self.buttons.get(value) if isinstance(value, str) else None
            if button is not None:
                button.setChecked(True)
            else:
                self.group.setExclusive(False)
                for each in self.buttons.values():
                    each.setChecked(False)
                self.group.setExclusive(True)
        finally:
            self.group.blockSignals(blocker)
        self._update_clear()
        self._tab_to_choice()

    def _tab_to_choice(self) -> None:
        """Tab enters a radio group on its chosen button (or the first), as on every desktop."""
        checked = self.group.checkedButton()
        stop = checked or next(iter(self.buttons.values()), None)
        for button in self.buttons.values():
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update_clear()
            self.changed.emit(str(button.property("code")))

    def _clear(self) -> None:
        target = self.focus_target_after_clear()
        self.set_value(None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(None)

    def focus_target_after_clear(self) -> QWidget | None:
        return next(iter(self.buttons.values()), None)

    def _update_clear(self) -> None:
        answered = self.group.checkedButton() is not None
        if self.question.required or (self.clear_button is None and not answered):
            return
        if self.clear_button is None:
            self.clear_button = QPushButton(QCoreApplication.translate("ChoiceWidget", "Clear answer"), self)
            self.clear_button.setFlat(True)
            self.clear_button.setAutoDefault(True)
            self.clear_button.setObjectName("clearAnswer")
            self.clear_button.setAccessibleName(self.clear_button.text())
            self.clear_button.setAccessibleDescription(self.question_text)
            self.clear_button.clicked.connect(self._clear)
            self.layout_.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(list(self.buttons.values())[-1], self.clear_button)
        self.clear_button.setVisible(answered)


class ScaleWidget(ChoiceWidget):
    """An agreement scale: a row of radio buttons, each with its label (wrapping) underneath."""

    def arrange(self, choices: list[tuple[str, str, str]]) -> None:
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(em(self, 0.75))
        grid.setVerticalSpacing(em(self, 0.2))
        for column, (code, label, _detail) in enumerate(choices):
            button = QRadioButton()
            button.setProperty("scale", True)  # a ring when focused: it has no text to frame (style.py)
            button.setAccessibleName(label)
            button.setAccessibleDescription(self.question_text)
            caption = ClickableLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.clicked.connect(button.setFocus)
            caption.clicked.connect(button.click)
            self.add_button(code, button)
            grid.addWidget(button, 0, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(caption, 1, column)
            grid.setColumnStretch(column, 1)
        self.layout_.addWidget(grid_holder)


class MultiChoiceWidget(AnswerWidget):
    """Any number of answers as check boxes. An ``exclusive`` code (such as "none") clears the
    others when ticked, and ticking any other clears it."""

    def __init__(self, question: Question, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(question, context, parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.35))
        for option in question.options:
            box = WrapCheckBox(self.text_of(option.label), self.text_of(option.help))
            box.setObjectName(f"choice-{option.code}")
            box.setAccessibleDescription(self.question_text)
            self.boxes[option.code] = box
            layout.addWidget(box)
            box.toggled.connect(lambda checked, code=option.code: self._toggled(code, checked))
        self._quiet = False

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self._quiet = True
        try:
            for code, box in self.boxes.items():
                box.setChecked(code in chosen)
        finally:
            self._quiet = False

    def _toggled(self, code: str, checked: bool) -> None:
        if self._quiet:
            return
        if checked:
            exclusive = self.question.exclusive
            clear = [c for c in self.boxes if c != code] if code in exclusive else list(exclusive)
            self._quiet = True
            try:
                for other in clear:
                    self.boxes[other].setChecked(False)
            finally:
                self._quiet = False
        self.changed.emit(self.value())


class FreeTextWidget(AnswerWidget):
    """A private note: several lines of text that stay on this computer."""

    def __init__(self, question: Question, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(question, context, parent)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("freeText")
        self.editor.setTabChangesFocus(True)  # Tab leaves the field instead of typing a tab
        self.editor.setAccessibleName(self.question_text)
        self.editor.setMinimumHeight(line_height(self, 4.5))
        self.editor.setMaximumHeight(line_height(self, 9))
        self.note = QLabel(self.tr("Stays on this computer. Never included in any summary."))
        self.note.setObjectName("privateNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.editor.setAccessibleDescription(self.note.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.3))
        layout.addWidget(self.editor)
        layout.addWidget(self.note)
        self.editor.textChanged.connect(lambda: self.changed.emit(self.value()))

    def value(self) -> str:
        return self.editor.toPlainText()

    def set_value(self, value: Any) -> None:
        blocker = self.editor.blockSignals(True)
        try:
            self.editor.setPlainText(value if isinstance(value, str) else "")
        finally:
            self.editor.blockSignals(blocker)


def _widget_class(kind: QuestionType) -> type[AnswerWidget]:
    if kind is QuestionType.TOOL_PICKER:
        from desktop.ui.wizard.tool_picker import ToolPicker

        return ToolPicker
    return {
        QuestionType.SINGLE_CHOICE: ChoiceWidget,
        QuestionType.AMOUNT_BAND: ChoiceWidget,
        QuestionType.ORG_UNIT: ChoiceWidget,
        QuestionType.SCALE: ScaleWidget,
        QuestionType.MULTI_CHOICE: MultiChoiceWidget,
        QuestionType.FREE_TEXT: FreeTextWidget,
    }[kind]


def create_answer_widget(question: Question, value: Any, context: WidgetContext,
                         parent: QWidget | None = None) -> AnswerWidget:
    """The widget for ``question``'s type, showing ``value``."""
    widget = _widget_class(question.type)(question, context, parent)
    widget.set_value(value)
    return widget
