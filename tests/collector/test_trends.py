"""Trends across campaigns: differences with intervals, withheld figures never compared, shared items only."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.collector import trends
from desktop.collector.aggregate import aggregate
from desktop.collector.report_figure import Figure
from desktop.demo.population import population_summaries
from tests.collector.report_cases import est, exact, hand_report, hidden
from tests.collector.suppression_cases import CATALOG, Q, make_policy


def test_a_difference_carries_an_interval_from_both_campaigns():
    earlier = est(0.40, 0.34, 0.46)
    later = est(0.50, 0.44, 0.56)
    moved = trends.change("overall", "Any unapproved use", earlier, later)
    assert moved.difference == pytest.approx(0.10)
    half = 0.06 * 2 ** 0.5  # two independent intervals of half-width 0.06
    assert (moved.ci_low, moved.ci_high) == (pytest.approx(0.10 - half, abs=1e-6), pytest.approx(0.10 + half, abs=1e-6))
    counted = trends.change("pays", "Pays", exact(40, 200), exact(60, 200))
    assert counted.ci_low < 0.10 < counted.ci_high


def test_a_figure_withheld_in_either_campaign_is_not_compared():
    assert trends.change("t", "T", hidden(), est(0.5, 0.4, 0.6)).reason == trends.WITHHELD_EARLIER
    assert trends.change("t", "T", est(0.5, 0.4, 0.6), hidden()).reason == trends.WITHHELD_LATER
    gone = trends.change("t", "T", est(0.5, 0.4, 0.6), hidden())
    assert not gone.compared and gone.difference is None and gone.ci_low is None


def test_different_questionnaire_versions_are_compared_on_shared_figures_only_and_say_so():
    first = hand_report()
    later = dataclasses.replace(first, prevalence=dataclasses.replace(
        first.prevalence, by_tool=first.prevalence.by_tool[:2]))
    result = trends.trend(trends.Campaign("2026-q2", first, "1"), trends.Campaign("2026-q4", later, "2"))
    keys = {c.key for c in result.changes}
    assert "tool:chatgpt" in keys and "tool:acme-bot" not in keys
    assert result.note is not None
    assert "questionnaire versions 1 and 2" in result.note and "compared only on" in result.note
    assert "Bot & Co" in result.note  # names what was left out


def _truth(figures: dict[str, tuple[str, Figure | None]], key: str) -> float | None:
    figure = figures.get(key, ("", None))[1]
    return None if figure is None or figure.suppressed else figure.estimate


def test_three_demo_campaigns_whose_truth_changes_are_covered_in_at_least_90_percent():
    """Randomized summaries of three campaigns drawn with different truths; the truth of each figure is the
    exact share among the same simulated employees (their answers sent without randomization)."""
    rr, plain = make_policy(rr=True), make_policy(rr=False)
    drifts = (-0.15, 0.0, 0.2)
    campaigns, truths = [], []
    for index, drift in enumerate(drifts):
        seed = f"trend-{index}"
        sent = aggregate(population_summaries(Q, CATALOG, rr, 500, seed, drift), Q, CATALOG, rr)
        true = aggregate(population_summaries(Q, CATALOG, plain, 500, seed, drift), Q, CATALOG, plain)
        campaigns.append(trends.Campaign(f"c{index}", sent))
        truths.append(trends._figures(true))
    covered = compared = 0
    for step, result in enumerate(trends.trends(campaigns)):
        for moved in result.changes:
            before, after = _truth(truths[step], moved.key), _truth(truths[step + 1], moved.key)
            if not moved.compared or moved.ci_low is None or before is None or after is None:
                continue
            compared += 1
            covered += moved.ci_low <= after - before <= moved.ci_high
    assert compared >= 10
    assert covered / compared >= 0.9, (covered, compared)
    overall = next(c for c in trends.trends(campaigns)[1].changes if c.key == trends.OVERALL)
    assert overall.difference > 0  # the drift shows in the headline figure
