"""A report file is written whole, and both its bytes and its new name are synced before the call returns."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.collector.report_files import ReportWriteError, write_report_bytes, write_report_file
from desktop.core import durable


def test_a_report_is_synced_and_so_is_its_folder(tmp_path, monkeypatch):
    synced_files: list[int] = []
    synced_folders: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced_files.append(fd), real_fsync(fd)))
    monkeypatch.setattr(durable, "sync_folder", lambda folder: synced_folders.append(str(folder)))

    # A writer that never syncs, as Qt's PDF writer does not: the report is synced all the same.
    target = write_report_file(tmp_path / "report.pdf", lambda temp: temp.write_bytes(b"%PDF-1.7 report"))

    assert target.read_bytes() == b"%PDF-1.7 report"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert synced_files and synced_folders == [str(tmp_path)]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_bytes_replace_an_older_report_whole(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("old")
    write_report_bytes(path, b"new,report\n")
    assert path.read_bytes() == b"new,report\n"


def test_a_missing_folder_names_the_file_and_what_to_do(tmp_path):
    with pytest.raises(ReportWriteError, match="choose a folder that exists"):
        write_report_bytes(tmp_path / "missing" / "report.csv", b"x")
