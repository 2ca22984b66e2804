"""Import summaries off the UI thread, with progress and a Cancel that leaves nothing half-done."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.db_key import CollectorKeys
from desktop.collector.ingest import ingest
from desktop.collector.store import CollectorStore


class ImportWorker(QObject):
    """Runs in its own QThread; opens its own database connection there (SQLite connections are per thread)."""

    progress = Signal(int, int)
    finished = Signal(object)  # IngestResult
    failed = Signal(str)

    def __init__(self, paths: Sequence[Path], identities, campaign: str | CampaignRules | None, store_dir: Path,
                 prepare: Callable[[CollectorStore], object] | None = None, *, keys: CollectorKeys | None = None):
        super().__init__()
        self.paths = list(paths)
        self.identities = identities
        self.campaign = campaign
        self.store_dir = store_dir
        #: Work for the dashboard after a changing import (counting the campaign), done here, off the UI thread.
        self.prepare = prepare
        self.keys = keys
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            store = CollectorStore.open(self.store_dir, keys=self.keys)
            try:
                result = ingest(self.paths, self.identities, self.campaign, store,
                                progress=lambda done, total: self.progress.emit(done, total),
                                cancelled=self._cancel.is_set)
                if self.prepare is not None and not result.cancelled and (result.imported or result.replaced):
                    self.prepare(store)
            finally:
                store.close()
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, never a crash
            self.failed.emit(str(exc))
            return
        self.finished.emit(result)
