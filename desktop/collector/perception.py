"""The perception gap from answers: senior leaders' view of the AI strategy against everyone else's.

Senior leaders answer the same strategy statements as everyone (they give their role level as
``senior_leader`` in the questionnaire's "About you" part). Counting keeps their answers to the
strategy statements apart from everyone else's (:func:`count_exact`, :func:`count_randomized`);
:func:`gap_items` then sets the two groups side by side, but only when the privacy rules allow
it, and otherwise falls back to the policy's leadership benchmark, saying why.

The split is shown only in the whole-campaign report, and only when

* the senior leaders' row of the participation table is shown (at least k of them, not folded
  into "Other roles" nor hidden to protect another row), and everyone else are at least k too;
* for each statement, both groups' shares pass the rules an org unit's share passes against the
  rest of the campaign (exact answers: neither group's agreeing nor non-agreeing people number
  between 1 and k-1; randomized answers: each estimate rests on at least k summaries).

Otherwise no figure of either group is shown: the employees' side is the share of all
respondents (the same figure as the sentiment table), so nothing about a small group of leaders
can be worked out by setting the two side by side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.collector.report_figure import EXACT, Figure
from desktop.collector.report_sections import FROM_ANSWERS, FROM_BENCHMARK, GapItem, SentimentItem
from desktop.core.summary_items import AGREEMENT_GROUPS, SENTIMENT_DOMAIN

#: The role level whose answers stand for leadership's view.
LEADER = "senior_leader"
LEADERS, STAFF = "lead", "staff"
#: The statements both groups answer (the questionnaire's strategy page).
STATEMENTS = ("strategy_clear", "strategy_successful", "strategy_inclusive")
#: Why leaders' own answers were not used (``GapItem.fallback``).
UNIT_REPORT, NO_LEADERS, LEADERS_SMALL, STAFF_SMALL, WITHHELD = (
    "unit_report", "no_leaders", "leaders_fewer_than_k", "employees_fewer_than_k", "withheld")
_AGREE = "agree"


def side_of(group_info: Mapping[str, Any]) -> str:
    """Which side of the gap a summary counts on: senior leaders, or everyone else."""
    return LEADERS if group_info.get("role_level") == LEADER else STAFF


def count_exact(events: list[tuple[str, Any] | None], sentiment: Mapping[str, str], side: str) -> None:
    """Queue an exact summary's strategy answers for its side (``perception_lead`` / ``perception_staff``)."""
    family = f"perception_{side}"
    for item in STATEMENTS:
        answer = sentiment.get(item)
        if answer in AGREEMENT_GROUPS:
            events.append((family, f"{item}|{AGREEMENT_GROUPS[answer]}"))


def count_randomized(pending: defaultdict[str, list[Any]], randomized: Mapping[str, Any], side: str) -> None:
    """Queue a randomized summary's strategy answers (already collapsed to agreement groups) for its side."""
    sentiment = randomized.get("sentiment") or {}
    for item in STATEMENTS:
        if item in sentiment:
            pending[f"perception_{side}:{item}"].append(sentiment[item])


def _group_reason(builder: Any) -> str | None:
    """Why the report cannot split respondents into leaders and everyone else, or None if it can."""
    if builder.withheld:
        return WITHHELD
    if builder.org_unit is not None:
        return UNIT_REPORT
    leaders = builder.sel.common.get("role_level", LEADER)
    if leaders == 0:
        return NO_LEADERS
    if leaders >= builder.k and builder.sel.n - leaders < builder.k:
        return STAFF_SMALL
    cell = next((cell for cell in builder.participation().by_role_level if cell.code == LEADER), None)
    if leaders < builder.k or cell is None or not cell.figure.shown:
        return LEADERS_SMALL
    return None


def _exact_pair(builder: Any, item: str) -> tuple[Figure, Figure]:
    """Both groups' exact shares agreeing, each checked against the other as a unit against the rest."""
    counts = {}
    for side in (LEADERS, STAFF):
        family = builder.sel.common.family(f"perception_{side}")
        answered = sum(family.get(f"{item}|{group}", 0) for group in ("disagree", "neutral", "agree"))
        counts[side] = (family.get(f"{item}|{_AGREE}", 0), answered)
    lead, staff = counts[LEADERS], counts[STAFF]
    return (builder.exact_share(*lead, [staff, (0, 0)]), builder.exact_share(*staff, [lead, (0, 0)]))


def _randomized_pair(builder: Any, item: str, label: str) -> tuple[Figure, Figure]:
    figures = []
    for side in (LEADERS, STAFF):
        distribution = builder.categorical(f"perception_{side}:{item}", SENTIMENT_DOMAIN, label, {})
        cell = distribution.cell(_AGREE)
        figures.append(cell.figure if cell is not None else builder.hidden())
    return figures[0], figures[1]


def gap_items(builder: Any, sentiment: Sequence[SentimentItem], items: Sequence[str] = STATEMENTS
              ) -> tuple[GapItem, ...]:
    """One gap per statement: from leaders' answers where allowed, else from the policy's benchmark.

    ``builder`` is the aggregation's report builder (it holds the counts and the privacy rules).
    """
    benchmark = builder.policy.leadership_benchmark
    by_id = {item.id: item for item in sentiment}
    reason = _group_reason(builder)
    gaps = []
    for item in items:
        label = builder.question_label(item)
        everyone = by_id[item].agree if item in by_id else builder.hidden(method=EXACT)
        why = reason
        if why is None:
            if builder.sel.randomized():
                lead, staff = _randomized_pair(builder, item, label)
            else:
                lead, staff = _exact_pair(builder, item)
            if lead.shown and staff.shown and lead.estimate is not None and staff.estimate is not None:
                gaps.append(GapItem(item, label, staff, lead.estimate, lead.estimate - staff.estimate,
                                    FROM_ANSWERS, lead))
                continue
            why = WITHHELD
        leadership = getattr(benchmark, item, None)
        gap = None
        if leadership is not None and everyone.shown and everyone.estimate is not None:
            gap = leadership - everyone.estimate
        gaps.append(GapItem(item, label, everyone, leadership, gap, FROM_BENCHMARK, None, why))
    return tuple(gaps)
