"""Zips of summaries: members are read in memory and named by member; bombs, nesting, odd compression,
damage and passwords are refused before anything is inflated.
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from desktop.collector.ingest_limits import Limits
from tests.collector.ingest_cases import N_DEMO, demo_files, only_rejection, run

# --- zips ------------------------------------------------------------------------------------------------


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def opened_members(monkeypatch) -> list[str]:
    """The zip members ingest actually inflates."""
    names: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, member, mode="r", *args, **kwargs):
        if mode == "r":
            names.append(member.filename if isinstance(member, zipfile.ZipInfo) else member)
        return real_open(self, member, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return names


def test_a_zip_of_summaries_is_imported(demo, identity, store, tmp_path):
    members = {f"export/{p.name}": p.read_bytes() for p in demo_files(demo)}
    members["export/truth.json"] = b"{}"
    members["__MACOSX/export/._candor-x.age"] = b"resource fork"
    members["export/.DS_Store"] = b"finder"
    archive = make_zip(tmp_path / "summaries.zip", members)

    result = run([archive], identity, store)

    assert (result.imported, result.rejected, result.skipped) == (N_DEMO, [], 3)
    assert run([archive], identity, store).unchanged == N_DEMO


def test_zips_inside_a_folder_are_read_and_named_by_member(demo, identity, store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = demo_files(demo)[0]
    make_zip(inbox / "batch.zip", {"candor-junk.age": b"junk", first.name: first.read_bytes()})
    result = run([inbox], identity, store)
    assert result.imported == 1
    assert [r.source for r in result.rejected] == [f"{inbox / 'batch.zip'} [candor-junk.age]"]


def test_a_stored_zip_and_a_zip_without_the_zip_name_are_read(demo, identity, store, tmp_path):
    archive = make_zip(tmp_path / "download", {p.name: p.read_bytes() for p in demo_files(demo)},
                       method=zipfile.ZIP_STORED)
    assert run([archive], identity, store).imported == N_DEMO


def test_a_zip_bomb_member_is_refused_without_being_inflated(demo, identity, store, tmp_path, opened_members):
    archive = make_zip(tmp_path / "bomb.zip", {"candor-bomb.age": bytes(32 * 1024 * 1024),
                                               demo_files(demo)[0].name: demo_files(demo)[0].read_bytes()})
    assert archive.stat().st_size < 100_000

    result = run([archive], identity, store)

    assert result.imported == 1
    rejection = only_rejection(result)
    assert rejection.source.endswith("[candor-bomb.age]") and rejection.reason_code == "too_large"
    assert "32.0 MiB" in rejection.message
    assert "candor-bomb.age" not in opened_members


def test_a_member_compressed_beyond_any_summary_is_refused(identity, store, tmp_path, opened_members):
    archive = make_zip(tmp_path / "ratio.zip", {"candor-zeros.age": bytes(1024 * 1024)})
    result = run([archive], identity, store, limits=Limits(max_file_bytes=4 * 1024 * 1024))
    rejection = only_rejection(result)
    assert rejection.reason_code == "too_large" and "compressed" in rejection.message
    assert opened_members == []


def test_a_zip_with_too_many_members_is_refused_whole(demo, identity, store, tmp_path, opened_members):
    members = {f"candor-{n}.age": demo_files(demo)[n % N_DEMO].read_bytes() for n in range(6)}
    archive = make_zip(tmp_path / "many.zip", members)
    result = run([archive], identity, store, limits=Limits(max_zip_members=5))
    rejection = only_rejection(result)
    assert (rejection.source, rejection.reason_code) == (str(archive), "too_large")
    assert "holds 6 files" in rejection.message
    assert opened_members == [] and store.count() == 0


def test_a_zip_that_would_unpack_too_much_is_refused_whole(demo, identity, store, tmp_path, opened_members):
    archive = make_zip(tmp_path / "big.zip", {p.name: p.read_bytes() for p in demo_files(demo)})
    result = run([archive], identity, store, limits=Limits(max_zip_total_bytes=10_000))
    rejection = only_rejection(result)
    assert rejection.reason_code == "too_large" and "would unpack to" in rejection.message
    assert opened_members == []


def test_a_member_whose_header_understates_its_size_is_damaged(identity, store, tmp_path):
    archive = make_zip(tmp_path / "liar.zip", {"candor-liar.age": bytes(8 * 1024 * 1024)})
    data = bytearray(archive.read_bytes())
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 2000)  # uncompressed size: "2000 bytes"
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 2000)
    archive.write_bytes(bytes(data))

    rejection = only_rejection(run([archive], identity, store))

    assert rejection.reason_code == "damaged" and rejection.source.endswith("[candor-liar.age]")


@pytest.mark.parametrize(("members", "method", "code", "words"), [
    ({"inner.zip": b"x"}, zipfile.ZIP_DEFLATED, "not_a_summary", "zips within zips"),
    ({"candor-x.age": b"age-encryption.org/v1"}, zipfile.ZIP_BZIP2, "unreadable", "method Candor does not read"),
])
def test_nested_zips_and_unusual_compression_are_refused(members, method, code, words, identity, store, tmp_path):
    if "inner.zip" in members:
        members = {"inner.zip": make_zip(tmp_path / "inner.zip", {"candor-a.age": b"a"}).read_bytes()}
    archive = make_zip(tmp_path / "outer.zip", members, method=method)
    rejection = only_rejection(run([archive], identity, store))
    assert rejection.reason_code == code and words in rejection.message


def test_a_damaged_zip_is_rejected(identity, store, tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04" + os.urandom(200))
    rejection = only_rejection(run([path], identity, store))
    assert (rejection.source, rejection.reason_code) == (str(path), "damaged")


def test_a_password_protected_member_is_unreadable(demo, identity, store, tmp_path):
    archive = make_zip(tmp_path / "locked.zip", {"candor-a.age": demo_files(demo)[0].read_bytes()},
                       method=zipfile.ZIP_STORED)
    data = bytearray(archive.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag bit
        at = data.index(signature)
        struct.pack_into("<H", data, at + offset, struct.unpack_from("<H", data, at + offset)[0] | 1)
    archive.write_bytes(bytes(data))
    rejection = only_rejection(run([archive], identity, store))
    assert rejection.reason_code == "unreadable" and "password" in rejection.message


def test_zip_members_are_read_in_memory_only(demo, identity, store, tmp_path):
    archive = make_zip(tmp_path / "z.zip", {p.name: p.read_bytes() for p in demo_files(demo)})
    before = sorted(p.name for p in tmp_path.iterdir())
    run([archive], identity, store)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing unpacked next to the zip
