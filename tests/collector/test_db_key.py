"""Where the collector database's passphrase comes from when there is nobody to ask: a file, or the environment."""

from __future__ import annotations

import pytest

from desktop.collector.db_key import PASSPHRASE_ENV, CollectorKeys, read_passphrase_file
from desktop.collector.errors import CollectorKeyError


def test_the_first_line_of_the_file_is_the_passphrase(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_bytes("\ufeffcorrect horse battery\r\nsecond line\n".encode())
    assert read_passphrase_file(path) == "correct horse battery"
    path.write_text("  spaces are kept  ")
    assert read_passphrase_file(path) == "  spaces are kept  "


@pytest.mark.parametrize(("content", "words"), [
    (None, "does not exist"), (b"", "is empty"), (b"\n", "is empty"), (b"\xff\xfe\x00", "is not UTF-8"),
    (b"x" * 5000, "far larger"), ("folder", "is a folder"),
])
def test_a_passphrase_file_that_cannot_be_used_says_why(tmp_path, content, words):
    path = tmp_path / "pass.txt"
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(CollectorKeyError, match=words) as raised:
        read_passphrase_file(path)
    assert raised.value.problem == "passphrase_file" and str(path) in str(raised.value)


def test_the_file_wins_over_the_environment_which_wins_over_nothing(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text("from the file\n")
    env = {PASSPHRASE_ENV: "from the environment"}
    assert CollectorKeys.from_environment(path, env).passphrase == "from the file"
    assert CollectorKeys.from_environment(None, env).passphrase == "from the environment"
    assert CollectorKeys.from_environment(None, {PASSPHRASE_ENV: ""}).passphrase is None
    assert CollectorKeys.from_environment(None, {}).passphrase is None
