"""`candor report --trend EARLIER_POLICY [--trend ...] --out FILE.csv|json`: the change between campaigns.

Each campaign in the collector database is counted under its own policy (its own k, mechanism and
org units): the earlier campaigns from the policy files given with ``--trend`` (oldest first), the
latest from the effective policy. Each campaign's report passes the release ledger before it is
compared, exactly as a report of it would, so the trend shows nothing its own report may not; a
figure withheld in either campaign is not compared (see desktop/collector/trends.py).
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

from desktop.commands.loading import EXIT_FAILED, EXIT_OK, EXIT_USAGE, command_content, refused
from desktop.commands.loading import fail as _fail
from desktop.core.content import with_campaign_policy
from desktop.core.errors import CandorError
from desktop.core.text import DEFAULT_LANGUAGE


def trend_command(earlier: list[str], out: str, *, fmt: str | None = None, data_dir: str | None = None,
                  policy_flag: str | None = None, lang: str | None = None, passphrase_file: str | None = None) -> int:
    chosen = (fmt or Path(out).suffix.lstrip(".")).lower()
    if chosen not in ("csv", "json"):
        return _fail(f"a trend is written as CSV or JSON: name --out with .csv or .json (got {out!r}).", EXIT_USAGE)

    from desktop.collector.aggregate import build_report
    from desktop.collector.ledger import ReleaseLedger
    from desktop.collector.store import DB_FILENAME, collector_dir, open_collector
    from desktop.collector.tally_cache import counted
    from desktop.collector.trend_report import write_trend
    from desktop.collector.trends import Campaign, trends

    # The latest campaign's content, with the effective policy; each earlier campaign's policy is its own file
    # over the same other sources, as they were read for the latest (no policy source is read twice).
    latest = command_content(policy_flag)
    if latest is None:
        return EXIT_FAILED
    contents = [with_campaign_policy(latest, flag) for flag in earlier]
    contents.append(latest)
    for flag, content in zip([*earlier, policy_flag], contents, strict=True):
        if refused(content.policy, "", subject=f"the policy {flag or '(effective)'}"):
            return EXIT_FAILED
    ids = [content.policy.policy.campaign.id for content in contents]
    if len(set(ids)) != len(ids):
        return _fail(f"each --trend policy must be of another campaign; got {', '.join(ids)}.", EXIT_USAGE)
    directory = collector_dir(data_dir)
    if not (directory / DB_FILENAME).is_file():
        return _fail(f"no summaries have been imported here yet (there is no collector database in {directory}).")
    target = Path(out)
    try:
        with open_collector(data_dir, passphrase_file) as store, ExitStack() as releases:
            campaigns = []
            for content, campaign in zip(contents, ids, strict=True):
                if store.count(campaign) == 0:
                    return _fail(f"the collector database in {directory} has no summaries of campaign {campaign!r}; "
                                 "import them first with `candor ingest PATH`.")
                policy = content.policy.policy
                report = build_report(counted(store, campaign, content.questionnaire, content.catalog, policy),
                                      lang=lang or DEFAULT_LANGUAGE)
                ledger = ReleaseLedger(store, policy.privacy.min_group_size)
                releases.enter_context(ledger.releasing(campaign, report, chosen, str(target.resolve())))
                campaigns.append(Campaign(campaign, report, str(content.questionnaire.version)))
            result = trends(campaigns)
            written = write_trend(result, target, chosen)
    except CandorError as exc:
        return _fail(str(exc))
    compared = sum(change.compared for step in result for change in step.changes)
    print(f"wrote the trend of {' → '.join(ids)} ({compared} figures compared) to {written}")
    for step in result:
        if step.note:
            print(f"candor: note: {step.note}", file=sys.stderr)
    return EXIT_OK
