from desktop.core.answers import Answers
from desktop.core.reconcile import reconcile


def test_keeps_what_fits_and_lists_what_does_not(mini):
    answers = Answers({
        "tools_used": ["chatgpt", "retired-tool", "other-1"],
        "account_kind@chatgpt": "personal_paid",
        "account_kind@retired-tool": "company_provided",
        "spend@chatgpt": "between_10_and_20",           # band code renamed in the new version
        "reasons": ["slow", "gone_reason"],
        "reasons_note": "my private note",
        "old_question": "x",
        "org_unit": "sales",
    })
    answers.add_other_tool("Acme", "chat")
    kept, dropped = reconcile(answers, mini, tool_ids={"chatgpt"}, org_unit_codes={"eng"})
    assert kept.get("tools_used") == ["chatgpt", "other-1"]
    assert kept.get("account_kind", "chatgpt") == "personal_paid"
    assert kept.get("reasons") == ["slow"]
    assert kept.get("reasons_note") == "my private note"
    assert not kept.has("spend", "chatgpt")
    assert not kept.has("old_question")
    assert not kept.has("org_unit")
    assert kept.other_tools == answers.other_tools
    lost = {(d.question_id, d.tool, d.codes) for d in dropped}
    assert lost == {
        ("tools_used", None, ("retired-tool",)),
        ("spend", "chatgpt", ("between_10_and_20",)),
        ("reasons", None, ("gone_reason",)),
        ("old_question", None, ()),
        ("org_unit", None, ("sales",)),
    }
    assert next(d for d in dropped if d.question_id == "old_question").question_removed
    # Per-tool answers for a tool that left the catalog are kept (harmless, and not lost if it returns).
    assert kept.get("account_kind", "retired-tool") == "company_provided"


def test_nothing_dropped_when_everything_fits(mini):
    answers = Answers({"tools_used": ["none"], "strategy_clear": "agree"})
    kept, dropped = reconcile(answers, mini, tool_ids=set())
    assert dropped == [] and kept == answers
