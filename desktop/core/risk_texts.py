"""The words of the risk picture: every level, reason, recommendation and hint, per language.

Read from ``resources/risk/texts.yaml`` and checked against
``resources/schema/risk_texts.schema.json``; then checked for what a schema cannot see: that
every text the rules use exists (``required``), that no text exists which no rule uses (a typo
in an id), and that each text's ``{placeholders}`` are known and the same in every language.
A text is addressed by its dotted id, such as ``reasons.data.health``.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop.core import schema_check
from desktop.core.errors import ContentError, Problem
from desktop.core.text import DEFAULT_LANGUAGE, LocalText, pick
from desktop.core.yaml_source import Lines, load_yaml, parse_yaml

DEFAULT_FILE = ("risk", "texts.yaml")
#: The values the code fills in. A text may use any of them; the code passes what applies.
PLACEHOLDERS = frozenset({"tool", "alternative", "setting", "contact", "count", "level", "amount", "currency"})
#: Top-level tables that hold groups of tables (``reasons.status.approved``) rather than texts.
GROUPED = ("reasons", "recommendations")


class _KeepMissing(dict):
    """Leaves a placeholder the caller did not fill visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class RiskTexts:
    """Texts by dotted id; :meth:`get` picks the language and fills the placeholders."""

    def __init__(self, tables: Mapping[str, LocalText], file: str = "texts.yaml"):
        self._tables = MappingProxyType({key: MappingProxyType(dict(value)) for key, value in tables.items()})
        self.file = file

    def ids(self) -> frozenset[str]:
        return frozenset(self._tables)

    def has(self, text_id: str) -> bool:
        return text_id in self._tables

    def table(self, text_id: str) -> LocalText:
        try:
            return self._tables[text_id]
        except KeyError:
            raise KeyError(f"{self.file} has no text {text_id!r}; add it under that path") from None

    def get(self, text_id: str, lang: str = DEFAULT_LANGUAGE, **values: Any) -> str:
        """The text in ``lang`` (falling back to English) with ``{placeholders}`` filled in."""
        template = pick(self.table(text_id), lang)
        return template.format_map(_KeepMissing({key: str(value) for key, value in values.items()}))


def load_risk_texts(path: Path, required: Iterable[str]) -> RiskTexts:
    """Read and check a texts file; ``required`` are the ids the rules use."""
    data, lines = load_yaml(path)
    return build_risk_texts(data, str(path), required, lines)


def parse_risk_texts(text: str, file: str, required: Iterable[str]) -> RiskTexts:
    data, lines = parse_yaml(text, file)
    return build_risk_texts(data, file, required, lines)


def build_risk_texts(data: Any, file: str, required: Iterable[str], lines: Lines | None = None) -> RiskTexts:
    schema_check.check(data, "risk_texts", file, lines)
    tables = _flatten(data)
    problems: list[Problem] = []

    def problem(location: str, message: str) -> None:
        problems.append(Problem(file, location, message, schema_check.line_for(location, lines)))

    needed = set(required)
    for text_id in sorted(needed - set(tables)):
        parent = text_id.rpartition(".")[0]
        problem(parent, f"the text {text_id!r} is missing; add it with at least an English (en) version")
    for text_id in sorted(set(tables) - needed):
        close = difflib.get_close_matches(text_id, sorted(needed - set(tables)), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else "; remove it or check its spelling"
        problem(text_id, f"no rule uses the text {text_id!r}{hint}")
    for text_id, table in tables.items():
        _check_placeholders(text_id, table, problem)
    if problems:
        raise ContentError(sorted(problems, key=lambda p: (p.line or 0, p.location)))
    return RiskTexts(tables, file)


def _flatten(data: dict[str, Any]) -> dict[str, LocalText]:
    tables: dict[str, LocalText] = {}
    for top, value in data.items():
        if top == "version":
            continue
        if top in GROUPED:
            for group, entries in value.items():
                for key, text in entries.items():
                    tables[f"{top}.{group}.{key}"] = text
        else:
            for key, text in value.items():
                tables[f"{top}.{key}"] = text
    return tables


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_placeholders(text_id: str, table: LocalText, problem: Any) -> None:
    expected: set[str] | None = None
    for lang in [DEFAULT_LANGUAGE, *sorted(k for k in table if k != DEFAULT_LANGUAGE)]:
        location = f"{text_id}.{lang}"
        try:
            names = _placeholders(table[lang])
        except ValueError as error:
            problem(location, f"has a stray brace ({error}); write {{{{ or }}}} for a literal brace")
            continue
        unknown = sorted(names - PLACEHOLDERS)
        if unknown:
            known = ", ".join("{" + name + "}" for name in sorted(PLACEHOLDERS))
            problem(location, f"uses unknown placeholder(s) {', '.join(unknown)}; use only {known}")
            continue
        if expected is None:
            expected = names
        elif names != expected:
            wanted = ", ".join("{" + name + "}" for name in sorted(expected)) or "none"
            problem(location, f"must use the same placeholders as the English text ({wanted})")
