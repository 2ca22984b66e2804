"""The employee's whole journey in the real app window, by keyboard: start, answer, results, resume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.results import report_for_state
from desktop.core.risk import level_label
from desktop.ui.notice_bar import NoticeBar
from tests.ui.flows import next_page, pick_a_tool_and_answer_its_first_question, press, start_by_keyboard


def test_whole_assessment_by_keyboard_then_results_match_the_risk_model(make_app, qtbot, content, tmp_path,
        keyring_store):
    employee = make_app(content, keyring_store)
    start_by_keyboard(qtbot, employee)
    qtbot.keyClicks(QApplication.focusWidget(), "chatgpt")  # focus starts in the tool filter
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    next_page(qtbot, employee)
    assert employee.session.ref.key == "tool_use@chatgpt"
    press(qtbot, Qt.Key.Key_Down)  # personal_free
    press(qtbot, Qt.Key.Key_Space)
    next_page(qtbot, employee)
    press(qtbot, Qt.Key.Key_Tab)  # from "public" to "internal"
    press(qtbot, Qt.Key.Key_Space)
    answers = employee.session.answers
    assert answers.get("account_kind", "chatgpt") == "personal_free"
    assert answers.get("data_classes", "chatgpt") == ["internal"]
    draft_id = employee.draft_id
    for _ in range(40):
        if employee.results.page is not None:
            break
        next_page(qtbot, employee)
    page = employee.results.page
    assert page is not None and employee.window.pages.currentWidget() is page

    stored = employee.store.load(draft_id)
    assert stored.status == "completed"
    expected = report_for_state(stored.state, content.questionnaire, content.catalog, content.policy.policy)
    assert page.overall.text().endswith(f"Overall: {level_label(expected.overall)}")
    assert [card.accessibleName() for card in page.tool_cards] == [
        f"ChatGPT: {level_label(expected.tools[0].level)}"]
    assert list(page.action_boxes) == [action.id for action in expected.actions]


def test_closing_mid_wizard_reopens_on_the_same_page_with_the_same_answers(make_app, qtbot, content, tmp_path,
        keyring_store):
    employee = make_app(content, keyring_store)
    page_key = pick_a_tool_and_answer_its_first_question(qtbot, employee, "claude")
    chosen = employee.session.answers.get("account_kind", "claude")
    assert page_key == "tool_use@claude" and chosen
    employee.window.close()  # no Save button pressed: every answer was saved as it was given

    again = make_app(content, keyring_store)
    assert again.unlock()
    assert again.window.welcome.start_button.text() == "Continue where you left off"
    start_by_keyboard(qtbot, again)
    assert again.session.ref.key == page_key
    assert again.session.answers.get("tools_used") == ["claude"]
    assert again.session.answers.get("account_kind", "claude") == chosen
    assert again.wizard.isVisible()


def test_a_changed_questionnaire_keeps_fitting_answers_and_says_what_was_dropped(
        make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    assert employee.unlock()
    q = content.questionnaire
    draft = employee.store.new_assessment("default", q.id, q.version - 1 if q.version > 1 else 0)
    employee.store.save_state(draft, {
        "questionnaire": {"id": q.id, "version": q.version - 1 if q.version > 1 else 0},
        "page": "tool_use@chatgpt",
        "answers": {"values": {
            "tools_used": ["chatgpt"],
            "account_kind@chatgpt": "personal_free",
            "frequency@chatgpt": "hourly",            # an option the new version no longer offers
            "retired_question": "yes",                # a question the new version no longer asks
            "notes_to_self": "my own words",
        }},
    })
    start_by_keyboard(qtbot, employee)
    answers = employee.session.answers
    assert answers.get("account_kind", "chatgpt") == "personal_free"
    assert answers.get("notes_to_self") == "my own words"
    assert not answers.has("frequency", "chatgpt") and not answers.has("retired_question")
    assert employee.session.ref.key == "tool_use@chatgpt"
    notice = next(n for n in employee.window.findChildren(NoticeBar) if "Questions updated" in n.summary.text())
    qtbot.waitUntil(notice.isVisible)
    assert "except 2 that no longer apply" in notice.summary.text()
    frequency_text = q.question("frequency").text["en"]
    assert f"• {frequency_text}: a choice that is no longer offered" in notice.details.text()
    assert "• An answer to a question that is no longer asked" in notice.details.text()
    assert employee.store.load(draft).questionnaire_version == q.version


def test_start_over_asks_first_then_clears_the_answers(make_app, qtbot, content, tmp_path, keyring_store):
    from tests.ui.conftest import ScriptedPrompts

    prompts = ScriptedPrompts(confirms=[False, True])
    employee = make_app(content, keyring_store, prompts=prompts)
    start_by_keyboard(qtbot, employee)
    qtbot.keyClicks(QApplication.focusWidget(), "claude")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    next_page(qtbot, employee)

    qtbot.mouseClick(employee.wizard.start_over_button, Qt.MouseButton.LeftButton)  # declined
    assert prompts.shown[-1][1] == "Start over?"
    assert employee.session.answers.get("tools_used") == ["claude"]
    assert employee.session.ref.key == "tool_use@claude"

    qtbot.mouseClick(employee.wizard.start_over_button, Qt.MouseButton.LeftButton)  # confirmed
    qtbot.waitUntil(lambda: employee.session is not None and employee.session.ref.key == "tools_used")
    assert employee.session.answers.get("tools_used") is None
    assert len([a for a in employee.store.list_assessments() if a.status == "draft"]) == 1
    employee.window.close()
    again = make_app(content, keyring_store)
    assert again.unlock()
    start_by_keyboard(qtbot, again)
    assert again.session.answers.get("tools_used") is None
