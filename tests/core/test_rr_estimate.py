"""Randomized response's estimators: exact values, validation, and unbiasedness and coverage by simulation."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence

import pytest

from desktop.core.randomized_response import randomize_bit, randomize_category
from desktop.core.rr_estimate import (
    Debiased,
    Estimate,
    debias_binary,
    debias_categories,
    debias_mean,
    estimate_binary,
    estimate_categories,
    worst_case_halfwidth,
)
from desktop.core.rr_parameters import keep_probability_binary, keep_probability_kary

LN3 = math.log(3)


def binomial(rng: random.Random, n: int, p: float) -> int:
    """An exact Binomial(n, p) draw by inversion, walking outward from the mode (Python 3.11 has
    no random.binomialvariate). One uniform per draw; about two standard deviations of steps."""
    if n == 0 or p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    mode = min(n, int((n + 1) * p))
    log_pmf = (
        math.lgamma(n + 1)
        - math.lgamma(mode + 1)
        - math.lgamma(n - mode + 1)
        + mode * math.log(p)
        + (n - mode) * math.log1p(-p)
    )
    pmf_mode = math.exp(log_pmf)
    u = rng.random() - pmf_mode
    if u < 0:
        return mode
    odds = p / (1.0 - p)
    lo, hi, p_lo, p_hi = mode, mode, pmf_mode, pmf_mode
    while lo > 0 or hi < n:
        if hi < n:
            p_hi *= (n - hi) / (hi + 1) * odds
            hi += 1
            u -= p_hi
            if u < 0:
                return hi
        if lo > 0:
            p_lo *= lo / (n - lo + 1) / odds
            lo -= 1
            u -= p_lo
            if u < 0:
                return lo
    return mode  # only float rounding can leave a sliver of probability unassigned


def multinomial(rng: random.Random, n: int, probabilities: Sequence[float]) -> list[int]:
    """An exact Multinomial(n, probabilities) draw, by conditional binomials."""
    out, left = [], 1.0
    for prob in probabilities[:-1]:
        x = binomial(rng, n, min(1.0, prob / left))
        out.append(x)
        n -= x
        left -= prob
    out.append(n)
    return out


def multinomial_uniform(rng: random.Random, n: int, cells: int) -> list[int]:
    """n draws spread uniformly over ``cells`` cells."""
    return multinomial(rng, n, [1.0 / cells] * cells)


# --- estimators: exact values ------------------------------------------------------------------


def test_estimate_binary_formula():
    # lambda = 0.4, p = 0.75: pi = (0.4 - 0.25) / 0.5 = 0.3; se = sqrt(0.24 / (999 * 0.25))
    est = estimate_binary(400, 1000, LN3)
    assert est.estimate == pytest.approx(0.3)
    assert est.std_error == pytest.approx(math.sqrt(0.24 / (999 * 0.25)))
    assert est.ci_low == pytest.approx(0.3 - 1.959964 * est.std_error)
    assert est.ci_high == pytest.approx(0.3 + 1.959964 * est.std_error)
    assert est.n == 1000
    assert not est.too_wide()


def test_estimate_binary_clips_to_unit_interval():
    low = estimate_binary(20, 100, LN3)  # lambda 0.2 < 1 - p: raw estimate -0.1
    assert low.estimate == 0.0 and low.ci_low == 0.0 and 0 < low.ci_high < 0.2
    high = estimate_binary(90, 100, LN3)  # raw estimate 1.3
    assert high.estimate == 1.0 and high.ci_high == 1.0


def test_estimate_binary_never_collapses_to_a_point():
    est = estimate_binary(0, 10, LN3)  # plug-in variance would be 0 here
    assert est.estimate == 0.0
    assert est.std_error == pytest.approx(math.sqrt(0.05 * 0.95 / (9 * 0.25)))  # lambda taken as 0.5 / n
    assert est.too_wide()
    assert estimate_binary(10, 10, LN3).std_error == pytest.approx(est.std_error)


@pytest.mark.parametrize(
    ("yes", "n", "message"),
    [
        (0, 1, "at least two summaries"),
        (3, 2, "cannot exceed"),
        (-1, 5, "cannot be negative"),
        (1.5, 5, "whole number"),
    ],
)
def test_estimate_binary_validation(yes, n, message):
    with pytest.raises(ValueError, match=message):
        estimate_binary(yes, n, LN3)


def test_estimate_categories_formula_and_missing_categories():
    domain = ["a", "b", "c", "d"]
    # p = 0.5, q = 1/6, p - q = 1/3 at ln 3, k = 4
    result = estimate_categories({"a": 300, "b": 500, "c": 200}, domain, LN3)
    assert list(result) == domain
    assert result["a"].estimate == pytest.approx((0.3 - 1 / 6) * 3)
    assert result["b"].estimate == pytest.approx((0.5 - 1 / 6) * 3)
    assert result["b"].std_error == pytest.approx(math.sqrt(0.25 / (999 / 9)))
    assert result["d"].estimate == 0.0  # missing counts 0; raw estimate -0.5, clipped
    assert all(e.n == 1000 for e in result.values())


def test_estimate_categories_validation():
    with pytest.raises(ValueError, match="'z' is not one of the possible answers"):
        estimate_categories({"z": 4}, ["a", "b"], LN3)
    with pytest.raises(ValueError, match="at least two summaries"):
        estimate_categories({"a": 1}, ["a", "b"], LN3)


def test_worst_case_halfwidth_matches_the_reference_figures():
    assert worst_case_halfwidth(200, LN3) == pytest.approx(0.14, abs=0.01)
    assert worst_case_halfwidth(1000, LN3) == pytest.approx(0.06, abs=0.01)
    # no estimate is wider than the worst case
    for yes in range(0, 201, 5):
        assert estimate_binary(yes, 200, LN3).half_width <= worst_case_halfwidth(200, LN3) + 1e-12
    assert worst_case_halfwidth(1000, LN3, k=4) > worst_case_halfwidth(1000, LN3)


def test_too_wide_threshold():
    est = Estimate(estimate=0.3, std_error=0.08, ci_low=0.14, ci_high=0.46, n=100)
    assert est.half_width == pytest.approx(0.1568, abs=1e-4)
    assert est.too_wide()
    assert not est.too_wide(threshold=0.2)


# --- estimators: by simulation -----------------------------------------------------------------

N = 2_000
REPETITIONS = 2_000


def sample_reports(rng: random.Random, domain: Sequence[str], shares: Sequence[float], p: float) -> dict[str, int]:
    """The reported counts of N respondents drawn from the workforce (true answer ``domain[i]`` with
    probability ``shares[i]``) through k-ary randomized response that keeps the truth with probability p."""
    truth = dict(zip(domain, multinomial(rng, N, shares), strict=True))
    reported = dict.fromkeys(domain, 0)
    for c, n_c in truth.items():
        kept = binomial(rng, n_c, p)
        reported[c] += kept
        others = [o for o in domain if o != c]
        for o, moved in zip(others, multinomial_uniform(rng, n_c - kept, len(others)), strict=True):
            reported[o] += moved
    return reported


def test_binomial_helper_is_right():
    rng = random.Random(1)
    draws = [binomial(rng, 500, 0.3) for _ in range(4000)]
    mean = sum(draws) / len(draws)
    var = sum((d - mean) ** 2 for d in draws) / (len(draws) - 1)
    assert mean == pytest.approx(150, abs=0.7)
    assert var == pytest.approx(105, rel=0.08)


@pytest.mark.parametrize("share", [0.1, 0.35, 0.8])
def test_binary_estimator_is_unbiased_and_covers(share):
    rng = random.Random(int(share * 1000))
    p = keep_probability_binary(LN3)
    estimates, covered = [], 0
    for _ in range(REPETITIONS):
        # respondents are a sample of the workforce, as Warner's variance assumes: each one's
        # truth is "yes" with probability `share`, then the mechanism keeps it with probability p
        n_true = binomial(rng, N, share)
        yes = binomial(rng, n_true, p) + binomial(rng, N - n_true, 1 - p)
        est = estimate_binary(yes, N, LN3)
        estimates.append(est.estimate)
        covered += est.ci_low <= share <= est.ci_high
    assert sum(estimates) / REPETITIONS == pytest.approx(share, abs=0.01)
    assert 0.93 <= covered / REPETITIONS <= 0.97


def test_kary_estimator_is_unbiased_and_covers_every_category():
    domain = ["none", "basic", "good", "expert"]
    shares = {"none": 0.10, "basic": 0.35, "good": 0.40, "expert": 0.15}
    p = keep_probability_kary(LN3, len(domain))
    rng = random.Random(4)
    sums = dict.fromkeys(domain, 0.0)
    covered = dict.fromkeys(domain, 0)
    for _ in range(REPETITIONS):
        reported = sample_reports(rng, domain, [shares[c] for c in domain], p)
        for c, est in estimate_categories(reported, domain, LN3).items():
            sums[c] += est.estimate
            covered[c] += est.ci_low <= shares[c] <= est.ci_high
    for c in domain:
        assert sums[c] / REPETITIONS == pytest.approx(shares[c], abs=0.01), c
        assert 0.93 <= covered[c] / REPETITIONS <= 0.97, c


def test_mechanism_and_estimator_end_to_end():
    """Per respondent, through the real mechanisms: the estimators recover the truth."""
    rng = random.Random(99)
    n, reps = 2_000, 40
    bit_estimates = []
    domain = ["a", "b", "c", "d"]
    truths = ["a"] * 200 + ["b"] * 700 + ["c"] * 800 + ["d"] * 300
    cat_sums = dict.fromkeys(domain, 0.0)
    for _ in range(reps):
        yes = sum(randomize_bit(i < 700, LN3, rng) for i in range(n))  # true share 0.35
        bit_estimates.append(estimate_binary(yes, n, LN3).estimate)
        counts = Counter(randomize_category(t, domain, LN3, rng) for t in truths)
        for c, est in estimate_categories(counts, domain, LN3).items():
            cat_sums[c] += est.estimate
    assert sum(bit_estimates) / reps == pytest.approx(0.35, abs=0.015)
    for c, expected in {"a": 0.10, "b": 0.35, "c": 0.40, "d": 0.15}.items():
        assert cat_sums[c] / reps == pytest.approx(expected, abs=0.02), c


def test_the_clipped_estimate_is_the_debiased_one_clipped():
    """One estimator: the reported estimate and interval are the debiased share, clipped to [0, 1]."""
    for n in (2, 3, 10, 57):
        for yes in range(n + 1):
            raw, shown = debias_binary(yes, n, LN3), estimate_binary(yes, n, LN3)
            half = 1.959964 * raw.std_error
            assert (shown.estimate, shown.ci_low, shown.ci_high) == tuple(
                min(1.0, max(0.0, value)) for value in (raw.estimate, raw.estimate - half, raw.estimate + half))
            assert (raw.std_error, raw.n) == (shown.std_error, n)
    counts = {"a": 0, "b": 1, "c": 7, "d": 2}
    raw_all, shown_all = debias_categories(counts, list("abcd"), LN3), estimate_categories(counts, list("abcd"), LN3)
    assert list(raw_all) == list(shown_all) == ["a", "b", "c", "d"]
    for code, raw in raw_all.items():
        assert shown_all[code].estimate == min(1.0, max(0.0, raw.estimate))
        assert shown_all[code].std_error == raw.std_error


def test_debiased_shares_are_not_clipped_so_groups_can_be_pooled():
    """Pooling several groups clips once, after pooling: each group's share may leave [0, 1]."""
    # p = 0.75 at ln 3: nobody reporting "yes" debiases to (0 - 0.25) / 0.5.
    assert debias_binary(0, 10, LN3).estimate == pytest.approx(-0.5)
    assert debias_binary(10, 10, LN3).estimate == pytest.approx(1.5)
    # k = 4, p = 0.5, q = 1/6: a category nobody reported debiases to (0 - 1/6) / (1/3).
    assert debias_categories({"a": 0, "b": 4}, list("abcd"), LN3)["a"].estimate == pytest.approx(-0.5)


