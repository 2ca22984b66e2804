"""The AI tool catalog: which tools exist, by category, and what they do with what people type.

Read from ``resources/catalog/tools.yaml`` (format in docs/content-format.md, "Tool catalog").
The file is checked against ``resources/schema/catalog.schema.json`` first, then for problems a
schema cannot see (repeated ids, categories that are not defined, dates in the future); every
problem found is reported together in one :class:`ContentError`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop.core import schema_check
from desktop.core.errors import ContentError, Problem
from desktop.core.resources import resource
from desktop.core.text import LocalText
from desktop.core.yaml_source import Lines, load_yaml, parse_yaml

DEFAULT_FILE = ("catalog", "tools.yaml")
UNKNOWN = "unknown"
#: The ``opt_out`` value saying the tier offers no way to keep input out of training.
NO_OPT_OUT = "none"
#: How sure an entry is: read on the vendor's pages; only the vendor's word (or its pages
#: disagree); from others only, no vendor page could be read.
CONFIDENCE = ("vendor_page", "vendor_claim", "third_party")
#: How far ``last_verified`` may lie ahead of this computer's date: absorbs time zones
#: (a file dated in Europe is "tomorrow" in America) while still catching typos like 2062.
FUTURE_GRACE = datetime.timedelta(days=2)


class Trains(Enum):
    """Whether a tool uses what people type to train its models (or, reused, whether a tier exists)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def from_value(cls, value: bool | str) -> Trains:
        """``true``, ``false`` or ``"unknown"`` as written in the catalog."""
        if value is True:
            return cls.YES
        if value is False:
            return cls.NO
        if value == UNKNOWN:
            return cls.UNKNOWN
        raise ValueError(f"expected true, false or 'unknown', not {value!r}")


def _frozen_text(text: Mapping[str, str]) -> LocalText:
    return MappingProxyType(dict(text))


@dataclass(frozen=True)
class Category:
    code: str
    label: LocalText

    def __hash__(self) -> int:
        return hash(self.code)


@dataclass(frozen=True)
class Tier:
    """One way of using a tool (free app, business plan, API, local install)."""

    name: str
    kind: str  # consumer | business | api | local
    trains_on_inputs: Trains
    retention: LocalText | None  # None: unknown
    opt_out: LocalText | None = None  # None: no known setting
    #: The catalog says this tier has no way to switch training off (``opt_out: none``).
    no_opt_out: bool = False
    #: The catalog says no source tells whether such a switch exists (``opt_out: unknown``).
    opt_out_unknown: bool = False

    def __hash__(self) -> int:
        return hash((self.name, self.kind, self.trains_on_inputs))


@dataclass(frozen=True)
class Tool:
    id: str
    name: str
    vendor: str
    category: str
    tiers: tuple[Tier, ...]
    no_training_business_tier: Trains
    notes: LocalText
    sources: tuple[str, ...]
    last_verified: datetime.date
    #: Where the provider stores what is typed, as an ISO 3166 country code, when it matters.
    data_location: str | None = None
    #: Whether the personal paid plan trains on input by default (unknown when no source says).
    paid_plan_trains: Trains = Trains.UNKNOWN
    #: How sure the entry is (:data:`CONFIDENCE`); None when the entry does not say.
    confidence: str | None = None
    #: The vendor's own web domains: a source on one of them is the vendor's own page.
    vendor_sites: tuple[str, ...] = ()
    #: Why no source is on the vendor's own site, when none is.
    no_vendor_source: LocalText | None = None

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def trains_on_inputs_by_default(self) -> Trains:
        """The consumer tier's answer, else the first tier's: what a personal account gets."""
        for tier in self.tiers:
            if tier.kind == "consumer":
                return tier.trains_on_inputs
        return self.tiers[0].trains_on_inputs


@dataclass(frozen=True)
class Catalog:
    """All categories (in display order) and tools (in file order)."""

    categories: tuple[Category, ...]
    tools: tuple[Tool, ...]
    _by_id: Mapping[str, Tool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({tool.id: tool for tool in self.tools}))

    def __contains__(self, tool_id: object) -> bool:
        return tool_id in self._by_id

    def __iter__(self) -> Iterator[Tool]:
        return iter(self.tools)

    def __len__(self) -> int:
        return len(self.tools)

    def get(self, tool_id: str) -> Tool | None:
        return self._by_id.get(tool_id)

    def ids(self) -> list[str]:
        return [tool.id for tool in self.tools]

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)

    def by_category(self) -> list[tuple[Category, list[Tool]]]:
        """Tools grouped by category in category order, each group sorted by name.

        Categories without any tool are left out.
        """
        groups: list[tuple[Category, list[Tool]]] = []
        for category in self.categories:
            members = sorted(
                (tool for tool in self.tools if tool.category == category.code),
                key=lambda tool: (tool.name.casefold(), tool.id),
            )
            if members:
                groups.append((category, members))
        return groups


# --- loading ---------------------------------------------------------------------------------


def load_catalog(path: Path | None = None, *, today: datetime.date | None = None) -> Catalog:
    """Read and check the catalog file (by default the one shipped in resources/)."""
    path = path or resource(*DEFAULT_FILE)
    data, lines = load_yaml(path)
    return build_catalog(data, str(path), lines, today=today)


