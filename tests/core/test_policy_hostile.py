"""Hostile policy files: deep nesting, pipes and devices give one plain problem, never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.policy_file import policy_problems
from desktop.core.policy_locations import PolicyLocations
from desktop.core.policy_sources import check_policy_file, read_policy_file, resolve_policy
from desktop.core.regular_file import NotARegularFile, read_regular
from desktop.core.toml_depth import MAX_DEPTH, too_deep
from tests.hostile import crafted_policies, deep_dotted_key, deep_header, nested_arrays, nested_inline_tables

ROOT = Path(__file__).resolve().parents[2]
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


@pytest.mark.parametrize("name", list(crafted_policies()))
def test_a_deeply_nested_policy_is_one_problem_found_before_parsing(name, tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(crafted_policies()[name], encoding="utf-8")
    started = time.perf_counter()
    problems = check_policy_file(path)
    assert time.perf_counter() - started < 1
    assert len(problems) == 1
    assert f"more than {MAX_DEPTH} levels deep" in problems[0].message and problems[0].line is not None


def test_a_deep_user_policy_does_not_stop_start_up(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text(nested_arrays(600), encoding="utf-8")
    effective = resolve_policy(None, {}, None, PolicyLocations(managed=None, user=user, bundled=None))
    assert [problem.file for problem in effective.problems] == [str(user)]
    assert effective.policy.campaign.id  # started on the defaults


@pytest.mark.parametrize(("text", "depth"), [
    ("[privacy]\nepsilon = 1.1\n", 2),
    ('[[tools]]\nid = "x"\nnote = { en = "a [[[[ b", de = """\n{{{{ [[[[\n""" }\n', 4),
    ("a.b.c = [[1.5, 2.5], [3]]\n", 5),
    ("[a.'b.c'.\"d.e\"]\nk = 1 # [[[[[[[[\n", 4),
    ("[[a.b]]\n", 3),
])
def test_the_measure_counts_levels_and_ignores_strings_and_comments(text, depth):
    assert too_deep(text, depth) is None
    assert too_deep(text, depth - 1) is not None


@pytest.mark.parametrize("make", [nested_arrays, nested_inline_tables, deep_header, deep_dotted_key])
def test_nesting_just_within_the_bound_is_parsed(make):
    for depth in range(1, 40):
        text = make(depth)
        if too_deep(text) is None:
            problems = policy_problems(text, "p.toml")  # parses without RecursionError
            assert all("levels deep" not in problem.message for problem in problems)


@needs_fifo
def test_a_policy_path_that_is_a_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)
    started = time.perf_counter()
    problems = check_policy_file(fifo)
    assert time.perf_counter() - started < 1
    assert len(problems) == 1 and "named pipe" in problems[0].message
    with pytest.raises(NotARegularFile):
        read_regular(fifo, 100)


def test_a_device_is_refused_unread():
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    problems = check_policy_file("/dev/zero")
    assert len(problems) == 1 and "is a device, not a file" in problems[0].message


def test_a_folder_is_still_named_as_a_folder(tmp_path):
    problems = check_policy_file(tmp_path)
    assert problems[0].message == "is a folder; name the policy file inside it"
    with pytest.raises(Exception, match="file not found"):
        read_policy_file(tmp_path / "missing.toml")


def candor(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)


@needs_fifo
def test_policy_check_of_deep_nesting_and_of_a_pipe_exits_1_in_a_sentence(tmp_path):
    deep = tmp_path / "deep.toml"
    deep.write_text(nested_inline_tables(600), encoding="utf-8")
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for path, words in ((deep, "levels deep"), (fifo, "named pipe")):
        result = candor("policy", "check", str(path))
        assert result.returncode == 1, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