def test_a_single_summary_gets_the_widest_standard_error():
    """With one summary there is no standard error to estimate; the widest the estimator allows stands in."""
    single = debias_binary(1, 1, LN3)
    assert (single.estimate, single.std_error, single.n) == (pytest.approx(1.5), pytest.approx(1.0), 1)
    assert debias_categories({"a": 1}, list("abcd"), LN3)["b"].std_error == pytest.approx(1.5)
    assert isinstance(single, Debiased)
    with pytest.raises(ValueError, match="at least one summary"):
        debias_binary(0, 0, LN3)
    with pytest.raises(ValueError, match="cannot exceed"):
        debias_binary(3, 2, LN3)


# --- the mean of a weight per answer (amounts such as spend) --------------------------------------


def test_debias_mean_formula():
    """k = 3 at ln 3: p = 0.6, q = 0.2. Reported weights 0 x 5, 10 x 3, 100 x 2 over n = 10: mean m = 23,
    mean square s = 2030; mu = (23 - 0.2 * 110) / 0.4 = 2.5, variance (2030 - 529) / (9 * 0.16)."""
    raw = debias_mean({"none": 5, "some": 3, "lots": 2}, {"none": 0.0, "some": 10.0, "lots": 100.0}, LN3)
    assert raw.estimate == pytest.approx(2.5)
    assert raw.variance == pytest.approx(1501 / 1.44)
    assert raw.n == 10


