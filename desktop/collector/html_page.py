"""The building blocks of the HTML report: a page that escapes every text it is given, and its stylesheet.

:class:`Page` holds what each section of :mod:`desktop.collector.report_html` (and the org units'
section, :func:`desktop.collector.unit_report.html_section`) is made of: headings, paragraphs,
tables with captions and header cells, a figure's table cell in words, a chart with its caption,
and a single-choice or multiple-choice question as chart and table. Every text that reaches the
page passes through ``escape``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from desktop.collector import privacy_rules as rules
from desktop.collector.report_figure import Distribution, Figure, MultiChoice
from desktop.collector.report_model import Report
from desktop.collector.report_text import figure_text, withheld_text
from desktop.collector.svg_bars import Bar, ChartEmbed, bar_chart, describe, figure_bar

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1a1a1a; background: #ffffff; line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #c8d3df; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
p.lead { font-size: 1.05rem; }
.findings { background: #f4f7fb; border-left: 4px solid #8eabc9; padding: 0.6rem 1.2rem; }
.actions { border-left: 4px solid #6b9a6b; padding: 0.2rem 1.2rem; }
.actions li { margin-bottom: 0.4rem; }
.notice { background: #fff8e6; border: 1px solid #e3c77d; padding: 0.6rem 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.4rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #cfd6de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.withheld { font-style: italic; color: #4d4d4d; }
.wide { font-style: italic; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.9rem; color: #333333; }
svg.chart { max-width: 100%; height: auto; }
.method dt { font-weight: bold; margin-top: 0.5rem; }
.method dd { margin-left: 1.2rem; }
footer { margin-top: 2.5rem; font-size: 0.9rem; color: #333333; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table, figure, .findings, .actions li { break-inside: avoid; page-break-inside: avoid; }
}
"""


class Page:
    """Collects the page's parts; every text that reaches it passes through ``escape``."""

    def __init__(self, report: Report, embed: ChartEmbed):
        self.report = report
        self.k = report.k
        self.currency = report.currency
        self.embed = embed
        self.parts: list[str] = []
        self.charts = 0

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def heading(self, level: int, text: str, anchor: str | None = None) -> None:
        anchor_attr = f' id="{escape(anchor)}"' if anchor else ""
        self.add(f"<h{level}{anchor_attr}>{escape(text)}</h{level}>")

    def para(self, text: str, css: str | None = None) -> None:
        css_attr = f' class="{css}"' if css else ""
        self.add(f"<p{css_attr}>{escape(text)}</p>")

    def figure_cell(self, figure: Figure | None, *, absent: str = "not asked") -> str:
        if figure is None:
            return f'<td class="withheld">{escape(absent)}</td>'
        text = escape(figure_text(figure, self.k, self.currency))
        if figure.suppressed:
            return f'<td class="withheld">{text}</td>'
        css = "num wide" if figure.too_wide else "num"
        return f'<td class="{css}">{text}</td>'

    def table(self, caption: str, headers: Sequence[str], rows: Iterable[tuple[str, Sequence[str]]]) -> None:
        """A table whose first column names each row; ``rows`` hold the row name and ready-made ``<td>`` cells."""
        head = "".join(f'<th scope="col">{escape(header)}</th>' for header in headers)
        body = "".join(f'<tr><th scope="row">{escape(name)}</th>{"".join(cells)}</tr>' for name, cells in rows)
        self.add(f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
                 f"<tbody>{body}</tbody></table>")

    def chart(self, title: str, description: str, bars: Sequence[Bar], *, kind: str = "share",
              note: str | None = None) -> None:
        if not bars:
            return
        self.charts += 1
        chart = bar_chart(f"chart-{self.charts}", title, description, bars, kind=kind, currency=self.currency)
        caption = escape(title) + (f". {escape(note)}" if note else "")
        self.add(f"<figure>{self.embed(chart)}<figcaption>{caption}</figcaption></figure>")

    def bars(self, cells: Iterable[tuple[str, Figure]]) -> list[Bar]:
        return [figure_bar(label, figure, self.k, self.currency) for label, figure in cells]

    def text(self, figure: Figure) -> str:
        return figure_text(figure, self.k, self.currency)

    def n_cell(self, figure: Figure) -> str:
        if figure.suppressed:
            return f'<td class="withheld">{escape(withheld_text(figure, self.k))}</td>'
        return f'<td class="num">{figure.n or 0:,}</td>'

    # -- a question as chart and table ---------------------------------------------------------------

    def distribution(self, distribution: Distribution, title: str, *, chart: bool = True) -> None:
        self.heading(3, title)
        self.para(self.answered(distribution.respondents))
        bars = self.bars((cell.label, cell.figure) for cell in distribution.cells)
        if chart:
            self.chart(f"{title} (share of those who answered)", describe(bars, distribution.label), bars)
        self.table(distribution.label, ["Answer", "Share", "Respondents (n)"],
                   ((cell.label, [self.figure_cell(cell.figure), self.n_cell(cell.figure)])
                    for cell in distribution.cells))

    def multi_choice(self, item: MultiChoice, title: str) -> None:
        self.heading(3, title)
        self.para(self.answered(item.respondents) + " People could choose several answers, so the shares do not "
                  "add up to 100%.")
        bars = self.bars((cell.label, cell.figure) for cell in item.options)
        self.chart(f"{title} (share of respondents)", describe(bars, item.label), bars)
        self.table(item.label, ["Answer", "Share", "Respondents (n)"],
                   ((cell.label, [self.figure_cell(cell.figure), self.n_cell(cell.figure)])
                    for cell in item.options))

    def answered(self, respondents: Figure) -> str:
        if respondents.suppressed and respondents.reason == rules.COMPLEMENTARY:
            return ("Nothing of this question is shown, not even how many answered it: no part of it could be "
                    "shown without letting a small group be worked out.")
        if respondents.suppressed:
            return f"Answered by {withheld_text(respondents, self.k)} respondents."
        return f"Answered by {respondents.n or 0:,} respondents."

