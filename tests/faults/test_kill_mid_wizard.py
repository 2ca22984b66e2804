"""Fault proof: SIGKILL in the middle of the assessment loses nothing that was already answered.

The real app (``desktop.cli.main``, as ``python -m desktop`` runs it) is started in a child
process, driven through its widgets by :mod:`tests.faults.app_driver`, and killed with SIGKILL
right after its last answer, a note typed into a text field. Its data key lives in a file-backed
test keyring chosen with keyring's own ``PYTHON_KEYRING_BACKEND`` variable, so no product hook
and no real keyring is involved.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from desktop.core.answers import Answers
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.startup import open_store
from desktop.storage.store import Store
from tests.faults.app_driver import NOTE
from tests.faults.child_app import ChildApp
from tests.faults.file_keyring import FileKeyring

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

#: Ends on the last page, "about_you", whose last question is a private note typed letter by letter (the first
#: answer everywhere: one tool, provided by the company, so no page of reasons; no org units offered).
PAGES = 9


def read_store(data_dir: Path, keyring_file: Path) -> Store:
    opened = open_store(data_dir, KeyringKeyStore(FileKeyring(keyring_file)))
    return Store(opened.db, opened.keys.unlock_with_keyring())


def test_sigkill_mid_wizard_keeps_every_answer_and_resumes_on_the_same_page(tmp_path):
    data, keys = tmp_path / "data", tmp_path / "keyring.json"
    child = ChildApp(["answer", str(PAGES)], data, keys)
    ready = child.wait_for("ready")
    given = child.of("answered")
    assert given[-1]["question"] == "notes_to_self" and given[-1]["value"] == NOTE
    os.kill(child.process.pid, signal.SIGKILL)
    child.kill()
    assert child.process.returncode == -signal.SIGKILL

    # Nothing typed is on disk in clear, not even in the write-ahead log the kill left behind.
    for path in data.iterdir():
        if path.is_file():
            assert NOTE.encode() not in path.read_bytes(), path.name

    # Look at a copy, so the restart below meets the files exactly as the kill left them.
    inspected = tmp_path / "inspected"
    shutil.copytree(data, inspected)
    store = read_store(inspected, keys)
    try:
        drafts = [info for info in store.list_assessments() if info.status == "draft"]
        assert len(drafts) == 1
        state = store.load(drafts[0].id).state
    finally:
        store.close()
    answers = Answers.from_dict(state["answers"])
    for report in given:
        assert answers.get(report["question"], report["tool"]) == report["value"], report
    assert state["page"] == ready["page"] == "about_you"

    again = ChildApp(["resume"], data, keys)
    welcome = again.wait_for("welcome")
    assert welcome["start"] == "Continue where you left off"
    resumed = again.wait_for("resumed")
    assert again.finish() == 0
    assert resumed["page"] == ready["page"]
    assert resumed["title"] == ready["title"]
    on_page = [report for report in given if report["page"] == ready["page"]]
    assert resumed["shown"] == {report["question"]: report["value"] for report in on_page}
    assert Answers.from_dict(resumed["answers"]).to_dict() == answers.to_dict()
