"""The simulation of benchmarks/bench_privacy.py, smaller: the mechanism keeps the truth as often as it
says, every summary has the same keys, and the headline figures stay usable at n = 1,000."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import bench_privacy  # noqa: E402


def test_every_randomized_answer_is_kept_at_the_mechanisms_rate_and_the_shape_never_varies():
    result = bench_privacy.simulate(installs=3000, seed=11)
    assert result["cases"] == 5 and result["items_checked"] >= 5 * 90
    assert result["worst_keep_rate_z"] < 4.5, result["worst_z_per_case"]
    assert result["distinct_shapes"] == 1


def test_headline_figures_at_a_thousand_respondents_are_within_eight_points():
    assert bench_privacy.headline_halfwidth(campaigns=1) <= 8
