"""`candor self-test` and `policy show` on a machine with a managed policy: a control that cannot be used
fails, overrides warn (self-test) or are listed (show).

Run in-process with the managed location under ``tmp_path`` (never /etc); the checks that have
nothing to do with the policy are stood in for.
"""

from __future__ import annotations

import pyrage
import pytest

from desktop import cli
from desktop.commands import selftest
from desktop.core.policy_locations import PolicyLocations
from tests.policy_accounts import BYSTANDER

IT_KEY = str(pyrage.x25519.Identity.generate().to_public())
OTHER_KEY = str(pyrage.x25519.Identity.generate().to_public())


@pytest.fixture
def locations(tmp_path, monkeypatch) -> PolicyLocations:
    for name in ("check_database", "check_keyring", "check_qt", "check_languages"):
        monkeypatch.setattr(selftest, name, lambda *_args: "not part of this test")
    managed = tmp_path / "etc" / "candor" / "policy.toml"
    managed.parent.mkdir(parents=True)
    return PolicyLocations(managed, tmp_path / "user.toml", tmp_path / "bundled.toml", BYSTANDER)


def run(capsys, locations, env=None) -> tuple[int, dict[str, str], str]:
    code = selftest.run_self_test(env=env or {}, locations=locations)
    lines = capsys.readouterr().out.splitlines()
    return code, {line[6:15].strip(): line for line in lines[1:-1]}, lines[-1]


def test_a_good_managed_policy_passes_and_says_what_it_locks(capsys, locations):
    locations.managed.write_text(f'[submission]\nrecipient = "{IT_KEY}"\n')
    code, lines, last = run(capsys, locations)
    assert code == 0 and last == "all checks passed"
    assert lines["policy"].startswith("ok    policy")
    assert f"{locations.managed} (managed) alone sets the recipient, plaintext, drop folder and privacy" \
        in lines["policy"]


@pytest.mark.parametrize(("write", "reason"), [
    (lambda path: path.write_text("[privacy]\nepsilon = 9.0\n"), ", line 2, privacy.epsilon: 9.0 is too large"),
    (lambda path: path.mkdir(), ": is a folder; name the policy file inside it"),
    (lambda path: (path.write_text("[organization]\n"), path.chmod(0o666)),
     ": cannot be trusted as the managed policy, because"),
])
def test_a_managed_policy_that_cannot_be_used_fails_with_the_file_and_the_reason(capsys, locations, write, reason):
    write(locations.managed)
    locations.user.write_text(f'[submission]\nrecipient = "{OTHER_KEY}"\n')
    code, lines, last = run(capsys, locations)
    assert code == 1 and last == "1 check(s) failed"
    assert lines["policy"].startswith(f"FAIL  policy    export is OFF until this is fixed: {locations.managed}{reason}")
    assert lines["content"].startswith("ok    content")


def test_an_override_on_the_machine_warns_and_names_what_was_refused(capsys, locations, tmp_path):
    locations.managed.write_text(f'[submission]\nrecipient = "{IT_KEY}"\n')
    override = tmp_path / "override.toml"
    override.write_text(f'[submission]\nrecipient = "{OTHER_KEY}"\n[privacy]\nmin_group_size = 10\n')
    code, lines, last = run(capsys, locations, env={"CANDOR_POLICY": str(override)})
    assert code == 0 and last == "all checks passed, with 1 warning(s) to look at"
    line = lines["policy"]
    assert line.startswith("warn  policy")
    assert f"{override} (CANDOR_POLICY) sets submission.recipient, privacy.min_group_size" in line
    assert (f"refused, because {locations.managed} (managed) locks them: submission.recipient from {override}"
            " (CANDOR_POLICY)") in line


def show(capsys, monkeypatch, locations, *args) -> tuple[int, str]:
    monkeypatch.setattr(PolicyLocations, "for_this_system", classmethod(lambda cls: locations))
    monkeypatch.delenv("CANDOR_POLICY", raising=False)
    code = cli.main(["policy", "show", *args])
    return code, capsys.readouterr().out


def test_policy_show_exits_1_when_the_managed_policy_cannot_be_used(capsys, monkeypatch, locations):
    locations.managed.write_text(f'[submission]\nrecipient = "{IT_KEY}"\n')
    locations.managed.chmod(0o646)
    code, out = show(capsys, monkeypatch, locations)
    assert code == 1
    assert (f"Export is OFF until this is fixed: {locations.managed} could be changed without administrator rights"
            in out)
    assert f"{locations.managed}: cannot be trusted as the managed policy" in out


def test_policy_show_lists_a_refused_flag_and_exits_0(capsys, monkeypatch, locations, tmp_path):
    locations.managed.write_text(f'[submission]\nrecipient = "{IT_KEY}"\n')
    flag = tmp_path / "flag.toml"
    flag.write_text("[submission]\nallow_plaintext = true\n")
    code, out = show(capsys, monkeypatch, locations, "--policy", str(flag))
    assert code == 0
    assert (f"  submission.allow_plaintext = true from {flag} (--policy): refused, it would weaken false, the"
            f" built-in default that {locations.managed} (managed) leaves in place") in out
