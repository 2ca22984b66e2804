"""The organization policy: an immutable model, and validation of one TOML policy file.

A policy file is parsed with :mod:`tomllib`, its dates turned into ISO strings, checked
against ``resources/schema/policy.schema.json`` for shape, then checked here for meaning
(ranges with their reasons, cross-references, the recipient key). Every problem found is
reported at once, each naming the file, the line where we can find it, and the field.

Where files are looked for and how several are merged lives in :mod:`policy_sources`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Literal, TypeGuard

from desktop.core import schema_check
from desktop.core.errors import ContentError, Problem
from desktop.core.field_paths import Lines, join_path
from desktop.core.text import DEFAULT_LANGUAGE, LocalText, pick
from desktop.core.toml_depth import MAX_DEPTH, too_deep

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
        """Build from validated data (see :func:`parse_policy_text`); unset fields keep their defaults."""
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


# ---------------------------------------------------------------------------------------------
# Parsing and validation
# ---------------------------------------------------------------------------------------------


def parse_policy_text(text: str, file: str, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Parse and validate one policy file's text; return its data with dates as ISO strings.

    Raises :class:`ContentError` holding every problem found. ``known_tool_ids`` are the
    catalog's ids; without them, ids cannot be checked against the catalog.
    """
    data, lines = _parse_toml(text, file)
    found = validate_policy_data(data, file, known_tool_ids, lines)
    if found:
        raise ContentError(found)
    return data


def policy_problems(text: str, file: str, known_tool_ids: Collection[str] | None = None) -> list[Problem]:
    """Every problem in one policy file's text; an empty list means it is valid."""
    try:
        parse_policy_text(text, file, known_tool_ids)
    except ContentError as error:
        return error.problems
    return []


def validate_policy_data(
    data: Any,
    file: str,
    known_tool_ids: Collection[str] | None = None,
    lines: Lines | None = None,
) -> list[Problem]:
    """Schema problems and then meaning problems of parsed policy data, sorted by line."""
    found = schema_check.problems(data, "policy", file, lines)
    if isinstance(data, dict):
        found = [_explain_single_table(problem, data) for problem in found]
        checker = _Semantics(file, lines or {}, known_tool_ids)
        checker.run(data)
        found.extend(checker.problems)
    found.sort(key=lambda p: (p.line or 0, p.location))
    return found


def _explain_single_table(problem: Problem, data: dict[str, Any]) -> Problem:
    """``[tools]`` instead of ``[[tools]]`` is the classic TOML slip; say so instead of "wrong type"."""
    key = problem.location
    if key in ("tools", "org_units") and isinstance(data.get(key), dict):
        message = f"write [[{key}]] with double brackets above each entry; [{key}] declares a single table"
        return dataclasses.replace(problem, message=message)
    return problem


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _parse_toml(text: str, file: str) -> tuple[dict[str, Any], Lines]:
    text = text.removeprefix("\ufeff")  # editors on Windows like to add a byte-order mark
    deep = too_deep(text)  # measured before tomllib, which recurses into nested arrays and tables
    if deep is not None:
        raise ContentError([_too_deep_problem(file, deep.line)])
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError([_toml_syntax_problem(error, text, file)]) from error
    except RecursionError as error:  # cannot happen within MAX_DEPTH; still never a traceback
        raise ContentError([_too_deep_problem(file, None)]) from error
    return _plain(raw), toml_lines(text)


def _too_deep_problem(file: str, line: int | None) -> Problem:
    return Problem(file=file, location="", line=line, message=(
        f"nests tables, arrays or dotted keys more than {MAX_DEPTH} levels deep, far deeper than any policy "
        "(at most 4), so it was not read; check for a runaway run of brackets or dots"))


def _toml_syntax_problem(error: tomllib.TOMLDecodeError, text: str, file: str) -> Problem:
    message = str(error)
    position = _TOML_POSITION.search(message)
    line: int | None = None
    if position:
        line, column = int(position.group(1)), int(position.group(2))
        message = f"{message[: position.start()]} (column {column})"
    message = f"not valid TOML: {message}"
    source_lines = text.splitlines()
    if line is not None and 0 < line <= len(source_lines) and "\\" in source_lines[line - 1]:
        message += (
            "; inside double quotes a backslash starts an escape, so write Windows paths"
            " in single quotes, such as 'C:\\Candor\\drop'"
        )
    return Problem(file=file, location="", message=message, line=line)


