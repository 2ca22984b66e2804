"""Randomized response on the laptop: keep probabilities, validation, the mechanisms and memoization."""

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
