"""Invariant 5: logs hold no answers. A whole assessment and export with canaries, then grep the log."""

from __future__ import annotations

import pyrage

from desktop.app_log import setup_logging, shutdown_logging
from desktop.core.content import load_content
from tests.ui.flows import ANSWERS, complete

CANARIES = ["canary-Note-7731", "canary-OtherTool-9902"]


def test_the_log_records_events_but_no_answer(make_app, qtbot, tmp_path, keyring_store, isolated_locations):
    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(f'[submission]\nrecipient = "{identity.to_public()}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    log_file = setup_logging(tmp_path / "data")
    try:
        employee = make_app(content, keyring_store)
        values = dict(ANSWERS, notes_to_self=CANARIES[0])
        values["tools_used"] = [*values["tools_used"], "other-1"]
        employee.start()
        employee.session.answers.add_other_tool(CANARIES[1], "writing")
        complete(employee, values)
        dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
        qtbot.addWidget(dialog)
        employee.results.exporter(employee.store).copy_text(dialog.summary)
    finally:
        shutdown_logging()
    text = "".join(path.read_text() for path in log_file.parent.iterdir())
    assert "assessment completed" in text and "summary exported (clipboard)" in text
    for secret in [*CANARIES, "chatgpt", "ChatGPT", "github-copilot", "tool_use@"]:
        assert secret not in text, secret
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