def _plain(value: Any) -> Any:
    """TOML data as JSON-like data: dates, times and date-times become ISO strings."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | dt.time):  # datetime is a date too
        return value.isoformat()
    return value


_KEY_PART = r'(?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\')'
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_ASSIGNMENT = re.compile(rf"^\s*({_DOTTED})\s*=(.*)$")


def _key_parts(dotted: str) -> list[str]:
    return [part.strip().strip("\"'") for part in re.findall(_KEY_PART, dotted)]


def toml_lines(text: str) -> Lines:
    """Best-effort map from field path (``tools[0].status``) to the 1-based line that sets it.

    ``tomllib`` keeps no positions, so this scans table headers and ``key =`` lines,
    skipping the inside of multi-line strings. Paths it cannot place fall back to their
    parent's line when looked up with :func:`schema_check.line_for`.
    """
    lines: Lines = {}
    prefix = ""
    array_counts: dict[str, int] = {}
    open_quote: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if open_quote:
            if line.count(open_quote) % 2 == 1:
                open_quote = None
            continue
        header = _HEADER.match(line)
        if header:
            name = ".".join(_key_parts(header.group(2)))
            if header.group(1) == "[[":
                index = array_counts.get(name, 0)
                array_counts[name] = index + 1
                prefix = join_path(name, index)
            else:
                prefix = name
            lines.setdefault(prefix, number)
            continue
        assignment = _ASSIGNMENT.match(line)
        if assignment:
            path = prefix
            for part in _key_parts(assignment.group(1)):
                path = join_path(path, part)
            lines.setdefault(path, number)
            value = assignment.group(2)
            for quote in ('"""', "'''"):
                if value.count(quote) % 2 == 1:
                    open_quote = quote
    return lines


