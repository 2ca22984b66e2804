"""Aggregate one campaign's summaries into a report whose every figure respects the privacy rules.

One code path serves the dashboard and every report writer::

    report = aggregate(summaries, questionnaire, catalog, policy, org_unit=None)

or, to count once and then look at several org units (the dashboard)::

    counts = tally(summaries, questionnaire, catalog, policy)
    whole = build_report(counts)
    unit = build_report(counts, org_unit="eng")

Counting keeps no summary and no submission id: only counters per org unit and per privacy
mechanism. Every figure is a :class:`Figure`: a share (0..1), a count or an amount, with its
95% interval where it is an estimate, the number of respondents behind it, and whether it is
hidden and why (see :mod:`desktop.collector.privacy_rules`).

Mechanisms. A summary either carries randomized answers (``randomized.*``) or exact ones
(``tools[]``, ``spend``, ``reasons`` ...). Each figure is computed from the summaries that carry
its item. Randomized answers are debiased with the estimators of
:mod:`desktop.core.randomized_response`, separately for each epsilon found in the summaries
(the one each summary records, not the policy's current one); when a figure draws on several
such groups, or on randomized and exact summaries, their estimates are pooled, weighted by the
number of summaries (variance: the sum of (n_g/N)^2 times each group's). A figure pooled from
randomized and exact summaries has the method ``mixed``.
Training wishes, sentiment and the org unit and role level are never randomized: they are
exact counts in every campaign. Some figures exist only in exact data (the share using at least
one unapproved tool, data classes by tool status and account kind, per-tool spend); they are
computed from the exact summaries alone, and their ``n`` says how many that is.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any

from desktop.collector import perception
from desktop.collector import privacy_rules as rules
from desktop.collector import suppression_audit as audited
from desktop.collector.campaign_rules import mechanism_difference
from desktop.collector.report_model import (  # noqa: F401 - re-exported: the report's types live there
    AMOUNT,
    APPROVED,
    COUNT,
    EXACT,
    RANDOMIZED_RESPONSE,
    SHARE,
    CategoryFigure,
    Cell,
    DataClasses,
    DataClassRow,
    Distribution,
    Figure,
    GapItem,
    LicenseCandidate,
    MethodInfo,
    MultiChoice,
    Note,
    Participation,
    Prevalence,
    Report,
    SentimentItem,
    Spend,
    ToolFigure,
    Training,
    Workplace,
)
from desktop.collector.tool_reasons import count_tool_reasons, reasons_by_tool
from desktop.core.catalog import Catalog, Trains
from desktop.core.policy import NOT_LISTED, Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.randomized_response import (
    Z_95,
    estimate_binary,
    estimate_categories,
    keep_probability_binary,
    keep_probability_kary,
)
from desktop.core.spend import FULLY_REIMBURSED, MONTHS_PER_YEAR, band_midpoint
from desktop.core.summary import (
    FORMAT_VERSION,
    NO_SPEND,
    NOT_SENSITIVE,
    PERSONAL_ACCOUNTS,
    SENTIMENT_FIELDS,
    known_tool_ids,
)
from desktop.core.summary_items import (
    AGREEMENT_GROUP_CODES,
    AGREEMENT_GROUPS,
    HEADLINE_SENSITIVE,
    HEADLINE_UNAPPROVED,
    NOT_ANSWERED,
    REASONS,
    SENTIMENT_DOMAIN,
    WORKPLACE_MULTI,
    WORKPLACE_SINGLE,
)
from desktop.core.text import DEFAULT_LANGUAGE, pick
from desktop.core.tool_answers import question_feeding

__all__ = [
    "AMOUNT",
    "COUNT",
    "EXACT",
    "RANDOMIZED_RESPONSE",
    "SHARE",
    "CategoryFigure",
    "Cell",
    "DataClassRow",
    "DataClasses",
    "Distribution",
    "Figure",
    "GapItem",
    "LicenseCandidate",
    "MethodInfo",
    "MultiChoice",
    "Note",
    "Participation",
    "Prevalence",
    "Report",
    "SentimentItem",
    "Spend",
    "Tally",
    "ToolFigure",
    "Training",
    "aggregate",
    "build_report",
    "tally",
]

# --- vocabulary ---------------------------------------------------------------------------------



OTHER_UNITS = "other_units"
OTHER_LEVELS = "other_levels"
NOT_STATED = "not_stated"
SPECIAL_LABELS = {OTHER_UNITS: "Other units", OTHER_LEVELS: "Other roles", NOT_STATED: "Not stated",
                  NO_SPEND: "Nothing", NOT_ANSWERED: "Not answered"}

STATUS_COLUMNS = ("approved", "tolerated", "prohibited", NOT_LISTED)
STATUS_LABELS = {"approved": "Approved", "tolerated": "Tolerated", "prohibited": "Prohibited",
                 NOT_LISTED: "Not listed"}
ROLE_LEVELS = ("individual_contributor", "team_lead", "manager", "senior_leader")
#: Sentiment answers, in three groups (summary_items.AGREEMENT_GROUPS): disagreeing, neutral, agreeing.
AGREEMENT_GROUP_LABELS = {"disagree": "Disagree", "neutral": "Neutral", "agree": "Agree",
                          NOT_ANSWERED: "Not answered"}
PERCEPTION_ITEMS = ("strategy_clear", "strategy_successful", "strategy_inclusive")
#: License candidates: each risk factor (trains on inputs by default; prohibited) adds this
#: fraction of a tool's demand to its priority.
RISK_WEIGHT = 0.5

_EXACT_KEY: tuple[str, float | None] = (EXACT, None)
_SHAPE = "#shape"
#: A pending family of ``(key, amount)`` pairs, summed rather than counted.
_SUM = "#sum"
#: Families that sum amounts, with the family that counts the summaries behind each key's sum.
_SUMMED = {"paid_amount": "paid_amount_n"}
_ANY = "any"
#: How many summaries :meth:`Tally.add_all` queues before counting them (bounded memory at any scale).
FLUSH_EVERY = 20_000
_PAYS = "pays"
_MECHANISM_EVENTS = {True: ("mechanism", RANDOMIZED_RESPONSE), False: ("mechanism", EXACT)}
_ANSWERED_WANTED = ("answered", "training_wanted")
_ANSWERED_FORMATS = ("answered", "training_formats")
#: ``(statement, answer)`` -> the counting event for its agreement group.
_SENTIMENT_EVENTS = {(item, answer): ("sentiment", f"{item}|{group}")
                     for item in SENTIMENT_FIELDS for answer, group in AGREEMENT_GROUPS.items()}


# --- counting -----------------------------------------------------------------------------------

_StratumKey = tuple[str, float | None]


class _Counts:
    """Counters for one group of summaries: ``n`` summaries and one Counter per item family.

    While counting, keys are only appended to lists (``pending`` per family, ``events`` as
    ``(family, key)`` pairs); :meth:`flush` counts them in one C-level pass each, which keeps a
    100,000-summary report well within its time budget.
    """

    __slots__ = ("n", "c", "pending", "events", "_n_by_key")

    def __init__(self) -> None:
        self.n = 0
        self.c: defaultdict[str, Counter[Any]] = defaultdict(Counter)
        self.pending: defaultdict[str, list[Any]] = defaultdict(list)
        self.events: list[tuple[str, Any] | None] = []
        self._n_by_key: dict[str, dict[str, int]] = {}

    def flush(self) -> None:
        for family, keys in self.pending.items():
            if family.endswith(_SUM):
                target = self.c[family.removesuffix(_SUM)]
                for key, value in keys:
                    target[key] += value
            elif keys:
                self.c[family].update(keys)
        self.pending.clear()
        if self.events:
            for event, count in Counter(self.events).items():
                if event is not None:
                    self.c[event[0]][event[1]] += count
            self.events.clear()
        self._n_by_key.clear()

    def merge(self, other: _Counts) -> None:
        self.flush()
        other.flush()
        self.n += other.n
        for family, counter in other.c.items():
            self.c[family].update(counter)
        self._n_by_key.clear()

    def take_away(self, other: _Counts) -> None:
        """Remove ``other``'s counts (of summaries counted here before), leaving what counting the rest gives:
        keys whose count falls to zero go, and so do the sums of tools nobody pays for any more."""
        self.flush()
        other.flush()
        self.n -= other.n
        for family, counter in other.c.items():
            mine = self.c[family]
            mine.subtract(counter)
            if family not in _SUMMED:
                for key in [key for key, value in mine.items() if value == 0]:
                    del mine[key]
        for family, companion in _SUMMED.items():
            if family in self.c:
                kept = self.c.get(companion) or Counter()
                sums = self.c[family]
                for key in [key for key in sums if not kept.get(key)]:
                    del sums[key]
        for family in [family for family, counter in self.c.items() if not counter]:
            del self.c[family]
        self._n_by_key.clear()

    def family(self, name: str) -> Counter[Any]:
        return self.c.get(name) or Counter()

    def get(self, family: str, key: Any) -> Any:
        counter = self.c.get(family)
        return counter[key] if counter else 0

    def n_for(self, family: str, key: str) -> int:
        """Summaries that carry ``key`` of ``family``: all of them, unless the family recorded
        which keys each summary had (randomized tool bits, whose set depends on the catalog)."""
        shapes = self.c.get(family + _SHAPE)
        if not shapes:
            return self.n
        by_key = self._n_by_key.get(family)
        if by_key is None:
            by_key = Counter()
            for keys, count in shapes.items():
                for item in keys:
                    by_key[item] += count
            self._n_by_key[family] = by_key
        return by_key.get(key, 0)


class _Group:
    """The summaries of one org unit: exact items in ``common``, the rest per mechanism."""

    __slots__ = ("n", "common", "strata")

    def __init__(self) -> None:
        self.n = 0
        self.common = _Counts()
        self.strata: dict[_StratumKey, _Counts] = {}

    def stratum(self, key: _StratumKey) -> _Counts:
        counts = self.strata.get(key)
        if counts is None:
            counts = self.strata[key] = _Counts()
        return counts

    def flush(self) -> None:
        self.common.flush()
        for counts in self.strata.values():
            counts.flush()

    def merge(self, other: _Group) -> None:
        self.n += other.n
        self.common.merge(other.common)
        for key, counts in other.strata.items():
            self.stratum(key).merge(counts)

    def take_away(self, other: _Group) -> None:
        self.n -= other.n
        self.common.take_away(other.common)
        for key, counts in other.strata.items():
            mine = self.stratum(key)
            mine.take_away(counts)
            if mine.n <= 0:
                del self.strata[key]

    @property
    def exact(self) -> _Counts | None:
        return self.strata.get(_EXACT_KEY)

    def randomized(self) -> bool:
        return any(key[0] == RANDOMIZED_RESPONSE and counts.n for key, counts in self.strata.items())


def _merged(groups: Iterable[_Group]) -> _Group:
    result = _Group()
    for group in groups:
        result.merge(group)
    return result


class Tally:
    """Counts of many summaries, per org unit. Keeps no summary, submission id or row."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy):
        self.questionnaire = questionnaire
        self.catalog = catalog
        self.policy = policy
        self.groups: dict[str | None, _Group] = {}
        #: Summaries not counted because they were made with another mechanism or format.
        self.left_out = 0
        spend = question_feeding(questionnaire, "tool.spend")
        self._bands = [(o.code, o.monthly) for o in (spend.options if spend else ()) if o.monthly]
        self._midpoints = {code: band_midpoint(*monthly) for code, monthly in self._bands}
        self._category = _tool_categories(catalog, policy)

    @property
    def n(self) -> int:
        return sum(group.n for group in self.groups.values())

    def add_all(self, summaries: Iterable[Mapping[str, Any]]) -> Tally:
        """Count ``summaries`` one at a time as they come (a stream from the store is never held whole); what
        :meth:`add` queues is counted every :data:`FLUSH_EVERY` summaries, so memory stays bounded."""
        add = self.add
        for index, summary in enumerate(summaries, 1):
            add(summary)
            if index % FLUSH_EVERY == 0:
                self.flush()
        self.flush()
        return self

    def merge(self, other: Tally) -> Tally:
        """Add the counts of ``other``, a tally of other summaries made with the same setup."""
        self.left_out += other.left_out
        for unit, group in other.groups.items():
            mine = self.groups.get(unit)
            if mine is None:
                mine = self.groups[unit] = _Group()
            mine.merge(group)
        return self

    def take_away(self, other: Tally) -> Tally:
        """Remove the counts of ``other``, a tally of summaries this one counted (made with the same setup): the
        result is what counting the remaining summaries gives (sums of amounts up to rounding)."""
        self.left_out -= other.left_out
        for unit, group in other.groups.items():
            mine = self.groups.get(unit)
            if mine is None:
                raise ValueError(f"no summaries of org unit {unit!r} were counted here to take away")
            mine.take_away(group)
            if mine.n <= 0:
                del self.groups[unit]
        return self

    def flush(self) -> None:
        """Count what :meth:`add` queued; reports call it before reading."""
        for group in self.groups.values():
            group.flush()

    def counts(self, summary: Mapping[str, Any]) -> bool:
        """Whether a summary was made with the campaign's mechanism and format, so it may be counted.

        Ingest refuses every other summary (one mechanism per campaign); this keeps a database written
        before that rule, or by an older Candor, from pooling mechanisms all the same."""
        settings = self.policy.privacy
        return summary.get("format_version") == FORMAT_VERSION and mechanism_difference(
            summary["privacy"], settings.randomized_response, settings.epsilon) is None

    def add(self, summary: Mapping[str, Any]) -> None:
        """Count one validated summary (see resources/schema/summary.schema.json); one made with another
        mechanism, epsilon or format than the campaign's is left out (see :meth:`counts`)."""
        if not self.counts(summary):
            self.left_out += 1
            return
        group_info = summary.get("group") or {}
        unit = group_info.get("org_unit")
        group = self.groups.get(unit)
        if group is None:
            group = self.groups[unit] = _Group()
        group.n += 1
        privacy = summary["privacy"]
        common = group.common
        common.n += 1
        rr = bool(privacy.get("randomized_response"))
        self._add_common(common.events, summary, group_info, privacy, rr)
        side = perception.side_of(group_info)
        if rr:
            stratum = group.stratum((RANDOMIZED_RESPONSE, float(privacy["epsilon_per_item"])))
            stratum.n += 1
            self._add_randomized(stratum.pending, summary["randomized"])
            perception.count_randomized(stratum.pending, summary["randomized"], side)
        else:
            stratum = group.stratum(_EXACT_KEY)
            stratum.n += 1
            self._add_exact(stratum.pending, summary)

    @staticmethod
    def _add_common(events: list[tuple[str, Any] | None], summary: Mapping[str, Any], group_info: Mapping[str, Any],
                    privacy: Mapping[str, Any], rr: bool) -> None:
        add = events.append
        add(("campaign", summary.get("campaign")))
        add(("role_level", group_info.get("role_level") or NOT_STATED))
        add(_MECHANISM_EVENTS[rr])
        if rr and privacy.get("epsilon_total") is not None:
            add(("epsilon_total", float(privacy["epsilon_total"])))
        training = summary.get("training")
        if training:
            if training.get("received"):
                add(("training_received", training["received"]))
            if training.get("on_work_time"):
                add(("training_on_work_time", training["on_work_time"]))
            chosen = training.get("wanted")
            if chosen:
                events.extend(zip(repeat("training_wanted"), chosen, strict=False))
                add(_ANSWERED_WANTED)
            chosen = training.get("formats")
            if chosen:
                events.extend(zip(repeat("training_formats"), chosen, strict=False))
                add(_ANSWERED_FORMATS)
        sentiment = summary.get("sentiment")
        if sentiment:
            events.extend(map(_SENTIMENT_EVENTS.get, sentiment.items()))
            perception.count_exact(events, sentiment, perception.side_of(group_info))
        for name, value in (summary.get("workplace") or {}).items():
            family = f"workplace_{name}"
            if isinstance(value, list):
                events.extend(zip(repeat(family), value, strict=False))
                add(("answered", family))
            else:
                add((family, value))

    @staticmethod
    def _add_randomized(pending: defaultdict[str, list[Any]], randomized: Mapping[str, Any]) -> None:
        if randomized[HEADLINE_UNAPPROVED]:
            pending["any_unapproved"].append(_ANY)
        if randomized[HEADLINE_SENSITIVE]:
            pending["any_sensitive"].append(_ANY)
        training = randomized["training"]
        for key in ("received", "on_work_time"):
            if key in training:
                pending[f"training_{key}"].append(training[key])
        for key in ("wanted", "formats"):
            bits = training.get(key) or {}
            pending[f"training_{key}"].extend(compress(bits, bits.values()))
        for item, group in randomized["sentiment"].items():
            pending[f"sentiment:{item}"].append(group)
        bits = randomized["unapproved_use"]
        pending["unapproved_use"].extend(compress(bits, bits.values()))
        pending["unapproved_use" + _SHAPE].append(tuple(bits))
        bits = randomized["data_to_unapproved"]
        pending["data_to_unapproved"].extend(compress(bits, bits.values()))
        bits = randomized["data_to_personal"]
        pending["data_to_personal"].extend(compress(bits, bits.values()))
        bits = randomized["reasons"]
        pending["reasons"].extend(compress(bits, bits.values()))
        if randomized["pays_out_of_pocket"]:
            pending[_PAYS].append(_PAYS)
        for name, value in randomized["categories"].items():
            pending[name].append(value)
        for name, value in (randomized.get("workplace") or {}).items():
            family = f"workplace_{name}"
            if isinstance(value, Mapping):
                pending[family].extend(compress(value, value.values()))
                pending[family + _SHAPE].append(tuple(value))
            else:
                pending[family].append(value)

    def _add_exact(self, pending: defaultdict[str, list[Any]], summary: Mapping[str, Any]) -> None:
        used: set[str] = set()
        unapproved: set[str] = set()
        categories: set[str] = set()
        to_unapproved: set[str] = set()
        to_personal: set[str] = set()
        paid: set[str] = set()
        data_any: set[str] = set()
        data_status: set[str] = set()
        data_kind: set[str] = set()
        amounts: dict[str, float] = {}
        total = 0.0
        for item in summary.get("tools") or ():
            tool, status, kind = item["tool"], item["status"], item.get("account_kind")
            classes = [code for code in item.get("data_classes") or () if code not in NOT_SENSITIVE]
            used.add(tool)
            if status != "approved":
                unapproved.add(tool)
                category = self._category.get(tool) or _other_category(tool)
                if category:
                    categories.add(category)
                to_unapproved.update(classes)
            if kind in PERSONAL_ACCOUNTS:
                to_personal.update(classes)
            for code in classes:
                data_any.add(code)
                data_status.add(f"{code}|{status}")
                if kind:
                    data_kind.add(f"{code}|{kind}")
            if kind == "personal_paid":
                paid.add(tool)
            midpoint = self._midpoints.get(item.get("spend") or "")
            if midpoint is not None:
                total += midpoint
                own = 0.0 if item.get("reimbursed") in FULLY_REIMBURSED else midpoint * MONTHS_PER_YEAR
                amounts[tool] = amounts.get(tool, 0.0) + own
        for family, keys in (("use", used), ("unapproved_use", unapproved), ("category_unapproved", categories),
                             ("data_to_unapproved", to_unapproved), ("data_to_personal", to_personal),
                             ("data_any", data_any), ("data_status", data_status), ("data_kind", data_kind),
                             ("paid", paid), ("paid_amount_n", amounts)):
            if keys:
                pending[family].extend(keys)
        if unapproved:
            pending["any_unapproved"].append(_ANY)
        if to_unapproved or to_personal:
            pending["any_sensitive"].append(_ANY)
        for tool, amount in amounts.items():
            pending["paid_amount" + _SUM].append((tool, amount))
        if (summary.get("spend") or {}).get("pays_out_of_pocket"):
            pending[_PAYS].append(_PAYS)
        pending["reasons"].extend(summary.get("reasons") or ())
        count_tool_reasons(pending, summary.get("tools") or ())
        for name in ("literacy", "policy_awareness"):
            value = summary.get(name)
            if value:
                pending[name].append(value)
        pending["spend_band"].append(self._band_of(total))

    def _band_of(self, monthly_total: float) -> str:
        """The band a total monthly spend falls into, as the summary builder decides it."""
        if monthly_total <= 0 or not self._bands:
            return NO_SPEND
        for code, (low, high) in self._bands:
            if monthly_total >= low and (high is None or monthly_total < high):
                return code
        return self._bands[-1][0]

    def whole(self) -> _Group:
        return _merged(self.groups.values())

    def group(self, unit: str | None) -> _Group:
        return self.groups.get(unit) or _Group()

    def rest(self, unit: str | None) -> _Group:
        return _merged(group for key, group in self.groups.items() if key != unit)


