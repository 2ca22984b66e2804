"""Count one campaign's summaries in one pass, per org unit and mechanism (see :class:`Tally`).

Counting keeps no summary and no submission id; :mod:`desktop.collector.aggregate` builds the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import repeat
from typing import Any

from desktop.collector import perception
from desktop.collector.campaign_rules import mechanism_difference
from desktop.collector.counters import ANY, EXACT_KEY, PAYS, SUM, _Counts, _Group, _merged
from desktop.collector.report_figure import EXACT, RANDOMIZED_RESPONSE
from desktop.collector.tool_reasons import count_tool_reasons
from desktop.collector.vocabulary import NOT_STATED
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.spend import FULLY_REIMBURSED, MONTHS_PER_YEAR, band_midpoint
from desktop.core.summary import FORMAT_VERSION, NO_SPEND, NOT_SENSITIVE, PERSONAL_ACCOUNTS, SENTIMENT_FIELDS
from desktop.core.summary_items import AGREEMENT_GROUPS, HEADLINE_SENSITIVE, HEADLINE_UNAPPROVED
from desktop.core.tool_answers import question_feeding

#: How many summaries :meth:`Tally.add_all` queues before counting them (bounded memory at any scale).
FLUSH_EVERY = 20_000
_MECHANISM_EVENTS = {True: ("mechanism", RANDOMIZED_RESPONSE), False: ("mechanism", EXACT)}
_ANSWERED_WANTED = ("answered", "training_wanted")
_ANSWERED_FORMATS = ("answered", "training_formats")
#: ``(statement, answer)`` -> the counting event for its agreement group.
_TRAINING_ONE = (("received", "training_received"), ("on_work_time", "training_on_work_time"))
_TRAINING_MANY = (("wanted", "training_wanted"), ("formats", "training_formats"))
_SENTIMENT_EVENTS = {(item, answer): ("sentiment", f"{item}|{group}")
                     for item in SENTIMENT_FIELDS for answer, group in AGREEMENT_GROUPS.items()}


# --- counting -----------------------------------------------------------------------------------


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
        #: ``workplace_<name>`` for each workplace item named so far (one string per campaign, not per summary).
        self._workplace: dict[str, str] = {}

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
            self._add_randomized(stratum, summary["randomized"])
            perception.count_randomized(stratum.pending, summary["randomized"], side)
        else:
            stratum = group.stratum(EXACT_KEY)
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

    def _add_randomized(self, counts: _Counts, randomized: Mapping[str, Any]) -> None:
        pending = counts.pending
        if randomized[HEADLINE_UNAPPROVED]:
            pending["any_unapproved"].append(ANY)
        if randomized[HEADLINE_SENSITIVE]:
            pending["any_sensitive"].append(ANY)
        training = randomized["training"]
        for key, family in _TRAINING_ONE:
            if key in training:
                pending[family].append(training[key])
        add_bits = counts.add_bits
        for key, family in _TRAINING_MANY:
            add_bits(family, training.get(key) or {}, False)
        counts.add_answers("sentiment:", randomized["sentiment"])
        add_bits("unapproved_use", randomized["unapproved_use"], True)
        add_bits("data_to_unapproved", randomized["data_to_unapproved"], False)
        add_bits("data_to_personal", randomized["data_to_personal"], False)
        add_bits("reasons", randomized["reasons"], False)
        if randomized["pays_out_of_pocket"]:
            pending[PAYS].append(PAYS)
        counts.add_answers("", randomized["categories"])
        workplace = randomized.get("workplace")
        if workplace:
            families = self._workplace
            for name, value in workplace.items():
                item = families.get(name)
                if item is None:
                    item = families[name] = f"workplace_{name}"
                if type(value) is dict or isinstance(value, Mapping):  # the first test spares the slow one
                    add_bits(item, value, True)
                else:
                    pending[item].append(value)

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
                category = self._category.get(tool) or other_category(tool)
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
            pending["any_unapproved"].append(ANY)
        if to_unapproved or to_personal:
            pending["any_sensitive"].append(ANY)
        for tool, amount in amounts.items():
            pending["paid_amount" + SUM].append((tool, amount))
        if (summary.get("spend") or {}).get("pays_out_of_pocket"):
            pending[PAYS].append(PAYS)
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


def other_category(tool_id: str) -> str | None:
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
