"""Preparing, encrypting and delivering one employee's summary, and remembering what was sent.

The exporter keeps three things in the encrypted local store (through any object with
``get_private``/``put_private``, such as ``desktop.storage.store.Store``): the secret behind the
submission id, the per-campaign memo of randomized answers, and the export log (when, which way,
the exact summary). What is previewed is what is sent: the memo is saved when the summary is
prepared, so the preview and every later export of the same answers carry the same values.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog
from desktop.core.errors import CandorError
from desktop.core.participation_code import normalize as normalize_code
from desktop.core.policy import Policy
from desktop.core.policy_effective import ExportBlock
from desktop.core.questionnaire import Questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.summary import BuildContext, Choices, build_summary, submission_id
from desktop.exchange.envelope import armor, encrypt_summary, summary_file_name, write_file, write_summary_file

SECRET_NAME = "submission-secret"
CODE_NAME = "participation-code"
LOG_NAME = "export-log"
CHANNELS = ("file", "clipboard", "drop_folder")


class ExportRefused(CandorError):
    """The policy gives no way to send a summary safely."""


class PrivateValues(Protocol):
    def get_private(self, name: str) -> Any | None: ...

    def put_private(self, name: str, value: Any) -> None: ...


@dataclass(frozen=True)
class LogEntry:
    when: str  # local record only, to the minute: "2026-11-24 14:05"
    channel: str
    campaign: str
    summary: dict[str, Any]


def payload(summary: Mapping[str, Any]) -> bytes:
    """The exact bytes that are encrypted: compact JSON with sorted keys."""
    return json.dumps(summary, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Exporter:
    """``block`` is set when the organization's control policy exists but cannot be used: nothing leaves."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy, app_version: str,
                 vault: PrivateValues, rng: random.Random | None = None,
                 clock=lambda: datetime.now(UTC), block: ExportBlock | None = None):
        self.questionnaire = questionnaire
        self.catalog = catalog
        self.policy = policy
        self.block = block
        self.app_version = app_version
        self.vault = vault
        self.rng = rng
        self.clock = clock

    # -- may we? ------------------------------------------------------------------------------

    @property
    def encrypts(self) -> bool:
        return bool(self.policy.submission.recipient)

    def refusal(self) -> str | None:
        """Why nothing can be exported, in one sentence, or ``None`` when it can."""
        if self.block is not None:  # fail closed: a broken or changeable managed policy sends nothing
            return self.block.sentence()
        submission = self.policy.submission
        if submission.recipient or submission.allow_plaintext:
            return None
        return ("Your organization's policy names no compliance key to encrypt summaries for, so Candor will "
                "not export one. Ask your IT team to add the compliance recipient to the policy.")

    # -- the summary --------------------------------------------------------------------------

    def _memo_name(self) -> str:
        return f"rr-memo:{self.policy.campaign.id}"

    def _secret(self) -> bytes:
        stored = self.vault.get_private(SECRET_NAME)
        if not stored:
            stored = secrets.token_hex(32)
            self.vault.put_private(SECRET_NAME, stored)
        return bytes.fromhex(stored)

    def _code_name(self) -> str:
        return f"{CODE_NAME}:{self.policy.campaign.id}"

    @property
    def requires_code(self) -> bool:
        return self.policy.submission.require_code

    def participation_code(self) -> str | None:
        """The code entered for this campaign (canonical form), kept in the encrypted local store, or None."""
        return self.vault.get_private(self._code_name()) or None

    def set_participation_code(self, text: str) -> str:
        """Check and keep the code as entered; returns its canonical form. Raises CodeError naming a typo.
        An empty text forgets the code."""
        if not text.strip():
            self.vault.put_private(self._code_name(), "")
            return ""
        code = normalize_code(text)
        self.vault.put_private(self._code_name(), code)
        return code

    def prepare(self, effective: Mapping[str, Any], other_tools: Mapping[str, OtherTool],
                choices: Choices | None = None) -> dict[str, Any]:
        stored = self.vault.get_private(self._memo_name())
        memo = Memo.from_dict(stored) if stored else Memo()
        ctx = BuildContext(self.questionnaire, self.catalog, self.policy, self.app_version,
                           submission_id(self._secret(), self.policy.campaign.id), memo, self.rng,
                           participation_code=self.participation_code())
        summary = build_summary(effective, other_tools, ctx, choices or Choices())
        self.vault.put_private(self._memo_name(), memo.to_dict())
        return summary

    # -- delivering it ------------------------------------------------------------------------

    def file_bytes(self, summary: Mapping[str, Any]) -> bytes:
        reason = self.refusal()
        if reason:
            raise ExportRefused(reason)
        data = payload(summary)
        recipient = self.policy.submission.recipient  # self.encrypts, spelled so the type checker sees it
        return encrypt_summary(data, recipient) if recipient else data

    def clipboard_text(self, summary: Mapping[str, Any]) -> str:
        data = self.file_bytes(summary)
        return armor(data) if self.encrypts else data.decode("utf-8")

    def suggested_name(self) -> str:
        name = summary_file_name(self.policy.campaign.id)
        return name if self.encrypts else name.removesuffix(".age") + ".json"

    def save_as(self, summary: Mapping[str, Any], path: Path) -> Path:
        written = write_file(Path(path), self.file_bytes(summary))
        self._log("file", summary)
        return written

    def copy_text(self, summary: Mapping[str, Any]) -> str:
        text = self.clipboard_text(summary)
        self._log("clipboard", summary)
        return text

    def drop(self, summary: Mapping[str, Any]) -> Path:
        folder = self.policy.submission.drop_path()
        if folder is None:
            raise ExportRefused("The policy names no drop folder; save the file and send it as your "
                                "organization asks.")
        # A drop folder is a share that compliance reads as another account: an encrypted summary is
        # readable by all there (only the recipient's key opens it); an unencrypted one stays private.
        written = write_summary_file(folder, self.policy.campaign.id, self.file_bytes(summary),
                                     mode=0o644 if self.encrypts else 0o600,
                                     suffix=".age" if self.encrypts else ".json")
        self._log("drop_folder", summary)
        return written

    # -- the log ------------------------------------------------------------------------------

    def _log(self, channel: str, summary: Mapping[str, Any]) -> None:
        logging.getLogger("candor.export").info("summary exported (%s)", channel)
        entries = list(self.vault.get_private(LOG_NAME) or [])
        entries.append({"when": self.clock().astimezone().strftime("%Y-%m-%d %H:%M"), "channel": channel,
                        "campaign": self.policy.campaign.id, "summary": dict(summary)})
        self.vault.put_private(LOG_NAME, entries)

    def log(self) -> list[LogEntry]:
        return [LogEntry(**entry) for entry in self.vault.get_private(LOG_NAME) or []]
