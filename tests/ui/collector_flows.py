"""Shared steps for collector window tests: write demo summaries to a folder, import a folder and wait for the
import to finish, and read the release ledger a window wrote to."""

from __future__ import annotations

from pathlib import Path

from desktop.collector.store import CollectorStore
from desktop.commands.demo import write_demo_summaries
from desktop.ui.collector.window import CollectorWindow


def demo_folder(tmp_path, identity, content, n):
    out = tmp_path / f"in-{n}"
    write_demo_summaries(n, out, recipient=str(identity.to_public()), policy=content.policy.policy, seed=3)
    return out


def imported(qtbot, window: CollectorWindow, folder) -> None:
    with qtbot.waitSignal(window.import_done, timeout=30000):
        window.start_import([folder])


def releases(store_dir: Path, content, org_unit=None):
    from desktop.collector.ledger import ReleaseLedger

    with CollectorStore.open(store_dir) as store:
        return ReleaseLedger(store, content.policy.policy.privacy.min_group_size).releases("2026-q4", org_unit)
