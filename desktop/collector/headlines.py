"""The headline figures a report leads with: the figures behind the HTML report's findings, as data.

The HTML findings are sentences; the dashboard shows the same figures as a table of label,
figure, interval and n. Both come from :func:`headline_figures`, so they cannot drift apart:
the two leading figures (any unapproved use, sensitive data into unapproved tools or personal
accounts) are always listed, withheld or too uncertain ones with the reason, and every other
headline only when the HTML findings quote it (shown, above zero, precise enough to act on).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report

OVERALL, SENSITIVE, TOP_TOOL, TOP_DATA, PAYS, SPEND_TOTAL, TOP_CANDIDATE = (
    "overall", "sensitive", "top_tool", "top_data_class", "pays_out_of_pocket", "annual_total", "top_candidate")


@dataclass(frozen=True)
class Headline:
    """One headline figure: ``key`` says which one, ``subject`` names the tool or data class it is about."""

    key: str
    figure: Figure
    subject: str | None = None


def usable(figure: Figure | None) -> bool:
    """A figure a finding may quote: shown, above zero and precise enough to act on."""
    return (figure is not None and figure.shown and not figure.too_wide and figure.estimate is not None
            and figure.estimate > 0)


def headline_figures(report: Report) -> list[Headline]:
    """The headlines in the order the HTML findings state them (empty while the report is held back)."""
    if report.notice is not None:
        return []
    heads: list[Headline] = []
    for key, figure in ((OVERALL, report.prevalence.overall), (SENSITIVE, report.prevalence.sensitive)):
        if figure is not None:
            heads.append(Headline(key, figure))
    tools = [tool for tool in report.prevalence.by_tool if usable(tool.unapproved_use)]
    if tools:
        top = max(tools, key=lambda tool: tool.unapproved_use.estimate or 0.0)
        heads.append(Headline(TOP_TOOL, top.unapproved_use, top.name))
    rows = [row for row in report.data_classes.rows if usable(row.to_unapproved)]
    if rows:
        row = max(rows, key=lambda item: item.to_unapproved.estimate or 0.0)
        heads.append(Headline(TOP_DATA, row.to_unapproved, row.label))
    spend = report.spend
    if usable(spend.pays_out_of_pocket):
        heads.append(Headline(PAYS, spend.pays_out_of_pocket))
        total = spend.annual_total
        if total.shown and total.estimate and not total.too_wide:
            heads.append(Headline(SPEND_TOTAL, total))
    candidates = [item for item in report.license_candidates if usable(item.demand)]
    if candidates:
        heads.append(Headline(TOP_CANDIDATE, candidates[0].demand, candidates[0].name))
    return heads
