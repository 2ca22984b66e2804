"""Shared ways of driving the employee app in UI tests: the standard answers and finishing with them, and the
keyboard steps (activate a window, press a key on the focused widget, start the wizard, go to the next page,
pick a tool and answer its first question), and answering every question shown on a wizard page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.questionnaire import QuestionType
from desktop.ui.wizard.question_widgets import ChoiceWidget, FreeTextWidget, MultiChoiceWidget
from desktop.ui.wizard.tool_picker import ToolPicker
from tests.ui.widget_walk import describe

NO = Qt.KeyboardModifier.NoModifier

ANSWERS = {
    "tools_used": ["chatgpt", "github-copilot"],
    "account_kind@chatgpt": "personal_paid",
    "frequency@chatgpt": "daily",
    "data_classes@chatgpt": ["customer_personal", "credentials"],
    "no_training@chatgpt": "off",
    "spend@chatgpt": "10_25",
    "reimbursed@chatgpt": "no",
    "account_kind@github-copilot": "company_provided",
    "data_classes@github-copilot": ["source_code"],
    "literacy": "basic",
}

#: The standard answers from a manager, with a private note that must never leave the laptop.
MANAGER_ANSWERS = dict(ANSWERS, role_level="manager", notes_to_self="canary-Zx81")


def complete(employee, values):
    """Start, give the answers through the session, and finish as the wizard's last Next would."""
    employee.start()
    for key, value in values.items():
        question_id, _, tool = key.partition("@")
        employee.session.answers.set(question_id, value, tool or None)
    employee.session.save()
    employee.finish()


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    assert widget.isVisible(), f"the focus is on a hidden {describe(widget)}"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """Presses ``key`` on the widget with the keyboard focus, which must be there and visible."""
    qtbot.keyClick(focused(), key, modifier)


def start_by_keyboard(qtbot, employee):
    employee.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is employee.window)
    button = employee.window.welcome.start_button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: employee.wizard is not None and employee.wizard.isVisible())


def next_page(qtbot, employee):
    before = employee.session.ref.key
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: employee.session is None or employee.session.finished
                    or employee.session.ref.key != before)


def pick_a_tool_and_answer_its_first_question(qtbot, employee, tool: str) -> str:
    """By keyboard: filter for ``tool``, tick it, Next, choose the second account kind; returns the page key."""
    start_by_keyboard(qtbot, employee)
    qtbot.keyClicks(QApplication.focusWidget(), tool)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    next_page(qtbot, employee)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    return employee.session.ref.key


TOOLS = ("chatgpt", "github-copilot", "claude")


def pick_tools(picker: ToolPicker) -> None:
    for tool in TOOLS:
        picker.boxes[tool].setChecked(True)
    picker.others.name.setText("Team helper bot")
    picker.others.category.setCurrentIndex(0)
    picker.others.add_button.click()


def answer_shown_questions(wizard) -> set[QuestionType]:
    """Answer every question on the page through its widget (so "Clear answer" buttons appear too)."""
    kinds = set()
    for block in wizard.blocks:
        if block.isHidden():
            continue
        kinds.add(block.question.type)
        answer = block.answer
        if isinstance(answer, ToolPicker):
            pick_tools(answer)
        elif isinstance(answer, ChoiceWidget):
            buttons = list(answer.buttons.values())
            # A personal paid account leads on to the spend page (the amount band question).
            chosen = answer.buttons.get("personal_paid") or buttons[min(1, len(buttons) - 1)]
            chosen.click()
        elif isinstance(answer, MultiChoiceWidget):
            box = next(b for code, b in answer.boxes.items() if code not in block.question.exclusive)
            box.click()
        elif isinstance(answer, FreeTextWidget):
            answer.editor.setPlainText("a private note")
    return kinds
