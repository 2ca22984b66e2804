"""`candor demo-summaries`: realistic encrypted summaries through the real builder, with their truth."""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyrage
import pytest
from jsonschema import Draft202012Validator
from pyrage import x25519

from desktop.commands.demo import run_demo_summaries, write_demo_summaries
from desktop.core.answers import OtherTool
from desktop.core.catalog import load_catalog
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire import QuestionType
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.rr_estimate import estimate_binary
from desktop.core.schema_check import load_schema
from desktop.core.summary import known_tool_ids
from desktop.core.tool_answers import question_feeding
from desktop.demo.population import Population, generate_answers
from desktop.demo.truth import TruthTally

ROOT = Path(__file__).resolve().parents[2]
Q = load_questionnaire()
CATALOG = load_catalog()
VALIDATOR = Draft202012Validator(load_schema("summary"))
AGE = shutil.which("age") or ("/usr/bin/age" if Path("/usr/bin/age").exists() else None)


def candor(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def summaries(folder: Path, identity: x25519.Identity) -> dict[str, dict]:
    """Every summary in ``folder``, decrypted with the collector's key, by file name."""
    return {path.name: json.loads(pyrage.decrypt(path.read_bytes(), [identity]))
            for path in sorted(folder.glob("*.age"))}


def example_policy(tmp_path: Path, recipient: str, *, rr: bool) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(
        f'[campaign]\nid = "demo-7"\n\n[privacy]\nrandomized_response = {str(rr).lower()}\n\n'
        f'[submission]\nrecipient = "{recipient}"\n\n'
        '[[tools]]\nid = "microsoft-copilot"\nstatus = "approved"\n\n'
        '[[tools]]\nid = "chatgpt"\nstatus = "tolerated"\n\n'
        '[[tools]]\nid = "deepseek"\nstatus = "prohibited"\n\n'
        '[[tools]]\nid = "acme-assistant"\nname = "Acme Assistant"\ncategory = "chat"\nstatus = "approved"\n\n'
        '[[org_units]]\ncode = "engineering"\nlabel = "Engineering"\n\n'
        '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n',
        encoding="utf-8",
    )
    return path


# --- the command ---------------------------------------------------------------------------------


def test_writes_n_decryptable_schema_valid_summaries_and_the_truth(tmp_path, identity, recipient):
    out = tmp_path / "demo"
    result = candor("demo-summaries", "--n", "40", "--seed", "7", "--out", str(out), "--recipient", recipient)

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 40 summaries to {out} (truth in {out / 'truth.json'})\n"
    files = sorted(out.glob("*.age"))
    assert len(files) == 40
    assert sorted(p.name for p in out.iterdir()) == sorted([*(p.name for p in files), "truth.json"])
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    decoded = summaries(out, identity)
    for name, summary in decoded.items():
        assert name.startswith("candor-default-") and len(name) == len("candor-default-") + 16 + len(".age")
        VALIDATOR.validate(summary)
        assert summary["campaign"] == "default"
        assert summary["privacy"]["randomized_response"] is True  # the default policy's setting
        assert set(summary["randomized"]["unapproved_use"]) == set(known_tool_ids(CATALOG, Policy.defaults()))
    assert len({s["submission_id"] for s in decoded.values()}) == 40
    truth = json.loads((out / "truth.json").read_text())
    assert truth["n"] == 40 and truth["campaign"] == "default" and truth["seed"] == 7
    assert truth["epsilon"] == pytest.approx(1.0986122886681098)


def test_same_seed_same_truth_and_names_other_seed_differs(tmp_path, recipient):
    first, second, third = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert run_demo_summaries(60, first, 7, recipient, Policy.defaults()) == 0
    assert run_demo_summaries(60, second, 7, recipient, Policy.defaults()) == 0
    assert run_demo_summaries(60, third, 8, recipient, Policy.defaults()) == 0

    assert (first / "truth.json").read_bytes() == (second / "truth.json").read_bytes()
    assert sorted(p.name for p in first.glob("*.age")) == sorted(p.name for p in second.glob("*.age"))
    assert sorted(p.name for p in first.glob("*.age")) != sorted(p.name for p in third.glob("*.age"))
    assert (first / "truth.json").read_bytes() != (third / "truth.json").read_bytes()


def test_same_seed_same_summaries_and_a_prefix_of_a_longer_run(tmp_path, identity, recipient):
    write_demo_summaries(10, tmp_path / "short", recipient=recipient, policy=Policy.defaults(), seed=3)
    write_demo_summaries(25, tmp_path / "long", recipient=recipient, policy=Policy.defaults(), seed=3)
    short, long = summaries(tmp_path / "short", identity), summaries(tmp_path / "long", identity)
    assert short.items() <= long.items()  # respondent i is the same whatever N is: same name, same content


def test_truth_shares_are_shares_and_chatgpt_leads(tmp_path, recipient):
    truth_path = write_demo_summaries(1000, tmp_path / "out", recipient=recipient, policy=Policy.defaults(), seed=11)
    truth = json.loads(truth_path.read_text())

    assert set(truth["tools"]) == set(known_tool_ids(CATALOG, Policy.defaults()))
    shares = [entry["unapproved_use"] for entry in truth["tools"].values()]
    shares += list(truth["data_to_unapproved"].values()) + [truth["pays_out_of_pocket"]]
    assert all(0.0 <= share <= 1.0 for share in shares)
    unapproved = {tool: entry["unapproved_use"] for tool, entry in truth["tools"].items()}
    ranking = sorted(unapproved, key=unapproved.get, reverse=True)
    assert ranking[0] == "chatgpt"
    assert ranking[1:4] == ["microsoft-copilot", "gemini", "claude"]
    # The survey figures the population follows: ~75% use AI, ~35% of users pay themselves.
    assert 0.70 <= truth["uses_ai"] <= 0.80
    assert 0.20 <= truth["pays_out_of_pocket"] / truth["uses_ai"] <= 0.50
    classes = truth["data_to_unapproved"]
    assert max(classes, key=classes.get) == "internal"
    assert classes["customer_personal"] > classes["employee_data"] > classes["health"]
    assert 0.005 <= classes["credentials"] <= 0.08  # rare, not absent


def test_collector_estimates_recover_the_truth_under_randomized_response(tmp_path, identity, recipient):
    """3,000 summaries at epsilon ln 3: the debiased shares' 95% intervals hold the true shares."""
    policy = Policy.defaults()
    truth_path = write_demo_summaries(3000, tmp_path / "out", recipient=recipient, policy=policy, seed=2026)
    truth = json.loads(truth_path.read_text())
    yes: Counter[str] = Counter()
    n = 0
    for path in (tmp_path / "out").glob("*.age"):
        bits = json.loads(pyrage.decrypt(path.read_bytes(), [identity]))["randomized"]["unapproved_use"]
        yes.update(tool for tool, bit in bits.items() if bit)
        n += 1
    assert n == truth["n"] == 3000

    estimates = {tool: estimate_binary(yes[tool], n, policy.privacy.epsilon) for tool in truth["tools"]}
    covered = [tool for tool, est in estimates.items()
               if est.ci_low <= truth["tools"][tool]["unapproved_use"] <= est.ci_high]
    assert len(covered) >= 0.85 * len(estimates), sorted(set(estimates) - set(covered))
    chatgpt = estimates["chatgpt"]
    assert chatgpt.ci_low <= truth["tools"]["chatgpt"]["unapproved_use"] <= chatgpt.ci_high
    assert chatgpt.half_width < 0.05


def test_policy_flag_sets_campaign_recipient_and_plain_summaries_match_the_truth_exactly(tmp_path, identity,
                                                                                          recipient):
    policy = example_policy(tmp_path, recipient, rr=False)
    out = tmp_path / "out"
    result = candor("demo-summaries", "--n", "300", "--seed", "5", "--out", str(out), "--policy", str(policy))

    assert result.returncode == 0, result.stderr
    decoded = summaries(out, identity)
    assert len(decoded) == 300 and all(name.startswith("candor-demo-7-") for name in decoded)
    truth = json.loads((out / "truth.json").read_text())
    assert truth["campaign"] == "demo-7" and truth["randomized_response"] is False and truth["epsilon"] is None
    used: Counter[str] = Counter()
    unapproved: Counter[str] = Counter()
    pays = 0
    for summary in decoded.values():
        VALIDATOR.validate(summary)
        assert "randomized" not in summary
        used.update({t["tool"] for t in summary["tools"]})
        unapproved.update({t["tool"] for t in summary["tools"] if t["status"] != "approved"})
        pays += summary["spend"]["pays_out_of_pocket"]
        assert summary.get("group", {}).get("org_unit", "sales") in {"engineering", "sales"}
    # Without randomized response the summaries carry the truth itself: the tally must agree exactly.
    for tool, entry in truth["tools"].items():
        assert entry["use"] == round(used[tool] / 300, 6)
        assert entry["unapproved_use"] == round(unapproved[tool] / 300, 6)
    assert truth["pays_out_of_pocket"] == round(pays / 300, 6)
    assert truth["tools"]["microsoft-copilot"]["unapproved_use"] == 0.0
    assert truth["tools"]["microsoft-copilot"]["use"] > 0.2  # the approved tool is widely used
    assert truth["tools"]["acme-assistant"]["status"] == "approved" and truth["tools"]["acme-assistant"]["use"] > 0
    # About 55% of AI users use something unapproved; the rest stick to approved tools.
    someone_unapproved = sum(any(t["status"] != "approved" for t in s["tools"]) for s in decoded.values())
    someone_uses = sum(bool(s["tools"]) for s in decoded.values())
    assert 0.40 <= someone_unapproved / someone_uses <= 0.70


@pytest.mark.skipif(AGE is None, reason="the age command-line tool is not installed")
def test_the_standard_age_tool_opens_a_demo_summary(tmp_path, identity, recipient):
    write_demo_summaries(1, tmp_path / "out", recipient=recipient, policy=Policy.defaults(), seed=1)
    key = tmp_path / "id.txt"
    key.write_text(f"# demo key\n{identity}\n")
    key.chmod(0o600)
    (path,) = (tmp_path / "out").glob("*.age")
    result = subprocess.run([AGE, "-d", "-i", str(key), str(path)], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    VALIDATOR.validate(json.loads(result.stdout))


# --- bad input -----------------------------------------------------------------------------------


def test_bad_recipient_exits_1_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = candor("demo-summaries", "--n", "5", "--out", str(out), "--recipient", "age1notakey")
    assert result.returncode == 1
    assert "'age1notakey' is not an age recipient" in result.stderr
    assert "candor keys new" in result.stderr
    assert not out.exists()


def test_missing_recipient_exits_1_naming_the_flag_and_the_policy_field(tmp_path):
    result = candor("demo-summaries", "--n", "5", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "--recipient" in result.stderr and "submission.recipient" in result.stderr


@pytest.mark.parametrize("n", ["0", "-3", "200001"])
def test_n_out_of_range_is_a_usage_error(tmp_path, recipient, n):
    result = candor("demo-summaries", "--n", n, "--out", str(tmp_path / "out"), "--recipient", recipient)
    assert result.returncode == 2
    assert "--n must be a whole number from 1 to 200,000" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_folder_that_already_holds_summaries_is_refused(tmp_path, recipient, capsys):
    out = tmp_path / "out"
    assert run_demo_summaries(3, out, 1, recipient, Policy.defaults()) == 0
    capsys.readouterr()
    assert run_demo_summaries(3, out, 2, recipient, Policy.defaults()) == 1
    assert "already holds summaries" in capsys.readouterr().err
    assert len(list(out.glob("*.age"))) == 3


def test_an_existing_empty_folder_is_used_and_a_file_is_refused(tmp_path, recipient, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_demo_summaries(2, empty, 1, recipient, Policy.defaults()) == 0
    assert len(list(empty.glob("*.age"))) == 2
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert run_demo_summaries(2, a_file, 1, recipient, Policy.defaults()) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_a_broken_policy_is_reported_not_silently_replaced(tmp_path, recipient):
    policy = tmp_path / "policy.toml"
    policy.write_text('[privacy]\nmin_group_size = 1\n')
    result = candor("demo-summaries", "--n", "2", "--out", str(tmp_path / "out"), "--recipient", recipient,
                    "--policy", str(policy))
    assert result.returncode == 1
    assert "min_group_size" in result.stderr
    assert not (tmp_path / "out").exists()


# --- the population ------------------------------------------------------------------------------


def _valid_codes_only(effective: dict, other_keys: set[str], policy: Policy) -> None:
    tool_ids = set(CATALOG.ids()) | {rule.id for rule in policy.tools} | other_keys | {"none"}
    for key, value in effective.items():
        question = Q.question(key.partition("@")[0])
        assert question.type is not QuestionType.FREE_TEXT
        if question.type is QuestionType.TOOL_PICKER:
            assert set(value) <= tool_ids
        elif question.type is QuestionType.ORG_UNIT:
            assert value in {unit.code for unit in policy.org_units}
        elif isinstance(value, list):
            assert value and set(value) <= set(question.codes), (key, value)
            assert len(value) == len(set(value))
            assert not (set(value) & question.exclusive) or len(value) == 1, (key, value)
        else:
            assert value in question.codes, (key, value)


@pytest.mark.parametrize("rr", [True, False])
def test_answers_are_valid_codes_of_the_real_questionnaire(tmp_path, recipient, rr):
    policy = Policy.from_data({
        "privacy": {"randomized_response": rr},
        "tools": [{"id": "microsoft-copilot", "status": "approved"},
                  {"id": "inhouse", "status": "approved", "name": "In-house", "category": "coding"}],
        "org_units": [{"code": "it", "label": "IT"}, {"code": "hr", "label": "People"}],
    })
    population = Population(Q, CATALOG, policy)
    navigator = Navigator(Q, org_units_offered=True)
    for seed in range(400):
        answers = population.answers(random.Random(seed))
        effective = navigator.effective_answers(answers)
        _valid_codes_only(effective, set(answers.other_tools), policy)
        # Required questions that are shown are answered, as the wizard insists.
        for view in navigator.walk(answers).pages:
            for question in view.questions:
                if question.required:
                    assert answers.has(question.id, view.ref.tool), (view.ref, question.id)


def test_approved_tools_come_from_work_accounts_and_unapproved_from_personal_ones():
    policy = Policy.from_data({"tools": [{"id": "chatgpt", "status": "approved"}]})
    population = Population(Q, CATALOG, policy)
    navigator = Navigator(Q)
    kinds: dict[str, Counter[str]] = {"approved": Counter(), "other": Counter()}
    for seed in range(1500):
        effective = navigator.effective_answers(population.answers(random.Random(seed)))
        for key, value in effective.items():
            question_id, _, tool = key.partition("@")
            if question_id == "account_kind" and CATALOG.get(tool) and CATALOG.get(tool).category == "chat":
                kinds["approved" if tool == "chatgpt" else "other"][value] += 1
    approved, other = kinds["approved"], kinds["other"]
    assert approved["company_provided"] / approved.total() > 0.6
    assert (other["personal_free"] + other["personal_paid"]) / other.total() > 0.6


def test_leaders_see_the_strategy_working_employees_mostly_do_not():
    population = Population(Q, CATALOG, Policy.defaults())
    question = question_feeding(Q, "strategy_successful")
    role_question = question_feeding(Q, "role_level")
    agree = {"leader": [0, 0], "employee": [0, 0]}
    for seed in range(3000):
        answers = population.answers(random.Random(seed))
        view, role = answers.get(question.id), answers.get(role_question.id)
        if view is None or role is None:
            continue
        group = "leader" if role == "senior_leader" else "employee" if role == "individual_contributor" else None
        if group:
            agree[group][0] += view in ("agree", "strongly_agree")
            agree[group][1] += 1
    leaders = agree["leader"][0] / agree["leader"][1]
    employees = agree["employee"][0] / agree["employee"][1]
    assert leaders > 0.5 > employees


def test_generate_answers_is_reproducible_for_a_seeded_rng():
    first = generate_answers(random.Random(42), Q, CATALOG, Policy.defaults())
    second = generate_answers(random.Random(42), Q, CATALOG, Policy.defaults())
    assert first == second
    assert first != generate_answers(random.Random(43), Q, CATALOG, Policy.defaults())


def test_truth_tally_counts_like_the_builder():
    policy = Policy.from_data({"tools": [{"id": "chatgpt", "status": "approved"}]})
    tally = TruthTally(Q, CATALOG, policy)
    tally.add({"tools_used": ["chatgpt", "claude", "other-1"], "account_kind@chatgpt": "personal_paid",
               "data_classes@chatgpt": ["credentials"], "account_kind@claude": "personal_free",
               "data_classes@claude": ["source_code", "public"], "data_classes@other-1": ["health"]},
              {"other-1": OtherTool("other-1", "Secret name", "writing")})
    tally.add({"tools_used": ["none"]}, {})
    truth = tally.to_dict()
    assert truth["n"] == 2 and truth["uses_ai"] == 0.5 and truth["pays_out_of_pocket"] == 0.5
    assert truth["tools"]["chatgpt"] == {"status": "approved", "use": 0.5, "unapproved_use": 0.0}
    assert truth["tools"]["claude"]["unapproved_use"] == 0.5
    assert truth["tools"]["other:writing"]["unapproved_use"] == 0.5
    assert truth["data_to_unapproved"]["source_code"] == 0.5
    assert truth["data_to_unapproved"]["health"] == 0.5
    assert truth["data_to_unapproved"]["credentials"] == 0.0  # went into the approved tool only
    assert truth["data_to_personal"]["credentials"] == 0.5
    assert "public" not in truth["data_to_unapproved"]
    assert "Secret name" not in json.dumps(truth)
