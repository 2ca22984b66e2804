"""The assessment wizard, driven as an employee would: mouse, keyboard, what the screen shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.policy import Policy
from tests.ui.wizard_run import Run


@pytest.fixture
def run(qtbot, wizard_content):
    return Run(qtbot, wizard_content)


# -- the tool picker ------------------------------------------------------------------------------


def test_filter_hides_tools_and_empty_categories(run):
    picker = run.picker()
    assert QApplication.focusWidget() is picker.filter  # keyboard users start typing right away
    run.qtbot.keyClicks(picker.filter, "copilot")
    boxes = picker.boxes
    run.qtbot.waitUntil(lambda: not boxes["chatgpt"].isVisible())
    assert boxes["github-copilot"].isVisible() and boxes["microsoft-copilot"].isVisible()
    headings = {g.group.code: g.heading for g in picker.groups}
    assert headings["chat"].isVisible() and headings["coding"].isVisible()
    assert not headings["meetings"].isVisible()
    assert not picker.no_match.isVisible()

    picker.filter.clear()
    run.qtbot.keyClicks(picker.filter, "no such tool")
    run.qtbot.waitUntil(lambda: picker.no_match.isVisible())
    assert "no such tool" in picker.no_match.text()
    assert not any(box.isVisible() for box in boxes.values())


def test_enter_in_the_filter_does_not_change_the_page(run):
    run.qtbot.keyClicks(run.picker().filter, "claude")
    run.key(Qt.Key.Key_Return)
    run.key(Qt.Key.Key_Enter)
    assert run.page == "tools_used"
    assert run.shown_errors() == []


def test_two_tools_then_next_shows_the_first_tools_loop_page(run):
    boxes = run.picker().boxes
    run.click(boxes["claude"])
    run.click(boxes["chatgpt"])
    assert run.values["tools_used"] == ["claude", "chatgpt"]
    assert run.picker().count_label.text() == "2 selected"
    run.next()
    run.wait_for_page("tool_use@claude")
    assert run.wizard.tool_name.isVisible() and run.wizard.tool_name.text() == "Claude"
    assert run.wizard.tool_caption.text() == "Tool 1 of 2"
    assert run.wizard.page_title.text() == "How you use this tool"
    assert run.wizard.header.section.text() == "How you use each tool"
    # Time left, not "Section 2 of 6" or "Page 2 of 9": counts that grew as the tools opened pages up.
    left = run.wizard.header.step.text()
    minutes = int(left.removeprefix("About ").removesuffix(" minutes left"))
    assert left == f"About {minutes} minutes left" and 5 <= minutes <= 15
    assert run.wizard.header.bar.accessibleDescription() == left
    assert 0 < run.wizard.header.bar.value() < 50 and run.wizard.header.bar.text().endswith("% done")


def test_none_is_exclusive_with_tools(run):
    picker = run.picker()
    run.click(picker.boxes["chatgpt"])
    run.click(picker.none_box)
    assert not picker.boxes["chatgpt"].isChecked()
    assert run.values["tools_used"] == ["none"]
    run.click(picker.boxes["perplexity"])
    assert not picker.none_box.isChecked()
    assert run.values["tools_used"] == ["perplexity"]


def test_an_other_tool_typed_in_takes_part_in_the_loop(run):
    others = run.picker().others
    others.name.setFocus()
    run.type("Acme Notes")
    run.key(Qt.Key.Key_Return)  # no category yet: a hint, no page change, focus on the category
    assert run.page == "tools_used"
    assert others.hint.isVisible() and "kind of tool" in others.hint.text()
    assert QApplication.focusWidget() is others.category
    run.key(Qt.Key.Key_Down)  # the closed list steps through the kinds of tool
    run.key(Qt.Key.Key_Down)
    run.key(Qt.Key.Key_Down)
    assert others.category.currentData() == "meetings"
    run.click(others.add_button)

    key = run.values["tools_used"][0]
    assert key.startswith("other-")
    assert run.saved[-1]["answers"]["other_tools"][key] == {"name": "Acme Notes", "category": "meetings"}
    assert others.listed_names() == ["Acme Notes (Meeting assistants)"]
    assert others.name.text() == ""

    run.next()
    run.wait_for_page(f"tool_use@{key}")
    assert run.wizard.tool_name.text() == "Acme Notes"


def test_removing_an_other_tool(run):
    others = run.picker().others
    others.name.setText("Acme Notes")
    others.category.setCurrentIndex(0)
    run.click(others.add_button)
    key = run.values["tools_used"][0]
    [remove] = others.remove_buttons
    assert remove.objectName() == f"remove-{key}" and remove.accessibleName() == "Remove Acme Notes"
    run.click(remove)
    assert "tools_used" not in run.values
    assert others.listed_names() == []


def test_policy_status_is_written_next_to_tools(qtbot, wizard_content):
    policy = Policy.from_data({
        "tools": [
            {"id": "microsoft-copilot", "status": "approved"},
            {"id": "deepseek", "status": "prohibited"},
            {"id": "acme-chat", "status": "approved", "name": "Acme Chat", "category": "chat"},
        ],
    })
    run = Run(qtbot, wizard_content, policy)
    boxes = run.picker().boxes
    assert "Approved by your organization" in boxes["microsoft-copilot"].text()
    assert "Approved by your organization" in boxes["microsoft-copilot"].accessibleName()
    assert "Not allowed by your organization" in boxes["deepseek"].text()
    assert "by your organization" not in boxes["chatgpt"].text()
    assert "Acme Chat" in boxes["acme-chat"].text()  # the organization's own tool is offered too
    run.click(boxes["acme-chat"])
    run.next()
    run.wait_for_page("tool_use@acme-chat")
    assert run.wizard.tool_name.text() == "Acme Chat"


# -- answering and checking -----------------------------------------------------------------------


def test_next_with_a_required_answer_missing_says_so_inline_and_stays(run):
    run.next()
    assert run.page == "tools_used"
    assert run.shown_errors() == ["tools_used"]
    message = run.block("tools_used").error_text
    assert "Please answer this question." in message.text() and message.isVisible()
    assert run.wizard.missing_note.isVisible()
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is run.picker().filter

    run.click(run.picker().boxes["chatgpt"])
    assert run.shown_errors() == []  # answering clears the message at once
    run.next()
    run.wait_for_page("tool_use@chatgpt")
    run.next()
    assert run.page == "tool_use@chatgpt"
    assert run.shown_errors() == ["account_kind"]
    first = run.block("account_kind").answer.buttons["company_provided"]
    assert QApplication.focusWidget() is first


def test_answers_can_reveal_questions_on_the_same_page(run, qtbot):
    run.click(run.picker().boxes["chatgpt"])
    run.next()
    run.click(run.block("account_kind").answer.buttons["personal_free"])
    run.next()
    run.wait_for_page("tool_data@chatgpt")
    anonymized = run.block("anonymized")
    assert not anonymized.isVisible()
    boxes = run.block("data_classes").answer.boxes
    run.click(boxes["internal"])
    assert anonymized.isVisible()
    assert QApplication.focusWidget() is boxes["internal"]  # focus stays where the employee is
    run.click(boxes["none"])  # exclusive: clears the others, and the follow-up goes away
    assert not boxes["internal"].isChecked()
    assert run.values["data_classes@chatgpt"] == ["none"]
    assert not anonymized.isVisible()
    run.click(boxes["public"])
    assert not boxes["none"].isChecked()
    assert run.values["data_classes@chatgpt"] == ["public"]


def test_amount_bands_show_the_currency_and_optional_answers_can_be_cleared(qtbot, wizard_content):
    state = {"answers": {"values": {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_paid",
                                    "data_classes@chatgpt": ["public"]}},
             "page": "tool_why@chatgpt"}
    run = Run(qtbot, wizard_content, Policy.from_data({"organization": {"currency": "CHF"}}), state)
    spend = run.block("spend")
    assert spend.title.text().endswith("(optional)")
    assert spend.answer.buttons["under_10"].text() == "Less than CHF\u00a010 a month"
    run.click(spend.answer.buttons["10_25"])
    assert run.values["spend@chatgpt"] == "10_25"
    assert spend.answer.clear_button.isVisible()
    run.click(spend.answer.clear_button)
    assert "spend@chatgpt" not in run.values
    assert not any(button.isChecked() for button in spend.answer.buttons.values())


def test_org_units_come_from_the_policy(qtbot, wizard_content):
    policy = Policy.from_data({"org_units": [{"code": "sales", "label": "Sales and marketing"},
                                             {"code": "eng", "label": {"en": "Engineering"}}]})
    run = Run(qtbot, wizard_content, policy, {"answers": {"values": {"tools_used": ["none"]}}, "page": "about_you"})
    buttons = run.block("org_unit").answer.buttons
    assert [b.text() for b in buttons.values()] == ["Sales and marketing", "Engineering"]
    run.click(buttons["eng"])
    assert run.values["org_unit"] == "eng"


def test_free_text_is_saved_as_it_is_typed(qtbot, wizard_content):
    run = Run(qtbot, wizard_content, state={"answers": {"values": {"tools_used": ["none"]}}, "page": "about_you"})
    block = run.block("notes_to_self")
    assert "Never included in any summary" in block.answer.note.text()
    block.answer.editor.setFocus()
    run.type("ask IT about Copilot")
    assert run.values["notes_to_self"] == "ask IT about Copilot"
    run.key(Qt.Key.Key_Tab)  # Tab leaves the note rather than typing a tab character
    assert run.values["notes_to_self"] == "ask IT about Copilot"
    assert QApplication.focusWidget() is not block.answer.editor


def test_back_returns_with_answers_still_selected(run):
    assert not run.wizard.back_button.isEnabled()
    run.click(run.picker().boxes["gemini"])
    run.next()
    run.click(run.block("account_kind").answer.buttons["personal_paid"])
    run.click(run.block("frequency").answer.buttons["weekly"])
    run.next()
    run.wait_for_page("tool_data@gemini")
    run.back()
    run.wait_for_page("tool_use@gemini")
    assert run.block("account_kind").answer.buttons["personal_paid"].isChecked()
    assert run.block("frequency").answer.buttons["weekly"].isChecked()
    run.back()
    run.wait_for_page("tools_used")
    assert run.picker().boxes["gemini"].isChecked()
    assert run.picker().filter.text() == ""


def test_save_and_close_asks_to_leave(run):
    with run.qtbot.waitSignal(run.wizard.leave_requested):
        run.click(run.wizard.save_close_button)


def test_enter_on_a_check_box_does_not_skip_the_page(run):
    run.click(run.picker().boxes["chatgpt"])
    run.next()
    run.click(run.block("account_kind").answer.buttons["personal_free"])
    run.key(Qt.Key.Key_Return)
    assert run.page == "tool_use@chatgpt"


def test_tab_order_follows_reading_order(qtbot, wizard_content):
    state = {"answers": {"values": {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_paid",
                                    "spend@chatgpt": "10_25"}},
             "page": "tool_why@chatgpt"}
    run = Run(qtbot, wizard_content, state=state)
    stops = []
    for _ in range(16):
        stops.append(QApplication.focusWidget().objectName())
        run.key(Qt.Key.Key_Tab)
    reasons = [f"choice-{code}" for code in run.block("tool_reasons").question.codes]
    # Each check box, then one stop per radio group (on its chosen button, else its first), then the
    # buttons, and round again. The optional, answered spend offers "Clear answer" after its choices.
    expected = [*reasons, "choice-10_25", "clearAnswer", "choice-yes_fully",
                "saveCloseButton", "startOverButton", "backButton", "nextButton", reasons[0]]
    assert stops == expected


# -- the whole assessment by keyboard alone -------------------------------------------------------


def interactive(widget: QWidget) -> list[QWidget]:
    found = [w for w in widget.findChildren(QWidget) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    return [w for w in found if w.isEnabled()]


def test_a_whole_assessment_by_keyboard_alone(run):
    wizard = run.wizard
    unnamed: list[str] = []

    def check_names() -> None:
        unnamed.extend(f"{run.page}: {w.metaObject().className()} {w.objectName()}"
                       for w in interactive(wizard) if not w.accessibleName())

    check_names()
    run.type("chatgpt")  # focus starts in the filter
    run.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is run.picker().boxes["chatgpt"]
    run.key(Qt.Key.Key_Space)
    assert run.values["tools_used"] == ["chatgpt"]
    run.alt(Qt.Key.Key_N)
    run.wait_for_page("tool_use@chatgpt")

    check_names()
    run.key(Qt.Key.Key_Down)  # arrows move through a radio group, Space chooses
    run.key(Qt.Key.Key_Space)
    assert run.values["account_kind@chatgpt"] == "personal_free"
    run.alt(Qt.Key.Key_N)
    run.wait_for_page("tool_data@chatgpt")

    check_names()
    run.key(Qt.Key.Key_Tab)  # from "public" to "internal"
    run.key(Qt.Key.Key_Space)
    assert run.values["data_classes@chatgpt"] == ["internal"]
    assert run.block("anonymized").isVisible()

    run.alt(Qt.Key.Key_B)  # and back once, to see the answer kept
    run.wait_for_page("tool_use@chatgpt")
    assert run.block("account_kind").answer.buttons["personal_free"].isChecked()
    run.alt(Qt.Key.Key_N)
    run.wait_for_page("tool_data@chatgpt")

    seen = set()
    while not run.session.finished:
        check_names()
        seen.add(run.page)
        if run.page == "strategy":  # a scale: focus is on its first choice
            run.key(Qt.Key.Key_Right)
            run.key(Qt.Key.Key_Space)
        previous = run.page
        last = run.session.is_last()
        assert wizard.next_button.text() == ("Fi&nish" if last else "&Next")
        if last:
            with run.qtbot.waitSignal(wizard.finished):
                run.alt(Qt.Key.Key_N)
        else:
            run.alt(Qt.Key.Key_N)
            run.qtbot.waitUntil(lambda previous=previous: run.page != previous)

    assert {"ai_work", "strategy", "feelings", "about_you"} <= seen
    assert run.values["strategy_clear"] == "disagree"
    assert run.saved[-1]["page"] == "about_you"
    assert unnamed == []


@pytest.mark.parametrize(("typed", "tool_id"), [("slack", "slack-ai"), ("ai studio", "google-ai-studio"),
                                                 ("qwen", "qwen"), ("apple", "apple-intelligence"),
                                                 ("notebooklm", "notebooklm"), ("atlas", "chatgpt-atlas"),
                                                 ("comet", "perplexity-comet"), ("edge", "edge-copilot-mode"),
                                                 ("gemini in", "gemini-in-chrome"), ("claude in", "claude-for-chrome"),
                                                 ("kimi", "kimi"), ("character", "character-ai"), ("poe", "poe"),
                                                 ("huggingchat", "huggingchat"), ("quillbot", "quillbot"),
                                                 ("gamma", "gamma"), ("jasper", "jasper"), ("openrouter", "openrouter"),
                                                 ("lovable", "lovable"), ("replit", "replit"), ("v0", "v0")])
def test_new_catalog_tools_can_be_found_in_the_picker(run, typed, tool_id):
    picker = run.picker()
    run.qtbot.keyClicks(picker.filter, typed)
    run.qtbot.waitUntil(lambda: not picker.boxes["chatgpt"].isVisible())
    assert picker.boxes[tool_id].isVisible()
