"""`candor report --format json|html|pdf|csv|tidy-csv|xlsx --out FILE [--org-unit CODE]`: the campaign's report.

Reads the collector database (``<data dir>/collector``, see ``--data-dir``) for the effective
policy's campaign, aggregates the summaries under the policy's privacy rules and writes one
report file: JSON (every aggregate), HTML (self-contained, with charts), PDF (the HTML laid out
by Qt; needs no display), CSV (the aggregate tables), a tidy CSV (codes and numbers only, its notes in a
second file beside it: desktop/collector/report_tidy.py) or a spreadsheet (one sheet per table).
Without ``--format`` the format follows the file name's extension (``.csv`` is the CSV report). The
report holds aggregates only; the file is replaced whole, or not at all, and is readable by its owner
only.

Every report written is recorded in the collector database's release ledger
(desktop/collector/ledger.py), and one that would differ from an earlier report of the same scope
by 1 to k - 1 summaries is refused before anything is written: comparing the two would reveal
those people's answers.

The collector database is opened with its key from the OS keyring or, where it is protected by a
passphrase, from ``--passphrase-file FILE`` or ``CANDOR_COLLECTOR_PASSPHRASE``; the report needs no summary
decrypted when the campaign's kept counts still fit (see desktop/collector/tally_cache.py).

Exit codes: 0 written; 1 nothing to report, refused by the release ledger, the database's key cannot be had,
or a file that cannot be read or written; 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.loading import EXIT_FAILED, EXIT_OK, EXIT_USAGE, command_content
from desktop.commands.loading import fail as _fail
from desktop.core.errors import CandorError
from desktop.core.text import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from desktop.collector.report_model import Report

FORMATS = ("json", "html", "pdf", "csv", "tidy-csv", "xlsx")
#: A ``.csv`` name means the CSV report; the tidy CSV is asked for by name (``--format tidy-csv``).
_BY_SUFFIX = {".json": "json", ".html": "html", ".htm": "html", ".pdf": "pdf", ".csv": "csv", ".xlsx": "xlsx"}


def report_format(fmt: str | None, out: str) -> str | None:
    """The format asked for, else the one the file name's extension names, else None."""
    if fmt:
        return fmt.lower() if fmt.lower() in FORMATS else None
    return _BY_SUFFIX.get(Path(out).suffix.lower())


def report_command(fmt: str | None, out: str, *, data_dir: str | None = None, policy_flag: str | None = None,
                   org_unit: str | None = None, lang: str | None = None, passphrase_file: str | None = None,
                   trend: list[str] | None = None) -> int:
    """Aggregate the effective policy's campaign and write its report to ``out``; return the exit code."""
    if trend:
        from desktop.commands.trend import trend_command

        return trend_command(trend, out, fmt=fmt, data_dir=data_dir, policy_flag=policy_flag, lang=lang,
                             passphrase_file=passphrase_file)
    chosen = report_format(fmt, out)
    if chosen is None:
        return _fail(f"say which report to write: add --format {'|'.join(FORMATS)}, or name the file with one of "
                     f"the extensions {', '.join(sorted(_BY_SUFFIX))} (got {out!r}).", EXIT_USAGE)
    target = Path(out)
    if target.is_dir():
        example = target / f"report.{chosen}"
        return _fail(f"{target} is a folder; give --out a file name inside it, such as {example}.")

    content = command_content(policy_flag, refuse="so the report could not apply its campaign and privacy settings")
    if content is None:
        return EXIT_FAILED
    policy = content.policy.policy
    campaign = policy.campaign.id
    units = {unit.code for unit in policy.org_units}
    if org_unit is not None and org_unit not in units:
        offered = ", ".join(sorted(units)) if units else "none: the policy offers no org units"
        return _fail(f"the policy has no org unit {org_unit!r}; give --org-unit one of its codes ({offered}).")

    from desktop.collector.aggregate import build_report
    from desktop.collector.ledger import ReleaseLedger
    from desktop.collector.store import DB_FILENAME, collector_dir, open_collector
    from desktop.collector.tally_cache import counted

    directory = collector_dir(data_dir)
    if not (directory / DB_FILENAME).is_file():
        return _fail(f"no summaries have been imported here yet (there is no collector database in {directory}). "
                     "Import them first with `candor ingest PATH`, using the same --data-dir.")
    organization = policy.organization.name
    try:
        with open_collector(data_dir, passphrase_file) as store:
            count = store.count(campaign)
            if count == 0:
                others = store.campaigns()
                found = (f"it holds summaries of {', '.join(others)}; run the report with that campaign's policy "
                         "(--policy FILE)") if others else "it holds no summaries at all"
                return _fail(f"the collector database in {directory} has no summaries of campaign {campaign!r} "
                             f"(the effective policy's campaign); {found}, or import this campaign's summaries.")
            counts = counted(store, campaign, content.questionnaire, content.catalog, policy)
            report = build_report(counts, org_unit=org_unit, lang=lang or DEFAULT_LANGUAGE)
            if org_unit is None:
                from desktop.collector.turnout import with_turnout
                from desktop.collector.unit_compare import with_units

                report = with_turnout(report, store, campaign, policy.campaign.invited, count)
                report = with_units(report, counts, lang=lang or DEFAULT_LANGUAGE)
            # The release ledger refuses a report too close to an earlier one of the same scope, before
            # anything is written; a report that cannot be written is taken back out of the ledger.
            from desktop.collector.unit_compare import releasing_units

            ledger = ReleaseLedger(store, policy.privacy.min_group_size)
            with ledger.releasing(campaign, report, chosen, str(target.resolve())), \
                    releasing_units(ledger, campaign, report, chosen, str(target.resolve())):
                written = _write(chosen, report, target, organization)
    except CandorError as exc:  # refused by the ledger (ReleaseRefused), the database, or the report file
        return _fail(str(exc))
    if org_unit:  # the unit's own count, as its report shows it (never the campaign's)
        respondents = report.participation.respondents
        if respondents.shown and respondents.estimate is not None:
            size = f"{round(respondents.estimate):,} respondents of {count:,} in the campaign"
        else:
            size = f"fewer than {report.k} respondents, so no figure is shown"
        print(f"wrote the {chosen.upper()} report of org unit {org_unit} of campaign {campaign} ({size}) to {written}")
    else:
        print(f"wrote the {chosen.upper()} report of campaign {campaign} ({count:,} summaries) to {written}")
    if chosen == "tidy-csv":
        from desktop.collector.report_tidy import notes_path

        print(f"its notes (properties, method notes, what each code means) are in {notes_path(written)}")
    if report.notice is not None:
        print(f"candor: note: {report.notice.text}", file=sys.stderr)
    return EXIT_OK


def _write(fmt: str, report: Report, target: Path, organization: str) -> Path:
    if fmt == "json":
        from desktop.collector.report_json import write_json

        return write_json(report, target)
    if fmt == "html":
        from desktop.collector.report_html import write_html

        return write_html(report, target, organization=organization)
    if fmt == "csv":
        from desktop.collector.report_csv import write_csv

        return write_csv(report, target)
    if fmt == "tidy-csv":
        from desktop.collector.report_tidy import write_tidy

        return write_tidy(report, target)
    if fmt == "xlsx":
        from desktop.collector.report_xlsx import write_xlsx

        return write_xlsx(report, target)
    from desktop.ui.collector.report_pdf import write_pdf

    return write_pdf(report, target, organization=organization)
