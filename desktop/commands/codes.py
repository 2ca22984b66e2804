"""`candor codes new --n N --out FILE`: make the campaign's one-time participation codes for the trustee.

The codes are written to FILE (a new file, mode 0600), one per line in a random order, for the trustee
who hands them out; the collector database keeps only a keyed hash of each (desktop/collector/codes.py).
Candor never shows the codes again: the file is the only copy. Exit 0 on success, 1 when the database or
FILE cannot be used (nothing is kept then: the file is written before the hashes are stored, and removed
if storing them fails).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from keyring.backend import KeyringBackend

from desktop.core.participation_code import display

EXIT_OK, EXIT_FAILED = 0, 1
MAX_CODES = 1_000_000


def run_codes_new(n: int, out: str, data_dir: str | None, policy_flag: str | None, *,
                  backend: KeyringBackend | None = None, passphrase_file: str | None = None) -> int:
    from desktop.collector import codes as code_table
    from desktop.collector.store import CollectorStoreError, open_collector
    from desktop.commands.loading import command_content

    if not 1 <= n <= MAX_CODES:
        print(f"candor: --n {n} is out of range; make 1 to {MAX_CODES:,} codes (one per person invited).",
              file=sys.stderr)
        return EXIT_FAILED
    # A policy with problems is ignored as a whole: codes made now would be for the fallback campaign.
    content = command_content(policy_flag, refuse="so its campaign is not known", end=". No codes were made.")
    if content is None:
        return EXIT_FAILED
    policy = content.policy.policy
    campaign = policy.campaign.id
    target = Path(out)
    try:
        store = open_collector(data_dir, passphrase_file, backend=backend)
    except CollectorStoreError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        from desktop.core.participation_code import new_code

        unique: set[str] = set()
        while len(unique) < n:
            unique.add(new_code())
        fresh = sorted(unique)  # sorted: random codes in an order that says nothing about when each was made
        try:
            _write_new_file(target, fresh, campaign)
        except OSError as exc:
            reason = "it already exists" if isinstance(exc, FileExistsError) else exc.strerror or str(exc)
            print(f"candor: cannot write the codes to {target} ({reason}); name a new file with --out FILE. "
                  "No codes were made.", file=sys.stderr)
            return EXIT_FAILED
        try:
            code_table.keep(store, campaign, fresh)
        except CollectorStoreError as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            print(f"candor: {exc} No codes were made.", file=sys.stderr)
            return EXIT_FAILED
        issued = code_table.participation(store, campaign).issued
    finally:
        store.close()
    print(f"made {n} participation codes for campaign '{campaign}' ({issued} issued in all); wrote {target}")
    print("Give the file to the trustee and keep no copy: the collector keeps only a keyed hash of each code. "
          "See the IT guide on handing codes out so that nobody can tell who got which.", file=sys.stderr)
    return EXIT_OK


def _write_new_file(target: Path, codes: list[str], campaign: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)
    text = "".join(f"{display(code)}\n" for code in codes)
    header = (f"# Candor participation codes, campaign {campaign}: one per person, hand out without recording "
              "who got which\n")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header + text)
        handle.flush()
        os.fsync(handle.fileno())
