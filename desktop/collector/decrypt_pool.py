"""Age decryption in worker processes, for large imports on computers with several cores.

pyrage keeps Python's global lock while it decrypts, so threads cannot share the work; processes
can. The collector's keys travel to the workers once, through the pipe multiprocessing opens to its
own child processes, and never touch the disk. Each file is decrypted once, by
:func:`desktop.exchange.envelope.open_age` (which checks the header's bounds first); a file a worker
cannot decrypt comes back as the exception saying why, for the caller to report without trying again.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from pyrage import x25519

from desktop.exchange.envelope import open_age

#: Below this many files, starting the workers costs more than it saves: each is a fresh interpreter that imports
#: pyrage and Candor's envelope code (about half a second for two, on two cores), while a file decrypted there saves
#: the importing process less than 0.1 ms (measured: 3,000 files took 0.83 s in one process and 1.05 s on two
#: workers, 100,000 files 27 s and 19 s; see docs/benchmarks.md).
PARALLEL_FROM = 4096
#: At most this many worker processes.
MAX_WORKERS = 8
#: Files per task sent to a worker: large enough that the pipe costs little, small enough to overlap.
CHUNK = 128

_keys: list[x25519.Identity] = []


def _start_worker(identities: Sequence[str]) -> None:
    _keys[:] = [x25519.Identity.from_str(text) for text in identities]


def _decrypt_all(envelopes: Sequence[bytes]) -> list[bytes | Exception]:
    """Each envelope's plaintext, or the exception that says why it could not be opened."""
    opened: list[bytes | Exception] = []
    for envelope in envelopes:
        try:
            opened.append(open_age(envelope, _keys))
        except Exception as exc:  # noqa: BLE001 - reported by the caller, which words every case
            opened.append(exc if _picklable(exc) else RuntimeError(f"{type(exc).__name__}: {exc}"))
    return opened


def _picklable(exc: Exception) -> bool:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - whatever fails, send a plain description instead
        return False
    return True


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def worker_count(files: int) -> int:
    """How many worker processes an import of ``files`` files should use; 0 means decrypt in-process."""
    available = cores()
    if files < PARALLEL_FROM or available < 2:
        return 0
    return min(available, MAX_WORKERS)


class DecryptPool:
    """Worker processes that decrypt lists of age envelopes with the collector's keys."""

    def __init__(self, keys: Sequence[x25519.Identity], workers: int):
        # "spawn" everywhere: a fresh interpreter per worker, never a fork of a process running Qt.
        self.executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=([str(key) for key in keys],),
        )

    def submit(self, envelopes: Sequence[bytes]) -> Future[list[bytes | Exception]]:
        return self.executor.submit(_decrypt_all, list(envelopes))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
