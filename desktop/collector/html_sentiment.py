"""The HTML report's section on sentiment and the perception gap: a chart and a table of the share agreeing
with each statement, then employees against leadership (senior leaders' own answers or the policy's
benchmark), as bars and a table with the gap in points.

One section of the page :mod:`desktop.collector.report_html` builds, drawn with the building blocks of
:class:`desktop.collector.html_page.Page`; withheld figures are written out in words there, never as numbers.
"""

from __future__ import annotations

from html import escape

from desktop.collector.html_page import Page
from desktop.collector.report_sections import GapItem, SentimentItem
from desktop.collector.report_text import percent, perception_source_text
from desktop.collector.svg_bars import MAX_LABEL, Bar, describe, figure_bar, short
from desktop.collector.vocabulary import AGREEMENT_GROUP_LABELS


def sentiment_section(page: Page) -> None:
    """The page's section on sentiment: the share agreeing with each statement, then the perception gap
    between employees and leadership (with where leadership's side comes from)."""
    report = page.report
    page.heading(2, "Sentiment and the perception gap", "sentiment")
    bars = page.bars((item.label, item.agree) for item in report.sentiment)
    page.chart("Share agreeing with each statement", describe(bars, "Agree or strongly agree."), bars)
    codes = ("disagree", "neutral", "agree")

    def cells(item: SentimentItem) -> list[str]:
        found = {cell.code: cell.figure for cell in item.distribution.cells}
        return [*(page.figure_cell(found.get(code), absent="not counted") for code in codes),
                page.n_cell(item.distribution.respondents)]

    page.table("Statements: share of those who answered (disagree and agree include “strongly”)",
               ["Statement", *(AGREEMENT_GROUP_LABELS[code] for code in codes), "Respondents (n)"],
               ((item.label, cells(item)) for item in report.sentiment))
    page.heading(3, "Perception gap: employees and leadership")
    gaps = report.perception_gap
    page.para(perception_source_text(gaps, page.k))
    if not any(gap.leadership is not None for gap in gaps):
        return
    gap_bars: list[Bar] = []
    for gap in gaps:
        statement = short(gap.label, MAX_LABEL - len(" (leadership)"))
        gap_bars.append(figure_bar(f"{statement} (employees)", gap.employees, page.k, page.currency,
                                   prefix="employees "))
        if gap.leadership_answers is not None:
            gap_bars.append(figure_bar(f"{statement} (leadership)", gap.leadership_answers, page.k, page.currency,
                                       prefix="leadership "))
        elif gap.leadership is not None:
            gap_bars.append(Bar(f"{statement} (leadership)", f"leadership {percent(gap.leadership)}",
                                gap.leadership, outline=True))
        else:
            gap_bars.append(Bar(f"{statement} (leadership)", "leadership: no benchmark", None))
    page.chart("Employees against leadership (outlined bars: the policy’s benchmark)",
               describe(gap_bars, "Share agreeing."), gap_bars)

    def gap_cells(gap: GapItem) -> list[str]:
        if gap.leadership_answers is not None:
            leadership = page.figure_cell(gap.leadership_answers)
            source = "<td>senior leaders’ answers</td>"
        elif gap.leadership is not None:
            leadership = f'<td class="num">{escape(percent(gap.leadership))}</td>'
            source = "<td>policy benchmark</td>"
        else:
            leadership, source = '<td class="withheld">no benchmark set</td>', "<td>none</td>"
        if gap.gap is not None:
            points = gap.gap * 100
            gap_cell = f'<td class="num">{points:+.0f} points</td>'
        elif gap.employees.suppressed:
            gap_cell = '<td class="withheld">not shown: the employees’ figure is withheld</td>'
        else:
            gap_cell = '<td class="withheld">no benchmark set</td>'
        return [page.figure_cell(gap.employees), leadership, source, gap_cell]

    page.table("Perception gap: share agreeing", ["Statement", "Employees", "Leadership", "Leadership from",
                                                  "Gap (leadership minus employees)"],
               ((gap.label, gap_cells(gap)) for gap in gaps))
