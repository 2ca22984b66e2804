"""Randomized response: probabilities, validation, memoization, and the estimators by simulation."""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.randomized_response import Memo, randomize_bit, randomize_category
from desktop.core.rr_estimate import (
    Debiased,
    Estimate,
    debias_binary,
    debias_categories,
    estimate_binary,
    estimate_categories,
    worst_case_halfwidth,
)
from desktop.core.rr_parameters import keep_probability_binary, keep_probability_kary

LN3 = math.log(3)


class ScriptedRng:
    """An rng whose random() always returns ``u`` (0.0 always keeps the truth, 0.999999 always
    replaces it) and whose choice() takes the first element."""

    def __init__(self, u: float) -> None:
        self.u = u
        self.calls = 0

    def random(self) -> float:
        self.calls += 1
        return self.u

    def choice(self, seq: Sequence[str]) -> str:
        return seq[0]


ALWAYS_KEEP = 0.0
ALWAYS_CHANGE = 0.999999


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


# --- probabilities -----------------------------------------------------------------------------


def test_keep_probability_binary_matches_warner():
    assert keep_probability_binary(LN3) == pytest.approx(0.75)
    assert keep_probability_binary(1.0) == pytest.approx(math.e / (1 + math.e))
    p = keep_probability_binary(2.0)
    assert math.log(p / (1 - p)) == pytest.approx(2.0)
    assert keep_probability_binary(800.0) == 1.0  # no overflow for absurd epsilons


def test_keep_probability_kary():
    assert keep_probability_kary(LN3, 4) == pytest.approx(0.5)
    assert keep_probability_kary(LN3, 2) == pytest.approx(keep_probability_binary(LN3))
    p = keep_probability_kary(1.5, 6)
    q = (1 - p) / 5
    assert p / q == pytest.approx(math.exp(1.5))


@pytest.mark.parametrize("epsilon", [0, -1.0, float("nan"), float("inf"), "1", None, True])
def test_epsilon_must_be_positive_finite_number(epsilon):
    with pytest.raises(ValueError, match="epsilon"):
        keep_probability_binary(epsilon)
    with pytest.raises(ValueError, match="epsilon"):
        randomize_category("a", ["a", "b"], epsilon)


def test_category_validation_messages():
    with pytest.raises(ValueError, match=r"'z' is not one of the possible answers \(a, b, c\)"):
        randomize_category("z", ["a", "b", "c"], LN3)
    with pytest.raises(ValueError, match="at least two possible answers"):
        randomize_category("a", ["a"], LN3)
    with pytest.raises(ValueError, match="at least two possible answers"):
        keep_probability_kary(LN3, 1)
    with pytest.raises(ValueError, match="names a more than once"):
        randomize_category("a", ["a", "b", "a"], LN3)
    with pytest.raises(ValueError, match="single text"):
        randomize_category("a", "ab", LN3)
    with pytest.raises(ValueError, match="True or False"):
        randomize_bit(1, LN3)  # type: ignore[arg-type]


def test_randomize_bit_keeps_or_flips_by_the_uniform_draw():
    assert randomize_bit(True, LN3, ScriptedRng(0.74)) is True
    assert randomize_bit(True, LN3, ScriptedRng(0.76)) is False
    assert randomize_bit(False, LN3, ScriptedRng(0.76)) is True


def test_randomize_category_replacement_is_never_the_true_value():
    rng = random.Random(7)
    domain = ["a", "b", "c", "d"]
    sent = [randomize_category("b", domain, LN3, rng) for _ in range(4000)]
    counts = Counter(sent)
    assert set(counts) == set(domain)
    assert counts["b"] / 4000 == pytest.approx(0.5, abs=0.03)  # p = 0.5 at ln 3, k = 4
    for other in ("a", "c", "d"):  # the rest split evenly, 1/6 each
        assert counts[other] / 4000 == pytest.approx(1 / 6, abs=0.025)
    assert randomize_category("b", domain, LN3, ScriptedRng(ALWAYS_CHANGE)) == "a"
    assert randomize_category("a", domain, LN3, ScriptedRng(ALWAYS_CHANGE)) == "b"


