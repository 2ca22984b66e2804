"""Report sections on tool use: participation, prevalence, data classes, spend, license candidates,
reasons.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from desktop.collector import privacy_rules as rules
from desktop.collector import suppression_audit as audited
from desktop.collector.counters import ANY, PAYS, SHAPE, _Counts, _Group
from desktop.collector.figures import FigureBuilder
from desktop.collector.report_figure import (
    AMOUNT,
    APPROVED,
    COUNT,
    EXACT,
    RANDOMIZED_RESPONSE,
    SHARE,
    Cell,
    Figure,
    MultiChoice,
)
from desktop.collector.report_notes import fill
from desktop.collector.report_sections import (
    CategoryFigure,
    DataClasses,
    DataClassRow,
    LicenseCandidate,
    Participation,
    Prevalence,
    Spend,
    ToolFigure,
)
from desktop.collector.tally import other_category
from desktop.collector.vocabulary import (
    NOT_STATED,
    OTHER_LEVELS,
    OTHER_TOOLS,
    RISK_WEIGHT,
    ROLE_LEVELS,
    STATUS_COLUMNS,
    STATUS_LABELS,
)
from desktop.core.catalog import Trains
from desktop.core.policy import NOT_LISTED
from desktop.core.spend import MONTHS_PER_YEAR
from desktop.core.summary import NO_SPEND, NOT_SENSITIVE, known_tool_ids
from desktop.core.summary_items import REASONS
from desktop.core.text import pick


class UseSections(FigureBuilder):
    """The sections on who answered and which tools they use, with which data and at what cost."""

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

    def tool_ids(self) -> list[str]:
        ids = known_tool_ids(self.catalog, self.policy)
        known = set(ids)
        seen: set[str] = set()
        for counts in self.whole.strata.values():
            seen.update(counts.family("unapproved_use"))
            seen.update(counts.family("use"))
            for keys in counts.family("unapproved_use" + SHAPE):
                seen.update(keys)
        return ids + sorted(seen - known)

    def tool_figure(self, tool_id: str) -> ToolFigure:
        tool = self.catalog.get(tool_id)
        rule = self.policy.rule_for(tool_id)
        category = tool.category if tool else (rule.category if rule else other_category(tool_id))
        category_info = self.catalog.category(category) if category else None
        if tool_id.startswith("other:"):
            label = pick(category_info.label, self.lang) if category_info else category or tool_id
            name = fill(OTHER_TOOLS[0], label)
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
        overall = self.binary("any_unapproved", ANY)
        sensitive = self.binary("any_sensitive", ANY)
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
        bands = self.categorical("spend_band", domain, "Monthly personal spend on AI tools",
                                 self.option_labels("tool.spend"))
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
        return Spend(self.binary(PAYS, PAYS), bands, per_respondent, total, self.policy.organization.currency)

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