def _other_category(tool_id: str) -> str | None:
    return tool_id.split(":", 1)[1] if tool_id.startswith("other:") else None


def _tool_categories(catalog: Catalog, policy: Policy) -> dict[str, str | None]:
    categories: dict[str, str | None] = {tool.id: tool.category for tool in catalog}
    for rule in policy.tools:
        if rule.id not in catalog:
            categories[rule.id] = rule.category
    for category in catalog.categories:
        categories[f"other:{category.code}"] = category.code
    return categories


def tally(summaries: Iterable[Mapping[str, Any]], questionnaire: Questionnaire, catalog: Catalog,
          policy: Policy) -> Tally:
    """Count validated summaries of one campaign, in one pass; see :func:`build_report`."""
    return Tally(questionnaire, catalog, policy).add_all(summaries)


def aggregate(summaries: Iterable[Mapping[str, Any]], questionnaire: Questionnaire, catalog: Catalog,
              policy: Policy, *, org_unit: str | None = None, lang: str = DEFAULT_LANGUAGE) -> Report:
    """The report for validated summaries of one campaign (all of it, or one ``org_unit``)."""
    return build_report(tally(summaries, questionnaire, catalog, policy), org_unit=org_unit, lang=lang)


def build_report(counts: Tally, *, org_unit: str | None = None, lang: str = DEFAULT_LANGUAGE) -> Report:
    """The report from counted summaries: the whole campaign, or the org unit ``org_unit``.

    A unit with fewer than k respondents, or one that leaves fewer than k respondents outside
    it (the whole-campaign report minus the unit's would show them), gets a report whose every
    figure is withheld, with a ``notice`` saying why; nothing of its summaries enters it. A unit's
    report is audited beside the whole campaign's and every other unit's
    (:mod:`desktop.collector.unit_columns`): a figure that, with those, would let a withheld unit's
    be worked out or narrowed is withheld in every unit's report.
    """
    report = draft_report(counts, org_unit=org_unit, lang=lang)
    if org_unit is None or report.notice is not None:
        return report
    from desktop.collector import unit_columns  # it audits the reports built here

    whole = draft_report(counts, lang=lang)
    return unit_columns.unit_reports(whole, lambda unit: draft_report(counts, org_unit=unit, lang=lang),
                                     known={org_unit: report})[org_unit]


