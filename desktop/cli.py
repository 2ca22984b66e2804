"""The ``candor`` command: the employee app by default, subcommands for IT and compliance.

Exit codes: 0 ok, 1 a failed check or bad input, 2 a usage error. Errors go to stderr in
one sentence a person can act on. Qt is imported only by the commands that need it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.unexpected import install as install_unexpected_hooks

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


#: The options every command takes, before or after the command's name: (flag, metavar, help).
COMMON_OPTIONS = (
    ("--data-dir", "DIR", "where Candor keeps its data (default: the OS location)"),
    ("--policy", "FILE", "use this organization policy file"),
    ("--lang", "CODE", "language of the interface, e.g. en"),
)
_AFTER = "after_"


def _common(*, after: bool) -> argparse.ArgumentParser:
    """The common options; after a command's name they land in their own attributes (``after_data_dir``)
    and only when given, so a subcommand never overwrites what was given before its name."""
    common = argparse.ArgumentParser(add_help=False)
    for flag, metavar, help_text in COMMON_OPTIONS:
        dest = flag.removeprefix("--").replace("-", "_")
        if after:
            common.add_argument(flag, metavar=metavar, help=help_text, dest=_AFTER + dest, default=argparse.SUPPRESS)
        else:
            common.add_argument(flag, metavar=metavar, help=help_text, dest=dest)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(after=True)
    parser = argparse.ArgumentParser(
        prog="candor",
        description="Candor: a private self-assessment of AI use at work. Without a command, starts the app.",
        parents=[_common(after=False)],
    )
    parser.add_argument("--version", action="version", version=f"Candor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    collector = commands.add_parser("collector", help="start the compliance collector window", parents=[common])
    collector.add_argument("--identity", metavar="FILE",
                           help="the compliance key file (default: the key stored by 'candor keys new')")
    collector.add_argument("--trend", action="append", metavar="POLICY", default=None,
                           help="an earlier campaign's policy, to compare with in the trends view (repeat, oldest "
                                "first)")
    _passphrase_option(collector)

    policy = commands.add_parser("policy", help="check or show the organization policy", parents=[common])
    policy_commands = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    check = policy_commands.add_parser("check", help="validate a policy file; exit 1 with precise messages",
                                       parents=[common])
    check.add_argument("file", metavar="FILE")
    policy_commands.add_parser("show", help="print the effective policy and where each part came from",
                               parents=[common])

    commands.add_parser("self-test", help="verify this installation: content, database, keyring, Qt",
                        parents=[common])

    keys = commands.add_parser("keys", help="the compliance team's key pair", parents=[common])
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    new = keys_commands.add_parser("new", help="create a key pair; keep the secret, print the recipient",
                                   parents=[common])
    new.add_argument("--out", metavar="FILE",
                     help="write the secret key to this new file (mode 0600) instead of the OS keyring")

    demo = commands.add_parser("demo-summaries", parents=[common],
                               help="write N realistic encrypted summaries and their true shares, for demos")
    demo.add_argument("--n", type=int, required=True, metavar="N", help="how many summaries (1 to 200,000)")
    demo.add_argument("--out", required=True, metavar="DIR", help="new or empty folder to write them into")
    demo.add_argument("--drift", type=float, default=0.0, metavar="D",
                      help="move the share of AI users who use unapproved tools (0.55) by D, so campaigns differ")
    demo.add_argument("--seed", type=int, metavar="S", help="same seed, same summaries (default: random)")
    demo.add_argument("--recipient", metavar="AGE1...",
                      help="encrypt to this age recipient (default: the policy's submission.recipient)")

    ingest = commands.add_parser("ingest", parents=[common],
                                 help="import summaries (files, folders, zips) into the collector database")
    ingest.add_argument("--identity", metavar="FILE",
                        help="the collector's secret key file (default: the key in the OS keyring)")
    _passphrase_option(ingest)
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="summary files, folders or zip archives")

    codes = commands.add_parser("codes", help="the campaign's one-time participation codes", parents=[common])
    codes_commands = codes.add_subparsers(dest="codes_command", metavar="ACTION", required=True)
    codes_new = codes_commands.add_parser("new", parents=[common],
                                          help="make N codes for the trustee; the collector keeps only their hashes")
    codes_new.add_argument("--n", type=int, required=True, metavar="N", help="how many codes (one per person invited)")
    codes_new.add_argument("--out", required=True, metavar="FILE", help="new file for the codes (mode 0600)")
    _passphrase_option(codes_new)

    relay = commands.add_parser("relay", parents=[common],
                                help="(trustee) pass summaries on in shuffled batches of at least k, without "
                                     "their owners or times")
    relay.add_argument("folder", metavar="FOLDER", help="the trustee's folder where employees save summaries")
    relay.add_argument("--out", required=True, metavar="DIR", help="the folder compliance imports from")
    relay.add_argument("--k", type=int, metavar="K",
                       help="smallest batch (default: the policy's privacy.min_group_size)")

    report = commands.add_parser("report", parents=[common],
                                 help="write the privacy-safe report of the policy's campaign (json, html, pdf, csv, "
                                      "tidy-csv, xlsx)")
    report.add_argument("--format", choices=("json", "html", "pdf", "csv", "tidy-csv", "xlsx"),
                        help="the kind of report (default: from the extension of --out)")
    report.add_argument("--out", required=True, metavar="FILE", help="the report file to write (replaced whole)")
    report.add_argument("--org-unit", metavar="CODE", help="report on one org unit of the policy (default: all)")
    report.add_argument("--trend", action="append", metavar="POLICY", default=None,
                        help="write the change since an earlier campaign instead (its policy file; repeat for "
                             "more, oldest first); --out must end in .csv or .json")
    _passphrase_option(report)
    return parser


def _passphrase_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--passphrase-file", metavar="FILE",
                         help="the passphrase of the collector database, on the first line of FILE, where no system "
                              "keyring can hold its key (also: the CANDOR_COLLECTOR_PASSPHRASE environment variable)")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, with each common option given before or after the command's name (the same
    value in both places is fine; two different values are a usage error, exit 2)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for flag, _metavar, _help in COMMON_OPTIONS:
        dest = flag.removeprefix("--").replace("-", "_")
        if not hasattr(args, _AFTER + dest):
            continue
        after = getattr(args, _AFTER + dest)
        delattr(args, _AFTER + dest)
        before = getattr(args, dest)
        if before is not None and before != after:
            parser.error(f"{flag} is given twice with different values ({before!r} before the command, {after!r} "
                         f"after it); give it once")
        setattr(args, dest, after)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """The ``candor`` command; ``argv`` None means the process's own arguments (an entry point), and then
    an exception nobody catches is logged by type and place only (``desktop.unexpected``)."""
    if argv is None:
        install_unexpected_hooks()
    argv = sys.argv[1:] if argv is None else list(argv)
    # The usual start, the employee app without options, goes straight to its window: building every command's
    # parser would only delay it.
    args = argparse.Namespace(command=None, data_dir=None, policy=None, lang=None) if not argv else parse_args(argv)
    try:
        if args.command is None:
            return run_gui(args)
        if args.command == "collector":
            from desktop.ui.collector.app import run_collector

            return run_collector(data_dir=args.data_dir, policy_flag=args.policy, identity_file=args.identity,
                                 lang=args.lang, passphrase_file=args.passphrase_file, trend=args.trend)
        if args.command == "policy":
            return run_policy(args)
        if args.command == "self-test":
            from desktop.commands.selftest import run_self_test

            return run_self_test(data_dir=args.data_dir, policy_flag=args.policy)
        if args.command == "keys":
            from desktop.commands.keys import run_keys_new

            return run_keys_new(args.out)
        if args.command == "demo-summaries":
            from desktop.commands.demo import demo_summaries_command

            return demo_summaries_command(args.n, args.out, args.seed, args.recipient, args.policy, args.drift)
        if args.command == "ingest":
            from desktop.commands.ingest import run_ingest

            return run_ingest(args.paths, args.identity, args.data_dir, args.policy,
                              passphrase_file=args.passphrase_file)
        if args.command == "codes":
            from desktop.commands.codes import run_codes_new

            return run_codes_new(args.n, args.out, args.data_dir, args.policy, passphrase_file=args.passphrase_file)
        if args.command == "relay":
            from desktop.commands.relay import run_relay

            return run_relay(args.folder, args.out, args.k, args.policy)
        if args.command == "report":
            from desktop.commands.report import report_command

            return report_command(args.format, args.out, data_dir=args.data_dir, policy_flag=args.policy,
                                  org_unit=args.org_unit, lang=args.lang, passphrase_file=args.passphrase_file,
                                  trend=args.trend)
    except KeyboardInterrupt:
        return EXIT_FAILED
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands first


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    install_unexpected_hooks()
    return main(sys.argv[1:])


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run_app

    return run_app(data_dir=args.data_dir, policy_flag=args.policy, lang=args.lang)


def run_policy(args: argparse.Namespace) -> int:
    from desktop.core.catalog import load_catalog
    from desktop.core.errors import ContentError
    from desktop.core.policy import Policy
    from desktop.core.policy_report import check_report, show_report
    from desktop.core.policy_sources import read_policy_file, resolve_policy

    try:
        known = set(load_catalog().ids())
    except ContentError as exc:
        print(f"candor: the tool catalog shipped with Candor is damaged; reinstall Candor.\n{exc}",
              file=sys.stderr)
        return EXIT_FAILED
    if args.policy_command == "check":
        try:  # read once: its problems, or the privacy settings it gives
            privacy = Policy.from_data(read_policy_file(Path(args.file), known)).privacy
            problems = []
        except ContentError as error:
            privacy, problems = None, error.problems
        print(check_report(problems, args.file, privacy), file=sys.stderr if problems else sys.stdout)
        return EXIT_FAILED if problems else EXIT_OK
    effective = resolve_policy(args.policy, os.environ, known_tool_ids=known)
    print(show_report(effective))
    return EXIT_FAILED if effective.problems else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
