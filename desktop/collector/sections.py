"""Build a whole report from its sections, with the notes on how its figures were made."""

from __future__ import annotations

import math

from desktop.collector.report_figure import RANDOMIZED_RESPONSE
from desktop.collector.report_model import MethodInfo, Note, Report
from desktop.collector.report_notes import note_text
from desktop.collector.sections_answers import AnswerSections
from desktop.collector.sections_use import UseSections
from desktop.collector.tool_reasons import reasons_by_tool
from desktop.collector.vocabulary import RISK_WEIGHT


class ReportBuilder(UseSections, AnswerSections):
    """One report: every section, the campaign it is of and the method notes."""

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

    def method_info(self) -> MethodInfo:
        epsilons = sorted({key[1] for key, counts in self.sel.strata.items()
                           if key[0] == RANDOMIZED_RESPONSE and counts.n and key[1] is not None})
        totals = sorted(self.sel.common.family("epsilon_total"))
        k = str(self.k)
        notes = [Note("suppression", note_text("suppression", k, str(self.k - 1)))]
        if epsilons:
            eps_text = " and ".join(f"{value:.4g}" for value in epsilons)
            total_text = " to ".join(f"{value:.4g}" for value in (totals[0], totals[-1])) if totals else "unknown"
            if totals and totals[0] == totals[-1]:
                total_text = f"{totals[0]:.4g}"
            items = round(totals[-1] / epsilons[-1]) if totals and epsilons else None
            notes.append(Note("randomized_response", note_text("randomized_response")))
            notes.append(Note("epsilon", note_text("epsilon", eps_text, total_text, f"{math.exp(epsilons[-1]):.3g}",
                                                   str(items) if items is not None else "several")))
            notes += [Note(code, note_text(code)) for code in ("too_wide", "category_at_least",
                                                               "license_candidates_randomized")]
        if self.t.left_out:
            notes.append(Note("left_out", note_text("left_out", f"{self.t.left_out:,}")))
        notes.append(Note("spend_estimate", note_text("spend_estimate")))
        if not self.sel.randomized() and self.sel.exact is not None and self.sel.exact.n:
            code = "license_spend_band" if self.org_unit is None else "license_spend_unit"
            notes.append(Note(code, note_text(code)))
        notes.append(Note("license_priority", note_text("license_priority", str(int(RISK_WEIGHT * 100)))))
        if self.org_unit is not None:
            notes.append(Note("org_unit", note_text("org_unit", k)))
        intervals = ("Randomized-response and mixed figures are estimates for the respondents as a whole; the "
                     "interval [ci_low, ci_high] is a 95% confidence interval (estimate plus or minus 1.96 "
                     "standard errors; shares clipped to 0..1, amounts at 0). Exact figures are counted and carry no "
                     "interval.")
        return MethodInfo(self.k, self.method, self.exact_count(self.sel.n), tuple(epsilons), tuple(totals),
                          intervals, tuple(notes), self.t.left_out)
