from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt

from desktop.core.answers import Answers
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.resources import resource
from desktop.core.risk import assess, level_label
from desktop.ui.results_page import ToolCard
from tests.ui.flows import ANSWERS, complete


def expected_report(content):
    answers = Answers({k: v for k, v in ANSWERS.items()})
    effective = Navigator(content.questionnaire).effective_answers(answers)
    return assess(content.questionnaire, effective, {}, content.catalog, content.policy.policy)


def test_finishing_shows_results_that_match_the_risk_model(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    complete(employee, ANSWERS)
    page = employee.results.page
    assert employee.window.pages.currentWidget() is page
    expected = expected_report(content)
    assert page.overall.text().endswith(f"Overall: {level_label(expected.overall)}")
    assert [card.accessibleName() for card in page.tool_cards] == [
        f"{tool.name}: {level_label(tool.level)}" for tool in expected.tools
    ]
    assert list(page.action_boxes) == [action.id for action in expected.actions]
    assert "EUR" in page.spend_text.text() and "a year" in page.spend_text.text()
    # Each chart can be read as a table, with the same figures.
    page.risk_chart.toggle.setFocus()
    qtbot.keyClick(page.risk_chart.toggle, Qt.Key.Key_Space)
    assert page.risk_chart.showing_table()
    assert page.risk_chart.table_text() == [[t.name, level_label(t.level)] for t in expected.tools]


def test_action_plan_ticks_persist_across_restarts(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    complete(employee, ANSWERS)
    first_id, box = next(iter(employee.results.page.action_boxes.items()))
    box.setFocus()
    qtbot.keyClick(box.box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.mouseClick(box.text, Qt.MouseButton.LeftButton)  # clicking the sentence toggles too
    assert not box.isChecked()
    qtbot.mouseClick(box.text, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    employee.window.close()

    again = make_app(content, keyring_store)
    assert again.unlock()
    assert again.window.welcome.results_button.isVisible()
    qtbot.mouseClick(again.window.welcome.results_button, Qt.MouseButton.LeftButton)
    boxes = again.results.page.action_boxes
    assert boxes[first_id].isChecked()
    assert not any(b.isChecked() for i, b in boxes.items() if i != first_id)


def test_history_lists_assessments_shows_trend_and_opens_read_only(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    complete(employee, ANSWERS)
    employee.results.page.back_button.click()
    # Re-assessing starts from the previous answers; this time the employee stopped pasting secrets.
    employee.start()
    assert employee.session.answers.get("tools_used") == ["chatgpt", "github-copilot"]
    employee.session.answers.set("data_classes", ["internal"], "chatgpt")
    employee.session.save()
    employee.finish()
    employee.results.page.back_button.click()

    qtbot.mouseClick(employee.window.welcome.history_button, Qt.MouseButton.LeftButton)
    history = employee.results.page
    assert history.table.rowCount() == 2
    levels = [history.table.item(r, 2).text() for r in range(2)]
    assert levels[0] == "Critical" and levels[1] != "Critical"
    assert len(history.trends) == 2
    assert [row[1] for row in history.trends[0].table_text()] == levels

    history.select(0)
    qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    past = employee.results.page
    assert past.objectName() == "resultsPage"
    assert all(not box.isEnabled() for box in past.action_boxes.values())


def test_history_empty_state(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    assert employee.unlock()
    employee.open_history()
    page = employee.results.page
    assert "No completed assessments yet" in page.empty.text()
    assert not page.open_button.isEnabled()


def test_a_tolerated_tools_card_shows_the_policys_note(qtbot, content):
    policy = Policy.from_data(tomllib.loads(resource("policy", "example.toml").read_text(encoding="utf-8")))
    answers = Answers({"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free",
                       "data_classes@chatgpt": ["internal"], "frequency@chatgpt": "weekly"})
    effective = Navigator(content.questionnaire).effective_answers(answers)
    tool = assess(content.questionnaire, effective, {}, content.catalog, policy).tools[0]
    card = ToolCard(tool, level_label(tool.level), "Tolerated", "")
    qtbot.addWidget(card)
    # The card's reason says "check its note": the note itself is there to check.
    assert card.policy_note.text() == ("Your organization's note: Public and internal information only; "
                                       "turn off model training in the settings.")
