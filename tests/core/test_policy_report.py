"""What `candor policy check` and `candor policy show` print."""

from __future__ import annotations

from pathlib import Path

from pyrage import x25519

from desktop.core.errors import Problem
from desktop.core.policy import leaf_fields
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_report import check_report, format_value, show_report
from desktop.core.policy_sources import resolve_policy
from tests.policy_accounts import BYSTANDER


def test_check_report_ok():
    assert check_report([], "policy.toml") == "OK: policy.toml is a valid Candor policy"


def test_check_report_one_line_per_problem():
    problems = [
        Problem("policy.toml", "tools[0].status", "'aproved' is not allowed; use one of: approved", 12),
        Problem("policy.toml", "", "not valid TOML: Invalid value (column 3)", 20),
    ]
    assert check_report(problems, "policy.toml").splitlines() == [
        "policy.toml, line 12, tools[0].status: 'aproved' is not allowed; use one of: approved",
        "policy.toml, line 20: not valid TOML: Invalid value (column 3)",
    ]


def resolve(tmp_path: Path, managed: str, user: str | None = None):
    managed_path = tmp_path / "managed.toml"
    managed_path.write_text(managed, encoding="utf-8")
    user_path = tmp_path / "user.toml"
    if user is not None:
        user_path.write_text(user, encoding="utf-8")
    locations = PolicyLocations(managed=managed_path, user=user_path, bundled=tmp_path / "absent.toml",
                                account=BYSTANDER)
    return resolve_policy(None, {}, {"chatgpt", "microsoft-copilot"}, locations)


def test_show_lists_sources_fields_and_tools(tmp_path):
    recipient = str(x25519.Identity.generate().to_public())
    managed = (
        f'[organization]\nname = "Acme"\n[submission]\nrecipient = "{recipient}"\n'
        '[[tools]]\nid = "chatgpt"\nstatus = "prohibited"\nalternative = "microsoft-copilot"\n'
        'note = "Use Copilot."\n'
        '[[tools]]\nid = "microsoft-copilot"\nstatus = "approved"\n'
        '[[org_units]]\ncode = "sales"\nlabel = { en = "Sales", de = "Vertrieb" }\n'
    )
    report = show_report(resolve(tmp_path, managed))
    lines = report.splitlines()
    assert lines[0] == "Policy sources, highest priority first:"
    managed_label = f"{tmp_path / 'managed.toml'} (managed)"
    source_rows = {line.split()[0]: line.split() for line in lines[1:7]}
    assert source_rows["--policy"][1:] == ["(not", "given)", "absent"]
    assert source_rows["managed"][1:] == [str(tmp_path / "managed.toml"), "found"]
    assert source_rows["user"][1:] == [str(tmp_path / "user.toml"), "absent"]
    assert source_rows["built-in"][-1] == "found"
    assert "Problems" not in report

    rows = {line.split()[0]: line for line in lines if line.startswith("  ") and "." in line.split()[0]}
    for path in leaf_fields():
        assert path in rows, path
    assert rows["organization.name"].split(None, 2)[1:] == ['"Acme"', managed_label]
    assert recipient in rows["submission.recipient"]  # public: printed in full
    assert rows["campaign.closes"].split(None, 3)[1:] == ["(not", "set)", "built-in defaults"]
    assert rows["privacy.randomized_response"].split()[1] == "true"

    tool_lines = [line.split() for line in lines if line.startswith(("  chatgpt", "  microsoft"))]
    tool_rows = {row[0]: row for row in tool_lines}
    assert tool_rows["chatgpt"][:3] == ["chatgpt", "prohibited", "microsoft-copilot"]
    assert tool_rows["chatgpt"][-2:] == ["Use", "Copilot."]
    assert tool_rows["microsoft-copilot"][1] == "approved"
    assert "  sales  en: Sales; de: Vertrieb" in lines


def test_show_puts_problems_near_the_top(tmp_path):
    effective = resolve(tmp_path, "[privacy]\nmin_group_size = 1\n", user='[organization]\nname = "Me"\n')
    report = show_report(effective)
    assert "Problems (a file with problems is ignored as a whole):" in report
    assert f"  {tmp_path / 'managed.toml'}, line 2, privacy.min_group_size: 1 is too small" in report
    assert report.index("Problems") < report.index("Effective policy")
    assert "invalid" in report.splitlines()[3]  # the managed row
    [name_row] = [line for line in report.splitlines() if line.startswith("  organization.name")]
    assert name_row.split()[1] == '"Me"'


def test_show_without_tools_or_org_units(tmp_path):
    report = show_report(resolve(tmp_path, ""))
    assert "Tools: no rules; every catalog tool has the status not_listed." in report
    assert "Org units: none offered (from built-in defaults)" in report


def test_format_value():
    assert format_value(None) == "(not set)"
    assert format_value(True) == "true"
    assert format_value("x") == '"x"'
    assert format_value(5) == "5"


def test_show_names_the_control_every_refused_override_and_the_locked_fields(tmp_path):
    it_key = str(x25519.Identity.generate().to_public())
    other_key = str(x25519.Identity.generate().to_public())
    managed = f'[privacy]\nmin_group_size = 5\n[submission]\nrecipient = "{it_key}"\n'
    user = f'[privacy]\nmin_group_size = 3\nepsilon = 0.7\n[submission]\nrecipient = "{other_key}"\n'
    report = show_report(resolve(tmp_path, managed, user=user))
    managed_label, user_label = f"{tmp_path / 'managed.toml'} (managed)", f"{tmp_path / 'user.toml'} (user)"
    assert f"Locked fields: only {managed_label} sets them" in report and "may only make privacy stricter" in report
    assert f"Refused overrides ({managed_label} locks these fields):" in report
    assert f'  submission.recipient = "{other_key}" from {user_label}: refused, only {managed_label} sets it' in report
    assert f"  privacy.min_group_size = 3 from {user_label}: refused, it would weaken 5 from {managed_label}" in report
    assert "Stricter overrides in effect" in report and f"privacy.epsilon = 0.7 from {user_label}: applied" in report
    rows = {line.split()[0]: line for line in report.splitlines() if line.startswith("  ") and "." in line.split()[0]}
    assert rows["submission.recipient"].endswith(f"{managed_label} [locked]") and it_key in rows["submission.recipient"]
    assert rows["privacy.epsilon"].endswith(f"{user_label} [locked]")
    assert "[locked]" not in rows["organization.name"]
    assert report.index("Refused overrides") < report.index("Effective policy")


def test_show_says_export_is_off_when_the_managed_file_cannot_be_used(tmp_path):
    report = show_report(resolve(tmp_path, "[privacy]\nmin_group_size = 1\n"))
    assert f"Export is OFF until this is fixed: {tmp_path / 'managed.toml'} has errors (see Problems below)." in report
    assert f"  {tmp_path / 'managed.toml'}, line 2, privacy.min_group_size: 1 is too small" in report


def test_show_without_a_managed_policy_says_nothing_is_locked(tmp_path):
    locations = PolicyLocations(managed=tmp_path / "absent.toml", user=None, bundled=None, account=BYSTANDER)
    report = show_report(resolve_policy(None, {}, None, locations))
    assert "Locked fields: none. There is no managed or baked-in policy" in report
    assert "[locked]" not in report
