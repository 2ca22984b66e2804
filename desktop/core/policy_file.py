"""Reading one TOML policy file: parsed with :mod:`tomllib`, checked, every problem reported at once.

Its dates are turned into ISO strings, the data is checked against
``resources/schema/policy.schema.json`` for shape, then for meaning (:mod:`policy_checks`:
ranges with their reasons, cross-references, the recipient key). Each problem names the file,
the line where we can find it, and the field. The result is the data :meth:`Policy.from_data`
builds the model from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Collection
from typing import Any

from desktop.core import schema_check
from desktop.core.errors import ContentError, Problem
from desktop.core.field_paths import Lines, join_path
from desktop.core.policy_checks import MeaningChecks
from desktop.core.toml_depth import MAX_DEPTH, too_deep


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
        checker = MeaningChecks(file, lines or {}, known_tool_ids)
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
