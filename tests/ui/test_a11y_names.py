"""Names, roles and defaults a screen reader or keyboard user depends on (read through Qt's accessibility)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.ui import accessibility
from desktop.ui.charts import ChartPanel, horizontal_bars
from desktop.ui.prompts import Prompts


def test_a_marked_title_is_a_heading_with_its_text_as_name(qtbot):
    accessibility.install()
    holder = QWidget()
    qtbot.addWidget(holder)
    title = accessibility.mark_heading(QLabel("Your results", holder), 1)
    plain = QLabel("Just text", holder)
    holder.show()
    heading = QAccessible.queryAccessibleInterface(title)
    assert heading.role() == QAccessible.Role.Heading
    assert heading.text(QAccessible.Text.Name) == "Your results"
    assert QAccessible.queryAccessibleInterface(plain).role() != QAccessible.Role.Heading


def test_announcements_reach_listeners_once(qtbot):
    heard: list[str] = []
    accessibility.listeners.append(lambda _w, text: heard.append(text))
    try:
        widget = QWidget()
        qtbot.addWidget(widget)
        accessibility.announce(widget, "Your answers are saved.")
        accessibility.announce(widget, "")
    finally:
        accessibility.listeners.clear()
    assert heard == ["Your answers are saved."]


def _press_enter_on_the_dialog(qtbot):
    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(20, press)
    QTimer.singleShot(0, press)


def test_enter_on_a_destructive_question_keeps_things_as_they_are(qtbot):
    _press_enter_on_the_dialog(qtbot)
    assert Prompts().confirm("Start over?", "All answers go.", "Start over", "Keep my answers") is False


def test_enter_on_a_choice_presses_the_safe_first_choice(qtbot):
    _press_enter_on_the_dialog(qtbot)
    assert Prompts().choose("Locked", "The keyring is locked.", ["Try again", "Delete my saved answers"]) == 0


def test_the_chart_toggle_is_named_for_what_it_does_now(qtbot):
    panel = ChartPanel("Risk by tool", horizontal_bars(["A"], [("Risk", [1])], 3), ["Tool", "Risk"],
                       [["A", "1"]], "One tool.")
    qtbot.addWidget(panel)
    assert panel.toggle.accessibleName() == "Show Risk by tool as a table"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.showing_table()
    assert panel.toggle.accessibleName() == "Show Risk by tool as a chart"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.toggle.accessibleName() == "Show Risk by tool as a table"


def test_alt_h_belongs_to_the_help_menu_alone(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    window = employee.window
    mnemonics = [w.text() for w in window.findChildren(QWidget) if hasattr(w, "text") and callable(w.text)
                 and isinstance(w.text(), str) and "&h" in w.text().lower().replace("&&", "")]
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in menus
    assert mnemonics == [], mnemonics


def test_settings_offer_a_high_contrast_theme_with_white_marks_and_yellow_focus(qtbot):
    from PySide6.QtGui import QPalette

    from desktop.ui.theme import ThemeSwitcher

    app = QApplication.instance()
    switcher = ThemeSwitcher(app)
    try:
        switcher.apply("contrast")
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.Mid).name() == "#ffffff"  # frames and indicator edges
        assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"  # focus and selection
    finally:
        switcher.apply("system")


def test_after_next_by_mouse_the_focused_answer_shows_its_ring(make_app, qtbot, campaign_content,
                                                                tmp_path, keyring_store):
    from tests.ui.flows import answer_shown_questions

    employee = make_app(campaign_content, keyring_store)
    employee.start()
    window = employee.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    wizard = employee.wizard
    answer_shown_questions(wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    focus = QApplication.focusWidget()
    assert focus is not None and wizard.isAncestorOf(focus) and focus is not wizard.next_button
    # Styles draw the focus frame only in a window whose focus moved as by keyboard.
    qtbot.waitUntil(lambda: window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))


def test_the_welcome_page_scroll_area_is_no_tab_stop(make_app, qtbot, content, tmp_path, keyring_store):
    from PySide6.QtWidgets import QScrollArea

    employee = make_app(content, keyring_store)
    scroll = employee.window.welcome.findChild(QScrollArea, "pageScroll")
    assert not scroll.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_collector_tabs_have_no_silent_tab_stop_and_every_column_header_a_name(open_collector, qtbot, tmp_path,
                                                                               identity,
                                                                               campaign_content):
    from PySide6.QtWidgets import QScrollArea, QTableWidget

    from tests.ui.collector_flows import demo_folder, imported

    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    imported(qtbot, window, demo_folder(tmp_path, identity, campaign_content, 40))
    tabs = window.dashboard
    empty_headers, stops = [], []
    for index in range(tabs.count()):
        page = tabs.widget(index)
        stops += [tabs.tabText(index) for s in [page, *page.findChildren(QScrollArea)]
                  if isinstance(s, QScrollArea) and s.focusPolicy() & Qt.FocusPolicy.TabFocus
                  and not s.accessibleName()]
        for table in page.findChildren(QTableWidget):
            empty_headers += [f"{table.accessibleName()} column {c}" for c in range(table.columnCount())
                              if not (table.horizontalHeaderItem(c) and table.horizontalHeaderItem(c).text())]
    assert stops == [] and empty_headers == []


def test_export_check_boxes_keep_why_they_cannot_be_ticked_in_their_names(make_app, qtbot,
                                                                          campaign_content, tmp_path, keyring_store):
    from tests.ui.flows import ANSWERS, complete

    employee = make_app(campaign_content, keyring_store)
    complete(employee, {k: v for k, v in ANSWERS.items() if k != "sentiment"})
    dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(dialog)
    for box in dialog.parts.values():
        assert box.accessibleName() == box.text()
    assert any("(not answered)" in box.accessibleName() for box in dialog.parts.values() if not box.isEnabled()) \
        or all(box.isEnabled() for box in dialog.parts.values())


def test_in_the_dark_theme_a_critical_bar_is_red_not_the_theme_green(qtbot):
    from desktop.ui.theme import ThemeSwitcher

    app = QApplication.instance()
    switcher = ThemeSwitcher(app)
    try:
        switcher.apply("dark")
        chart = horizontal_bars(["A", "B"], [("Risk level", [4, 1])], 4, ["Low", "Medium", "High", "Critical"])
        sets = {s.label(): s for s in chart.series()[0].barSets()}
        assert sets["Critical"].color().name() == "#c0392b" and sets["Critical"].at(0) == 4
        assert sets["Low"].at(1) == 1 and sets["Low"].at(0) == 0
    finally:
        switcher.apply("system")


def test_settings_say_honestly_which_files_are_plain_text(qtbot, content, tmp_path, keyring_store):
    from desktop.ui.settings_page import SettingsPage

    page = SettingsPage("system", "en", ["en", "de"], tmp_path)
    qtbot.addWidget(page)
    text = page.data_label.text()
    assert "settings are kept" not in text and "preferences.ini" in text and "log" in text


def test_the_help_menu_explains_the_protections_and_names_the_policy_contact(make_app, qtbot, content, tmp_path,
                                                                            keyring_store):
    from dataclasses import replace

    from desktop.ui.help_dialog import HelpDialog

    employee = make_app(content, keyring_store)
    window = employee.window
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions()][0].startswith("How Candor &protects you")
    shown = []
    window.show_help(opener=shown.append)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, HelpDialog) and len(dialog.points) >= 4
    assert "has not named a contact" in dialog.contact.text()
    policy = window.policy.policy
    window.policy = replace(window.policy, policy=replace(
        policy, organization=replace(policy.organization, contact="ai-help@example.org")))
    window.show_help(opener=shown.append)
    qtbot.addWidget(shown[1])
    assert "ai-help@example.org" in shown[1].contact.text()
    window.show_about(opener=shown.append)
    qtbot.addWidget(shown[2])
    assert "ai-help@example.org" in shown[2].contact_label.text()  # About names the contact too


def test_the_tool_question_help_names_the_section_the_picker_shows():
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.ui.wizard.other_tools import __doc__ as other_tools_doc

    help_text = next(q.help["en"] for s in load_questionnaire().sections for p in s.pages for q in p.questions
                     if q.feeds == "tools")
    assert "“Other”" not in help_text and "Add a tool that is not listed" in help_text
    assert "Add a tool that is not listed" in other_tools_doc  # the heading the picker shows
