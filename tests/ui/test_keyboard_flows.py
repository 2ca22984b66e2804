"""Keyboard only, no mouse: Tab follows reading order, the focus is never lost, every flow can be done."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton, QTabBar, QTableWidget, QWidget

from desktop.exchange.envelope import decrypt_summary
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.wizard.answer_widget import AnswerWidget
from desktop.ui.wizard.question_widgets import ChoiceWidget, FreeTextWidget, MultiChoiceWidget, ScaleWidget
from desktop.ui.wizard.tool_picker import ToolPicker
from tests.ui.collector_flows import demo_folder, imported
from tests.ui.flows import ANSWERS, activate, answer_shown_questions, complete, focused, press
from tests.ui.widget_walk import (
    describe,
    interactive_widgets,
    is_tab_stop,
    out_of_reading_order,
    tab_through,
)


def tab_order_problems(qtbot, window: QWidget, start: QWidget, last: list[QWidget] = ()) -> list[str]:
    """Tab round ``window`` from ``start``: what went wrong (lost focus, order, unreachable widgets).

    ``last`` are the widgets allowed to come after the page's content (the navigation bar), in that order.
    """
    walk = tab_through(qtbot, start)
    problems = list(walk.lost)
    if not walk.wrapped:
        problems.append(f"Tab never came back to {describe(start)}; it visited {len(walk.visits)} widgets")
    content = [w for w in walk.visits if w not in last]
    tail = walk.visits[len(content):]
    wanted_tail = [w for w in last if is_tab_stop(w)]
    if tail != wanted_tail:
        problems.append(f"the navigation bar is not last: {[describe(w) for w in tail]}")
    problems += out_of_reading_order(content)
    problems += out_of_reading_order(tail)
    problems += [f"Tab never reaches {describe(w)}" for w in interactive_widgets(window)
                 if is_tab_stop(w) and w not in walk.visits]
    return problems


def arrow_problems(qtbot, choice: ChoiceWidget) -> list[str]:
    """Only one radio button per question is a Tab stop; the arrow keys must reach all the others."""
    chosen = choice.value()
    buttons = list(choice.buttons.values())
    back, forward = (Qt.Key.Key_Left, Qt.Key.Key_Right) if isinstance(choice, ScaleWidget) else (
        Qt.Key.Key_Up, Qt.Key.Key_Down)
    start = choice.focus_target()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = {id(start)}
    for key in [back] * len(buttons) + [forward] * len(buttons):
        press(qtbot, key)
        reached.add(id(focused()))
    if chosen is not None:
        choice.buttons[chosen].click()  # put the answer back as it was
    return [f"the arrow keys never reach {describe(b)} ({choice.question.id})" for b in buttons
            if id(b) not in reached]


# -- 3. focus order follows reading order -----------------------------------------------------------


def test_every_wizard_page_tabs_in_reading_order_and_never_loses_focus(make_app, qtbot, campaign_content, tmp_path,
                                                                        keyring_store):
    employee = make_app(campaign_content, keyring_store)
    employee.start()
    activate(qtbot, employee.window)
    problems: dict[str, list[str]] = {}
    pages = []
    for _ in range(60):
        wizard = employee.wizard
        key = employee.session.ref.key
        pages.append(key)
        answer_shown_questions(wizard)  # answered, so "Clear answer" and "Remove" buttons are in the walk too
        nav = [wizard.save_close_button, wizard.start_over_button, wizard.back_button, wizard.next_button]
        wizard._focus_first()
        found = tab_order_problems(qtbot, employee.window, focused(), nav)
        for block in wizard.blocks:
            if not block.isHidden() and isinstance(block.answer, ChoiceWidget):
                found += arrow_problems(qtbot, block.answer)
        if found:
            problems[key] = found
        wizard.go_next()
        if employee.results.page is not None:
            break
    assert {"tools_used", "tool_use@chatgpt", "tool_data@chatgpt", "tool_why@chatgpt", "ai_work", "strategy",
            "about_you"} <= set(pages)
    assert not problems, "\n".join(f"{page}:\n  " + "\n  ".join(found) for page, found in problems.items())


def open_export_dialog(qtbot, employee) -> ExportDialog:
    dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("tab", [0, 1])
def test_export_dialog_tabs_in_reading_order(make_app, qtbot, campaign_content, tmp_path, keyring_store, tab):
    employee = make_app(campaign_content, keyring_store)
    complete(employee, dict(ANSWERS, role_level="manager", strategy_clear="agree"))
    dialog = open_export_dialog(qtbot, employee)
    dialog.tabs.setCurrentIndex(tab)
    first = next(box for box in dialog.parts.values() if box.isEnabled())
    assert tab_order_problems(qtbot, dialog, first) == []


def test_collector_tabs_in_reading_order_and_no_table_traps_the_focus(open_collector, qtbot, tmp_path, identity,
                                                                     campaign_content):
    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    activate(qtbot, window)
    assert tab_order_problems(qtbot, window, window.import_button) == []
    folder = demo_folder(tmp_path, identity, campaign_content, 40)
    (folder / "junk.age").write_bytes(b"not a summary")
    imported(qtbot, window, folder)
    for index in range(window.dashboard.count()):
        window.dashboard.setCurrentIndex(index)
        assert tab_order_problems(qtbot, window, window.import_button) == [], window.dashboard.tabText(index)


# -- 4. whole flows by keyboard alone ---------------------------------------------------------------


def owner(widget: QWidget) -> AnswerWidget | None:
    while widget is not None and not isinstance(widget, AnswerWidget):
        widget = widget.parentWidget()
    return widget


def pick_tools_by_keyboard(qtbot, picker: ToolPicker) -> None:
    assert focused() is picker.filter  # the page opens in the filter: type to find a tool
    for name in ("chatgpt", "claude"):
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, Qt.Key.Key_Backspace)
        qtbot.keyClicks(focused(), name)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is picker.boxes[name]
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is picker.filter
    while focused() is not picker.others.name:  # on past the remaining tools to "not listed"
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Team helper bot")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is picker.others.category
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is picker.others.add_button
    press(qtbot, Qt.Key.Key_Space)
    assert picker.value() == ["chatgpt", "claude", "other-1"]
    assert focused() is picker.others.name  # ready for the next one


def answer_by_keyboard(qtbot, answer: AnswerWidget, account: str) -> None:
    """Answer the question whose widget just got the focus, with keys only."""
    if isinstance(answer, ScaleWidget):
        press(qtbot, Qt.Key.Key_Right)
        press(qtbot, Qt.Key.Key_Right)
        press(qtbot, Qt.Key.Key_Space)
    elif isinstance(answer, ChoiceWidget):
        codes = list(answer.buttons)
        target = codes.index(account) if answer.question.id == "account_kind" else 0
        for _ in range(target):
            press(qtbot, Qt.Key.Key_Down)  # moves the focus; it selects only once something is chosen
        press(qtbot, Qt.Key.Key_Space)
    elif isinstance(answer, MultiChoiceWidget):
        while answer.boxes_code(focused()) in answer.question.exclusive:
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)
    elif isinstance(answer, FreeTextWidget):
        qtbot.keyClicks(focused(), "typed by keyboard")


def next_by_keyboard(qtbot, employee) -> None:
    before = employee.session.ref.key
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: employee.session is None or employee.session.ref.key != before)


@pytest.fixture
def boxes_code(monkeypatch):
    def code(self, widget):
        return next((c for c, box in self.boxes.items() if box is widget), None)
    monkeypatch.setattr(MultiChoiceWidget, "boxes_code", code, raising=False)


def test_whole_wizard_then_export_by_keyboard_alone(make_app, qtbot, campaign_content, tmp_path, keyring_store,
        identity,
                                                    monkeypatch, boxes_code):
    employee = make_app(campaign_content, keyring_store)
    activate(qtbot, employee.window)
    assert focused() is employee.window.welcome.start_button  # the window opens ready to start
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: employee.wizard is not None and employee.wizard.isVisible())
    pick_tools_by_keyboard(qtbot, employee.wizard.blocks[0].answer)
    next_by_keyboard(qtbot, employee)

    accounts = {"chatgpt": "personal_paid", "claude": "personal_free", "other-1": "company_provided"}
    for _ in range(40):
        wizard, key = employee.wizard, employee.session.ref.key
        nav = {id(b) for b in (wizard.save_close_button, wizard.start_over_button, wizard.back_button,
                               wizard.next_button)}
        handled = set()
        while id(focused()) not in nav:
            answer = owner(focused())
            if answer is not None and id(answer) not in handled:
                handled.add(id(answer))
                answer_by_keyboard(qtbot, answer, accounts.get(employee.session.ref.tool or "", ""))
            press(qtbot, Qt.Key.Key_Tab)
        assert employee.session.missing() == [], f"{key}: left unanswered by keyboard"
        next_by_keyboard(qtbot, employee)
        if employee.results.page is not None:
            break
    page = employee.results.page
    assert page is not None and employee.window.pages.currentWidget() is page
    assert page.isAncestorOf(focused()), "after Finish the focus must be on the results page"
    answers = employee.store.load(employee.draft_id).state["answers"]["values"]
    assert answers["tools_used"] == ["chatgpt", "claude", "other-1"]
    assert answers["account_kind@chatgpt"] == "personal_paid" and "spend@chatgpt" in answers
    assert answers["org_unit"] == "sales" and answers["notes_to_self"] == "typed by keyboard"
    assert answers["strategy_clear"] == list(employee.content.questionnaire.question("strategy_clear")
                                             .options)[2].code

    # (b) Export: Alt+E opens the preview; Space ticks and unticks a part; Alt+S saves.
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or self.show() or 0)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened))  # a mnemonic presses its button visibly, a moment later
    dialog = opened[0]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    target = tmp_path / "keyboard.age"
    dialog.prompts.files.append(target)
    role = dialog.parts["role_level"]
    assert role.isEnabled()
    while focused() is not role:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.summary["group"]["role_level"] == "individual_contributor"
    press(qtbot, Qt.Key.Key_Space)
    assert "group" not in dialog.summary
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.status.text().startswith(f"Saved to {target}"))
    assert json.loads(decrypt_summary(target.read_bytes(), [identity])) == dialog.summary
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# The offscreen test platform cannot grab the keyboard for a popup menu; the menu works all the same.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", "Keyboard event not accepted")
def test_collector_import_by_shortcut_and_by_tab_and_space_then_the_dashboard(
        open_collector, qtbot, tmp_path, identity, campaign_content, monkeypatch):
    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    activate(qtbot, window)
    first = demo_folder(tmp_path, identity, campaign_content, 12)
    window.prompts.files.append(first)
    with qtbot.waitSignal(window.import_done, timeout=30000) as done:
        press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert done.args[0].imported == 12

    # Tab to the Import button, Space opens its menu, Down and Return pick "Files or zip archives…".
    second = demo_folder(tmp_path, identity, campaign_content, 30)
    files = [str(p) for p in sorted(second.iterdir())]
    window.prompts.files.append(files)
    window.report_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.import_button

    def in_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        for _ in range(4):
            if menu.activeAction() is window.import_files_action:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_menu)
    with qtbot.waitSignal(window.import_done, timeout=30000) as done:
        press(qtbot, Qt.Key.Key_Space)
    assert done.args[0].imported + done.args[0].unchanged == 30  # the first 12 are the same people again

    # The dashboard: Tab reaches its tabs, the arrow keys switch them, Tab goes on into the tables.
    activate(qtbot, window)
    window.import_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(20):
        if isinstance(focused(), QTabBar) and window.dashboard.isAncestorOf(focused()):
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QTabBar) and window.dashboard.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_Right)
    assert window.dashboard.currentIndex() == 1
    page = window.dashboard.currentWidget()
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Tab)
        if isinstance(focused(), QTableWidget) and page.isAncestorOf(focused()):
            break
    assert isinstance(focused(), QTableWidget) and page.isAncestorOf(focused())
    assert focused().accessibleName()


def test_radio_buttons_are_one_tab_stop_per_question(make_app, qtbot, campaign_content, tmp_path, keyring_store):
    employee = make_app(campaign_content, keyring_store)
    employee.start()
    employee.session.answers.set("tools_used", ["chatgpt"])
    employee.wizard.go_next()
    account = employee.wizard.blocks[0].answer
    stops = [b for b in account.buttons.values() if isinstance(b, QRadioButton) and is_tab_stop(b)]
    assert len(stops) == 1
