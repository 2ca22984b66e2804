"""Writing a summary file safely: private bytes at the chosen path, the old file kept and no partial or
temporary file left when a write fails, and every unwritable folder named with what to do.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile

import pytest

from desktop.exchange.envelope import (
    ExportFolderError,
    encrypt_summary,
    write_file,
    write_summary_file,
)
from tests.exchange.envelope_cases import SUMMARY

# --- writing the file -------------------------------------------------------------------------------------


def test_write_summary_file_writes_the_bytes_privately_and_leaves_nothing_else(tmp_path, keys):
    sealed = encrypt_summary(SUMMARY, keys[1])
    path = write_summary_file(tmp_path, "2025-q3", sealed)
    assert path.parent == tmp_path
    assert re.fullmatch(r"candor-2025-q3-[0-9a-f]{16}\.age", path.name)
    assert path.read_bytes() == sealed
    assert os.listdir(tmp_path) == [path.name]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    second = write_summary_file(tmp_path, "2025-q3", sealed)
    assert second != path and sorted(os.listdir(tmp_path)) == sorted([path.name, second.name])


def test_write_file_saves_at_the_chosen_path_and_replaces_only_when_done(tmp_path):
    chosen = tmp_path / "my summary.age"
    assert write_file(chosen, b"first") == chosen
    assert chosen.read_bytes() == b"first"
    if os.name == "posix":
        assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
    write_file(chosen, b"second")
    assert chosen.read_bytes() == b"second"
    assert os.listdir(tmp_path) == [chosen.name]


def test_write_file_failure_keeps_the_old_file_and_names_the_folder(tmp_path, monkeypatch):
    chosen = tmp_path / "s.age"
    chosen.write_bytes(b"old")

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportFolderError, match=f"The drive holding the folder {re.escape(str(tmp_path))} is full"):
        write_file(chosen, b"new")
    assert chosen.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["s.age"]


def test_write_file_onto_a_folder_or_into_a_missing_one(tmp_path):
    with pytest.raises(ExportFolderError, match="is a folder; choose a file name"):
        write_file(tmp_path, b"x")
    with pytest.raises(ExportFolderError, match=f"The folder {re.escape(str(tmp_path / 'gone'))} does not exist"):
        write_file(tmp_path / "gone" / "s.age", b"x")


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportFolderError, match="is full") as caught:
        write_summary_file(tmp_path, "c1", b"data")
    assert caught.value.reason == "full" and caught.value.folder == tmp_path
    assert str(tmp_path) in str(caught.value)
    assert os.listdir(tmp_path) == []


def test_a_failed_rename_leaves_no_temporary_file(tmp_path, monkeypatch):
    def refuse(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFolderError, match="read-only or you lack permission"):
        write_summary_file(tmp_path, "c1", b"data")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_named(tmp_path):
    folder = tmp_path / "drop" / "candor"
    with pytest.raises(ExportFolderError) as caught:
        write_summary_file(folder, "c1", b"data")
    message = str(caught.value)
    assert f"The folder {folder} does not exist or cannot be reached" in message
    assert "Your summary is not lost" in message
    assert caught.value.reason == "missing"
    assert not folder.exists()


def test_folder_under_a_file_cannot_be_written_and_is_named(tmp_path):
    blocker = tmp_path / "drop"
    blocker.write_text("a file where the folder should be")
    folder = blocker / "x"
    with pytest.raises(ExportFolderError) as caught:
        write_summary_file(folder, "c1", b"data")
    assert str(folder) in str(caught.value)
    assert "choose another folder" in str(caught.value)
    assert blocker.read_text() == "a file where the folder should be"


def test_permission_denied_folder_is_named(tmp_path, monkeypatch):
    def denied(**_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportFolderError) as caught:
        write_summary_file(tmp_path, "c1", b"data")
    assert str(caught.value).startswith(f"Candor may not save into the folder {tmp_path}: it is read-only")
    assert caught.value.reason == "no_permission"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_for_real(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFolderError, match="read-only or you lack permission"):
            write_summary_file(folder, "c1", b"data")
    finally:
        folder.chmod(0o700)
