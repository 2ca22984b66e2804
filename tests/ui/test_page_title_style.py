"""The first page's title has the heading style, after Start and after a resume, like every later page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from tests.ui.flows import pick_a_tool_and_answer_its_first_question, start_by_keyboard


@pytest.fixture(autouse=True, params=["light", "dark"])
def styled_app(request):
    """As the real app: its style sheet set, and a theme applied before the first window."""
    from desktop.ui.style import APP_STYLE
    from desktop.ui.theme import ThemeSwitcher

    app = QApplication.instance()
    app.setStyleSheet(APP_STYLE)
    ThemeSwitcher(app).apply(request.param)
    yield
    ThemeSwitcher(app).apply("system")
    app.setStyleSheet("")


def shown_title_font(employee) -> tuple[float, bool]:
    """The font the title is drawn with (resolved, as the label paints it)."""
    title = employee.wizard.heading.page_title
    info = QFontInfo(title.font())
    return info.pointSizeF(), title.font().bold()


def test_first_page_title_after_start_matches_a_later_title(qtbot, make_app, content, keyring_store):
    employee = make_app(content, keyring_store)
    start_by_keyboard(qtbot, employee)
    first = shown_title_font(employee)
    body = QFontInfo(employee.window.font()).pointSizeF()
    assert first[1] and first[0] > body * 1.3, (first, body)
    employee.wizard.render_page()  # the same page drawn again, as every later page is drawn
    assert shown_title_font(employee) == first


def test_first_page_title_after_a_resume_matches(qtbot, make_app, content, keyring_store):
    employee = make_app(content, keyring_store)
    pick_a_tool_and_answer_its_first_question(qtbot, employee, "claude")
    later = shown_title_font(employee)
    employee.window.close()
    again = make_app(content, keyring_store)
    assert again.unlock()
    start_by_keyboard(qtbot, again)
    assert shown_title_font(again) == later
