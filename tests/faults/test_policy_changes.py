"""Fault proof: the organization's policy file is edited, broken or deleted while Candor runs.

A valid change is adopted (results recomputed, a notice says so); an invalid or deleted file
leaves the last good policy in force and the notice names the file and the problem. Nothing
crashes and no answer is lost. Every check waits on what the person sees.
"""

from __future__ import annotations

import pyrage
import pytest

from desktop.core.content import load_content
from desktop.ui.employee_app import EmployeeApp
from desktop.ui.notice_bar import NoticeBar
from tests.ui.conftest import ScriptedPrompts
from tests.ui.flows import ANSWERS, complete
from tests.ui.screen_text import visible_text

GLOBEX = '[organization]\nname = "Globex"\n'


def policy_notice(employee: EmployeeApp) -> NoticeBar | None:
    found = [n for n in employee.window.findChildren(NoticeBar, "policyNotice") if n.isVisible()]
    return found[0] if found else None


def notice_says(employee: EmployeeApp, words: str) -> bool:
    bar = policy_notice(employee)
    return bar is not None and words in bar.summary.text() + "\n" + bar.details.text()


def start(qtbot, tmp_path, keyring_store, policy_file, flag=None, locations=None) -> EmployeeApp:
    content = load_content(flag, env={}, locations=locations)
    employee = EmployeeApp(content, tmp_path / "data", keyring_store, prompts=ScriptedPrompts())
    qtbot.addWidget(employee.window)
    employee.window.show()
    qtbot.waitExposed(employee.window)
    assert employee.unlock()
    assert employee.content.policy.policy.organization.name == "Globex", policy_file
    return employee


@pytest.fixture
def managed(isolated_locations):
    isolated_locations.managed.write_text(GLOBEX)
    return isolated_locations.managed


def test_a_valid_change_is_adopted_and_results_are_recomputed(qtbot, tmp_path, keyring_store, managed,
                                                             isolated_locations):
    employee = start(qtbot, tmp_path, keyring_store, managed, locations=isolated_locations)
    complete(employee, ANSWERS)  # the results page is on screen now
    page = employee.results.page
    assert "Not allowed by your organization" not in visible_text(page)

    managed.write_text('[organization]\nname = "Initech"\n[[tools]]\nid = "chatgpt"\nstatus = "prohibited"\n')
    qtbot.waitUntil(lambda: notice_says(employee, "Your organization's policy was updated"))
    assert str(managed) in policy_notice(employee).summary.text()
    assert not policy_notice(employee).property("warning")
    assert employee.content.policy.policy.organization.name == "Initech"
    qtbot.waitUntil(lambda: employee.results.page is not page and employee.results.page.isVisible())
    assert "Not allowed by your organization" in visible_text(employee.results.page)
    assert "Initech" in visible_text(employee.window.welcome)
    # The completed answers are untouched.
    latest = employee.results.latest_completed(employee.store)
    assert employee.store.load(latest.id).state["answers"]["values"]["tools_used"] == ANSWERS["tools_used"]


def test_an_invalid_edit_keeps_the_last_good_policy_and_names_the_file_and_problem(
        qtbot, tmp_path, keyring_store, managed, isolated_locations):
    employee = start(qtbot, tmp_path, keyring_store, managed, locations=isolated_locations)
    employee.start()
    employee.session.answer(employee.content.questionnaire.question("tools_used"), ["chatgpt"])

    managed.write_text('[organization]\nname = "Initech"\n[[tools]]\nid = "chatgpt"\nstatus = "aproved"\n')
    qtbot.waitUntil(lambda: notice_says(employee, "keeps the policy it read before"))
    bar = policy_notice(employee)
    assert bar.property("warning")
    assert str(managed) in bar.summary.text()
    assert "tools[0].status: 'aproved' is not allowed" in bar.details.text()
    assert employee.content.policy.policy.organization.name == "Globex"
    assert employee.wizard is not None and employee.wizard.isVisible()
    assert employee.session.value(employee.content.questionnaire.question("tools_used")) == ["chatgpt"]
    assert employee.store.current_draft("default").state["answers"]["values"]["tools_used"] == ["chatgpt"]

    managed.write_text('[organization]\nname = "Initech"\n')  # IT fixes the file
    qtbot.waitUntil(lambda: notice_says(employee, "Your organization's policy was updated"))
    assert employee.content.policy.policy.organization.name == "Initech"


def test_a_deleted_managed_policy_is_kept_and_the_notice_says_so(qtbot, tmp_path, keyring_store, managed,
                                                               isolated_locations):
    employee = start(qtbot, tmp_path, keyring_store, managed, locations=isolated_locations)
    managed.unlink()
    qtbot.waitUntil(lambda: notice_says(employee, "was removed while Candor was running"))
    assert str(managed) in policy_notice(employee).summary.text()
    assert employee.content.policy.policy.organization.name == "Globex"

    managed.write_text(GLOBEX)  # put back: nothing changed, the warning goes
    qtbot.waitUntil(lambda: notice_says(employee, "Your organization's policy was updated"))


def test_a_deleted_policy_flag_file_is_kept(qtbot, tmp_path, keyring_store, isolated_locations):
    flagged = tmp_path / "flag.toml"
    flagged.write_text(GLOBEX)
    employee = start(qtbot, tmp_path, keyring_store, flagged, flag=str(flagged), locations=isolated_locations)
    flagged.unlink()
    qtbot.waitUntil(lambda: notice_says(employee, "file not found; --policy names it"))
    assert str(flagged) in policy_notice(employee).summary.text()
    assert employee.content.policy.policy.organization.name == "Globex"


def test_an_open_export_keeps_the_policy_it_was_opened_with(qtbot, tmp_path, keyring_store, isolated_locations):
    first, second = (str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2))
    managed = isolated_locations.managed
    managed.write_text(f'{GLOBEX}[campaign]\nid = "2026-q4"\n[submission]\nrecipient = "{first}"\n')
    employee = start(qtbot, tmp_path, keyring_store, managed, locations=isolated_locations)
    complete(employee, ANSWERS)
    dialog = employee.results.open_export(employee.store, employee.draft_id, opener=lambda d: None)
    qtbot.addWidget(dialog)
    snapshot = dialog.exporter.policy

    managed.write_text(f'{GLOBEX}[campaign]\nid = "2027-q1"\n[submission]\nrecipient = "{second}"\n')
    qtbot.waitUntil(lambda: notice_says(employee, "Your organization's policy was updated"))
    assert dialog.exporter.policy is snapshot
    assert (snapshot.campaign.id, snapshot.submission.recipient) == ("2026-q4", first)
    latest = employee.results.latest_completed(employee.store)
    again = employee.results.open_export(employee.store, latest.id, opener=lambda d: None)
    qtbot.addWidget(again)
    assert (again.exporter.policy.campaign.id, again.exporter.policy.submission.recipient) == ("2027-q1", second)
