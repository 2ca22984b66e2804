"""Randomized response on the collector's side: true shares estimated from many randomized answers.

The estimators remove the bias the mechanisms put in and give a standard error and a 95%
confidence interval: :func:`estimate_binary` and :func:`estimate_categories` (clipped to [0, 1]),
:func:`debias_binary` and :func:`debias_categories` (unclipped, for pooling groups, which clips
once after pooling), :func:`debias_mean` (the mean of a weight per answer, such as spend, also
unclipped), and :func:`worst_case_halfwidth`. They invert the keep probabilities of
``rr_parameters``, the same the employee's app randomizes with.

Sources:

* Warner, S. L. (1965). "Randomized Response: A Survey Technique for Eliminating Evasive
  Answer Bias." Journal of the American Statistical Association 60(309), 63-69.
  Unbiased estimator of the binary mechanism and its variance.
* Wang, T., Blocki, J., Li, N., Jha, S. (2017). "Locally Differentially Private Protocols for
  Frequency Estimation." USENIX Security 2017. The unbiased frequency estimator of generalized
  (k-ary) randomized response.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.rr_parameters import check_domain, check_value, keep_probability_binary, keep_probability_kary

__all__ = [
    "Z_95",
    "Debiased",
    "DebiasedMean",
    "Estimate",
    "debias_binary",
    "debias_categories",
    "debias_mean",
    "estimate_binary",
    "estimate_categories",
    "worst_case_halfwidth",
]

#: Two-sided 95% quantile of the standard normal distribution.
Z_95 = 1.959964


def _check_count(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"The {name} must be a whole number, not {value!r}.")
    if value < 0:
        raise ValueError(f"The {name} cannot be negative (got {value}).")
    return value


@dataclass(frozen=True)
class Estimate:
    """A debiased share with its standard error and 95% confidence interval, all in [0, 1].

    ``n`` is the number of summaries the estimate is based on.
    """

    estimate: float
    std_error: float
    ci_low: float
    ci_high: float
    n: int

    @property
    def half_width(self) -> float:
        """Half-width of the 95% interval before clipping to [0, 1]: ``1.959964 * std_error``."""
        return Z_95 * self.std_error

    def too_wide(self, threshold: float = 0.15) -> bool:
        """True when the 95% interval is wider than ``threshold`` either side, so the report should
        say the figure is too imprecise to act on."""
        return self.half_width > threshold


def _clip(x: float) -> float:
    return min(1.0, max(0.0, x))


def _observed_share(count: int, n: int) -> float:
    """The observed share for the standard error.

    When every or no answer is "yes" (0 or n), the plug-in variance would be zero and the
    interval would collapse to a point that looks perfectly precise. We then use half an answer
    in from the edge (0.5/n or 1 - 0.5/n) instead, a continuity correction that keeps the
    interval honest for small groups and vanishes as n grows. Everywhere else this is count/n.
    """
    if count == 0:
        return 0.5 / n
    if count == n:
        return 1.0 - 0.5 / n
    return count / n


@dataclass(frozen=True)
class Debiased:
    """One group's debiased share *before* clipping, with its standard error: what pooling several
    groups needs (it clips once, after pooling). ``n`` is the number of summaries."""

    estimate: float
    std_error: float
    n: int


def _debias(count: int, n: int, p: float, q: float) -> Debiased:
    """Invert randomized response with P(report c | truth c) = p and P(report c | truth not c) = q.

    With a single summary there is no standard error to estimate; the widest the estimator allows
    (``lambda = 0.5``, with ``n - 1`` taken as 1) stands in."""
    share = (count / n - q) / (p - q)
    if n < 2:
        return Debiased(share, math.sqrt(0.25 / (p - q) ** 2), n)
    lam_se = _observed_share(count, n)
    return Debiased(share, math.sqrt(lam_se * (1.0 - lam_se) / ((n - 1) * (p - q) ** 2)), n)


def _estimate(count: int, n: int, p: float, q: float) -> Estimate:
    """:func:`_debias`, with the estimate and its 95% interval clipped to [0, 1]."""
    raw = _debias(count, n, p, q)
    half = Z_95 * raw.std_error
    return Estimate(
        estimate=_clip(raw.estimate),
        std_error=raw.std_error,
        ci_low=_clip(raw.estimate - half),
        ci_high=_clip(raw.estimate + half),
        n=n,
    )


def _check_n(n: int) -> int:
    _check_count("number of summaries", n)
    if n < 2:
        raise ValueError(f"An estimate needs at least two summaries; got {n}.")
    return n


def _check_yes(yes_count: int, n: int) -> None:
    _check_count("number of 'yes' answers", yes_count)
    if yes_count > n:
        raise ValueError(f"The number of 'yes' answers ({yes_count}) cannot exceed the number of summaries ({n}).")


def _check_categories(counts: Mapping[str, int], domain: Sequence[str]) -> list[str]:
    values = check_domain(domain)
    for category, count in counts.items():
        check_value(category, values)
        _check_count(f"count for {category!r}", count)
    return values


def estimate_binary(yes_count: int, n: int, epsilon: float) -> Estimate:
    """The share of true "yes" answers among ``n`` summaries, ``yes_count`` of which *report* "yes".

    Warner (1965), with ``p = keep_probability_binary(epsilon)`` and ``lambda = yes_count / n``:

    * estimate ``pi = (lambda - (1 - p)) / (2p - 1)``
    * standard error ``sqrt(lambda (1 - lambda) / ((n - 1) (2p - 1)^2))``
    * 95% interval ``pi +/- 1.959964 * se``

    The estimate and the interval are clipped to [0, 1]. When ``yes_count`` is 0 or ``n`` the
    standard error uses ``lambda`` half an answer in from the edge (see ``_observed_share``), so
    the interval never collapses to a point. ``n < 2`` raises ValueError.
    """
    _check_n(n)
    _check_yes(yes_count, n)
    p = keep_probability_binary(epsilon)
    return _estimate(yes_count, n, p, 1.0 - p)


def estimate_categories(counts: Mapping[str, int], domain: Sequence[str], epsilon: float) -> dict[str, Estimate]:
    """The share of each category's true answers, from the reported ``counts`` per category.

    Wang et al. (2017), generalized randomized response over the ``k`` categories of ``domain``,
    with ``p = keep_probability_kary(epsilon, k)``, ``q = (1 - p) / (k - 1)``, ``n`` the sum of
    the counts and ``lambda_c = counts[c] / n``:

    * estimate ``pi_c = (lambda_c - q) / (p - q)``
    * standard error ``sqrt(lambda_c (1 - lambda_c) / ((n - 1) (p - q)^2))``
    * 95% interval ``pi_c +/- 1.959964 * se_c``

    Clipped to [0, 1] like :func:`estimate_binary` (so the estimates need not sum to exactly 1).
    Categories missing from ``counts`` count 0; a count for a category outside ``domain`` raises
    ValueError, as does a total below 2. The result follows the order of ``domain``.
    """
    values = _check_categories(counts, domain)
    n = _check_n(sum(counts.values()))
    p = keep_probability_kary(epsilon, len(values))
    q = (1.0 - p) / (len(values) - 1)
    return {c: _estimate(counts.get(c, 0), n, p, q) for c in values}


def _check_some(n: int) -> int:
    _check_count("number of summaries", n)
    if n < 1:
        raise ValueError("A debiased share needs at least one summary; got none.")
    return n


def debias_binary(yes_count: int, n: int, epsilon: float) -> Debiased:
    """:func:`estimate_binary` before clipping, for pooling groups (also for a group of one summary)."""
    _check_some(n)
    _check_yes(yes_count, n)
    p = keep_probability_binary(epsilon)
    return _debias(yes_count, n, p, 1.0 - p)


def debias_categories(counts: Mapping[str, int], domain: Sequence[str], epsilon: float) -> dict[str, Debiased]:
    """:func:`estimate_categories` before clipping, for pooling groups (also for a group of one summary)."""
    values = _check_categories(counts, domain)
    n = _check_some(sum(counts.values()))
    p = keep_probability_kary(epsilon, len(values))
    q = (1.0 - p) / (len(values) - 1)
    return {c: _debias(counts.get(c, 0), n, p, q) for c in values}


@dataclass(frozen=True)
class DebiasedMean:
    """One group's debiased mean of a weight per answer (an amount, such as spend), before clipping, with
    its variance: pooling adds variances, so it is kept as such. ``n`` is the number of summaries."""

    estimate: float
    variance: float
    n: int


def debias_mean(counts: Mapping[str, int], weights: Mapping[str, float], epsilon: float) -> DebiasedMean:
    """The mean of ``weights[true answer]`` over a group, from the reported ``counts`` per answer.

    k-ary randomized response over the ``k`` answers that ``weights`` lists (Wang et al. 2017), with ``p``
    and ``q`` as in :func:`estimate_categories`, ``n`` the sum of the counts, ``m`` the mean reported
    weight, ``s`` the mean of the squared reported weights and ``W`` the sum of the weights:

    * estimate ``mu = (m - q W) / (p - q)``, which is ``sum_c w_c pi_c`` of the category estimates
    * variance ``(s - m^2) / ((n - 1) (p - q)^2)``, with ``n - 1`` taken as 1 for a single summary

    Not clipped (the caller pools groups, then clips). Answers missing from ``counts`` count 0; a count
    for an answer ``weights`` does not list raises ValueError, as does a total of 0.
    """
    values = _check_categories(counts, list(weights))
    n = _check_some(sum(counts.values()))
    p = keep_probability_kary(epsilon, len(values))
    q = (1.0 - p) / (len(values) - 1)
    observed = {code: counts.get(code, 0) for code in values}
    mean = sum(weights[code] * observed[code] for code in values) / n
    square = sum(weights[code] ** 2 * observed[code] for code in values) / n
    estimate = (mean - q * sum(weights.values())) / (p - q)
    variance = max(square - mean**2, 0.0) / (max(n - 1, 1) * (p - q) ** 2)
    return DebiasedMean(estimate, variance, n)


def worst_case_halfwidth(n: int, epsilon: float, k: int = 2) -> float:
    """The widest 95% half-width an estimate from ``n`` summaries can have (at ``lambda = 0.5``).

    ``1.959964 * sqrt(0.25 / ((n - 1) (p - q)^2))``, with ``p - q = 2p - 1`` for yes/no items
    (``k = 2``, Warner 1965) and ``p - q`` of k-ary randomized response otherwise (Wang et al.
    2017). At ``epsilon = ln 3``: about 0.14 for 200 summaries and 0.06 for 1,000.
    """
    _check_n(n)
    p = keep_probability_kary(epsilon, k)
    q = (1.0 - p) / (k - 1)
    return Z_95 * math.sqrt(0.25 / ((n - 1) * (p - q) ** 2))
