"""Age decryption in worker processes, for large imports on computers with several cores.

pyrage keeps Python's global lock while it decrypts, so threads cannot share the work; processes
can. The collector's keys travel to the workers once, through the pipe multiprocessing opens to its
own child processes, and never touch the disk. A file a worker cannot decrypt comes back as None,
and the caller decrypts it again itself, which names the exact problem.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import pyrage
from pyrage import x25519

#: Below this many files, starting the workers costs more than it saves.
PARALLEL_FROM = 512
#: Files per task sent to a worker: large enough that the pipe costs little, small enough to overlap.
CHUNK = 128

_keys: list[x25519.Identity] = []


def _start_worker(identities: Sequence[str]) -> None:
    _keys[:] = [x25519.Identity.from_str(text) for text in identities]


def _decrypt_all(envelopes: Sequence[bytes]) -> list[bytes | None]:
    plain: list[bytes | None] = []
    for envelope in envelopes:
        try:
            plain.append(pyrage.decrypt(envelope, _keys))
        except Exception:  # noqa: BLE001 - any failure is re-examined by the caller, which explains it
            plain.append(None)
    return plain


def worker_count(files: int) -> int:
    """How many worker processes an import of ``files`` files should use; 0 means decrypt in-process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if files < PARALLEL_FROM or cores < 2:
        return 0
    return min(cores, 8)


class DecryptPool:
    """Worker processes that decrypt lists of age envelopes with the collector's keys."""

    def __init__(self, keys: Sequence[x25519.Identity], workers: int):
        # "spawn" everywhere: a fresh interpreter per worker, never a fork of a process running Qt.
        self.executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=([str(key) for key in keys],),
        )

    def submit(self, envelopes: Sequence[bytes]) -> Future[list[bytes | None]]:
        return self.executor.submit(_decrypt_all, list(envelopes))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