def test_flip_rate_at_ln3_is_a_quarter():
    rng = random.Random(20240611)
    trials = 40_000
    flips = sum(randomize_bit(i % 2 == 0, LN3, rng) != (i % 2 == 0) for i in range(trials))
    assert flips / trials == pytest.approx(0.25, abs=0.01)


def test_production_randomness_is_used_without_an_rng():
    sent = [randomize_bit(True, LN3) for _ in range(400)]
    assert 0 < sent.count(False) < 200  # about 100 flips; both outcomes occur


# --- memo --------------------------------------------------------------------------------------


def test_memo_same_truth_gives_same_answer_even_with_a_fresh_rng():
    memo = Memo()
    assert memo  # an empty memo is truthy: `memo or Memo()` keeps the caller's memo
    first = memo.bit("tool:chatgpt", True, LN3, ScriptedRng(ALWAYS_CHANGE))
    assert first is False
    fresh = ScriptedRng(ALWAYS_KEEP)  # would keep the truth if asked
    assert memo.bit("tool:chatgpt", True, LN3, fresh) is False
    assert fresh.calls == 0

    cat = memo.category("category:literacy", "basic", ["none", "basic", "advanced"], LN3, ScriptedRng(ALWAYS_CHANGE))
    assert cat == "none"
    assert (
        memo.category("category:literacy", "basic", ["advanced", "basic", "none"], LN3, ScriptedRng(ALWAYS_KEEP))
        == "none"
    )  # order of the domain does not matter


def test_memo_changed_truth_epsilon_or_domain_is_drawn_afresh_and_kept_beside_the_earlier():
    memo = Memo()
    assert memo.bit("pays", True, LN3, ScriptedRng(ALWAYS_CHANGE)) is False
    assert memo.bit("pays", False, LN3, ScriptedRng(ALWAYS_KEEP)) is False  # new truth, drawn afresh
    assert memo.bit("pays", False, LN3, ScriptedRng(ALWAYS_CHANGE)) is False  # unchanged: memoized
    assert memo.bit("pays", True, LN3, ScriptedRng(ALWAYS_KEEP)) is False  # back to the first truth: its draw
    assert memo.bit("pays", False, 2.0, ScriptedRng(ALWAYS_CHANGE)) is True  # new epsilon
    assert memo.draws("pays") == 3

    domain = ["a", "b", "c"]
    assert memo.category("cat", "b", domain, LN3, ScriptedRng(ALWAYS_CHANGE)) == "a"
    assert memo.category("cat", "c", domain, LN3, ScriptedRng(ALWAYS_KEEP)) == "c"
    assert memo.category("cat", "b", domain, LN3, ScriptedRng(ALWAYS_KEEP)) == "a"  # the draw for "b" again
    assert memo.category("cat", "c", ["a", "b", "c", "d"], LN3, ScriptedRng(ALWAYS_CHANGE)) == "a"
    assert memo.keys() == ["cat", "pays"] and "cat" in memo


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=50, max_size=400), st.integers(0, 2**32 - 1))
def test_toggling_an_answer_sends_at_most_one_value_per_true_value(truths, seed):
    """The averaging attack: however often an answer is changed and changed back, each true value is
    always sent as the same randomized answer, so nothing is there to average."""
    memo = Memo()
    rng = random.Random(seed)
    sent_for: dict[tuple[str, object], set[object]] = defaultdict(set)
    for truth in truths:
        bit_truth = truth in ("a", "b")
        sent_for[("bit", bit_truth)].add(memo.bit("item", bit_truth, LN3, rng))
        sent_for[("cat", truth)].add(memo.category("cat", truth, ["a", "b", "c", "d"], LN3, rng))
    assert all(len(values) == 1 for values in sent_for.values()), sent_for
    assert memo.draws("item") == len({truth in ("a", "b") for truth in truths})
    assert memo.draws("cat") == len(set(truths))


