"""Hostile files never hang, crash or slip into the collector's store (issue 13)."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.ingest import IngestResult, ingest
from desktop.collector.store import CollectorStore
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.exchange.envelope import MAX_ENVELOPE_BYTES, armor, encrypt_summary
from desktop.exchange.exporter import payload
from tests.hostile import stanzas_to_fill, with_stanzas
from tests.summaries import demo_folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory, recipient) -> Path:
    return demo_folder(tmp_path_factory, recipient, 4, seed=13)


def sealed(demo: Path) -> bytes:
    return sorted(demo.glob("*.age"))[0].read_bytes()


def summary_of(demo: Path, identity) -> dict:
    return json.loads(pyrage.decrypt(sealed(demo), [identity]))


def run(paths, identity, store, campaign: str | CampaignRules | None = "default", **options) -> IngestResult:
    return ingest([Path(p) for p in paths], [identity], campaign, store, **options)


def only_rejection(result: IngestResult):
    assert len(result.rejected) == 1, result.rejected
    return result.rejected[0]


def rules(**submission) -> CampaignRules:
    policy = Policy.from_data({"campaign": {"id": "default"}, "submission": submission})
    return CampaignRules.for_policy(load_questionnaire(), load_catalog(), policy)


# --- age headers --------------------------------------------------------------------------------------------


def test_a_header_of_thousands_of_recipients_is_refused_unread(demo, identity, store, tmp_path, monkeypatch):
    path = tmp_path / "candor-default-crafted.age"
    path.write_bytes(stanzas_to_fill(sealed(demo), MAX_ENVELOPE_BYTES))
    (tmp_path / "candor-default-314k.age").write_bytes(stanzas_to_fill(sealed(demo), 314 * 1024))
    (tmp_path / "candor-default-armored.txt").write_text(armor(path.read_bytes()))
    monkeypatch.setattr(pyrage, "decrypt", lambda *_: pytest.fail("age was asked to decrypt a crafted header"))
    started = time.perf_counter()
    result = run([tmp_path], identity, store, workers=0)
    assert time.perf_counter() - started < 2
    assert [r.reason_code for r in result.rejected] == ["too_large"] * 3
    assert all("recipients" in r.message and "at most 20" in r.message for r in result.rejected)
    assert store.count() == 0


def test_workers_refuse_a_crafted_header_too(demo, identity, store, tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(demo, folder)
    (folder / "candor-default-crafted.age").write_bytes(stanzas_to_fill(sealed(demo), MAX_ENVELOPE_BYTES))
    started = time.perf_counter()
    result = run([folder], identity, store, workers=2)
    assert time.perf_counter() - started < 20  # two fresh interpreters start; the file itself costs nothing
    assert result.imported == 4
    rejection = only_rejection(result)
    assert rejection.reason_code == "too_large" and "recipients" in rejection.message


def test_each_file_is_decrypted_once(demo, identity, store, tmp_path, monkeypatch):
    whole = sealed(demo)
    (tmp_path / "candor-cut.age").write_bytes(whole[:-7])
    (tmp_path / "candor-extra.age").write_bytes(with_stanzas(whole, 3))  # header MAC no longer matches
    (tmp_path / "candor-other.age").write_bytes(encrypt_summary(b"{}", str(x25519.Identity.generate().to_public())))
    calls: list[int] = []
    real = pyrage.decrypt
    monkeypatch.setattr(pyrage, "decrypt", lambda data, keys: calls.append(len(data)) or real(data, keys))
    result = run([tmp_path], identity, store, workers=0)
    assert sorted(r.reason_code for r in result.rejected) == ["damaged", "damaged", "not_for_this_key"]
    assert len(calls) == 3


def test_with_workers_this_process_decrypts_nothing_again(demo, identity, store, tmp_path, monkeypatch):
    folder = tmp_path / "inbox"
    shutil.copytree(demo, folder)
    (folder / "candor-cut.age").write_bytes(sealed(demo)[:-7])
    monkeypatch.setattr(pyrage, "decrypt", lambda *_: pytest.fail("decrypted again after a worker's attempt"))
    result = run([folder], identity, store, workers=2)
    assert result.imported == 4 and only_rejection(result).reason_code == "damaged"


# --- what is opened -----------------------------------------------------------------------------------------


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


@needs_fifo
def test_a_pipe_named_like_a_summary_is_listed_and_never_opened(demo, identity, store, tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(demo, folder)
    os.mkfifo(folder / "candor-default-pipe.age")
    os.mkfifo(folder / "notes.fifo")  # not named like a summary: skipped as before
    os.mkfifo(tmp_path / "given.age")
    started = time.perf_counter()
    result = run([folder, tmp_path / "given.age"], identity, store, workers=0)
    assert time.perf_counter() - started < 2
    assert result.imported == 4 and result.skipped == 2  # notes.fifo and the demo's truth.json
    assert [(Path(r.source).name, r.reason_code) for r in result.rejected] == [
        ("candor-default-pipe.age", "unreadable"), ("given.age", "unreadable")]
    assert all("named pipe (FIFO), not a file" in r.message for r in result.rejected)


@needs_fifo
def test_a_file_turned_into_a_pipe_after_listing_is_not_opened(demo, identity, store, tmp_path, monkeypatch):
    from desktop.collector.ingest_sources import Sources

    path = tmp_path / "candor-default-x.age"
    path.write_bytes(sealed(demo))
    listed = Sources.list_path

    def list_then_swap(self, target):
        listed(self, target)
        path.unlink()
        os.mkfifo(path)

    monkeypatch.setattr(Sources, "list_path", list_then_swap)
    started = time.perf_counter()
    rejection = only_rejection(run([path], identity, store, workers=0))
    assert time.perf_counter() - started < 2
    assert rejection.reason_code == "unreadable" and "named pipe" in rejection.message


def test_a_device_given_by_name_is_not_opened(identity, store):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    rejection = only_rejection(run([Path("/dev/zero")], identity, store, workers=0))
    assert rejection.reason_code == "unreadable" and "is a device, not a file" in rejection.message


# --- plaintext ----------------------------------------------------------------------------------------------


def test_a_plaintext_summary_is_read_only_where_the_campaigns_policy_allows_it(demo, identity, store, tmp_path):
    path = tmp_path / "candor-default-plain.json"
    path.write_bytes(payload(summary_of(demo, identity)))
    for campaign in ("default", None, rules(), rules(allow_plaintext=False)):
        rejection = only_rejection(run([path], identity, store, campaign=campaign))
        assert rejection.reason_code == "other_settings"
        assert "not encrypted" in rejection.message and "submission.allow_plaintext" in rejection.message
        assert store.count() == 0
    assert run([path], identity, store, campaign=rules(allow_plaintext=True)).imported == 1


def test_candor_ingest_refuses_plaintext_under_a_policy_that_requires_encryption(demo, identity, tmp_path):
    from desktop.commands.ingest import run_ingest
    from desktop.exchange.identity import write_identity_file

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "candor-default-plain.json").write_bytes(payload(summary_of(demo, identity)))
    key = tmp_path / "key.txt"
    write_identity_file(key, str(identity))
    strict, trial = tmp_path / "strict.toml", tmp_path / "trial.toml"
    strict.write_text('[campaign]\nid = "default"\n', encoding="utf-8")
    trial.write_text('[campaign]\nid = "default"\n[submission]\nallow_plaintext = true\n', encoding="utf-8")
    data = tmp_path / "data"
    assert run_ingest([inbox], str(key), str(data), str(strict)) == 0
    with CollectorStore.open(data / "collector") as store:
        assert store.count() == 0
    assert run_ingest([inbox], str(key), str(data), str(trial)) == 0
    with CollectorStore.open(data / "collector") as store:
        assert store.count() == 1


# --- schema patterns ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["gemini\n", "chatgpt\n", "other:chat\n", "Gemini", "gemini\u2028"])
def test_a_tool_id_with_a_trailing_line_break_is_not_a_summary(key, demo, identity, recipient, store, tmp_path):
    summary = summary_of(demo, identity)
    summary["randomized"]["unapproved_use"][key] = True
    path = tmp_path / "candor-default-key.age"
    path.write_bytes(encrypt_summary(payload(summary), recipient))
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "not_a_summary" and "randomized.unapproved_use" in rejection.message
    assert store.count() == 0


@pytest.mark.parametrize("field", ["campaign", "submission_id"])
def test_ids_with_a_trailing_line_break_are_not_a_summary(field, demo, identity, recipient, store, tmp_path):
    summary = summary_of(demo, identity)
    summary[field] += "\n"
    path = tmp_path / "candor-default-id.age"
    path.write_bytes(encrypt_summary(payload(summary), recipient))
    rejection = only_rejection(run([path], identity, store, campaign=None))
    assert rejection.reason_code == "not_a_summary" and field in rejection.message


# --- reasons worded for what happened -----------------------------------------------------------------------


def test_armor_with_one_non_ascii_byte_is_damaged_not_something_else(demo, identity, store, tmp_path):
    lines = armor(sealed(demo)).encode("ascii").split(b"\n")
    lines[3] = lines[3][:10] + "é".encode() + lines[3][12:]
    for name, text in (("candor-default-mail.txt", b"\n".join(lines)),
                       ("candor-default-quoted.txt", b"Hi,\n\n" + b"\n".join(lines) + b"\nGr\xc3\xbc\xc3\x9fe\n")):
        (tmp_path / name).write_bytes(text)
    result = run([tmp_path], identity, store)
    assert [r.reason_code for r in result.rejected] == ["damaged", "damaged"]
    assert all("line 4 holds a character that cannot be part" in r.message for r in result.rejected)


def test_a_plaintext_summary_with_a_byte_order_mark_is_read(demo, identity, store, tmp_path):
    text = payload(summary_of(demo, identity))
    (tmp_path / "candor-default-notepad.json").write_bytes(b"\xef\xbb\xbf" + text)
    allowing = rules(allow_plaintext=True)
    assert run([tmp_path], identity, store, campaign=allowing).imported == 1
    (tmp_path / "candor-default-notepad.json").write_bytes(text)  # the same summary without the mark
    assert run([tmp_path], identity, store, campaign=allowing).unchanged == 1
    rejection = only_rejection(run([tmp_path], identity, store))  # and under a policy requiring encryption
    assert rejection.reason_code == "other_settings" and "not encrypted" in rejection.message


def test_utf16_text_is_named_as_such(demo, identity, store, tmp_path):
    path = tmp_path / "candor-default-unicode.json"
    path.write_bytes(b"\xff\xfe" + payload(summary_of(demo, identity)).decode().encode("utf-16-le"))
    rejection = only_rejection(run([path], identity, store))
    assert rejection.reason_code == "not_a_summary" and "UTF-16" in rejection.message


def test_zip_members_that_point_outside_the_archive_are_listed(demo, identity, store, tmp_path):
    archive = tmp_path / "inbox.zip"
    whole = sealed(demo)
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("ok/candor-default-a.age", whole)
        packed.writestr("../candor-default-b.age", whole)
        packed.writestr("ok/../../etc/candor-c.age", whole)
        packed.writestr("/abs/candor-d.age", whole)
        packed.writestr("../notes.md", b"anything")
    result = run([archive], identity, store)
    assert result.imported == 1
    assert sorted(r.source.split("[", 1)[1] for r in result.rejected) == [
        "../candor-default-b.age]", "../notes.md]", "/abs/candor-d.age]", "ok/../../etc/candor-c.age]"]
    assert {r.reason_code for r in result.rejected} == {"damaged"}
    assert all("points outside the archive" in r.message for r in result.rejected)


def test_a_zip_of_a_version_zipfile_does_not_read_is_a_rejection_not_a_crash(identity, store, tmp_path):
    """Found by tools/fuzz_hostile.py: zipfile raises NotImplementedError while listing such a zip."""
    archive = tmp_path / "inbox.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("candor-default-a.age", b"x")
    data = bytearray(archive.read_bytes())
    directory = data.find(b"PK\x01\x02")
    data[directory + 6] = 84  # "version needed to extract": 8.4
    archive.write_bytes(bytes(data))
    (tmp_path / "candor-default-b.age").write_bytes(b"age-encryption.org/v1\n")
    result = run([tmp_path], identity, store)
    assert [(Path(r.source).name, r.reason_code) for r in result.rejected] == [
        ("candor-default-b.age", "damaged"), ("inbox.zip", "unreadable")]
    assert "zip file version 8.4" in result.rejected[1].message


def test_a_zip_member_with_patched_data_is_a_rejection_in_words(demo, identity, store, tmp_path):
    """Found by tools/fuzz_hostile.py: flag bit 5 made zipfile raise NotImplementedError on reading."""
    archive = tmp_path / "inbox.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("candor-default-a.age", sealed(demo))
    data = bytearray(archive.read_bytes())
    data[6] |= 0x20  # general purpose flags of the local header and of the central directory entry
    data[data.find(b"PK\x01\x02") + 8] |= 0x20
    archive.write_bytes(bytes(data))
    rejection = only_rejection(run([archive], identity, store))
    assert rejection.reason_code == "unreadable" and "feature Candor does not read" in rejection.message
    assert "unexpected" not in rejection.message