def draft_report(counts: Tally, *, org_unit: str | None = None, lang: str = DEFAULT_LANGUAGE) -> Report:
    """The report as :func:`build_report` makes it, but for an org unit before it is audited beside the other
    units' (for :mod:`desktop.collector.unit_columns`; never release it)."""
    counts.flush()
    return _Builder(counts, org_unit, lang).build()


# --- building -----------------------------------------------------------------------------------


@dataclass
class _Part:
    """One stratum's contribution to a pooled figure: its summaries, unclipped estimate, variance."""

    n: int
    estimate: float
    variance: float


def _clip(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return min(high, max(low, value))


class _Builder:
    def __init__(self, counts: Tally, org_unit: str | None, lang: str):
        self.t = counts
        self.q = counts.questionnaire
        self.catalog = counts.catalog
        self.policy = counts.policy
        self.k = counts.policy.privacy.min_group_size
        self.lang = lang
        self.org_unit = org_unit
        self.whole = counts.whole()
        self.withheld: str | None = None
        self.notice: Note | None = None
        if org_unit is None:
            self.sel, self.rest = self.whole, None
        else:
            self.sel, self.rest = counts.group(org_unit), counts.rest(org_unit)
        self.method = self._method()
        if self.sel.n < self.k:
            self.withheld = rules.FEWER_THAN_K
            where = "this org unit" if org_unit is not None else "this campaign"
            self.notice = Note("withheld_fewer_than_k",
                               f"Every figure is withheld: {where} has fewer than {self.k} respondents (the "
                               "policy's minimum group size), so no figure could be shown without pointing at "
                               "individuals.")
        elif self.rest is not None and rules.is_small(self.rest.n, self.k):
            self.withheld = rules.COMPLEMENTARY
            self.notice = Note("withheld_complementary",
                               f"Every figure is withheld: fewer than {self.k} respondents are outside this org "
                               "unit, so subtracting this report from the whole-campaign report would reveal "
                               "their answers.")
        elif org_unit is not None and self.unit_cells()[0].get(org_unit) is not None:
            # The whole-campaign participation hides this unit's size to protect a smaller unit's;
            # a report of its own would give that size away.
            self.withheld = rules.COMPLEMENTARY
            self.notice = Note("withheld_unit_size_hidden",
                               "Every figure is withheld: the whole-campaign report hides how many respondents "
                               f"this org unit has, so that a unit with fewer than {self.k} cannot be worked out "
                               "by subtraction; a report of this unit would reveal it.")
        if self.withheld:
            self.sel, self.rest = _Group(), None
        #: For unit reports: those who stated no unit and each other unit, for the rule on several
        #: unit reports together (privacy_rules.remainder_small); checked only where rest is.
        self.unstated = counts.group(None)
        self.others = tuple(group for key, group in counts.groups.items() if key not in (org_unit, None))
        self.method = self._method()

    # -- mechanism ---------------------------------------------------------------------------------

    def _method(self) -> str:
        kinds = {key[0] for key, counts in self.sel.strata.items() if counts.n}
        if not kinds:
            return RANDOMIZED_RESPONSE if self.policy.privacy.randomized_response else EXACT
        return kinds.pop()  # one: the tally counts only the campaign's mechanism (Tally.counts)

    def hidden(self, reason: str | None = None, *, method: str | None = None, kind: str = SHARE) -> Figure:
        return Figure(None, suppressed=True, reason=self.withheld or reason or rules.FEWER_THAN_K,
                      method=method or self.method, kind=kind)

    # -- figures -------------------------------------------------------------------------------------

    def exact_share(self, count: int, n: int, rest: Sequence[tuple[int, int]] | None = None) -> Figure:
        """``count / n`` counted exactly, shown only if the privacy rules allow it. ``rest``, in a
        unit report, is the same ``(count, n)`` for the rest of the campaign, those who stated no
        unit and each other unit (see :meth:`linked`)."""
        if self.withheld:
            return self.hidden(method=EXACT)
        reason = rules.share_reason(count, n, self.k)
        if reason is None and rest is not None:
            reason = (rules.rest_reason(rest[0][0], rest[0][1], self.k)
                      or rules.remainders_reason(rest[1], rest[2:], self.k))
        if reason:
            return self.hidden(reason, method=EXACT)
        return Figure(count / n, n=n, method=EXACT, kind=SHARE, count=count)

    def exact_count(self, count: int, reason: str | None = None) -> Figure:
        if self.withheld or reason or count < self.k:
            return self.hidden(reason, method=EXACT, kind=COUNT)
        return Figure(float(count), n=count, method=EXACT, kind=COUNT, count=count)

    def pooled(self, parts: Sequence[_Part], method: str, *, kind: str = SHARE) -> Figure:
        """The estimate pooled over strata (weighted by their summaries), with its 95% interval."""
        total = sum(part.n for part in parts)
        if self.withheld or total < self.k:
            return self.hidden(rules.FEWER_THAN_K, method=method, kind=kind)
        estimate = sum(part.n * part.estimate for part in parts) / total
        variance = sum((part.n / total) ** 2 * part.variance for part in parts)
        half = Z_95 * math.sqrt(variance)
        high = 1.0 if kind == SHARE else math.inf
        if kind == SHARE:
            too_wide = half > rules.TOO_WIDE_HALF_WIDTH
        else:  # an amount: judged relative to its size
            too_wide = half > rules.TOO_WIDE_RELATIVE_AMOUNT * max(estimate, 0.0)
        return Figure(_clip(estimate, 0.0, high), ci_low=_clip(estimate - half, 0.0, high),
                      ci_high=_clip(estimate + half, 0.0, high), n=total,
                      too_wide=too_wide, method=method, kind=kind)

    def linked(self, value: Callable[[_Group], Any]) -> list[Any] | None:
        """For unit reports: ``value`` of the rest of the campaign, of those who stated no unit and
        of each other unit, in that order (None in the whole-campaign report)."""
        if self.rest is None:
            return None
        return [value(self.rest), value(self.unstated), *map(value, self.others)]

    def rest_exact(self, family: str, key: str) -> list[tuple[int, int]] | None:
        """The same exact figure for everyone outside the unit, for unit reports (see :meth:`linked`)."""
        if self.rest is None or self.rest.exact is None:
            return None

        def value(group: _Group) -> tuple[int, int]:
            stratum = group.exact
            return (0, 0) if stratum is None else (stratum.get(family, key), stratum.n_for(family, key))

        return self.linked(value)

    def binary(self, family: str, key: str) -> Figure:
        """A yes/no item carried by randomized bits or exact answers, pooled over what is there."""
        if self.withheld:
            return self.hidden()
        parts: list[_Part] = []
        exact_count = exact_n = 0
        randomized = False
        for (mechanism, epsilon), counts in self.sel.strata.items():
            n = counts.n_for(family, key)
            if n == 0:
                continue
            yes = counts.get(family, key)
            if mechanism == EXACT:
                exact_count, exact_n = exact_count + yes, exact_n + n
            else:
                randomized = True
                parts.append(_rr_binary(yes, n, epsilon or 0.0))
        if not randomized:
            return self.exact_share(exact_count, exact_n, self.rest_exact(family, key))
        method = RANDOMIZED_RESPONSE
        if self.rest is not None and rules.is_small(sum(c.n_for(family, key) for c in self.rest.strata.values()),
                                                    self.k):
            return self.hidden(rules.COMPLEMENTARY, method=method)  # whole minus unit: fewer than k behind it
        return self.pooled(parts, method)

    def exact_only(self, family: str, key: str) -> Figure | None:
        """A figure only exact summaries carry, from them alone; None when there are none."""
        stratum = self.sel.exact
        if self.withheld:
            return self.hidden(method=EXACT)
        if stratum is None or stratum.n == 0:
            return None
        return self.exact_share(stratum.get(family, key), stratum.n_for(family, key), self.rest_exact(family, key))

    def categorical(self, family: str, domain: Sequence[str], label: str, labels: Mapping[str, str]) -> Distribution:
        """A single-choice item, randomized (k-ary) or exact, pooled over what is there."""
        if self.withheld:
            cells = tuple(Cell(code, labels.get(code, code), self.hidden()) for code in domain)
            return Distribution(family, label, self.hidden(kind=COUNT), cells, self.method)
        per_stratum = []
        for (mechanism, epsilon), counts in self.sel.strata.items():
            observed = {code: counts.get(family, code) for code in domain}
            n = sum(observed.values())
            if n:
                per_stratum.append((mechanism, epsilon, observed, n))
        if all(mechanism == EXACT for mechanism, *_ in per_stratum):
            observed = {code: sum(item[2][code] for item in per_stratum) for code in domain}
            rest = None
            if self.rest is not None and self.rest.exact is not None:
                rest = self.linked(lambda group: {code: group.exact.get(family, code) if group.exact else 0
                                                  for code in domain})
            return self.exact_distribution(family, label, observed, labels, rest)
        method = RANDOMIZED_RESPONSE  # the campaign's one mechanism: no exact stratum beside it
        if self.rest_answered_small(family, domain):
            cells = tuple(Cell(code, labels.get(code, code), self.hidden(rules.COMPLEMENTARY, method=method))
                          for code in domain)
            return Distribution(family, label, self.hidden(rules.COMPLEMENTARY, method=EXACT, kind=COUNT), cells,
                                method)
        parts: dict[str, list[_Part]] = {code: [] for code in domain}
        for _mechanism, epsilon, observed, n in per_stratum:
            for code, part in _rr_categories(observed, n, domain, epsilon or 0.0).items():
                parts[code].append(part)
        total = sum(item[3] for item in per_stratum)
        respondents = self.exact_count(total)
        cells = tuple(Cell(code, labels.get(code, code), self.pooled(parts[code], method)) for code in domain)
        return Distribution(family, label, respondents, cells, method)

    def rest_answered_small(self, family: str, domain: Sequence[str]) -> bool:
        """For unit reports: whether fewer than k (but some) outside the unit answered the item."""
        if self.rest is None:
            return False
        answered = sum(counts.get(family, code) for counts in self.rest.strata.values() for code in domain)
        return rules.is_small(answered, self.k)

    def exact_distribution(self, family: str, label: str, observed: Mapping[str, int], labels: Mapping[str, str],
                           rest: Sequence[Mapping[str, int]] | None) -> Distribution:
        """Exact counts of a single-choice item, each cell and the cells together checked; ``rest``
        as :meth:`linked` gives it, in a unit report."""
        n = sum(observed.values())
        if self.withheld or n < self.k:
            cells = tuple(Cell(code, labels.get(code, code), self.hidden(method=EXACT)) for code in observed)
            return Distribution(family, label, self.hidden(method=EXACT, kind=COUNT), cells, EXACT)
        # The whole-campaign report shows this table exactly unless it pools randomized answers into it.
        whole_exact = not any(key[0] == RANDOMIZED_RESPONSE and counts.family(family)
                              for key, counts in self.whole.strata.items())
        if rest is None:
            protection = audited.protect_distribution(observed, self.k, whole_published=whole_exact)
        else:
            protection = audited.protect_distribution(observed, self.k, rest[0], whole_published=whole_exact,
                                                      unstated=rest[1], others=rest[2:])
        reasons = protection.reasons
        cells = tuple(
            Cell(code, labels.get(code, code),
                 self.hidden(reasons[code], method=EXACT) if reasons[code]
                 else Figure(count / n, n=n, method=EXACT, kind=SHARE, count=count))
            for code, count in observed.items()
        )
        respondents = (self.hidden(rules.COMPLEMENTARY, method=EXACT, kind=COUNT) if protection.fallback
                       else self.exact_count(n))
        return Distribution(family, label, respondents, cells, EXACT)

    def exact_multi(self, family: str, label: str, codes: Sequence[str], labels: Mapping[str, str]) -> MultiChoice:
        """Exact shares of a multiple-choice item among those who answered it."""
        n = self.sel.common.get("answered", family)
        options = []
        for code in codes:
            rest = self.linked(lambda group, code=code: (group.common.get(family, code),  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
                                                         group.common.get("answered", family)))
            options.append(Cell(code, labels.get(code, code),
                                self.exact_share(self.sel.common.get(family, code), n, rest)))
        return MultiChoice(family, label, self.exact_count(n), tuple(options), EXACT)

    def count_breakdown(self, counts: Mapping[str, int], merged_code: str, labels: Mapping[str, str],
                        rest: Sequence[Mapping[str, int]] | None) -> tuple[Cell, ...]:
        """People per group (org unit, role level): small groups folded together, then checked;
        ``rest`` as :meth:`linked` gives it, in a unit report."""
        if rest is None:
            cells, folded, protection = audited.protect_breakdown(counts, self.k, merged_code=merged_code,
                                                                  keep=(NOT_STATED,))
        else:
            cells, folded, protection = audited.protect_breakdown(counts, self.k, merged_code=merged_code,
                                                                  keep=(NOT_STATED,), rest=rest[0],
                                                                  unstated=rest[1], others=rest[2:])
        reasons = protection.reasons
        result = []
        for code, count in cells.items():
            figure = self.hidden(reasons[code], method=EXACT, kind=COUNT) if reasons[code] \
                else Figure(float(count), n=count, method=EXACT, kind=COUNT, count=count)
            members = folded if code == merged_code else ()
            result.append(Cell(code, labels.get(code, SPECIAL_LABELS.get(code, code)), figure, members))
        return tuple(result)

    def amount(self, family: str, weights: Mapping[str, float]) -> Figure:
        """The mean of ``weights[answer]`` over respondents (an amount), pooled over strata.

        For randomized strata: ``sum_c w_c pi_c`` with ``pi_c`` the k-ary estimates, whose
        variance is ``Var(sum_c w_c lambda_c) / (p - q)^2``. For exact strata, the plain mean.
        """
        if self.withheld:
            return self.hidden(kind=AMOUNT)
        domain = list(weights)
        parts: list[_Part] = []
        kinds: set[str] = set()
        for (mechanism, epsilon), counts in self.sel.strata.items():
            observed = {code: counts.get(family, code) for code in domain}
            n = sum(observed.values())
            if n == 0:
                continue
            kinds.add(mechanism)
            mean = sum(weights[code] * observed[code] for code in domain) / n
            if mechanism == EXACT:
                parts.append(_Part(n, mean, 0.0))
                continue
            p = keep_probability_kary(epsilon or 0.0, len(domain))
            q = (1.0 - p) / (len(domain) - 1)
            square = sum(weights[code] ** 2 * observed[code] for code in domain) / n
            estimate = (mean - q * sum(weights.values())) / (p - q)
            variance = max(square - mean**2, 0.0) / (max(n - 1, 1) * (p - q) ** 2)
            parts.append(_Part(n, estimate, variance))
        method = kinds.pop() if kinds else self.method
        if method != EXACT and self.rest_answered_small(family, domain):
            return self.hidden(rules.COMPLEMENTARY, method=method, kind=AMOUNT)
        if method == EXACT:
            total = sum(part.n for part in parts)
            figure = self.pooled(parts, EXACT, kind=AMOUNT)
            if figure.shown:
                return Figure(figure.estimate, n=total, method=EXACT, kind=AMOUNT)
            return figure
        return self.pooled(parts, method, kind=AMOUNT)

    # -- sections ------------------------------------------------------------------------------------

    def build(self) -> Report:
        prevalence = self.prevalence()
        spend = self.spend()
        sentiment = self.sentiment()
        unit_label = None
        if self.org_unit is not None:
            unit_label = self.unit_labels().get(self.org_unit, self.org_unit)
        return Report(
            campaign=self.campaign(),
            org_unit=self.org_unit,
            org_unit_label=unit_label,
            currency=self.policy.organization.currency,
            k=self.k,
            notice=self.notice,
            participation=self.participation(),
            prevalence=prevalence,
            data_classes=self.data_classes(),
            spend=spend,
            license_candidates=self.license_candidates(prevalence),
            reasons=self.reasons(),
            reasons_by_tool=reasons_by_tool(self, prevalence.by_tool),
            literacy=self.categorical("literacy", self.domain("literacy"), self.question_label("literacy"),
                                      self.option_labels("literacy")),
            policy_awareness=self.categorical("policy_awareness", self.domain("policy_awareness"),
                                              self.question_label("policy_awareness"),
                                              self.option_labels("policy_awareness")),
            training=self.training(),
            workplace=self.workplace(),
            sentiment=sentiment,
            perception_gap=self.perception_gap(sentiment),
            method=self.method_info(),
        )

    def campaign(self) -> str:
        found = self.whole.common.family("campaign")
        ids = [campaign for campaign, _ in found.most_common() if campaign]
        return ids[0] if ids else self.policy.campaign.id

    def participation(self) -> Participation:
        respondents = self.exact_count(self.sel.n)
        if self.withheld:
            return Participation(respondents, (), (), ())
        labels = self.unit_labels()
        if self.org_unit is None:
            by_unit = self.unit_cells()[1]
        else:
            by_unit = (Cell(self.org_unit, labels.get(self.org_unit, self.org_unit), respondents),)
        role_labels = self.option_labels("role_level")
        roles = self.sel.common.family("role_level")
        role_counts = {code: roles.get(code, 0) for code in ROLE_LEVELS}
        role_counts[NOT_STATED] = roles.get(NOT_STATED, 0)
        rest_roles = self.linked(lambda group: {code: group.common.get("role_level", code) for code in role_counts})
        by_role = self.count_breakdown(role_counts, OTHER_LEVELS, role_labels, rest_roles)
        mechanisms = self.sel.common.family("mechanism")
        rest_mechanisms = self.rest.common.family("mechanism") if self.rest is not None else Counter()
        linked = self.linked(lambda group: group.common.family("mechanism")) or []
        by_mechanism = []
        for code, label in ((RANDOMIZED_RESPONSE, "Randomized response"), (EXACT, "Exact answers")):
            count = mechanisms.get(code, 0)
            if count == 0:
                figure = Figure(0.0, n=0, method=EXACT, kind=COUNT, count=0)
            else:
                reason = None
                if rules.is_small(rest_mechanisms.get(code, 0), self.k) or (linked and rules.remainder_small(
                        linked[1].get(code, 0), (part.get(code, 0) for part in linked[2:]), self.k)):
                    reason = rules.COMPLEMENTARY
                figure = self.exact_count(count, reason)
            by_mechanism.append(Cell(code, label, figure))
        return Participation(respondents, by_unit, by_role, tuple(by_mechanism))

    def unit_cells(self) -> tuple[dict[str, str | None], tuple[Cell, ...]]:
        """The whole campaign's respondents per org unit: why each unit's cell is hidden (None:
        shown; units folded into ``other_units`` are absent), and the cells."""
        labels = self.unit_labels()
        counts = dict.fromkeys(labels, 0)
        for unlabelled in sorted(code for code in self.t.groups if code is not None and code not in labels):
            counts[unlabelled] = 0
        for unit, group in self.t.groups.items():
            if unit is not None:
                counts[unit] = group.n
        counts[NOT_STATED] = self.t.group(None).n
        cells = self.count_breakdown(counts, OTHER_UNITS, labels, None)
        return {cell.code: cell.figure.reason for cell in cells}, cells

    def tool_ids(self) -> list[str]:
        ids = known_tool_ids(self.catalog, self.policy)
        known = set(ids)
        seen: set[str] = set()
        for counts in self.whole.strata.values():
            seen.update(counts.family("unapproved_use"))
            seen.update(counts.family("use"))
            for keys in counts.family("unapproved_use" + _SHAPE):
                seen.update(keys)
        return ids + sorted(seen - known)

    def tool_figure(self, tool_id: str) -> ToolFigure:
        tool = self.catalog.get(tool_id)
        rule = self.policy.rule_for(tool_id)
        category = tool.category if tool else (rule.category if rule else _other_category(tool_id))
        category_info = self.catalog.category(category) if category else None
        if tool_id.startswith("other:"):
            label = pick(category_info.label, self.lang) if category_info else category or tool_id
            name = f"Other tools ({label})"
        else:
            name = (rule.name if rule and rule.name else None) or (tool.name if tool else tool_id)
        return ToolFigure(
            id=tool_id,
            name=name,
            vendor=tool.vendor if tool else None,
            category=category,
            category_label=pick(category_info.label, self.lang) if category_info else None,
            status=NOT_LISTED if tool_id.startswith("other:") else self.policy.status_of(tool_id),
            trains_by_default=tool.trains_on_inputs_by_default.value if tool else Trains.UNKNOWN.value,
            business_tier=tool.no_training_business_tier.value if tool else Trains.UNKNOWN.value,
            unapproved_use=self.unapproved_use(tool_id),
            use=self.exact_only("use", tool_id),
        )

    def unapproved_use(self, tool_id: str) -> Figure:
        """A tool's "used without approval": for a tool the policy approves that is false by definition,
        so it is no estimate (no summary carries a bit for it) but the word "approved"."""
        if not tool_id.startswith("other:") and self.policy.status_of(tool_id) == "approved":
            return Figure(None, suppressed=True, reason=APPROVED, method=self.method)
        return self.binary("unapproved_use", tool_id)

    def prevalence(self) -> Prevalence:
        known = set(known_tool_ids(self.catalog, self.policy))
        tools = []
        for tool_id in self.tool_ids():
            figure = self.tool_figure(tool_id)
            if tool_id in known or figure.unapproved_use.shown:  # unknown ids only when shown
                tools.append(figure)
        overall = self.binary("any_unapproved", _ANY)
        sensitive = self.binary("any_sensitive", _ANY)
        note = None
        categories = []
        exact_categories = not self.sel.randomized() and not self.withheld
        for category in self.catalog.categories:
            label = pick(category.label, self.lang)
            if exact_categories:
                share = self.exact_only("category_unapproved", category.code) or self.hidden(method=EXACT)
                categories.append(CategoryFigure(category.code, label, share, "any_tool"))
                continue
            members = [tool for tool in tools if tool.category == category.code and tool.unapproved_use.shown]
            if members:
                top = max(members, key=lambda tool: (tool.unapproved_use.estimate or 0.0))
                categories.append(CategoryFigure(category.code, label, top.unapproved_use, "at_least", top.id))
            else:
                categories.append(CategoryFigure(category.code, label, self.hidden(), "at_least"))
        return Prevalence(overall, note, tuple(tools), tuple(categories), sensitive)

    def data_classes(self) -> DataClasses:
        labels = self.option_labels("tool.data_classes")
        codes = [code for code in self.codes("tool.data_classes") if code not in NOT_SENSITIVE]
        exact = self.sel.exact if not self.withheld else None
        tables = exact is not None and exact.n > 0
        kinds = self.codes("tool.account_kind")
        kind_labels = self.option_labels("tool.account_kind")
        rows = []
        for code in codes:
            row = DataClassRow(code, labels.get(code, code), self.binary("data_to_unapproved", code),
                               self.binary("data_to_personal", code))
            if tables and exact is not None:
                any_tool = self.exact_only("data_any", code) or self.hidden(method=EXACT)
                by_status = self.share_cells(exact, "data_status", code, STATUS_COLUMNS, STATUS_LABELS, any_tool)
                by_kind = self.share_cells(exact, "data_kind", code, kinds, kind_labels, any_tool)
                row = DataClassRow(row.code, row.label, row.to_unapproved, row.to_personal, any_tool, by_status,
                                   by_kind)
            rows.append(row)
        return DataClasses(tuple(rows), tables)

    def share_cells(self, exact: _Counts, family: str, row: str, columns: Sequence[str],
                    labels: Mapping[str, str], total: Figure) -> tuple[Cell, ...]:
        """One row of an exact table (shares of respondents), with the row total shown beside it."""
        rest = self.rest.exact if self.rest is not None else None
        counts = {column: exact.get(family, f"{row}|{column}") for column in columns}
        rest_counts = None if rest is None else {column: rest.get(family, f"{row}|{column}") for column in columns}

        def part(group: _Group) -> tuple[dict[str, int], int]:
            stratum = group.exact
            if stratum is None:
                return {}, 0
            return {column: stratum.get(family, f"{row}|{column}") for column in columns}, stratum.n

        parts = self.linked(part) or [None, None]
        reasons = audited.protect_shares(
            counts, self.k, n=exact.n, any_count=exact.get("data_any", row), total_shown=total.shown,
            rest=rest_counts, rest_n=rest.n if rest is not None else 0,
            rest_any=rest.get("data_any", row) if rest is not None else 0,
            unstated=parts[1], others=parts[2:]).reasons
        return tuple(
            Cell(column, labels.get(column, column),
                 self.hidden(reasons[column], method=EXACT) if reasons[column]
                 else Figure(count / exact.n, n=exact.n, method=EXACT, kind=SHARE, count=count))
            for column, count in counts.items()
        )

    def spend(self) -> Spend:
        domain = [NO_SPEND, *self.codes("tool.spend")]
        labels = {NO_SPEND: SPECIAL_LABELS[NO_SPEND], **self.option_labels("tool.spend")}
        bands = self.categorical("spend_band", domain, "Monthly personal spend on AI tools", labels)
        yearly = {NO_SPEND: 0.0, **{code: mid * MONTHS_PER_YEAR for code, mid in self.t._midpoints.items()}}
        weights = {code: yearly.get(code, 0.0) for code in domain}
        per_respondent = self.amount("spend_band", weights)
        if bands.method == EXACT and per_respondent.shown and any(cell.figure.suppressed for cell in bands.cells):
            # With exact bands, the mean would be one more equation on the hidden cells.
            per_respondent = self.hidden(rules.COMPLEMENTARY, method=EXACT, kind=AMOUNT)
        total = per_respondent
        if per_respondent.shown and per_respondent.n:
            n = per_respondent.n
            total = Figure(
                (per_respondent.estimate or 0.0) * n,
                ci_low=None if per_respondent.ci_low is None else per_respondent.ci_low * n,
                ci_high=None if per_respondent.ci_high is None else per_respondent.ci_high * n,
                n=n, method=per_respondent.method, kind=AMOUNT, too_wide=per_respondent.too_wide,
            )
        return Spend(self.binary(_PAYS, _PAYS), bands, per_respondent, total, self.policy.organization.currency)

    def license_candidates(self, prevalence: Prevalence) -> tuple[LicenseCandidate, ...]:
        if self.withheld:
            return ()
        candidates = []
        exact = self.sel.exact
        if not self.sel.randomized() and exact is not None and exact.n:
            rest = self.rest.exact if self.rest is not None else None
            for tool in prevalence.by_tool:
                if tool.id.startswith("other:") or exact.get("paid", tool.id) == 0:
                    continue
                demand = self.exact_only("paid", tool.id) or self.hidden(method=EXACT)
                if demand.suppressed:
                    continue
                # The amount is a sum over the payers who gave a band. Exact, it would decode into their
                # bands, so it is shown as a band that does not. Beside the whole campaign's band, a
                # unit's would narrow both (and the rest's), so org-unit reports leave it out.
                payers = exact.get("paid_amount_n", tool.id)
                if payers < self.k:
                    spend = self.hidden(rules.FEWER_THAN_K, method=EXACT, kind=AMOUNT)
                elif rest is not None:
                    spend = self.hidden(rules.COMPLEMENTARY, method=EXACT, kind=AMOUNT)
                else:
                    low, high = rules.amount_band(float(exact.get("paid_amount", tool.id)), payers,
                                                  self.payer_amounts())
                    spend = Figure((low + high) / 2, n=payers, method=EXACT, kind=AMOUNT, band_low=low,
                                   band_high=high)
                candidates.append(self.candidate(tool, "pays_personally", demand, spend))
        else:
            for tool in prevalence.by_tool:
                figure = tool.unapproved_use
                if (tool.business_tier != Trains.YES.value or tool.status == "approved" or figure.suppressed
                        or not figure.estimate):
                    continue
                candidates.append(self.candidate(tool, "unapproved_use", figure, None))
        candidates.sort(key=lambda item: (-item.priority, item.name.casefold()))
        return tuple(candidates)

    def payer_amounts(self) -> list[float]:
        """What one payer can add to a tool's yearly out-of-pocket spend: a band's midpoint times
        twelve, or nothing when fully reimbursed."""
        return [0.0, *(mid * MONTHS_PER_YEAR for mid in self.t._midpoints.values())]

    @staticmethod
    def candidate(tool: ToolFigure, basis: str, demand: Figure, spend: Figure | None) -> LicenseCandidate:
        risk = (tool.trains_by_default == Trains.YES.value) + (tool.status == "prohibited")
        priority = (demand.estimate or 0.0) * (1.0 + RISK_WEIGHT * risk)
        return LicenseCandidate(tool.id, tool.name, tool.category, tool.status, tool.trains_by_default,
                                tool.business_tier, basis, demand, spend, priority)

    def reasons(self) -> MultiChoice:
        labels = self.option_labels(REASONS)
        options = tuple(Cell(code, labels.get(code, code), self.binary("reasons", code))
                        for code in self.codes(REASONS))
        return MultiChoice("reasons", self.question_label(REASONS), self.exact_count(self.sel.n), options,
                           self.method)

    def domain(self, feeds: str) -> tuple[str, ...]:
        """A single-choice item's values as its summaries carry them: with randomized response, "not
        answered" is a value of its own (it is randomized like any answer)."""
        codes = self.codes(feeds)
        return (*codes, NOT_ANSWERED) if codes and self.sel.randomized() else codes

    def training(self) -> Training:
        if self.sel.randomized():
            return self.randomized_training()

        def exact_single(feeds: str, family: str) -> Distribution:
            codes = self.codes(feeds)
            observed = {code: self.sel.common.get(family, code) for code in codes}
            rest = self.linked(lambda group: {code: group.common.get(family, code) for code in codes})
            return self.exact_distribution(family, self.question_label(feeds), observed, self.option_labels(feeds),
                                           rest)

        return Training(
            received=exact_single("training_received", "training_received"),
            wanted=self.exact_multi("training_wanted", self.question_label("training_wanted"),
                                    self.codes("training_wanted"), self.option_labels("training_wanted")),
            formats=self.exact_multi("training_formats", self.question_label("training_formats"),
                                     self.codes("training_formats"), self.option_labels("training_formats")),
            on_work_time=exact_single("training_on_work_time", "training_on_work_time"),
        )

    def workplace(self) -> Workplace:
        """How AI is run at work: each item the questionnaire has, randomized or exact like training."""
        items: list[Distribution | MultiChoice] = []
        randomized = self.sel.randomized()
        for name in (*WORKPLACE_SINGLE, *WORKPLACE_MULTI):
            codes = self.codes(name)
            if not codes:
                continue
            family, label, names = f"workplace_{name}", self.question_label(name), self.option_labels(name)
            if name in WORKPLACE_MULTI:
                if randomized:
                    options = tuple(Cell(code, names.get(code, code), self.binary(family, code)) for code in codes)
                    items.append(MultiChoice(family, label, self.exact_count(self.sel.n), options, self.method))
                else:
                    items.append(self.exact_multi(family, label, codes, names))
            elif randomized:
                items.append(self.categorical(family, self.domain(name), label, {**SPECIAL_LABELS, **names}))
            else:
                observed = {code: self.sel.common.get(family, code) for code in codes}
                rest = self.linked(lambda group, family=family, codes=codes:  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
                                   {code: group.common.get(family, code) for code in codes})
                items.append(self.exact_distribution(family, label, observed, names, rest))
        return Workplace(tuple(items))

    def randomized_training(self) -> Training:
        """Training answers from randomized summaries: k-ary estimates and one estimate per wished-for option."""
        labels = {**SPECIAL_LABELS}

        def single(feeds: str) -> Distribution:
            return self.categorical(feeds, self.domain(feeds), self.question_label(feeds),
                                    {**labels, **self.option_labels(feeds)})

        def multi(feeds: str) -> MultiChoice:
            names = self.option_labels(feeds)
            options = tuple(Cell(code, names.get(code, code), self.binary(feeds, code)) for code in self.codes(feeds))
            return MultiChoice(feeds, self.question_label(feeds), self.exact_count(self.sel.n), options, self.method)

        return Training(received=single("training_received"), wanted=multi("training_wanted"),
                        formats=multi("training_formats"), on_work_time=single("training_on_work_time"))

    def sentiment(self) -> tuple[SentimentItem, ...]:
        if self.sel.randomized():
            randomized = []
            for item in SENTIMENT_FIELDS:
                label = self.question_label(item)
                distribution = self.categorical(f"sentiment:{item}", SENTIMENT_DOMAIN, label, AGREEMENT_GROUP_LABELS)
                agree = distribution.cell("agree")
                randomized.append(SentimentItem(item, label, agree.figure if agree else self.hidden(), distribution))
            return tuple(randomized)
        items = []
        for item in SENTIMENT_FIELDS:
            label = self.question_label(item)
            observed = {code: self.sel.common.get("sentiment", f"{item}|{code}") for code in AGREEMENT_GROUP_CODES}
            rest = self.linked(lambda group, item=item: {code: group.common.get("sentiment", f"{item}|{code}")  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
                                                         for code in AGREEMENT_GROUP_CODES})
            distribution = self.exact_distribution(item, label, observed, AGREEMENT_GROUP_LABELS, rest)
            agree = distribution.cell("agree")
            items.append(SentimentItem(item, label, agree.figure if agree else self.hidden(method=EXACT),
                                       distribution))
        return tuple(items)

    def perception_gap(self, sentiment: Sequence[SentimentItem]) -> tuple[GapItem, ...]:
        """Leadership against employees: from senior leaders' own answers where both groups reach k
        (see :mod:`desktop.collector.perception`), else from the policy's benchmark."""
        return perception.gap_items(self, sentiment, PERCEPTION_ITEMS)

    def method_info(self) -> MethodInfo:
        epsilons = sorted({key[1] for key, counts in self.sel.strata.items()
                           if key[0] == RANDOMIZED_RESPONSE and counts.n and key[1] is not None})
        totals = sorted(self.sel.common.family("epsilon_total"))
        notes = [Note("suppression",
                      f"No figure comes from fewer than {self.k} respondents (the policy's minimum group size). "
                      f"A share counted exactly is also withheld when fewer than {self.k} people lack the answer. "
                      "Where a breakdown shows its total, further cells are withheld until someone who knows this "
                      "rule and sees every figure still cannot narrow a withheld cell down: one withheld as fewer "
                      f"than {self.k} could be any of 1 to {self.k - 1}, any other has at least {self.k} possible "
                      "values. A breakdown for which that is not possible shows nothing.")]
        if epsilons:
            eps_text = " and ".join(f"{value:.4g}" for value in epsilons)
            total_text = " to ".join(f"{value:.4g}" for value in (totals[0], totals[-1])) if totals else "unknown"
            if totals and totals[0] == totals[-1]:
                total_text = f"{totals[0]:.4g}"
            items = round(totals[-1] / epsilons[-1]) if totals and epsilons else None
            notes.append(Note("randomized_response",
                              "Every answer but the org unit and role level was randomized on each employee's "
                              "laptop before it was sent (randomized response), so no single summary proves "
                              "anything about its author. The collector removes the bias from many summaries; the "
                              "result is an estimate with a 95% confidence interval."))
            notes.append(Note("epsilon",
                              "The privacy guarantee is per item: each randomized answer on its own is "
                              f"epsilon-differentially private with epsilon = {eps_text}, so the true answer is "
                              f"sent at most {math.exp(epsilons[-1]):.3g} times as often as any other. One summary "
                              f"carries {items if items is not None else 'several'} such answers; the bound for "
                              f"everything in one summary together is epsilon = {total_text} (their sum), and "
                              "answers that go together say more than any one alone."))
            notes.append(Note("too_wide",
                              "Estimates whose 95% interval reaches more than 15 percentage points either side "
                              "are flagged as too wide to act on."))
            notes.append(Note("category_at_least",
                              "With randomized response, each tool is randomized on its own, so the share using "
                              "any tool of a category cannot be recovered. A category's figure is the highest "
                              "estimate among its tools, read as \"at least\": the share using some tool of the "
                              "category is at least that tool's share. Being the highest of several noisy "
                              "estimates, it may sit above that tool's true share; its interval shows by how "
                              "much it can be off."))
            notes.append(Note("license_candidates_randomized",
                              "With randomized response, what people pay per tool cannot be derived (paying and "
                              "using a tool are randomized separately), so license candidates are the tools with "
                              "a business tier that does not train on inputs, ranked by their unapproved-use "
                              "estimate and risk."))
        if self.t.left_out:
            notes.append(Note("left_out",
                              f"{self.t.left_out:,} stored summaries were left out of every figure: they were made "
                              "with other privacy settings than the campaign's, or by an older Candor whose "
                              "answers were not all protected. Ask their senders to export again with the current "
                              "Candor."))
        notes.append(Note("spend_estimate",
                          "Spend figures are estimates: each monthly band counts at its midpoint (an open-ended "
                          "band at 1.5 times its lower bound), times twelve months. The total extrapolates the "
                          "mean to all respondents; it is not a sum of reported amounts."))
        if not self.sel.randomized() and self.sel.exact is not None and self.sel.exact.n:
            if self.org_unit is None:
                notes.append(Note("license_spend_band",
                                  "Each tool's yearly out-of-pocket spend is shown only as a band at least twice as "
                                  "wide as the most one person can add to it in a year, so that it cannot be decoded "
                                  "into the spend bands of the people who pay."))
            else:
                notes.append(Note("license_spend_unit",
                                  "Org-unit reports show who pays for each tool but not how much: set beside the "
                                  "whole-campaign report's band, the unit's would narrow both."))
        notes.append(Note("license_priority",
                          f"License candidates are ranked by demand, raised by {int(RISK_WEIGHT * 100)}% for each "
                          "risk: the tool trains on inputs by default, or the policy prohibits it."))
        if self.org_unit is not None:
            notes.append(Note("org_unit",
                              "A figure counted exactly is also withheld here when the whole-campaign report minus "
                              "this one, and minus the reports of any other org units, would show fewer than "
                              f"{self.k} people for it."))
        intervals = ("Randomized-response and mixed figures are estimates for the respondents as a whole; the "
                     "interval [ci_low, ci_high] is a 95% confidence interval (estimate plus or minus 1.96 "
                     "standard errors; shares clipped to 0..1, amounts at 0). Exact figures are counted and carry no "
                     "interval.")
        return MethodInfo(self.k, self.method, self.exact_count(self.sel.n), tuple(epsilons), tuple(totals),
                          intervals, tuple(notes), self.t.left_out)

    # -- labels --------------------------------------------------------------------------------------

    def codes(self, feeds: str) -> tuple[str, ...]:
        question = question_feeding(self.q, feeds)
        return question.codes if question else ()

    def option_labels(self, feeds: str) -> dict[str, str]:
        question = question_feeding(self.q, feeds)
        if question is None:
            return {}
        return {option.code: pick(option.label, self.lang).split(" — ")[0] for option in question.options}

    def question_label(self, feeds: str) -> str:
        question = question_feeding(self.q, feeds)
        return pick(question.text, self.lang) if question else feeds

    def unit_labels(self) -> dict[str, str]:
        return {unit.code: unit.label_in(self.lang) for unit in self.policy.org_units}


# --- randomized-response strata -----------------------------------------------------------------


def _rr_binary(yes: int, n: int, epsilon: float) -> _Part:
    """Warner's unclipped estimate and its variance for one stratum (clipping happens once pooled)."""
    p = keep_probability_binary(epsilon)
    estimate = (yes / n - (1.0 - p)) / (2.0 * p - 1.0)
    # With a single summary the estimator has no standard error; use the widest it allows.
    std_error = estimate_binary(yes, n, epsilon).std_error if n >= 2 else math.sqrt(0.25 / (2.0 * p - 1.0) ** 2)
    return _Part(n, estimate, std_error**2)


def _rr_categories(observed: Mapping[str, int], n: int, domain: Sequence[str], epsilon: float) -> dict[str, _Part]:
    """k-ary unclipped estimates and variances for one stratum."""
    p = keep_probability_kary(epsilon, len(domain))
    q = (1.0 - p) / (len(domain) - 1)
    errors = estimate_categories(observed, domain, epsilon) if n >= 2 else {}
    parts = {}
    for code in domain:
        estimate = (observed[code] / n - q) / (p - q)
        std_error = errors[code].std_error if code in errors else math.sqrt(0.25 / (p - q) ** 2)
        parts[code] = _Part(n, estimate, std_error**2)
    return parts