def test_memo_validates_before_answering_from_memory():
    memo = Memo()
    memo.category("cat", "a", ["a", "b"], LN3, ScriptedRng(ALWAYS_KEEP))
    with pytest.raises(ValueError, match="not one of the possible answers"):
        memo.category("cat", "z", ["a", "b"], LN3)
    with pytest.raises(ValueError, match="epsilon"):
        memo.bit("x", True, 0)
    with pytest.raises(ValueError, match="non-empty text key"):
        memo.bit("", True, LN3)


def test_memo_round_trips_through_json():
    memo = Memo()
    memo.bit("tool:a", True, LN3, ScriptedRng(ALWAYS_CHANGE))
    memo.bit("tool:a", False, LN3, ScriptedRng(ALWAYS_KEEP))
    memo.bit("tool:b", False, LN3, ScriptedRng(ALWAYS_KEEP))
    memo.category("category:spend_band", "none", ["none", "low", "high"], LN3, ScriptedRng(ALWAYS_CHANGE))
    data = json.loads(json.dumps(memo.to_dict()))
    assert data["version"] == 2
    assert set(data["items"]) == {"tool:a", "tool:b", "category:spend_band"}
    assert sorted(data["items"]["tool:a"].values()) == [False, False]
    assert list(data["items"]["category:spend_band"].values()) == ["low"]
    assert all(len(fp) == 16 for draws in data["items"].values() for fp in draws)

    restored = Memo.from_dict(data)
    assert restored.to_dict() == memo.to_dict()
    assert restored.bit("tool:a", True, LN3, ScriptedRng(ALWAYS_KEEP)) is False
    assert restored.bit("tool:a", False, LN3, ScriptedRng(ALWAYS_CHANGE)) is False
    assert (
        restored.category("category:spend_band", "none", ["none", "low", "high"], LN3, ScriptedRng(ALWAYS_KEEP))
        == "low"
    )
    assert restored.bit("tool:b", True, LN3, ScriptedRng(ALWAYS_KEEP)) is True  # a new truth: drawn
    restored.forget("tool:a")
    assert "tool:a" not in restored


def test_memo_reads_the_one_draw_per_item_form_of_earlier_versions():
    old = Memo()
    old.bit("pays", True, LN3, ScriptedRng(ALWAYS_CHANGE))
    (fingerprint,) = old.to_dict()["items"]["pays"]
    restored = Memo.from_dict({"version": 1, "items": {"pays": {"fp": fingerprint, "sent": False}}})
    assert restored.bit("pays", True, LN3, ScriptedRng(ALWAYS_KEEP)) is False  # the earlier draw is kept
    assert restored.draws("pays") == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "not a JSON object"),
        ({"version": 3, "items": {}}, "version 3"),
        ({"version": 2}, "no 'items'"),
        ({"version": 1, "items": {"k": {"fp": "x"}}}, "'k' is not in the expected form"),
        ({"version": 1, "items": {"k": {"fp": 3, "sent": True}}}, "'k' is not in the expected form"),
        ({"version": 2, "items": {"k": "yes"}}, "'k' is not in the expected form"),
        ({"version": 2, "items": {"k": {"abc": 3}}}, "'k' is not in the expected form"),
    ],
)
def test_memo_from_dict_rejects_malformed_data(data, message):
    with pytest.raises(ValueError, match=message):
        Memo.from_dict(data)


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
        truth = dict(zip(domain, multinomial(rng, N, [shares[c] for c in domain]), strict=True))
        reported = dict.fromkeys(domain, 0)
        for c, n_c in truth.items():
            kept = binomial(rng, n_c, p)
            reported[c] += kept
            others = [o for o in domain if o != c]
            for o, moved in zip(others, multinomial_uniform(rng, n_c - kept, len(others)), strict=True):
                reported[o] += moved
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
