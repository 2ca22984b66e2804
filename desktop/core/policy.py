"""The organization policy: an immutable model of what one or more policy files set.

How one TOML policy file is read and checked lives in :mod:`policy_file` (its checks of
meaning in :mod:`policy_checks`); where files are looked for and how several are merged, in
:mod:`policy_sources`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop.core.text import DEFAULT_LANGUAGE, LocalText, pick

Status = Literal["approved", "tolerated", "prohibited"]
StatusOrNotListed = Literal["approved", "tolerated", "prohibited", "not_listed"]

STATUSES: tuple[Status, ...] = ("approved", "tolerated", "prohibited")
NOT_LISTED: Literal["not_listed"] = "not_listed"
CATEGORIES = ("chat", "coding", "meetings", "writing", "image", "search", "browser_extension", "local_model")

DEFAULT_EPSILON = math.log(3)
#: Smallest group size k a policy may set; below it a figure can point at one person.
MIN_GROUP_SIZE_FLOOR = 3
#: Below 0.5 no estimate is usable at any realistic size; above 3 a yes/no answer is sent as it is
#: 95% of the time (odds of 20 to 1), too little cover to call it protected.
EPSILON_RANGE = (0.5, 3.0)


# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------


#: The organization's name when no policy gives one; the interface shows it in its own language.
DEFAULT_ORGANIZATION_NAME = "Your organization"


@dataclass(frozen=True)
class Organization:
    name: str = DEFAULT_ORGANIZATION_NAME
    #: E-mail address or web address employees are shown as "who to ask".
    contact: str | None = None
    #: ISO 4217 code the amount bands are shown in.
    currency: str = "EUR"


@dataclass(frozen=True)
class Campaign:
    #: The only "date" a summary carries, such as ``2026-q4``.
    id: str = "default"
    closes: dt.date | None = None
    #: How many people were invited (the expected headcount); the report flags more summaries than this.
    invited: int | None = None


@dataclass(frozen=True)
class ToolRule:
    id: str
    status: Status
    note: LocalText | None = None
    #: Id of an approved tool to suggest instead.
    alternative: str | None = None
    #: Set for org-internal tools (ids not in the catalog); may rename a catalog tool.
    name: str | None = None
    category: str | None = None

    def note_in(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return pick(self.note, lang)


@dataclass(frozen=True)
class OrgUnit:
    code: str
    label: LocalText

    def label_in(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class Privacy:
    #: k: the collector shows no figure computed from fewer respondents.
    min_group_size: int = 5
    randomized_response: bool = True
    epsilon: float = DEFAULT_EPSILON


@dataclass(frozen=True)
class Submission:
    #: The compliance team's age X25519 recipient (``age1...``); public, not a secret.
    recipient: str | None = None
    drop_folder: str | None = None
    allow_plaintext: bool = False
    #: Whether every summary must carry a participation code (``candor codes new``); ingest rejects those without.
    require_code: bool = False
    #: The trustee's folder: when set, summaries are saved there and the trustee's ``candor relay`` passes them
    #: on to compliance in batches, with fresh names and one timestamp.
    trustee_folder: str | None = None

    def drop_path(self) -> Path | None:
        """The folder summaries are saved to (the trustee's folder when set, else the drop folder), with ``~``
        and environment variables expanded."""
        folder = self.trustee_folder or self.drop_folder
        if not folder:
            return None
        return Path(os.path.expandvars(os.path.expanduser(folder)))


@dataclass(frozen=True)
class LeadershipBenchmark:
    """Shares (0..1) of leadership agreeing, for the perception-gap chart."""

    strategy_clear: float | None = None
    strategy_successful: float | None = None
    strategy_inclusive: float | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in dataclasses.fields(self))


#: The policy's tables that hold single values, and the model class of each.
SECTIONS: dict[str, type] = {
    "organization": Organization,
    "campaign": Campaign,
    "privacy": Privacy,
    "submission": Submission,
    "leadership_benchmark": LeadershipBenchmark,
}


def leaf_fields() -> list[str]:
    """Every single-valued field as a dotted path, in display order (``organization.name``, ...)."""
    return [f"{section}.{f.name}" for section, cls in SECTIONS.items() for f in dataclasses.fields(cls)]


@dataclass(frozen=True)
class Policy:
    organization: Organization = Organization()
    campaign: Campaign = Campaign()
    tools: tuple[ToolRule, ...] = ()
    org_units: tuple[OrgUnit, ...] = ()
    privacy: Privacy = Privacy()
    submission: Submission = Submission()
    leadership_benchmark: LeadershipBenchmark = LeadershipBenchmark()

    @classmethod
    def defaults(cls) -> Policy:
        """The built-in policy used when no file sets anything."""
        return cls()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Policy:
        """Build from validated data (see :func:`policy_file.parse_policy_text`); unset fields keep their defaults."""
        sections = {
            section: model(
                **{
                    key: _CONVERTERS.get(f"{section}.{key}", _same)(value)
                    for key, value in (data.get(section) or {}).items()
                }
            )
            for section, model in SECTIONS.items()
        }
        tools = tuple(
            ToolRule(
                id=raw["id"],
                status=raw["status"],
                note=_local_text(raw.get("note")),
                alternative=raw.get("alternative"),
                name=raw.get("name"),
                category=raw.get("category"),
            )
            for raw in data.get("tools") or ()
        )
        units = tuple(
            OrgUnit(code=raw["code"], label=_local_text(raw["label"]) or {}) for raw in data.get("org_units") or ()
        )
        return cls(tools=tools, org_units=units, **sections)

    def rule_for(self, tool_id: str) -> ToolRule | None:
        return next((rule for rule in self.tools if rule.id == tool_id), None)

    def status_of(self, tool_id: str) -> StatusOrNotListed:
        rule = self.rule_for(tool_id)
        return rule.status if rule else NOT_LISTED

    def approved_tool_ids(self) -> list[str]:
        return [rule.id for rule in self.tools if rule.status == "approved"]


#: How a field that is not set is shown.
NOT_SET = "(not set)"


def format_value(value: Any) -> str:
    """A value as it would be written in the policy file."""
    if value is None:
        return NOT_SET
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _as_date(value: str | dt.date) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _same(value: Any) -> Any:
    return value


#: How a validated value becomes the model's type, where the two differ.
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "campaign.closes": _as_date,
    "privacy.min_group_size": int,
    "campaign.invited": int,  # TOML 5.0 passes the schema's integer check
    "privacy.epsilon": float,
    "submission.recipient": str.strip,
    "leadership_benchmark.strategy_clear": float,
    "leadership_benchmark.strategy_successful": float,
    "leadership_benchmark.strategy_inclusive": float,
}


def _local_text(value: str | Mapping[str, str] | None) -> LocalText | None:
    """A plain string is shown in every language (``pick`` falls back to it as English)."""
    if value is None:
        return None
    if isinstance(value, str):
        return {DEFAULT_LANGUAGE: value}
    return dict(value)

