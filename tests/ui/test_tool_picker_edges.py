"""The tool picker's rough edges: a status for every tool once the policy lists any, and the filter's
text carried into "Add a tool that is not listed" when no listed tool matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.policy import Policy
from tests.ui.wizard_run import Run


def test_a_tool_the_policy_does_not_list_says_so(qtbot, wizard_content):
    run = Run(qtbot, wizard_content, Policy.from_data({"tools": [{"id": "deepseek", "status": "prohibited"}]}))
    boxes = run.picker().boxes
    assert "Not in your organization's policy" in boxes["chatgpt"].text()
    assert "Not in your organization's policy" in boxes["chatgpt"].accessibleName()
    assert "Not allowed by your organization" in boxes["deepseek"].text()


def test_with_no_tool_in_the_policy_no_tool_carries_a_status_line(qtbot, wizard_content):
    run = Run(qtbot, wizard_content)  # the default policy lists no tools: the line would say nothing
    assert "policy" not in run.picker().boxes["chatgpt"].text()


def test_the_filter_text_becomes_the_name_of_a_tool_that_is_not_listed(qtbot, wizard_content):
    run = Run(qtbot, wizard_content)
    picker = run.picker()
    picker.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)
    run.type("Zorblatt Writer")
    assert picker.no_match.isVisible()
    assert picker.others.name.text() == "Zorblatt Writer"
    picker.others.category.setFocus()
    run.key(Qt.Key.Key_Down)
    run.click(picker.others.add_button)
    assert [tool["name"] for tool in run.saved[-1]["answers"]["other_tools"].values()] == ["Zorblatt Writer"]


def test_a_name_typed_by_hand_is_not_overwritten_by_the_filter(qtbot, wizard_content):
    run = Run(qtbot, wizard_content)
    picker = run.picker()
    picker.others.name.setText("My own tool")
    picker.filter.setText("Zorblatt")
    assert picker.others.name.text() == "My own tool"
