"""`candor demo-summaries --n N --out DIR [--seed S] --recipient R`: realistic encrypted summaries.

Each made-up employee (``desktop.demo.population``) answers the real questionnaire; the
answers go through the navigator, the real summary builder (with a fresh randomized-response
memo, the policy's campaign and privacy settings) and the real envelope, exactly as an export
from the app, and land in DIR as ``candor-<campaign>-<random>.age``. ``DIR/truth.json`` holds
the true shares behind them, so a demo, test or benchmark can check what the collector recovers.

Unlike the app, every random choice here (answers, randomized response, the secret behind each
submission id, the file names) comes from a ``random.Random`` seeded from ``--seed``, so the same
seed writes the same summaries under the same names (only the encryption differs). Respondent
``i`` gets its own stream, so the first 40 of a 3,000-summary run equal a 40-summary run.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from desktop import __version__
from desktop.core.catalog import Catalog, load_catalog
from desktop.core.errors import CandorError
from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.summary import BuildContext, build_summary, submission_id
from desktop.demo.population import Population
from desktop.demo.truth import TruthTally
from desktop.exchange.envelope import encrypt_summary, summary_file_name
from desktop.exchange.exporter import payload

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_SUMMARIES = 200_000
TRUTH_FILE = "truth.json"
_SEED_STREAM = "candor-demo"


class DemoError(CandorError):
    """The demo summaries cannot be written; the message says why and what to do."""


def demo_summaries_command(n: int, out: str, seed: int | None, recipient: str | None,
                           policy_flag: str | None, drift: float = 0.0) -> int:
    """The command line's entry: resolve the effective policy (``--policy`` applies) and the recipient."""
    from desktop.commands.loading import command_content

    content = command_content(policy_flag, refuse="so demo summaries would not match it")
    if content is None:
        return EXIT_FAILED
    policy = content.policy.policy
    recipient = recipient or policy.submission.recipient
    if not recipient:
        print("candor: there is no recipient to encrypt the summaries to: pass --recipient age1... (the line "
              "`candor keys new` printed) or set submission.recipient in the policy.", file=sys.stderr)
        return EXIT_FAILED
    if not -0.5 <= drift <= 0.45:
        print(f"candor: --drift must be from -0.5 to 0.45 (got {drift}); it moves the share of AI users who use "
              "unapproved tools (0.55) by that much.", file=sys.stderr)
        return EXIT_USAGE
    return run_demo_summaries(n, out, seed, recipient, policy,
                              questionnaire=content.questionnaire, catalog=content.catalog, drift=drift)


