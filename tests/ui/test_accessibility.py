"""What a screen reader meets in every window: a name for each control, charts in words, no colour-only state."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableWidget, QWidget

from desktop.core.questionnaire import QuestionType
from desktop.core.risk import level_label
from desktop.core.risk_results import Level
from desktop.ui.charts import ChartPanel
from desktop.ui.interval_chart import WHISKER
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.prompts import Prompts
from desktop.ui.results_page import LEVEL_MARKS
from tests.ui.collector_flows import demo_folder, imported
from tests.ui.flows import ANSWERS, TOOLS, answer_shown_questions, complete
from tests.ui.screen_text import visible_text
from tests.ui.widget_walk import describe, interactive_widgets, spoken_name, unnamed


def assert_all_named(*roots: QWidget, where: str = "") -> None:
    missing = unnamed(roots)
    assert not missing, f"{where}: controls a screen reader cannot name:\n  " + "\n  ".join(missing)


def walk_wizard(employee, on_page) -> set[QuestionType]:
    """Go through the whole wizard, answering everything; ``on_page(key)`` runs on each page answered."""
    employee.start()
    kinds: set[QuestionType] = set()
    for _ in range(80):
        wizard = employee.wizard
        key = employee.session.ref.key
        kinds |= answer_shown_questions(wizard)
        on_page(key)
        wizard.go_next()
        if employee.results.page is not None:
            return kinds
    raise AssertionError("the wizard never reached the results")


# -- 1. every control has a name a screen reader speaks ---------------------------------------------


def test_welcome_settings_and_about_name_every_control(make_app, qtbot, campaign_content, tmp_path, keyring_store):
    employee = make_app(campaign_content, keyring_store)
    complete(employee, ANSWERS)  # a returning employee: Results and History buttons are shown too
    employee.results.page.back_button.click()
    employee.window.add_notice("Questions updated", "Some answers were dropped.", "• a detail")
    assert employee.window.welcome.results_button.isVisible()
    assert_all_named(employee.window, where="welcome page")

    employee.open_settings()
    assert employee.window.pages.currentWidget() is employee.settings
    assert_all_named(employee.window, where="settings page")

    opened = []
    employee.window.show_about(opener=opened.append)
    about = opened[0]
    qtbot.addWidget(about)
    about.show()
    assert_all_named(about, where="about dialog")


def test_every_wizard_page_and_question_type_names_every_control(make_app, qtbot, campaign_content, tmp_path,
                                                                 keyring_store):
    employee = make_app(campaign_content, keyring_store)
    problems: dict[str, list[str]] = {}
    pages: list[str] = []

    def check(key: str) -> None:
        pages.append(key)
        missing = unnamed([employee.window])
        if missing:
            problems[key] = missing

    kinds = walk_wizard(employee, check)
    assert kinds == set(QuestionType), f"question types never shown: {set(QuestionType) - kinds}"
    assert {"tools_used", "tool_use@other-1", "about_you"} <= set(pages)
    assert sum(key.startswith("tool_use@") for key in pages) == len(TOOLS) + 1
    assert not problems, "controls a screen reader cannot name:\n" + "\n".join(
        f"  {page}: {widget}" for page, widgets in problems.items() for widget in widgets)


def test_a_page_with_missing_answers_still_names_everything(make_app, qtbot, campaign_content, tmp_path, keyring_store):
    employee = make_app(campaign_content, keyring_store)
    employee.start()
    employee.wizard.go_next()  # nothing picked: the page says what is missing
    assert employee.wizard.missing_note.isVisible()
    assert_all_named(employee.window, where="tool picker with a missing answer")
    picker = employee.wizard.blocks[0].answer
    assert "Please answer this question." in picker.filter.accessibleDescription()


def assess_again_and_open_history(employee):
    """A second completed assessment, so history has trends to chart; returns the history page."""
    employee.start()
    employee.session.answers.set("data_classes", ["internal"], "chatgpt")
    employee.session.save()
    employee.finish()
    employee.results.page.back_button.click()
    employee.open_history()
    return employee.results.page


def test_results_history_and_export_name_every_control(make_app, qtbot, campaign_content, tmp_path, keyring_store):
    employee = make_app(campaign_content, keyring_store)
    complete(employee, dict(ANSWERS, role_level="manager"))
    page = employee.results.page
    assert page.action_boxes and page.tool_cards
    assert_all_named(employee.window, where="results page (charts)")
    for panel in page.findChildren(ChartPanel):
        panel.toggle.click()
    assert_all_named(employee.window, where="results page (tables)")

    dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.parts["role_level"].click()
    assert_all_named(dialog, where="export dialog, plain words")
    dialog.tabs.setCurrentIndex(1)
    assert_all_named(dialog, where="export dialog, JSON")
    dialog.prompts.files.append(tmp_path / dialog.exporter.suggested_name())
    dialog.save_button.click()
    dialog.close()

    page.back_button.click()
    history = assess_again_and_open_history(employee)
    assert history.trends and history.export_table.rowCount() == 1
    assert_all_named(employee.window, where="history page (charts)")
    for panel in history.trends:
        panel.toggle.click()
    assert_all_named(employee.window, where="history page (tables)")


@pytest.mark.parametrize("creating", [True, False])
def test_passphrase_dialog_names_every_control(qtbot, creating):
    dialog = PassphraseDialog(creating, "Candor keeps the key in your password manager.")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error("The two passphrases differ.")
    assert_all_named(dialog, where="passphrase dialog")
    assert spoken_name(dialog.first) == "Passphrase"


def test_prompt_dialogs_name_every_button(qtbot):
    seen: list[list[str]] = []

    def look() -> None:  # from the event loop the prompt's box runs: note its unnamed controls, then close it
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(unnamed([box]))
        box.reject()

    prompts = Prompts(None)
    QTimer.singleShot(0, look)
    prompts.confirm("Start over?", "This clears every answer.", "Clear my answers", "Keep my answers")
    QTimer.singleShot(0, look)
    prompts.choose("Your answers cannot be unlocked", "The key is gone.", ["Try again", "Delete", "Not now"])
    assert seen == [[], []], f"unnamed prompt controls: {seen}"


def test_collector_import_and_every_dashboard_tab_name_every_control(open_collector, qtbot, tmp_path, identity,
                                                                     campaign_content):
    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    assert_all_named(window, where="collector before any import")
    folder = demo_folder(tmp_path, identity, campaign_content, 40)
    (folder / "junk.age").write_bytes(b"not a summary")
    imported(qtbot, window, folder)
    assert window.rejected.isVisible()
    tabs = window.dashboard
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += [f"tab '{tabs.tabText(index)}': {w}" for w in unnamed([window])]
        for panel in tabs.currentWidget().findChildren(ChartPanel):
            panel.toggle.click()
            problems += [f"tab '{tabs.tabText(index)}' as tables: {w}" for w in unnamed([window])]
    assert not problems, "controls a screen reader cannot name:\n  " + "\n  ".join(problems)


def test_the_walk_itself_catches_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    holder = QWidget()
    layout = QVBoxLayout(holder)
    named, bare, buddied = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Name")
    bare.setObjectName("bare")
    label = QLabel("&Town:")
    label.setBuddy(buddied)
    for widget in (named, bare, label, buddied):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    assert [w for w in interactive_widgets(holder) if isinstance(w, QLineEdit)] == [named, bare, buddied]
    assert unnamed([holder]) == [describe(bare)]


# -- 2. charts have a text alternative ------------------------------------------------------------------


def chart_problems(root: QWidget) -> list[str]:
    problems = []
    views = root.findChildren(QChartView)
    for view in views:
        panel = view.parentWidget()
        while panel is not None and not isinstance(panel, ChartPanel):
            panel = panel.parentWidget()
        name, description = view.accessibleName().strip(), view.accessibleDescription().strip()
        if not name or not description:
            problems.append(f"{describe(view)} name={name!r} description={description!r}")
        if panel is None:
            problems.append(f"{describe(view)} has no table beside it")
            continue
        bars = [bar_set.count() for series in view.chart().series() if hasattr(series, "barSets")
                for bar_set in series.barSets()]
        points = [series.count() for series in view.chart().series()  # whiskers draw intervals, not values
                  if hasattr(series, "points") and series.objectName() != WHISKER]
        rows = panel.table.rowCount()
        if rows == 0 or any(count != rows for count in bars + points):
            problems.append(f"{describe(view)}: its table has {rows} rows, the chart {bars + points} values")
        if not panel.summary.text().strip():
            problems.append(f"{describe(view)}: no sentence says what it shows")
    return problems


def test_every_chart_has_a_name_a_description_and_a_table(open_collector, make_app, qtbot, campaign_content,
        tmp_path, keyring_store,
                                                         identity):
    employee = make_app(campaign_content, keyring_store)
    complete(employee, ANSWERS)
    results = employee.results.page
    assert len(results.findChildren(QChartView)) == 2
    assert chart_problems(results) == []
    risk = results.risk_chart
    assert "ChatGPT" in risk.view.accessibleDescription()
    assert risk.view.accessibleName() == "Risk per tool"

    results.back_button.click()
    history = assess_again_and_open_history(employee)
    assert len(history.findChildren(QChartView)) == 2
    assert chart_problems(history) == []

    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    imported(qtbot, window, demo_folder(tmp_path, identity, campaign_content, 40))
    assert len(window.dashboard.findChildren(QChartView)) >= 3
    assert chart_problems(window.dashboard) == []


# -- 5. state is never shown by colour alone --------------------------------------------------------


def test_risk_levels_on_results_are_written_out_and_marked_by_shape(make_app, qtbot, campaign_content, tmp_path,
                                                                    keyring_store):
    employee = make_app(campaign_content, keyring_store)
    complete(employee, ANSWERS)
    page = employee.results.page
    for tool, card in zip(page.report.tools, page.tool_cards, strict=True):
        word = level_label(tool.level)
        shown = visible_text(card)
        assert word in shown and LEVEL_MARKS[tool.level] in shown, f"{tool.name}: {shown!r}"
        assert card.accessibleName().endswith(word)
    overall = page.report.overall
    assert page.overall.text() == f"{LEVEL_MARKS[overall]}  Overall: {level_label(overall)}"
    assert len(set(LEVEL_MARKS.values())) == len(Level)  # each level its own shape
    # The chart's scale is in words too: a bar's length reads as a level without the table.
    scale = [axis for axis in page.risk_chart.view.chart().axes() if isinstance(axis, QCategoryAxis)]
    assert scale and scale[0].categoriesLabels() == [level_label(level) for level in Level]
    page.risk_chart.toggle.click()
    assert [row[1] for row in page.risk_chart.table_text()] == [level_label(t.level) for t in page.report.tools]


def test_notices_and_missing_answers_lead_with_words_not_colour(make_app, qtbot, campaign_content, tmp_path,
                                                               keyring_store):
    employee = make_app(campaign_content, keyring_store)
    notice = employee.window.add_notice("Policy problem", "The file could not be used.")
    assert isinstance(notice, NoticeBar) and notice.summary.text().startswith("<b>Policy problem:</b>")
    employee.start()
    employee.wizard.go_next()
    block = employee.wizard.blocks[0]
    assert block.error.isVisible() and "Please answer this question." in block.error_text.text()
    assert "still needs an answer" in employee.wizard.missing_note.text()


def test_collector_figures_say_withheld_and_uncertain_in_words(open_collector, qtbot, tmp_path, identity,
        campaign_content):
    window = open_collector(identity, campaign_content, actions=[("HTML report…", lambda: None)])[0]
    imported(qtbot, window, demo_folder(tmp_path, identity, campaign_content, 7))
    dashboard = window.dashboard
    cells = [table.item(r, c).text() for table in dashboard.findChildren(QTableWidget)
             for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c)]
    assert any("fewer than 5 people" in cell or "withheld" in cell for cell in cells), cells
    # A withheld share in a chart is named on its axis, not shown as a silently empty bar.
    for view in dashboard.findChildren(QChartView):
        panel = view.parentWidget()
        while not isinstance(panel, ChartPanel):
            panel = panel.parentWidget()
        withheld_rows = [row[0] for row in panel.table_text() if "fewer than" in row[1] or "withheld" in row[1]]
        axis_labels = [label for axis in view.chart().axes() if hasattr(axis, "categories")
                       for label in axis.categories()]
        for row in withheld_rows:
            assert f"{row} (withheld)" in axis_labels, f"{panel.title.text()}: {row} not marked in the chart"
