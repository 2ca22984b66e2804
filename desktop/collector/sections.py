"""Build a whole report from its sections, with the notes on how its figures were made.
"""

from __future__ import annotations

import math

from desktop.collector.report_model import (
    RANDOMIZED_RESPONSE,
    MethodInfo,
    Note,
    Report,
)
from desktop.collector.sections_answers import AnswerSections
from desktop.collector.sections_use import UseSections
from desktop.collector.tool_reasons import reasons_by_tool
from desktop.collector.vocabulary import (
    RISK_WEIGHT,
)


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