class _Semantics:
    """Checks of meaning, run on whatever parts of the data have the right shape."""

    def __init__(self, file: str, lines: Lines, known_tool_ids: Collection[str] | None):
        self.file = file
        self.lines = lines
        self.known = set(known_tool_ids) if known_tool_ids is not None else None
        self.problems: list[Problem] = []

    def problem(self, location: str, message: str) -> None:
        line = schema_check.line_for(location, self.lines)
        self.problems.append(Problem(self.file, location, message, line))

    def run(self, data: dict[str, Any]) -> None:
        self.campaign(_table(data, "campaign"))
        self.privacy(_table(data, "privacy"))
        self.submission(_table(data, "submission"))
        self.benchmark(_table(data, "leadership_benchmark"))
        self.tools(_entries(data, "tools"))
        self.org_units(_entries(data, "org_units"))

    def campaign(self, table: dict[str, Any]) -> None:
        closes = table.get("closes")
        if isinstance(closes, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", closes):
            try:
                dt.date.fromisoformat(closes)
            except ValueError:
                self.problem("campaign.closes", f"{closes!r} is not a calendar date; check the day and month")

    def privacy(self, table: dict[str, Any]) -> None:
        k = table.get("min_group_size")
        if _is_number(k) and k < MIN_GROUP_SIZE_FLOOR:
            self.problem(
                "privacy.min_group_size",
                f"{k} is too small; use {MIN_GROUP_SIZE_FLOOR} or more (the default is 5), because in smaller"
                " groups a figure can single out one person",
            )
        epsilon = table.get("epsilon")
        if not _is_number(epsilon):
            return
        low, high = EPSILON_RANGE
        if not math.isfinite(epsilon):
            self.problem("privacy.epsilon", f"{epsilon} is not a usable number; use {low} to {high:g}")
        elif epsilon < low:
            self.problem(
                "privacy.epsilon",
                f"{epsilon} is too small; use {low} to {high:g} (the default is ln 3, about 1.0986), because"
                " below that the answers are so noisy that no estimate is usable",
            )
        elif epsilon > high:
            self.problem(
                "privacy.epsilon",
                f"{epsilon} is too large; use {low} to {high:g} (the default is ln 3, about 1.0986), because"
                f" at {epsilon:g} the true answer is sent {math.exp(min(epsilon, 700)):.3g} times as often as"
                " another, so the randomization hardly protects anyone",
            )

    def submission(self, table: dict[str, Any]) -> None:
        recipient = table.get("recipient")
        if isinstance(recipient, str):
            self.recipient(recipient)
        for name in ("drop_folder", "trustee_folder"):
            self.folder(f"submission.{name}", table.get(name))
        if table.get("require_code") is True and table.get("allow_plaintext") is True:
            self.problem(
                "submission.require_code",
                "cannot be used with allow_plaintext = true: an unencrypted summary shows its participation code"
                " to anybody on the way, who could then send a summary with it; remove allow_plaintext and set"
                " the compliance recipient",
            )

    def folder(self, location: str, folder: Any) -> None:
        if isinstance(folder, str) and folder:
            if any(ord(char) < 32 for char in folder):
                self.problem(
                    location,
                    "contains a tab or line break, probably from a backslash in double quotes; write"
                    " Windows paths in single quotes, such as '\\\\fileserver\\candor-drop'",
                )
            elif not _looks_absolute(folder):
                self.problem(
                    location,
                    f"{folder!r} is a relative path; use a full path such as '\\\\fileserver\\candor-drop'"
                    " or '/srv/candor-drop', because a relative one depends on where Candor was started",
                )

    def recipient(self, value: str) -> None:
        text = value.strip()
        if "SECRET-KEY" in text.upper():
            self.problem(
                "submission.recipient",
                "holds a private age key; replace it with the public recipient (age1...) printed by"
                " `candor keys new`, and have the compliance team make a new key pair, since this one"
                " is no longer secret",
            )
            return
        from pyrage import RecipientError, x25519  # native module: loaded only when a recipient is set

        try:
            x25519.Recipient.from_str(text)
        except (RecipientError, ValueError):
            self.problem(
                "submission.recipient",
                f"{_shorten(text)!r} is not a valid age recipient; paste the whole line starting with"
                " age1 that `candor keys new` printed for the compliance team",
            )

    def benchmark(self, table: dict[str, Any]) -> None:
        for key, value in table.items():
            if not _is_number(value) or 0 <= value <= 1:
                continue
            hint = f" (for {value:g}% write {value / 100:g})" if 1 < value <= 100 else ""
            self.problem(f"leadership_benchmark.{key}", f"{value} is not a share; use a number from 0 to 1{hint}")

    def tools(self, entries: list[tuple[int, dict[str, Any]]]) -> None:
        first_at: dict[str, str] = {}
        status_by_id: dict[str, Any] = {}
        for index, entry in entries:
            tool_id = entry.get("id")
            if not isinstance(tool_id, str):
                continue
            location = f"tools[{index}]"
            if tool_id in first_at:
                self.problem(
                    f"{location}.id",
                    f"{tool_id!r} is already listed at {first_at[tool_id]}; keep one entry per tool",
                )
                continue
            first_at[tool_id] = location
            status_by_id[tool_id] = entry.get("status")
            self.tool_identity(location, tool_id, entry)
        approved = sorted(tool for tool, status in status_by_id.items() if status == "approved")
        for index, entry in entries:
            alternative = entry.get("alternative")
            if not isinstance(alternative, str):
                continue
            location = f"tools[{index}].alternative"
            if alternative == entry.get("id"):
                self.problem(location, "names the tool itself; name a different, approved tool or remove it")
            elif alternative not in status_by_id:
                hint = _did_you_mean(alternative, approved)
                self.problem(
                    location,
                    f"{alternative!r} is not listed in this policy{hint}; an alternative must be a tool"
                    ' listed here with status = "approved"',
                )
            elif status_by_id[alternative] in STATUSES and status_by_id[alternative] != "approved":
                self.problem(
                    location,
                    f"{alternative!r} is {status_by_id[alternative]} in this policy, not approved; suggest an"
                    " approved tool instead",
                )

    def tool_identity(self, location: str, tool_id: str, entry: dict[str, Any]) -> None:
        """A catalog tool may rename itself; any other id is an in-house tool and needs name and category."""
        if self.known is None or tool_id in self.known:
            return
        has_name, has_category = "name" in entry, "category" in entry
        if has_name and has_category:
            return
        if has_name or has_category:
            missing = "category" if has_name else "name"
            choices = f" (one of: {', '.join(CATEGORIES)})" if missing == "category" else ""
            self.problem(
                location,
                f"{tool_id!r} is not in Candor's tool catalog, so as an in-house tool it needs both name"
                f" and category; add {missing}{choices}",
            )
            return
        hint = _did_you_mean(tool_id, self.known)
        self.problem(
            f"{location}.id",
            f"{tool_id!r} is not in Candor's tool catalog{hint}; for an in-house tool also set name and category",
        )

    def org_units(self, entries: list[tuple[int, dict[str, Any]]]) -> None:
        first_at: dict[str, str] = {}
        for index, entry in entries:
            code = entry.get("code")
            if not isinstance(code, str):
                continue
            if code in first_at:
                self.problem(
                    f"org_units[{index}].code",
                    f"{code!r} is already used at {first_at[code]}; give each org unit its own code",
                )
            else:
                first_at[code] = f"org_units[{index}]"


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _entries(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _did_you_mean(word: str, candidates: Collection[str]) -> str:
    import difflib  # only for a problem to explain, never on the usual start

    close = difflib.get_close_matches(word, list(candidates), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _looks_absolute(folder: str) -> bool:
    if folder.startswith(("~", "$", "%")):  # home folder or an environment variable, expanded at use
        return True
    return PurePosixPath(folder).is_absolute() or PureWindowsPath(folder).is_absolute()
