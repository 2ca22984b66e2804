"""`candor relay FOLDER --out DIR [--k K]`: the trustee's relay (see desktop/exchange/relay.py).

Run by a trustee (for example the works council), not by compliance, on the trustee's folder that
employees save their summaries into (``submission.trustee_folder``); ``DIR`` is the folder compliance
imports from. Each run releases every waiting summary in one shuffled batch when at least K wait (K is
the policy's ``privacy.min_group_size`` unless given, and never below it), else holds them. Run it again
at any time, for example hourly from a scheduled task; it also finishes a batch a crash interrupted.
Exit 0 when the pass ran (files held or rejected are listed), 1 when a folder cannot be used.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def run_relay(folder: str, out: str, k: int | None, policy_flag: str | None) -> int:
    from desktop.commands.loading import command_content
    from desktop.exchange.relay import relay

    content = command_content(policy_flag)
    if content is None:
        return EXIT_FAILED
    policy = content.policy.policy
    floor = policy.privacy.min_group_size
    if k is not None and k < floor:
        print(f"candor: --k {k} is below the campaign's smallest group ({floor}, privacy.min_group_size); a "
              "smaller batch could let compliance tell senders apart by when they saved. Use --k "
              f"{floor} or more.", file=sys.stderr)
        return EXIT_FAILED
    source, target = Path(folder), Path(out)
    if not source.is_dir():
        print(f"candor: the trustee's folder {source} does not exist or is not a folder; give the folder "
              "employees save their summaries into.", file=sys.stderr)
        return EXIT_FAILED
    if target.resolve() == source.resolve():
        print("candor: --out must be another folder than the trustee's folder.", file=sys.stderr)
        return EXIT_FAILED
    batch = k or floor
    try:
        result = relay(source, target, batch, policy.campaign.id)
    except OSError as exc:
        print(f"candor: the relay could not finish ({exc}); nothing was lost. Fix the problem and run it again: "
              "it completes or discards the interrupted batch.", file=sys.stderr)
        return EXIT_FAILED
    if result.released:
        print(f"released {len(result.released)} summaries to {target} in one batch")
    else:
        print(f"holding {result.waiting} summaries; a batch leaves when {batch} have arrived")
    for path, reason in result.rejected:
        print(f"  left in place: {path.name}: {reason}")
    return EXIT_OK
