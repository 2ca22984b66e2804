"""Every reason an import rejects a file, each named in words, and one mechanism per campaign: a summary made
with other privacy settings or other items is refused, never pooled.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest_limits import REASON_CODES
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.exchange.envelope import encrypt_summary
from desktop.exchange.exporter import payload
from tests.collector.ingest_cases import N_DEMO, demo_files, only_rejection, opened, run, seal

# --- every reason for a rejection ------------------------------------------------------------------------


def test_a_summary_for_another_key_is_not_for_this_key(demo, identity, store, tmp_path):
    stranger = x25519.Identity.generate()
    path = tmp_path / "candor-other.age"
    path.write_bytes(seal(opened(demo_files(demo)[0], identity), str(stranger.to_public())))

    rejection = only_rejection(run([path], identity, store))

    assert rejection.source == str(path) and rejection.reason_code == "not_for_this_key"
    assert rejection.message.startswith("This file was encrypted for a different key")
    assert store.count() == 0


@pytest.mark.parametrize(("content", "code", "words"), [
    (b"", "damaged", "This file is empty"),
    (b"  \n", "damaged", "This file is empty"),
    (b"hello, this is not a summary", "not_a_summary", "neither an encrypted (age) file"),
    (bytes(range(256)) * 4, "not_a_summary", "neither an encrypted (age) file"),
    (b"age-encryption.org/v1\n-> X25519 garbage\n", "damaged", "damaged or incomplete"),
    (b"-----BEGIN AGE ENCRYPTED FILE-----\nnot base64!\n-----END AGE ENCRYPTED FILE-----\n", "damaged",
     "damaged or incomplete"),
])
def test_junk_is_rejected_with_its_reason(content, code, words, identity, store, tmp_path):
    path = tmp_path / "candor-junk.age"
    path.write_bytes(content)
    rejection = only_rejection(run([path], identity, store))
    assert (rejection.reason_code, rejection.source) == (code, str(path))
    assert words in rejection.message


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_a_truncated_summary_is_damaged(demo, identity, store, tmp_path, keep):
    data = demo_files(demo)[0].read_bytes()
    path = tmp_path / "candor-cut.age"
    path.write_bytes(data[:int(len(data) * keep)])
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "damaged"
    assert "cut short" in rejection.message


def test_a_huge_file_is_too_large_and_not_read(identity, store, tmp_path, monkeypatch):
    path = tmp_path / "candor-huge.age"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk space
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))

    rejection = only_rejection(run([path], identity, store))

    assert rejection.reason_code == "too_large" and "50.0 MiB" in rejection.message
    assert reads == []


@pytest.mark.parametrize(("document", "words"), [
    (b'{"hello": "world"}', "holds something other than a Candor summary"),
    (b"[1, 2, 3]", "holds something other than a Candor summary"),
    (b"\xff\xfe not utf-8", "is not JSON text"),
    (b'{"format": "candor-summary", ', "is not JSON text"),
    (b"[" * 100_000, "is not JSON text"),
])
def test_something_else_encrypted_to_the_key_is_not_a_summary(document, words, identity, recipient, store,
                                                              tmp_path):
    path = tmp_path / "candor-odd.age"
    path.write_bytes(encrypt_summary(document, recipient))
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "not_a_summary"
    assert rejection.message.startswith("This file opens with this collector's key but") and words in rejection.message


@pytest.mark.parametrize(("change", "words"), [
    (lambda s: s["randomized"]["sentiment"].__setitem__("strategy_clear", "very much"), "sentiment.strategy_clear"),
    (lambda s: s.__setitem__("sentiment", {"strategy_clear": "agree"}), "sentiment"),  # sent as it is: refused
    (lambda s: s["privacy"].__setitem__("epsilon_per_item", 1e-6), "epsilon_per_item"),  # the crafted epsilon
    (lambda s: s.__setitem__("employee_name", "Alex"), "employee_name"),
    (lambda s: s.pop("submission_id"), "submission_id"),
    (lambda s: s.__setitem__("campaign", "default\n"), "campaign"),
    (lambda s: s.__setitem__("submission_id", s["submission_id"] + "\n"), "submission_id"),
])
def test_a_summary_that_breaks_the_schema_is_not_a_summary(change, words, demo, identity, recipient, store,
                                                            tmp_path):
    summary = opened(demo_files(demo)[0], identity)
    change(summary)
    path = tmp_path / "candor-altered.age"
    path.write_bytes(seal(summary, recipient))
    rejection = only_rejection(run([path], identity, store, campaign=None))
    assert rejection.reason_code == "not_a_summary" and words in rejection.message
    assert store.count() == 0


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"1e999"])
def test_numbers_json_cannot_hold_are_refused(literal, demo, identity, recipient, store, tmp_path):
    text = payload(opened(demo_files(demo)[0], identity))
    start = text.index(b'"epsilon_total":') + len(b'"epsilon_total":')
    end = text.index(b",", start)
    path = tmp_path / "candor-inf.age"
    path.write_bytes(encrypt_summary(text[:start] + literal + text[end:], recipient))
    assert only_rejection(run([path], identity, store)).reason_code == "not_a_summary"


def test_a_summary_of_another_campaign_is_wrong_campaign(demo, identity, store):
    result = run([demo], identity, store, campaign="2026-q4")
    assert result.imported == 0 and len(result.rejected) == N_DEMO
    assert {r.reason_code for r in result.rejected} == {"wrong_campaign"}
    assert "campaign 'default', not to '2026-q4'" in result.rejected[0].message
    assert store.count() == 0


@pytest.mark.parametrize(("version", "words"), [(3, "Update Candor's collector"), (1, "from an old Candor"),
                                              (0, "from an old Candor")])
def test_another_format_version_is_wrong_version(version, words, demo, identity, recipient, store, tmp_path):
    summary = opened(demo_files(demo)[0], identity)
    summary["format_version"] = version
    path = tmp_path / "candor-v.age"
    path.write_bytes(seal(summary, recipient))
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "wrong_version"
    assert f"format version {version}" in rejection.message and words in rejection.message


def test_a_missing_path_is_unreadable_and_keeps_its_place(demo, identity, store, tmp_path):
    missing = tmp_path / "nowhere"
    junk = tmp_path / "candor-junk.age"
    junk.write_bytes(b"junk")
    result = run([missing, demo, junk], identity, store)
    assert result.imported == N_DEMO
    assert [(r.source, r.reason_code) for r in result.rejected] == [(str(missing), "unreadable"),
                                                                    (str(junk), "not_a_summary")]
    assert "does not exist" in result.rejected[0].message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that apply")
def test_a_file_without_read_permission_is_unreadable(demo, identity, store, tmp_path):
    path = tmp_path / "candor-locked.age"
    shutil.copy(demo_files(demo)[0], path)
    path.chmod(0)
    try:
        rejection = only_rejection(run([path], identity, store))
    finally:
        path.chmod(0o600)
    assert rejection.reason_code == "unreadable" and "permission denied" in rejection.message


def test_a_file_the_system_refuses_to_open_is_unreadable(demo, identity, store, tmp_path, monkeypatch):
    path = tmp_path / "candor-locked.age"
    shutil.copy(demo_files(demo)[0], path)
    real_open = os.open

    def refuse(name, *args, **kwargs):
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "unreadable" and "permission denied" in rejection.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_never_opened(identity, store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pipe = inbox / "candor-pipe.age"
    os.mkfifo(pipe)  # opening it for reading would wait forever for a writer
    rejection = only_rejection(run([pipe], identity, store))
    assert rejection.reason_code == "unreadable" and "is a named pipe (FIFO), not a file" in rejection.message
    in_folder = run([inbox], identity, store)  # named like a summary, so listed rather than skipped
    assert in_folder.skipped == 0 and [r.message for r in in_folder.rejected] == [rejection.message]


def test_every_reason_code_is_documented():
    assert set(REASON_CODES) == {"not_for_this_key", "damaged", "not_a_summary", "wrong_version", "wrong_campaign",
                                 "other_settings", "too_large", "unreadable", "no_code", "bad_code", "code_used"}
    documented = (Path(__file__).parents[2] / "docs" / "summary-format.md").read_text(encoding="utf-8")
    assert all(f"`{code}`" in documented for code in REASON_CODES)


# --- one mechanism per campaign --------------------------------------------------------------------------


def campaign_rules(**privacy) -> CampaignRules:
    policy = Policy.from_data({"campaign": {"id": "default"}, "privacy": privacy})
    return CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)


def test_the_campaigns_own_summaries_pass_its_rules(demo, identity, store):
    result = run([demo], identity, store, campaign=campaign_rules())
    assert (result.imported, result.rejected) == (N_DEMO, [])


@pytest.mark.parametrize(("privacy", "words"), [
    ({"randomized_response": False}, "randomized response is on in it, but off in this campaign"),
    ({"epsilon": 2.0}, "its epsilon is 1.098612, this campaign's is 2"),
])
def test_a_summary_made_with_other_privacy_settings_is_refused_not_pooled(privacy, words, demo, identity, store):
    result = run([demo], identity, store, campaign=campaign_rules(**privacy))
    assert result.imported == 0 and {r.reason_code for r in result.rejected} == {"other_settings"}
    message = result.rejected[0].message
    assert "made with other privacy settings than this campaign's" in message and words in message
    assert store.count() == 0


@pytest.mark.parametrize(("change", "words"), [
    # one byte of a tool key changed: the schema allows any tool id, the campaign's items do not
    (lambda r: r["unapproved_use"].__setitem__("xerplexity", r["unapproved_use"].pop("perplexity")), "xerplexity"),
    (lambda r: r["unapproved_use"].pop("chatgpt"), "lacks chatgpt"),
    (lambda r: r["training"]["wanted"].pop("prompting"), "training.wanted"),
])
def test_a_summary_whose_items_differ_from_the_campaigns_is_refused(change, words, demo, identity, recipient, store,
                                                                    tmp_path):
    summary = opened(demo_files(demo)[0], identity)
    change(summary["randomized"])
    path = tmp_path / "candor-items.age"
    path.write_bytes(seal(summary, recipient))
    rejection = only_rejection(run([path], identity, store, campaign=campaign_rules()))
    if rejection.reason_code == "not_a_summary":  # the schema already knows the training options
        assert "prompting" in rejection.message
    else:
        assert rejection.reason_code == "other_settings" and words in rejection.message
    assert store.count() == 0


def test_a_bit_for_a_tool_the_campaign_approves_is_refused(demo, identity, recipient, store, tmp_path):
    """An approved tool's "used without approval" is false by definition: no summary of the campaign sends it."""
    policy = Policy.from_data({"campaign": {"id": "default"}, "tools": [{"id": "chatgpt", "status": "approved"}]})
    rules = CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)
    summary = opened(demo_files(demo)[0], identity)  # made under the default policy: chatgpt not approved
    path = tmp_path / "candor-approved.age"
    path.write_bytes(seal(summary, recipient))
    rejection = only_rejection(run([path], identity, store, campaign=rules))
    assert rejection.reason_code == "other_settings" and "it has chatgpt" in rejection.message


def test_ingest_checks_summaries_with_the_one_summary_schema_validator(identity):
    from desktop.collector.ingest_limits import Limits as IngestLimits
    from desktop.collector.summary_check import SummaryCheck
    from desktop.core.schema_check import schema_validator

    checks = schema_validator("summary")
    check = SummaryCheck([identity], "default", IngestLimits())
    assert check.fast is checks.fast and check.validator is checks.reference