def test_debias_mean_is_the_category_estimates_weighted():
    """The same figure as the weights times debias_categories' shares: one estimator, not two."""
    weights = {"a": 0.0, "b": 5.0, "c": 12.5, "d": 40.0}
    counts = {"a": 30, "b": 14, "c": 9, "d": 3}
    shares = debias_categories(counts, list(weights), LN3)
    expected = sum(weights[code] * share.estimate for code, share in shares.items())
    assert debias_mean(counts, weights, LN3).estimate == pytest.approx(expected)


def test_debias_mean_of_one_summary_is_not_divided_by_zero():
    raw = debias_mean({"a": 0, "b": 1}, {"a": 0.0, "b": 10.0}, LN3)
    assert raw.n == 1 and raw.variance == 0.0


def test_debias_mean_is_unbiased():
    domain, weights = ["none", "low", "high"], {"none": 0.0, "low": 20.0, "high": 90.0}
    shares = [0.5, 0.3, 0.2]
    truth = sum(weights[c] * share for c, share in zip(domain, shares, strict=True))  # 24
    p = keep_probability_kary(LN3, len(domain))
    rng = random.Random(8)
    estimates = []
    for _ in range(REPETITIONS):
        reported = sample_reports(rng, domain, shares, p)
        estimates.append(debias_mean(reported, weights, LN3).estimate)
    assert sum(estimates) / REPETITIONS == pytest.approx(truth, abs=0.3)


@pytest.mark.parametrize(("counts", "weights", "message"), [
    ({"a": 0, "b": 0}, {"a": 0.0, "b": 1.0}, "at least one summary"),
    ({"a": 1, "z": 1}, {"a": 0.0, "b": 1.0}, "'z' is not one of the possible answers"),
    ({"a": 1}, {"a": 0.0}, "at least two possible answers"),
])
def test_debias_mean_validation(counts, weights, message):
    with pytest.raises(ValueError, match=message):
        debias_mean(counts, weights, LN3)
