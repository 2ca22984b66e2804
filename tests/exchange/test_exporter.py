"""Export as the employee does it: prepare, save, copy, drop; and what the log keeps."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest
from jsonschema import Draft202012Validator

from desktop.core.answers import Answers
from desktop.core.catalog import load_catalog
from desktop.core.errors import CandorError
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.schema_check import load_schema
from desktop.core.summary import Choices
from desktop.exchange.envelope import dearmor, decrypt_summary
from desktop.exchange.exporter import Exporter, ExportRefused

Q, CATALOG = load_questionnaire(), load_catalog()
VALUES = {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free",
          "data_classes@chatgpt": ["credentials"], "role_level": "manager", "notes_to_self": "canary-7Hq2"}


class Vault(dict):
    def get_private(self, name):
        return self.get(name)

    def put_private(self, name, value):
        self[name] = json.loads(json.dumps(value))


def make(tmp_path: Path, recipient: str | None, plaintext=False, drop=None):
    data = {"campaign": {"id": "2026-q4"},
            "submission": {"allow_plaintext": plaintext, **({"recipient": recipient} if recipient else {}),
                           **({"drop_folder": str(drop)} if drop else {})}}
    return Exporter(Q, CATALOG, Policy.from_data(data), "0.1.0", Vault())


def inputs():
    answers = Answers(dict(VALUES))
    return Navigator(Q).effective_answers(answers), answers.other_tools


@pytest.fixture
def identity():
    return pyrage.x25519.Identity.generate()


def test_refuses_without_a_recipient_unless_plaintext_is_allowed(tmp_path):
    exporter = make(tmp_path, None)
    assert "names no compliance key" in exporter.refusal()
    with pytest.raises(ExportRefused):
        exporter.file_bytes(exporter.prepare(*inputs()))
    plain = make(tmp_path, None, plaintext=True)
    assert plain.refusal() is None
    summary = plain.prepare(*inputs())
    assert json.loads(plain.file_bytes(summary)) == summary
    assert plain.suggested_name().endswith(".json")


def test_a_broken_managed_policy_refuses_every_way_out_even_with_a_key(tmp_path, identity):
    from desktop.core.policy_effective import ExportBlock

    drop = tmp_path / "drop"
    drop.mkdir()
    exporter = make(tmp_path, str(identity.to_public()), plaintext=True, drop=drop)
    exporter.block = ExportBlock("/etc/candor/policy.toml", "changeable", "/etc/candor belongs to you")
    assert exporter.refusal() == (
        "Your organization's policy /etc/candor/policy.toml could be changed without administrator rights, so "
        "Candor will not export a summary until it is fixed. Please tell your IT team.")
    summary = exporter.prepare(*inputs())
    for way_out in (lambda: exporter.save_as(summary, tmp_path / "out.age"), lambda: exporter.copy_text(summary),
                    lambda: exporter.drop(summary)):
        with pytest.raises(ExportRefused, match="will not export a summary"):
            way_out()
    assert list(drop.iterdir()) == [] and not (tmp_path / "out.age").exists() and exporter.log() == []


def test_save_copy_and_drop_all_decrypt_to_the_previewed_summary(tmp_path, identity):
    drop = tmp_path / "drop"
    drop.mkdir()
    exporter = make(tmp_path, str(identity.to_public()), drop=drop)
    summary = exporter.prepare(*inputs(), Choices(frozenset({"role_level"})))
    Draft202012Validator(load_schema("summary")).validate(summary)
    saved = exporter.save_as(summary, tmp_path / exporter.suggested_name())
    copied = exporter.copy_text(summary)
    dropped = exporter.drop(summary)
    assert dropped.parent == drop and dropped.name.startswith("candor-2026-q4-") and dropped.suffix == ".age"
    for blob in (saved.read_bytes(), dearmor(copied), dropped.read_bytes()):
        assert json.loads(decrypt_summary(blob, [identity])) == summary
        assert b"canary-7Hq2" not in decrypt_summary(blob, [identity])
    assert [entry.channel for entry in exporter.log()] == ["file", "clipboard", "drop_folder"]
    assert all(entry.summary == summary for entry in exporter.log())


@pytest.mark.skipif(os.name != "posix", reason="file permission bits are POSIX")
def test_an_encrypted_summary_in_the_drop_folder_is_readable_by_the_share(tmp_path, identity):
    drop = tmp_path / "drop"
    drop.mkdir()
    exporter = make(tmp_path, str(identity.to_public()), drop=drop)
    summary = exporter.prepare(*inputs())
    dropped = exporter.drop(summary)
    assert dropped.stat().st_mode & 0o777 == 0o644  # compliance's account can read it; still age-encrypted
    assert dropped.read_bytes().startswith(b"age-encryption.org/v1")
    saved = exporter.save_as(summary, tmp_path / exporter.suggested_name())
    assert saved.stat().st_mode & 0o777 == 0o600  # a file the person saves for themselves stays private


def test_preview_and_every_re_export_carry_the_same_randomized_answers(tmp_path, identity):
    exporter = make(tmp_path, str(identity.to_public()))
    first = exporter.prepare(*inputs())
    again = exporter.prepare(*inputs())
    assert first == again
    assert exporter.vault["submission-secret"] and "rr-memo:2026-q4" in exporter.vault


def test_an_unreachable_drop_folder_says_so_and_logs_nothing(tmp_path, identity):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    exporter = make(tmp_path, str(identity.to_public()), drop=blocker / "inside")
    summary = exporter.prepare(*inputs())
    with pytest.raises(CandorError) as caught:
        exporter.drop(summary)
    assert str(blocker / "inside") in str(caught.value)
    assert exporter.log() == []


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is not installed (./dev installs it)")
def test_debian_age_decrypts_an_export(tmp_path, identity):
    from desktop.exchange.identity import write_identity_file

    key = write_identity_file(tmp_path / "id.txt", identity)
    exporter = make(tmp_path, str(identity.to_public()))
    summary = exporter.prepare(*inputs())
    file = exporter.save_as(summary, tmp_path / "s.age")
    out = subprocess.run(["age", "-d", "-i", str(key), str(file)], capture_output=True, check=True)
    assert json.loads(out.stdout) == summary
    armored = tmp_path / "s.txt"
    armored.write_text(exporter.copy_text(summary))
    out = subprocess.run(["age", "-d", "-i", str(key), str(armored)], capture_output=True, check=True)
    assert json.loads(out.stdout) == summary


def test_toggling_an_answer_and_back_re_exports_exactly_what_was_sent_for_it(tmp_path, identity):
    """The averaging attack with the real exporter: answer A and export, change to B and open the
    preview, change back to A and export, many times. Every export of A is the same summary, so the
    exports of A carry one draw of the mechanism, not many to average."""
    exporter = make(tmp_path, str(identity.to_public()))
    a = dict(VALUES)
    b = {**VALUES, "tools_used": ["claude"], "account_kind@claude": "personal_paid"}
    b.pop("account_kind@chatgpt")
    b.pop("data_classes@chatgpt")

    def prepare(values):
        answers = Answers(dict(values))
        return exporter.prepare(Navigator(Q).effective_answers(answers), answers.other_tools)

    sent_for_a = set()
    for _ in range(200):
        sent_for_a.add(json.dumps(prepare(a), sort_keys=True))
        prepare(b)  # the preview of the changed answer draws for B, and must not replace A's draw
    assert len(sent_for_a) == 1
