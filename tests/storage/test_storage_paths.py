from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from desktop.storage import paths
from desktop.storage.errors import StoreError
from desktop.storage.paths import (
    default_data_dir,
    ensure_private_dir,
    ensure_private_file,
    resolve_data_dir,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_data_dir_follows_os_conventions():
    assert default_data_dir() == Path(platformdirs.user_data_dir("Candor", appauthor=False))
    assert default_data_dir().name == "Candor"


def test_flag_beats_environment_beats_default(tmp_path):
    env = {"CANDOR_DATA_DIR": str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "from-flag"), env) == tmp_path / "from-flag"
    assert resolve_data_dir(None, env) == tmp_path / "from-env"
    assert resolve_data_dir(None, {}) == default_data_dir()


def test_empty_flag_and_variable_count_as_not_given(tmp_path):
    assert resolve_data_dir("", {"CANDOR_DATA_DIR": str(tmp_path)}) == tmp_path
    assert resolve_data_dir(None, {"CANDOR_DATA_DIR": "  "}) == default_data_dir()


def test_home_is_expanded_and_result_is_absolute(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_data_dir("~/candor", {}) == tmp_path / "candor"
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("relative", {}) == tmp_path / "relative"


@posix_only
def test_creates_nested_folder_private(tmp_path):
    target = tmp_path / "a" / "b" / "Candor"
    assert ensure_private_dir(target) == target
    assert target.is_dir()
    assert mode(target) == 0o700
    assert list(target.iterdir()) == []  # the write check leaves nothing behind


@posix_only
def test_tightens_an_existing_candor_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    os.chmod(empty, 0o755)
    ours = tmp_path / "ours"
    ours.mkdir()
    (ours / "candor.db").touch()
    os.chmod(ours, 0o775)

    ensure_private_dir(empty)
    ensure_private_dir(ours)

    assert mode(empty) == 0o700
    assert mode(ours) == 0o700


@posix_only
def test_leaves_a_shared_folder_mode_alone(tmp_path):
    shared = tmp_path / "Documents"
    shared.mkdir()
    (shared / "holiday.txt").write_text("not Candor's")
    os.chmod(shared, 0o755)

    ensure_private_dir(shared)

    assert mode(shared) == 0o755


def test_a_file_in_the_way_is_named(tmp_path):
    in_the_way = tmp_path / "Candor"
    in_the_way.write_text("x")
    with pytest.raises(StoreError, match="is a file, not a folder") as info:
        ensure_private_dir(in_the_way)
    assert str(in_the_way) in str(info.value)
    assert "--data-dir" in str(info.value)


def test_folder_that_cannot_be_created_is_named(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    target = blocker / "Candor"
    with pytest.raises(StoreError, match="cannot create its data folder") as info:
        ensure_private_dir(target)
    assert str(target) in str(info.value)


def test_folder_that_cannot_be_written_is_named(tmp_path, monkeypatch):
    # Root ignores permission bits, so refuse the write probe the way a read-only disk would.
    real_open = os.open

    def refusing_open(path, flags, *args):
        if Path(path).name.startswith(".candor-write-check-"):
            raise PermissionError(13, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(paths.os, "open", refusing_open)
    with pytest.raises(StoreError, match="cannot write in its data folder") as info:
        ensure_private_dir(tmp_path / "Candor")
    assert "Read-only file system" in str(info.value)


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permission bits")
def test_read_only_folder_is_refused(tmp_path):
    target = tmp_path / "Shared"
    target.mkdir()
    (target / "someone-elses.txt").touch()  # not Candor's folder, so its mode is left alone
    os.chmod(target, 0o500)
    try:
        with pytest.raises(StoreError, match="cannot"):
            ensure_private_dir(target)
    finally:
        os.chmod(target, 0o700)


@posix_only
def test_private_file_is_created_0600_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        created = ensure_private_file(tmp_path / "new.db")
    finally:
        os.umask(old)
    assert mode(created) == 0o600
    existing = tmp_path / "old.db"
    existing.write_bytes(b"keep me")
    os.chmod(existing, 0o644)
    ensure_private_file(existing)
    assert mode(existing) == 0o600
    assert existing.read_bytes() == b"keep me"