def run_demo_summaries(n: int, out: str | os.PathLike[str], seed: int | None, recipient: str, policy: Policy,
                       *, questionnaire: Questionnaire | None = None, catalog: Catalog | None = None,
                       drift: float = 0.0) -> int:
    """Write ``n`` demo summaries and ``truth.json`` into ``out``; print one line; return the exit code."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_SUMMARIES:
        print(f"candor: --n must be a whole number from 1 to {MAX_SUMMARIES:,} (got {n}); "
              "say how many summaries to write.", file=sys.stderr)
        return EXIT_USAGE
    try:
        truth_path = write_demo_summaries(n, Path(out), recipient=recipient, policy=policy, seed=seed,
                                          questionnaire=questionnaire, catalog=catalog, drift=drift)
    except DemoError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote {n} summaries to {out} (truth in {truth_path})")
    return EXIT_OK


def check_recipient(recipient: str | None) -> str:
    """The recipient, stripped, if it is an age X25519 public key; else DemoError saying what to give."""
    text = (recipient or "").strip()
    try:
        x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError, TypeError):
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise DemoError(
            f"{shown!r} is not an age recipient, so the summaries cannot be encrypted. Give --recipient the line "
            "starting with age1 that `candor keys new` printed."
        ) from None
    return text


def write_demo_summaries(
    n: int,
    out: Path,
    *,
    recipient: str,
    policy: Policy,
    seed: int | None = None,
    questionnaire: Questionnaire | None = None,
    catalog: Catalog | None = None,
    app_version: str = __version__,
    progress: Callable[[int], None] | None = None,
    drift: float = 0.0,
) -> Path:
    """Write ``n`` encrypted summaries and the truth file into ``out``; return the truth file's path.

    Raises DemoError (bad recipient, unusable or non-empty folder, write failure). Without a
    ``seed`` a random one is drawn; the seed used is recorded in the truth file.
    """
    if not 1 <= n <= MAX_SUMMARIES:
        raise DemoError(f"the number of summaries must be from 1 to {MAX_SUMMARIES:,}, not {n}.")
    recipient = check_recipient(recipient)
    questionnaire = questionnaire or load_questionnaire()
    catalog = catalog or load_catalog()
    seed = secrets.randbits(63) if seed is None else seed
    campaign = policy.campaign.id
    _prepare_folder(out)

    population = Population(questionnaire, catalog, policy, drift)
    navigator = Navigator(questionnaire, org_units_offered=bool(policy.org_units))
    tally = TruthTally(questionnaire, catalog, policy)
    for index in range(n):
        rng = random.Random(f"{_SEED_STREAM}:{seed}:{index}")
        answers = population.answers(rng)
        choices = population.choices(rng)
        effective = navigator.effective_answers(answers)
        tally.add(effective, answers.other_tools)
        ctx = BuildContext(questionnaire, catalog, policy, app_version,
                           submission_id(rng.randbytes(32), campaign), Memo(), rng)
        summary = build_summary(effective, answers.other_tools, ctx, choices)
        _write_new(out / _file_name(campaign, rng), encrypt_summary(payload(summary), recipient))
        if progress is not None:
            progress(index + 1)

    privacy = policy.privacy
    truth: dict[str, Any] = {
        "n": n,
        "campaign": campaign,
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "randomized_response": privacy.randomized_response,
        "epsilon": privacy.epsilon if privacy.randomized_response else None,
        "seed": seed,
        "drift": drift,
        **{key: value for key, value in tally.to_dict().items() if key != "n"},
    }
    truth_path = out / TRUTH_FILE
    _write_new(truth_path, (json.dumps(truth, indent=2) + "\n").encode("utf-8"))
    return truth_path


def _file_name(campaign: str, rng: random.Random) -> str:
    """The envelope's ``candor-<campaign>-<random>.age``, with the random part drawn from ``rng``."""
    template = summary_file_name(campaign)  # also checks the campaign id
    random_part = template.removesuffix(".age").rsplit("-", 1)[1]
    digits = len(random_part)
    return f"{template[:-len(random_part) - 4]}{rng.getrandbits(4 * digits):0{digits}x}.age"


def _prepare_folder(out: Path) -> None:
    """Create ``out`` (mode 0700), or accept an existing folder that holds no summaries yet."""
    if out.exists():
        if not out.is_dir():
            raise DemoError(f"{out} is a file, not a folder; give --out a new or empty folder.")
        if (out / TRUTH_FILE).exists() or any(out.glob("candor-*.age")):
            raise DemoError(
                f"{out} already holds summaries or a {TRUTH_FILE}; give --out a new or empty folder, so that the "
                "truth file describes every summary in it."
            )
        return
    try:
        out.mkdir(parents=True, mode=0o700)
        out.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened; make it exact
    except OSError as exc:
        raise DemoError(f"Cannot create the folder {out} ({exc.strerror or exc}); choose another --out.") from exc


def _write_new(path: Path, data: bytes) -> None:
    """Write a new file, readable only by its owner; never replace an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
    except FileExistsError as exc:
        raise DemoError(f"{path} already exists; give --out a new or empty folder.") from exc
    except OSError as exc:
        raise DemoError(f"Cannot write {path} ({exc.strerror or exc}); check the folder's space and permissions.") \
            from exc