def parse_catalog(text: str, file: str = "tools.yaml", *, today: datetime.date | None = None) -> Catalog:
    """Build the catalog from YAML ``text``; ``file`` is the name used in error messages.

    When ``today`` is given, a ``last_verified`` later than it (give or take
    :data:`FUTURE_GRACE`) is refused: catalog maintainers and tests pass it. The app does not,
    so a wrong clock on a laptop never locks an employee out of the shipped catalog.
    """
    data, lines = parse_yaml(text, file)
    return build_catalog(data, file, lines, today=today)


def build_catalog(data: Any, file: str, lines: Lines, *, today: datetime.date | None = None) -> Catalog:
    data = _dates_as_text(data)
    schema_check.check(data, "catalog", file, lines)
    return _Builder(file, lines, today).build(data)


def _dates_as_text(value: Any) -> Any:
    """YAML reads 2026-11-20 as a date; the schema checks dates as ISO strings."""
    if isinstance(value, datetime.date):  # also datetime.datetime, which then fails the pattern
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(item) for item in value]
    return value


class _Builder:
    """Turns schema-valid data into the model, collecting every semantic problem on the way."""

    def __init__(self, file: str, lines: Lines, today: datetime.date | None):
        self.file = file
        self.lines = lines
        self.today = today
        self.problems: list[Problem] = []

    def problem(self, location: str, message: str) -> None:
        line = schema_check.line_for(location, self.lines)
        self.problems.append(Problem(self.file, location, message, line))

    def build(self, data: dict[str, Any]) -> Catalog:
        categories = self.categories(data["categories"])
        known = {category.code for category in categories}
        tools = tuple(
            tool
            for index, raw in enumerate(data["tools"])
            if (tool := self.tool(raw, f"tools[{index}]", known)) is not None
        )
        self.check_unique_ids(data["tools"])
        if self.problems:
            raise ContentError(sorted(self.problems, key=lambda p: (p.line or 0, p.location)))
        return Catalog(categories=categories, tools=tools)

    def categories(self, raw_categories: list[dict[str, Any]]) -> tuple[Category, ...]:
        seen: dict[str, str] = {}
        result: list[Category] = []
        for index, raw in enumerate(raw_categories):
            location = f"categories[{index}]"
            code = raw["code"]
            if code in seen:
                self.problem(
                    f"{location}.code",
                    f"the category {code!r} is already defined at {seen[code]}; list each category once",
                )
                continue
            seen[code] = location
            result.append(Category(code=code, label=_frozen_text(raw["label"])))
        return tuple(result)

    def tool(self, raw: dict[str, Any], location: str, known_categories: set[str]) -> Tool | None:
        ok = True
        if raw["category"] not in known_categories:
            defined = ", ".join(sorted(known_categories)) or "none"
            self.problem(
                f"{location}.category",
                f"the category {raw['category']!r} is not defined under 'categories' (defined: {defined}); "
                "add it there or pick a defined one",
            )
            ok = False
        if not raw["tiers"]:  # the schema also requires one; kept so the model never has an empty tool
            self.problem(f"{location}.tiers", "a tool needs at least one tier")
            ok = False
        verified = self.date(raw["last_verified"], f"{location}.last_verified")
        if not ok or verified is None:
            return None
        return Tool(
            id=raw["id"],
            name=raw["name"],
            vendor=raw["vendor"],
            category=raw["category"],
            tiers=tuple(self.tier(tier) for tier in raw["tiers"]),
            no_training_business_tier=Trains.from_value(raw["no_training_business_tier"]),
            notes=_frozen_text(raw["notes"]),
            sources=tuple(raw["sources"]),
            last_verified=verified,
            data_location=raw.get("data_location"),
            paid_plan_trains=Trains.from_value(raw.get("paid_plan_trains", UNKNOWN)),
            confidence=raw.get("confidence"),
            vendor_sites=tuple(raw.get("vendor_sites", ())),
            no_vendor_source=_frozen_text(raw["no_vendor_source"]) if "no_vendor_source" in raw else None,
        )

    def date(self, text: str, location: str) -> datetime.date | None:
        try:
            value = datetime.date.fromisoformat(text)
        except ValueError:
            self.problem(location, f"{text!r} is not a real calendar date; write it as YYYY-MM-DD")
            return None
        if self.today is not None and value > self.today + FUTURE_GRACE:
            self.problem(
                location,
                f"{text} is in the future (today is {self.today.isoformat()} on this computer); "
                "use the date the facts were actually checked, or correct the computer's clock",
            )
            return None
        return value

    @staticmethod
    def tier(raw: dict[str, Any]) -> Tier:
        retention = raw["retention"]
        opt_out = raw.get("opt_out")
        return Tier(
            name=raw["name"],
            kind=raw["kind"],
            trains_on_inputs=Trains.from_value(raw["trains_on_inputs"]),
            retention=None if retention == UNKNOWN else _frozen_text(retention),
            opt_out=None if opt_out in (None, NO_OPT_OUT, UNKNOWN) else _frozen_text(opt_out),
            no_opt_out=opt_out == NO_OPT_OUT,
            opt_out_unknown=opt_out == UNKNOWN,
        )

    def check_unique_ids(self, raw_tools: list[dict[str, Any]]) -> None:
        seen: dict[str, str] = {}
        for index, raw in enumerate(raw_tools):
            location = f"tools[{index}]"
            tool_id = raw["id"]
            if tool_id in seen:
                first = seen[tool_id]
                first_line = schema_check.line_for(first, self.lines)
                where = f"{first} (line {first_line})" if first_line else first
                self.problem(
                    f"{location}.id",
                    f"the tool id {tool_id!r} is already used at {where}; every tool needs its own id",
                )
            else:
                seen[tool_id] = location
