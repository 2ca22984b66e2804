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
:mod:`desktop.core.rr_estimate`, separately for each epsilon found in the summaries
(the one each summary records, not the policy's current one); when a figure draws on several
such groups, or on randomized and exact summaries, their estimates are pooled, weighted by the
number of summaries (variance: the sum of (n_g/N)^2 times each group's). A figure pooled from
randomized and exact summaries has the method ``mixed``.
Training wishes, sentiment and the org unit and role level are never randomized: they are
exact counts in every campaign. Some figures exist only in exact data (the share using at least
one unapproved tool, data classes by tool status and account kind, per-tool spend); they are
computed from the exact summaries alone, and their ``n`` says how many that is.

Where each part lives: the labels in :mod:`desktop.collector.vocabulary`, the counters in
:mod:`desktop.collector.counters` and :mod:`desktop.collector.tally`, the figure primitives in
:mod:`desktop.collector.figures`, the sections in :mod:`desktop.collector.sections` (with
``sections_use`` and ``sections_answers``); the report's types in :mod:`desktop.collector.report_model`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.collector.report_model import Report
from desktop.collector.sections import ReportBuilder
from desktop.collector.tally import Tally, tally
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.text import DEFAULT_LANGUAGE

__all__ = ["Report", "Tally", "aggregate", "build_report", "draft_report", "tally"]


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
    return ReportBuilder(counts, org_unit, lang).build()
