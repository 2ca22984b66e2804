"""The results page reads in short groups, shows every action once, and keeps Export in sight."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

from desktop.ui.accessibility import heading_level
from tests.ui.flows import ANSWERS, activate, complete
from tests.ui.screen_text import visible_text
from tests.ui.widget_walk import describe, interactive_widgets, is_tab_stop, out_of_reading_order, tab_through


def in_view(widget: QWidget) -> bool:
    """True when all of ``widget`` is on screen: inside its window and inside every scroll area's viewport."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not widget.isVisible() or not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            if not QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()).contains(rect):
                return False
        parent = parent.parentWidget()
    return True


def open_results(make_app, content, keyring_store, qtbot, height: int = 800):
    employee = make_app(content, keyring_store)
    employee.window.resize(1000, height)
    complete(employee, ANSWERS)
    page = employee.results.page
    qtbot.waitUntil(lambda: page.isVisible())
    return employee, page


def test_no_action_is_shown_twice(make_app, qtbot, content, keyring_store):
    employee, page = open_results(make_app, content, keyring_store, qtbot)
    report = page.report
    assert report.learning, "the answers must bring learning pointers, or this test proves nothing"
    lines = Counter(line.strip().removeprefix("•").strip() for line in visible_text(page).splitlines())
    texts = [action.text for action in report.actions] + list(report.learning)
    twice = {text: lines[text] for text in texts if lines[text] != 1}
    assert not twice, f"shown other than once: {twice}"
    # The learning pointers are in the plan, ticked like the rest.
    learn_ids = [a.id for a in report.actions if a.kind == "learn"]
    assert learn_ids and all(page.action_boxes[i].isEnabled() for i in learn_ids)


def test_the_plan_is_grouped_under_headings(make_app, qtbot, content, keyring_store):
    employee, page = open_results(make_app, content, keyring_store, qtbot)
    headings = [label.text() for label in page.findChildren(QLabel) if heading_level(label) == 3
                and label.isVisibleTo(page)]
    assert headings == ["Do this first", "For ChatGPT", "For GitHub Copilot", "Learning that may help"]
    assert len(page.action_boxes) == len(page.report.actions)
    # The learning pointers are no longer a section of their own: the only such heading is the group's.
    assert [label.text() for label in page.findChildren(QLabel) if heading_level(label) == 2].count(
        "Learning that may help") == 0


def test_export_and_back_are_in_sight_when_the_results_open(make_app, qtbot, content, keyring_store):
    employee, page = open_results(make_app, content, keyring_store, qtbot, height=800)
    assert page.export_button.objectName() == "exportButton"
    assert page.export_button.accessibleDescription()
    qtbot.waitUntil(lambda: in_view(page.export_button) and in_view(page.back_button))
    assert len([b for b in page.findChildren(QWidget, "exportButton")]) == 1
    scroll = page.findChild(QAbstractScrollArea, "pageScroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum() // 2)
    assert in_view(page.export_button), "Export must stay in sight when the page is scrolled"


def test_results_tab_in_reading_order_with_the_buttons_last(make_app, qtbot, content, keyring_store):
    employee, page = open_results(make_app, content, keyring_store, qtbot)
    activate(qtbot, employee.window)
    start = page.findChild(QAbstractScrollArea, "pageScroll")  # the page itself takes the focus first
    walk = tab_through(qtbot, start)
    assert walk.wrapped and not walk.lost, walk.lost
    assert walk.visits[-2:] == [page.export_button, page.back_button], "the button bar must come last"
    content = walk.visits[1:-2]  # the scroll area holds the rest, so it has no place of its own in reading order
    assert list(page.action_boxes.values())[0].box is content[0]
    problems = out_of_reading_order(content)
    problems += [f"Tab never reaches {describe(w)}" for w in interactive_widgets(page)
                 if is_tab_stop(w) and w not in walk.visits]
    assert not problems, "\n".join(problems)


def test_history_results_hide_export_but_keep_back(make_app, qtbot, content, keyring_store):
    employee, page = open_results(make_app, content, keyring_store, qtbot)
    page.back_button.click()
    employee.open_history()
    history = employee.results.page
    history.select(0)
    history.open_button.click()
    past = employee.results.page
    qtbot.waitUntil(lambda: past.isVisible())
    assert not past.export_button.isVisible()
    assert in_view(past.back_button)


def test_a_learning_pointer_is_ticked_and_saved_like_any_action(make_app, qtbot, content, keyring_store):
    from PySide6.QtCore import Qt

    from desktop.core.results import done_actions

    employee, page = open_results(make_app, content, keyring_store, qtbot)
    learn_id = next(a.id for a in page.report.actions if a.kind == "learn")
    row = page.action_boxes[learn_id]
    row.setFocus()
    qtbot.keyClick(row.box, Qt.Key.Key_Space)
    assert row.isChecked()
    assert learn_id in done_actions(employee.store.load(employee.draft_id).state)
