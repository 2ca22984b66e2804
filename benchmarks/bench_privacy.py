"""Privacy simulation: the mechanism keeps the truth as often as it says, the shape never varies, and the
headline figures stay usable.

Run: ``.venv/bin/python benchmarks/bench_privacy.py`` (about a minute and a half on two cores). Not a
timing benchmark: a simulation with the real summary builder (:func:`desktop.core.summary.build_summary`)
under the default policy (randomized response on, epsilon = ln 3).

* **Keep rates.** For each case (no tools, one tool, twenty tools, tools typed in, everything answered)
  ``INSTALLS`` fresh installations (a fresh memo and randomness each) build the summary of the same
  answers. Each randomized answer is compared with what it would be without randomization; the share
  kept must be e^eps / (1 + e^eps) for yes/no items and e^eps / (e^eps + k - 1) for an item with k
  values, within sampling error. The largest deviation, in standard errors, is reported.
* **Shape.** Every summary of every case has the same set of keys (org unit aside).
* **Headline intervals.** ``CAMPAIGNS`` campaigns of 1,000 simulated employees (the demo population),
  aggregated as the collector does: the widest 95% interval half-width of the two headline figures
  (any unapproved tool; sensitive data into an unapproved tool or personal account), in points.
"""

from __future__ import annotations

import math
import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report  # noqa: E402

INSTALLS = 20_000
CAMPAIGNS = 10
CAMPAIGN_SIZE = 1_000


class _Keep:
    """A random source that always keeps the true answer: what a summary says before randomization."""

    def random(self) -> float:
        return 0.0

    def choice(self, seq):  # pragma: no cover - never reached: the truth is always kept
        return seq[0]


def _cases(catalog) -> dict[str, dict[str, Any]]:
    twenty = list(catalog.ids())[:20]
    many: dict[str, Any] = {"tools_used": twenty}
    for tool in twenty:
        many |= {f"account_kind@{tool}": "personal_paid", f"data_classes@{tool}": ["credentials", "health"],
                 f"spend@{tool}": "over_100"}
    return {
        "no tools": {"tools_used": ["none"]},
        "one tool": {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free",
                     "data_classes@chatgpt": ["customer_personal"]},
        "twenty tools": many,
        "typed-in tools": {"tools_used": ["other-1"], "account_kind@other-1": "personal_paid",
                           "data_classes@other-1": ["source_code"]},
        "everything answered": {
            "tools_used": ["chatgpt", "github-copilot"], "account_kind@chatgpt": "personal_paid",
            "data_classes@chatgpt": ["credentials"], "spend@chatgpt": "10_25", "reasons": ["approval_too_slow"],
            "literacy": "basic", "policy_awareness": "heard_of_it", "training_received": "none",
            "training_wanted": ["prompting"], "training_formats": ["workshops"],
            "training_on_work_time": "yes_needed", "strategy_clear": "disagree", "pressure_to_overstate": "agree"},
    }


def _leaves(value: Any, path: str = "") -> Iterable[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}")
    else:
        yield path, value


def simulate(installs: int = INSTALLS, seed: int = 7) -> dict[str, Any]:
    """Keep rates and shapes for every case; see the module docstring."""
    from desktop.core.answers import Answers
    from desktop.core.catalog import load_catalog
    from desktop.core.navigation import Navigator
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.core.randomized_response import Memo
    from desktop.core.rr_parameters import keep_probability_binary, keep_probability_kary
    from desktop.core.summary import BuildContext, Choices, build_summary
    from desktop.core.summary_items import randomized_items

    questionnaire, catalog, policy = load_questionnaire(), load_catalog(), Policy.defaults()
    epsilon = policy.privacy.epsilon
    items = randomized_items(questionnaire, catalog, policy)
    sizes: dict[str, int] = {f".categories.{name}": len(domain) for name, domain in items.categories.items()}
    sizes |= {f".training.{name}": len(domain) for name, domain in items.training_single.items()}
    sizes |= {f".sentiment.{name}": 4 for name in items.sentiment}
    sizes |= {f".workplace.{name}": len(domain) for name, domain in items.workplace_single.items()}
    shapes: set[frozenset[str]] = set()
    worst_z, checked = 0.0, 0
    per_case: dict[str, float] = {}
    rng = random.Random(seed)
    navigator = Navigator(questionnaire)
    for case, values in _cases(catalog).items():
        answers = Answers(dict(values))
        if "other-1" in values["tools_used"]:
            answers.add_other_tool("Acme Writer", "writing")
        effective = navigator.effective_answers(answers)
        choices = Choices(frozenset({"sentiment"}))

        def build(source, memo, effective=effective, answers=answers, choices=choices):
            ctx = BuildContext(questionnaire, catalog, policy, "1.0.0", "ab" * 16, memo, source)
            return build_summary(effective, answers.other_tools, ctx, choices)

        truth = dict(_leaves(build(_Keep(), Memo())["randomized"]))
        kept: dict[str, int] = defaultdict(int)
        for _ in range(installs):
            summary = build(random.Random(rng.getrandbits(64)), Memo())
            shapes.add(frozenset(path for path, _value in _leaves({k: v for k, v in summary.items() if k != "group"})))
            for path, value in _leaves(summary["randomized"]):
                kept[path] += value == truth[path]
        case_worst = 0.0
        for path, count in kept.items():
            p = keep_probability_binary(epsilon) if path not in sizes else keep_probability_kary(epsilon, sizes[path])
            z = abs(count / installs - p) / math.sqrt(p * (1 - p) / installs)
            case_worst = max(case_worst, z)
            checked += 1
        per_case[case] = round(case_worst, 2)
        worst_z = max(worst_z, case_worst)
    return {"installs_per_case": installs, "cases": len(per_case), "items_checked": checked,
            "worst_keep_rate_z": round(worst_z, 2), "worst_z_per_case": per_case,
            "distinct_shapes": len(shapes), "randomized_items": items.count}


def headline_halfwidth(campaigns: int = CAMPAIGNS, size: int = CAMPAIGN_SIZE, seed: str = "headline") -> float:
    """The widest 95% half-width, in percentage points, of the two headline figures over ``campaigns``."""
    from desktop.collector.aggregate import aggregate
    from desktop.core.catalog import load_catalog
    from desktop.core.policy import Policy
    from desktop.core.questionnaire_loader import load_questionnaire
    from desktop.demo.population import population_summaries

    questionnaire, catalog, policy = load_questionnaire(), load_catalog(), Policy.defaults()
    worst = 0.0
    for campaign in range(campaigns):
        summaries = population_summaries(questionnaire, catalog, policy, size, f"{seed}:{campaign}")
        prevalence = aggregate(summaries, questionnaire, catalog, policy).prevalence
        for figure in (prevalence.overall, prevalence.sensitive):
            assert figure is not None and figure.shown and figure.ci_low is not None and figure.ci_high is not None
            half = max(figure.ci_high - figure.estimate, figure.estimate - figure.ci_low)  # the wider, unclipped side
            worst = max(worst, half * 100)
    return round(worst, 2)


def measure(installs: int = INSTALLS) -> dict[str, Any]:
    simulated = simulate(installs)
    return {
        "rr_installs_per_case": simulated["installs_per_case"],
        "rr_worst_keep_rate_z": simulated["worst_keep_rate_z"],
        "rr_items_checked": simulated["items_checked"],
        "rr_distinct_shapes": simulated["distinct_shapes"],
        "rr_randomized_items": simulated["randomized_items"],
        "headline_halfwidth_n1000_points": headline_halfwidth(),
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
