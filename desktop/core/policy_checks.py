"""The checks of meaning on one policy file's parsed data, after its shape passed the schema.

Ranges with their reasons, cross-references between tools, categories and org units, folders
given as full paths, and a recipient that really is a public age key.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, TypeGuard

from desktop.core import schema_check
from desktop.core.errors import Problem
from desktop.core.field_paths import Lines
from desktop.core.policy import CATEGORIES, EPSILON_RANGE, MIN_GROUP_SIZE_FLOOR, STATUSES


class MeaningChecks:
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
