"""The figures a report is made of, each respecting the privacy rules.

:class:`FigureBuilder` selects the summaries of one report (the whole campaign or one org unit), decides
whether everything is withheld, and makes each kind of figure: exact shares and counts, randomized-response
estimates pooled over strata, single- and multiple-choice breakdowns, amounts. The sections
(:mod:`desktop.collector.sections`) are built from these.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.collector import privacy_rules as rules
from desktop.collector import suppression_audit as audited
from desktop.collector.counters import _Group
from desktop.collector.report_figure import (
    AMOUNT,
    COUNT,
    EXACT,
    RANDOMIZED_RESPONSE,
    SHARE,
    Cell,
    Distribution,
    Figure,
    MultiChoice,
)
from desktop.collector.report_model import Note
from desktop.collector.report_notes import note_text
from desktop.collector.tally import Tally
from desktop.collector.vocabulary import NOT_STATED, OTHER_UNITS, SPECIAL_LABELS
from desktop.core.rr_estimate import Z_95, debias_binary, debias_categories, debias_mean
from desktop.core.text import pick
from desktop.core.tool_answers import question_feeding


@dataclass
class Part:
    """One stratum's contribution to a pooled figure: its summaries, unclipped estimate, variance."""

    n: int
    estimate: float
    variance: float


def _clip(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return min(high, max(low, value))


def cell_label(labels: Mapping[str, str], code: str) -> str:
    """A cell's label: the question's own for its options, else the report's words for a code it makes up
    itself (vocabulary.CODE_WORDS: "not answered" in a randomized item, merged groups, ...), else the code."""
    return labels.get(code, SPECIAL_LABELS.get(code, code))



class FigureBuilder:
    """One report's figures from counted summaries: the selection (whole campaign or one org unit), why
    everything is withheld if it is, and each kind of figure the sections are made of."""

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
            code = "withheld_fewer_than_k" if org_unit is not None else "withheld_fewer_than_k_campaign"
            self.notice = Note("withheld_fewer_than_k", note_text(code, str(self.k)))
        elif self.rest is not None and rules.is_small(self.rest.n, self.k):
            self.withheld = rules.COMPLEMENTARY
            self.notice = Note("withheld_complementary", note_text("withheld_complementary", str(self.k)))
        elif org_unit is not None and self.unit_cells()[0].get(org_unit) is not None:
            # The whole-campaign participation hides this unit's size to protect a smaller unit's;
            # a report of its own would give that size away.
            self.withheld = rules.COMPLEMENTARY
            self.notice = Note("withheld_unit_size_hidden", note_text("withheld_unit_size_hidden", str(self.k)))
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

    def pooled(self, parts: Sequence[Part], method: str, *, kind: str = SHARE) -> Figure:
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
        parts: list[Part] = []
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
                parts.append(rr_binary(yes, n, epsilon or 0.0))
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
            cells = tuple(Cell(code, cell_label(labels, code), self.hidden()) for code in domain)
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
            cells = tuple(Cell(code, cell_label(labels, code), self.hidden(rules.COMPLEMENTARY, method=method))
                          for code in domain)
            return Distribution(family, label, self.hidden(rules.COMPLEMENTARY, method=EXACT, kind=COUNT), cells,
                                method)
        parts: dict[str, list[Part]] = {code: [] for code in domain}
        for _mechanism, epsilon, observed, n in per_stratum:
            for code, part in rr_categories(observed, n, domain, epsilon or 0.0).items():
                parts[code].append(part)
        total = sum(item[3] for item in per_stratum)
        respondents = self.exact_count(total)
        cells = tuple(Cell(code, cell_label(labels, code), self.pooled(parts[code], method)) for code in domain)
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
            cells = tuple(Cell(code, cell_label(labels, code), self.hidden(method=EXACT)) for code in observed)
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
            Cell(code, cell_label(labels, code),
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
            options.append(Cell(code, cell_label(labels, code),
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
            result.append(Cell(code, cell_label(labels, code), figure, members))
        return tuple(result)

    def amount(self, family: str, weights: Mapping[str, float]) -> Figure:
        """The mean of ``weights[answer]`` over respondents (an amount), pooled over strata.

        For randomized strata: core's :func:`~desktop.core.rr_estimate.debias_mean` (``sum_c w_c pi_c``
        with ``pi_c`` the k-ary estimates). For exact strata, the plain mean.
        """
        if self.withheld:
            return self.hidden(kind=AMOUNT)
        domain = list(weights)
        parts: list[Part] = []
        kinds: set[str] = set()
        for (mechanism, epsilon), counts in self.sel.strata.items():
            observed = {code: counts.get(family, code) for code in domain}
            n = sum(observed.values())
            if n == 0:
                continue
            kinds.add(mechanism)
            if mechanism == EXACT:
                parts.append(Part(n, sum(weights[code] * observed[code] for code in domain) / n, 0.0))
                continue
            raw = debias_mean(observed, weights, epsilon or 0.0)
            parts.append(Part(n, raw.estimate, raw.variance))
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


def rr_binary(yes: int, n: int, epsilon: float) -> Part:
    """Warner's unclipped estimate and its variance for one stratum (clipping happens once pooled)."""
    raw = debias_binary(yes, n, epsilon)
    return Part(n, raw.estimate, raw.std_error**2)


def rr_categories(observed: Mapping[str, int], n: int, domain: Sequence[str], epsilon: float) -> dict[str, Part]:
    """k-ary unclipped estimates and variances for one stratum (``n``: the sum of ``observed``)."""
    return {code: Part(n, raw.estimate, raw.std_error**2)
            for code, raw in debias_categories(observed, domain, epsilon).items()}
