"""The change between campaigns: for each headline figure and each tool, the difference with a 95% interval.

Each campaign's report is built under that campaign's own privacy rules and passes the release
ledger before it is compared, so a trend never shows a figure its own report withholds: a figure
withheld in either campaign is not compared (the row says which campaign withheld it). Campaigns
whose questionnaire versions or privacy mechanisms differ are compared only on the figures both
reports carry, and :attr:`Trend.note` says so and names what was left out.

The interval of a difference treats the two campaigns as independent samples: each figure's
standard error is taken from its own 95% interval (randomized-response estimates) or, for a
share counted exactly, from the binomial sampling error ``sqrt(p (1 - p) / n)``; the
difference's interval is ``d ± 1.96 sqrt(se_a² + se_b²)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from desktop.collector.headlines import OVERALL, PAYS, SENSITIVE
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report

Z95 = 1.959963984540054
#: The names of the figures every report has (keys of desktop.collector.headlines), as the trends and the org
#: units side by side call them.
NAMES = {OVERALL: "Used at least one AI tool that is not approved",
         SENSITIVE: "Put sensitive data into an unapproved tool or a personal account",
         PAYS: "Pay for AI tools out of their own pocket"}
#: Why a figure is not compared: withheld in the earlier or the later campaign, or asked in only one.
WITHHELD_EARLIER, WITHHELD_LATER, NOT_SHARED = "withheld_earlier", "withheld_later", "not_shared"


@dataclass(frozen=True)
class Campaign:
    """One campaign's report (already released by the ledger) and what it was asked with."""

    id: str
    report: Report
    questionnaire_version: str = ""


@dataclass(frozen=True)
class Change:
    """One figure's change from ``earlier`` to ``later``; ``difference`` is later minus earlier (shares)."""

    key: str
    label: str
    earlier: Figure | None
    later: Figure | None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    reason: str | None = None
    too_wide: bool = False

    @property
    def compared(self) -> bool:
        return self.difference is not None


@dataclass(frozen=True)
class Trend:
    earlier: str
    later: str
    changes: tuple[Change, ...]
    #: Set when the campaigns differ in questionnaire version or mechanism: what was compared.
    note: str | None = None


def standard_error(figure: Figure) -> float | None:
    """A shown share's standard error: from its interval, or binomial for an exact count."""
    if figure.suppressed or figure.estimate is None:
        return None
    if figure.ci_low is not None and figure.ci_high is not None:
        return (figure.ci_high - figure.ci_low) / (2 * Z95)
    if figure.n:
        p = min(max(figure.estimate, 0.0), 1.0)
        return math.sqrt(p * (1 - p) / figure.n)
    return None


def change(key: str, label: str, earlier: Figure | None, later: Figure | None) -> Change:
    """The difference of two figures with its interval, or why it is not compared."""
    if earlier is None or later is None:
        return Change(key, label, earlier, later, reason=NOT_SHARED)
    if earlier.suppressed or earlier.estimate is None:
        return Change(key, label, earlier, later, reason=WITHHELD_EARLIER)
    if later.suppressed or later.estimate is None:
        return Change(key, label, earlier, later, reason=WITHHELD_LATER)
    difference = later.estimate - earlier.estimate
    se_a, se_b = standard_error(earlier), standard_error(later)
    if se_a is None or se_b is None:
        return Change(key, label, earlier, later, difference)
    half = Z95 * math.sqrt(se_a ** 2 + se_b ** 2)
    return Change(key, label, earlier, later, difference, difference - half, difference + half,
                  too_wide=earlier.too_wide or later.too_wide)


def _figures(report: Report) -> dict[str, tuple[str, Figure | None]]:
    figures: dict[str, tuple[str, Figure | None]] = {
        OVERALL: (NAMES[OVERALL], report.prevalence.overall),
        SENSITIVE: (NAMES[SENSITIVE], report.prevalence.sensitive),
        PAYS: (NAMES[PAYS], report.spend.pays_out_of_pocket),
    }
    for tool in report.prevalence.by_tool:
        if tool.unapproved_use.reason != "approved":
            figures[f"tool:{tool.id}"] = (f"Used {tool.name} without approval", tool.unapproved_use)
    for row in report.data_classes.rows:
        figures[f"data:{row.code}"] = (f"Put {row.label} into an unapproved tool", row.to_unapproved)
    return {key: value for key, value in figures.items() if value[1] is not None}


def trend(earlier: Campaign, later: Campaign) -> Trend:
    """Every figure of the two campaigns' reports, compared where both show it."""
    before, after = _figures(earlier.report), _figures(later.report)
    differs = []
    if earlier.questionnaire_version != later.questionnaire_version:
        differs.append(f"questionnaire versions {earlier.questionnaire_version or '?'} and "
                       f"{later.questionnaire_version or '?'}")
    if earlier.report.method.mechanism != later.report.method.mechanism:
        differs.append(f"mechanisms {earlier.report.method.mechanism} and {later.report.method.mechanism}")
    shared = [key for key in before if key in after]
    only = sorted(set(before) ^ set(after))
    changes = [change(key, after[key][0], before[key][1], after[key][1]) for key in shared]
    note = None
    if differs or only:
        note = (f"{earlier.id} and {later.id} " + ("used different " + " and ".join(differs) + "; they "
                                                    if differs else "") +
                f"are compared only on the {len(shared)} figures both reports carry")
        if only:
            note += "; left out: " + ", ".join((before.get(key) or after[key])[0] for key in only)
        note += "."
    return Trend(earlier.id, later.id, tuple(changes), note)


def trends(campaigns: list[Campaign]) -> list[Trend]:
    """Each campaign against the one before it, in the order given (oldest first)."""
    return [trend(a, b) for a, b in pairwise(campaigns)]
