"""Start the real app in a child process under :mod:`tests.faults.app_driver` and read its reports."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from tests.faults.app_driver import PREFIX
from tests.faults.file_keyring import BACKEND_NAME, FILE_ENV

ROOT = Path(__file__).resolve().parents[2]
#: Generous: a cold start of Qt on a busy test machine. Only ever waited in full on a failure.
DEADLINE_S = 90


class ChildApp:
    def __init__(self, mode: list[str], data_dir: Path, keyring_file: Path, *candor_args: str):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": BACKEND_NAME,
               FILE_ENV: str(keyring_file), "PYTHONPATH": str(ROOT)}
        env.pop("CANDOR_DATA_DIR", None)
        env.pop("CANDOR_POLICY", None)
        # A pipe nobody reads could fill up and stall the child; a file cannot.
        self.stderr = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed in kill() and finish()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.app_driver", *mode, "--", "--data-dir", str(data_dir),
             *candor_args],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
        )
        self.events: list[dict[str, Any]] = []
        #: What the child wrote to stderr, once it has exited.
        self.errors = ""
        # A thread reads the child's output: select() on a buffered pipe would miss lines already read.
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # the child closed its output: it exited

    def wait_for(self, event: str) -> dict[str, Any]:
        """Read the driver's reports until ``event``; fail with the child's stderr if it never comes."""
        end = time.monotonic() + DEADLINE_S
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=end - time.monotonic())
            except queue.Empty:
                break
            if not line:  # the child exited
                break
            if not line.startswith(PREFIX):
                continue
            report = json.loads(line[len(PREFIX):])
            self.events.append(report)
            if report["event"] == "error":
                break
            if report["event"] == event:
                return report
        self.kill()
        raise AssertionError(f"the app never reported {event!r}; reports: {self.events}\n"
                             f"stderr:\n{self.errors}")


    def of(self, event: str) -> list[dict[str, Any]]:
        return [report for report in self.events if report["event"] == event]

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self._close()

    def finish(self) -> int:
        """Wait for the child to quit by itself; its exit code."""
        self._close()
        return self.process.returncode

    def _close(self) -> None:
        self.process.wait(DEADLINE_S)
        if not self.stderr.closed:
            self.stderr.seek(0)
            self.errors = self.stderr.read()
            self.stderr.close()
