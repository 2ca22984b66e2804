"""The `candor` command as IT and compliance use it: real processes, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def candor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=120)


def test_policy_check_misspelled_status_names_field_value_and_allowed(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[organization]\nname = "Acme"\n\n[[tools]]\nid = "chatgpt"\nstatus = "aproved"\n')
    result = candor("policy", "check", str(policy))
    assert result.returncode == 1
    assert (f"{policy}, line 6, tools[0].status: 'aproved' is not allowed; "
            "use one of: approved, tolerated, prohibited") in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[organization\nname = 1", "line 1"),
        ('[organisation]\nname = "x"\n', "unknown field 'organisation' (did you mean 'organization'?)"),
        ("[privacy]\nmin_group_size = \"five\"\n", "min_group_size: 'five' has the wrong type; expected integer"),
        ("[privacy]\nmin_group_size = 2\n", "privacy.min_group_size"),
    ],
)
def test_policy_check_bad_inputs_exit_1_with_the_problem(tmp_path, text, expected):
    policy = tmp_path / "p.toml"
    policy.write_text(text)
    result = candor("policy", "check", str(policy))
    assert result.returncode == 1
    assert expected in result.stderr


def test_policy_check_valid_example_exits_0():
    result = candor("policy", "check", str(ROOT / "resources" / "policy" / "example.toml"))
    assert result.returncode == 0, result.stderr
    assert "is a valid Candor policy" in result.stdout
    # what the privacy settings mean, in words IT can pass on
    assert "The true answer is sent 3 times as often as another (75% of yes/no answers are sent as given" \
        in result.stdout


def test_policy_show_names_where_each_value_came_from(tmp_path):
    policy = tmp_path / "org.toml"
    policy.write_text('[organization]\nname = "Initech"\n')
    result = candor("policy", "show", "--policy", str(policy))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.strip().startswith("organization.name"))
    assert '"Initech"' in line and f"{policy} (--policy)" in line
    contact = next(line for line in result.stdout.splitlines() if line.strip().startswith("privacy.min_group_size"))
    assert "default.toml (bundled)" in contact


def test_policy_show_with_candor_policy_missing_file_fails(tmp_path):
    result = candor("policy", "show", env={"CANDOR_POLICY": str(tmp_path / "missing.toml")})
    assert result.returncode == 1
    assert "missing.toml: file not found" in result.stdout


def test_self_test_passes_on_this_installation(tmp_path):
    result = candor("self-test", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in ("content", "policy", "database", "keyring", "qt", "languages"):
        assert any(line.startswith("ok") and f" {name} " in line for line in lines), name
    languages = next(line for line in lines if " languages " in line)
    assert all(code in languages for code in ("de", "fr", "es")) and "Qt's own" in languages
    assert "all checks passed" in result.stdout
    assert str(tmp_path / "d") in result.stdout


def test_self_test_fails_on_a_broken_policy(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[tools]]\nid = "chatgpt"\nstatus = "aproved"\n')
    result = candor("self-test", "--policy", str(bad))
    assert result.returncode == 1
    assert any(line.startswith("FAIL  policy") and "aproved" in line for line in result.stdout.splitlines())
    assert any(line.startswith("ok    content") for line in result.stdout.splitlines())


def test_self_test_warns_when_candor_policy_sets_a_field(tmp_path):
    override = tmp_path / "test-override.toml"
    override.write_text("[privacy]\nmin_group_size = 9\n[campaign]\nid = \"pilot\"\n")
    result = candor("self-test", "--data-dir", str(tmp_path / "d"), env={"CANDOR_POLICY": str(override)})
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = [line for line in result.stdout.splitlines() if " policy " in line]
    assert line.startswith("warn  policy")
    assert f"{override} (CANDOR_POLICY) sets privacy.min_group_size, campaign.id" in line
    assert result.stdout.splitlines()[-1] == "all checks passed, with 1 warning(s) to look at"


def test_self_test_fails_when_a_translation_is_missing(tmp_path):
    import shutil

    from desktop.core.resources import resource

    copy = tmp_path / "resources"
    shutil.copytree(resource(), copy)
    (copy / "i18n" / "candor_fr.qm").write_bytes(b"not a translation")
    result = candor("self-test", env={"CANDOR_RESOURCES": str(copy)})
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if " languages " in line)
    assert line.startswith("FAIL") and "candor_fr.qm does not load" in line


def test_usage_errors_exit_2():
    assert candor("policy").returncode == 2
    assert candor("no-such-command").returncode == 2


def test_version():
    result = candor("--version")
    assert result.returncode == 0 and result.stdout.startswith("Candor ")


# --- common options before or after the command -------------------------------------------------------

COMMANDS = [["collector"], ["policy", "check", "x.toml"], ["policy", "show"], ["self-test"], ["keys", "new"],
            ["demo-summaries", "--n", "1", "--out", "d"], ["ingest", "p"], ["report", "--out", "r.html"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("where", ["before", "after", "both"])
def test_every_command_takes_the_common_options_before_or_after_its_name(command, where):
    from desktop.cli import parse_args

    options = ["--data-dir", "D", "--policy", "P.toml", "--lang", "de"]
    argv = {"before": [*options, *command], "after": [*command, *options],
            "both": [*options, *command, *options]}[where]
    args = parse_args(argv)
    assert (args.data_dir, args.policy, args.lang) == ("D", "P.toml", "de")
    assert not any(name.startswith("after_") for name in vars(args))


def test_the_same_option_with_two_values_is_a_usage_error_naming_it():
    result = candor("--data-dir", "A", "policy", "show", "--data-dir", "B")
    assert result.returncode == 2
    assert "--data-dir is given twice with different values" in result.stderr


def test_policy_before_the_command_is_the_policy_shown(tmp_path):
    policy = tmp_path / "org.toml"
    policy.write_text('[organization]\nname = "Initech"\n')
    result = candor("--policy", str(policy), "policy", "show")
    assert result.returncode == 0, result.stderr
    assert "Initech" in result.stdout and str(policy) in result.stdout
