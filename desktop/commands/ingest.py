"""`candor ingest [--identity FILE] [--passphrase-file FILE] PATH...`: import summaries into the collector's database.

The key comes from FILE (as written by ``candor keys new --out``) or the OS keyring; the campaign to
accept is the effective policy's (``--policy`` applies). The collector database is sealed under its own key,
kept in the OS keyring or, where none works, behind a passphrase given with ``--passphrase-file`` or
``CANDOR_COLLECTOR_PASSPHRASE`` (see desktop/collector/db_key.py). Prints one line of counts, then one line
per rejected file with its reason. Exit 0 when the import ran, even if files were rejected (they are
listed); 1 when it could not run: no key, no usable database (or its key cannot be had), a failed write, or
none of the paths exists.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from keyring.backend import KeyringBackend

EXIT_OK, EXIT_FAILED = 0, 1


def run_ingest(paths: Sequence[str | os.PathLike[str]], identity_file: str | None, data_dir: str | None,
               policy_flag: str | None, *, backend: KeyringBackend | None = None,
               passphrase_file: str | None = None) -> int:
    """Run the command; returns the exit code. ``backend`` replaces the OS keyring (tests)."""
    from desktop.collector.ingest import ingest
    from desktop.collector.store import CollectorStoreError, open_collector
    from desktop.commands.loading import command_content
    from desktop.core.content import problem_lines
    from desktop.exchange.identity import IdentityError, load_identity_from_keyring, read_identities

    targets = [Path(path) for path in paths]
    if not any(target.exists() for target in targets):
        listed = ", ".join(str(target) for target in targets)
        print(f"candor: nothing to import: {listed} {'does' if len(targets) == 1 else 'do'} not exist. Check the "
              "path of the summary files, folder or zip.", file=sys.stderr)
        return EXIT_FAILED

    try:
        identities = read_identities(identity_file) if identity_file else [load_identity_from_keyring(backend)]
    except IdentityError as exc:
        hint = "" if identity_file else (" If the collector key is in a file, pass it with --identity FILE.")
        print(f"candor: {exc}{hint}", file=sys.stderr)
        return EXIT_FAILED

    content = command_content(policy_flag)
    if content is None:
        return EXIT_FAILED
    effective = content.policy
    if effective.problems:
        listed = problem_lines(effective.problems)
        print(f"candor: warning: the policy has problems, so parts of it were ignored (`candor policy check FILE` "
              f"explains each); summaries are checked against campaign "
              f"'{effective.policy.campaign.id}':\n{listed}", file=sys.stderr)
    from desktop.collector.campaign_rules import CampaignRules

    campaign = CampaignRules.for_policy(content.questionnaire, content.catalog, effective.policy)

    try:
        store = open_collector(data_dir, passphrase_file, backend=backend)
    except CollectorStoreError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    show_progress = sys.stderr.isatty()
    try:
        result = ingest(targets, identities, campaign, store,
                        progress=_print_progress if show_progress else None)
    except CollectorStoreError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        store.close()

    print(counts_line(result.imported, result.replaced, len(result.rejected), result.unchanged,
                      result.superseded, result.skipped))
    for rejection in result.rejected:
        print(f"  {rejection.source}: {rejection.message}")
    return EXIT_OK


def counts_line(imported: int, replaced: int, rejected: int, unchanged: int = 0, superseded: int = 0,
                skipped: int = 0) -> str:
    """``imported N, replaced M, rejected K`` and, when any, what changed nothing in brackets."""
    line = f"imported {imported}, replaced {replaced}, rejected {rejected}"
    extra = []
    if unchanged:
        extra.append(f"{unchanged} unchanged")
    if superseded:
        extra.append(f"{superseded} replaced by a later file with the same submission id")
    if skipped:
        extra.append(f"{skipped} other {'file' if skipped == 1 else 'files'} skipped")
    return f"{line} ({'; '.join(extra)})" if extra else line


def _print_progress(done: int, total: int) -> None:
    print(f"\rreading summaries: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
