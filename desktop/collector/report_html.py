"""The report as one self-contained HTML file: findings first, then every aggregate, with inline SVG charts.

``render_html(report, organization=...)`` returns the page; :func:`write_html` writes it. The page
needs nothing else: no script, no stylesheet or font to fetch, no link to follow; the charts are
inline SVG (horizontal bars, with whiskers for 95% intervals), and every chart has a table with
the same figures beside it. It reads aloud and prints well: headings in order, tables with
captions and header cells, charts with ``role="img"``, a ``<title>`` and a ``<desc>`` listing the
values, and nothing told by colour alone (withheld figures are written out, too-wide intervals
are dashed and say so).

Privacy. The page is built from the :class:`~desktop.collector.aggregate.Report` alone: figures
the aggregation withheld are printed as "fewer than k", "withheld (so a hidden group cannot be
worked out)" or "withheld (fewer than k outside this org unit)", never as a number and never left
blank, and the plain-language findings are written only from figures that are shown. No summary,
answer or submission id is in a report, so none can reach the page.

The same wording serves the other writers: :func:`figure_text` and :func:`withheld_text` (CSV),
and :func:`render_html` with ``embed_chart`` (the PDF writer draws each chart as an image).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from desktop.collector import privacy_rules as rules
from desktop.collector import unit_report
from desktop.collector.actions import recommended_actions
from desktop.collector.headlines import usable
from desktop.collector.report_files import ReportWriteError, write_report_bytes, write_report_file  # noqa: F401
from desktop.collector.report_model import (
    AMOUNT,
    APPROVED,
    COUNT,
    EXACT,
    RANDOMIZED_RESPONSE,
    CategoryFigure,
    Cell,
    DataClassRow,
    Distribution,
    Figure,
    GapItem,
    LicenseCandidate,
    MultiChoice,
    Report,
    SentimentItem,
    ToolFigure,
)
from desktop.collector.turnout import warning
from desktop.collector.vocabulary import STATUS_LABELS

__all__ = [
    "COMPLEMENTARY_TEXT",
    "Chart",
    "ChartEmbed",
    "band_text",
    "figure_text",
    "findings",
    "inline_svg",
    "interval_text",
    "percent",
    "render_html",
    "title_of",
    "withheld_text",
    "write_html",
    "write_report_bytes",
    "write_report_file",
]

COMPLEMENTARY_TEXT = "withheld (so a hidden group cannot be worked out)"
#: An approved tool's "used without approval" is false by definition, so no summary asks it.
APPROVED_TEXT = "approved (not asked)"
TOO_WIDE_TEXT = "interval too wide to act on"
MECHANISM_TEXT = {
    RANDOMIZED_RESPONSE: "randomized response",
    EXACT: "exact answers (no randomization)",
}
#: The chart of tools shows this many tools with the highest figures; the table lists all.
TOP_TOOLS = 15
MAX_FINDINGS = 6


# --- words for figures ----------------------------------------------------------------------------


def withheld_text(figure: Figure, k: int) -> str:
    """What a withheld figure reads as: "fewer than k", withheld to protect another cell, or (in an
    org-unit report) withheld because the rest of the campaign has fewer than k there."""
    if figure.reason == rules.COMPLEMENTARY:
        return COMPLEMENTARY_TEXT
    if figure.reason == APPROVED:
        return APPROVED_TEXT
    if figure.reason == rules.REST_FEWER_THAN_K:
        return f"withheld (fewer than {k} outside this org unit)"
    return f"fewer than {k}"


def percent(share: float | None) -> str:
    """``0.4823`` -> ``48%``; a share above zero but below half a percent reads "under 1%"."""
    if share is None:
        return "not available"
    if 0 < share < 0.005:
        return "under 1%"
    return f"{share * 100:.0f}%"


def money(amount: float | None, currency: str) -> str:
    if amount is None:
        return "not available"
    return f"{currency} {amount:,.0f}"


def _value(value: float | None, kind: str, currency: str) -> str:
    if kind == AMOUNT:
        return money(value, currency)
    if kind == COUNT:
        return "not available" if value is None else f"{value:,.0f}"
    return percent(value)


def _has_interval(figure: Figure) -> bool:
    return figure.ci_low is not None and figure.ci_high is not None


def interval_text(figure: Figure, currency: str = "") -> str:
    """The 95% interval as ``41–55%`` (or amounts), or "" when the figure has none."""
    if figure.suppressed or not _has_interval(figure):
        return ""
    if figure.kind == AMOUNT:
        return f"{money(figure.ci_low, currency)} to {money(figure.ci_high, currency)}"
    if figure.kind == COUNT:
        return f"{figure.ci_low:,.0f}–{figure.ci_high:,.0f}"
    return f"{percent(figure.ci_low).removesuffix('%')}–{percent(figure.ci_high)}"


def band_text(figure: Figure, currency: str = "") -> str:
    """A banded amount in words: ``EUR 0 to EUR 5,000``."""
    return f"{money(figure.band_low, currency)} to {money(figure.band_high, currency)}"


def figure_text(figure: Figure, k: int, currency: str = "") -> str:
    """One figure in words for a table cell: ``48% (41–55%)``, ``85``, ``EUR 138``, ``EUR 0 to EUR 5,000``
    (an amount known only as a band), or why it is withheld."""
    if figure.suppressed:
        return withheld_text(figure, k)
    if figure.banded:
        return band_text(figure, currency)
    text = _value(figure.estimate, figure.kind, currency)
    interval = interval_text(figure, currency)
    if interval:
        text += f" ({interval})"
    if figure.too_wide:
        text += f", {TOO_WIDE_TEXT}"
    return text


def _usable(figure: Figure | None) -> bool:
    """A figure a finding may quote (the same rule the dashboard's headline figures use)."""
    return usable(figure)


def _of_respondents(figure: Figure) -> str:
    """"About 48% of respondents (95% interval 41–55%)" or "39% of respondents (116 of 300)"."""
    if _has_interval(figure):
        return f"About {percent(figure.estimate)} of respondents (95% interval {interval_text(figure)})"
    if figure.count is not None and figure.n:
        return f"{percent(figure.estimate)} of respondents ({figure.count:,} of {figure.n:,})"
    return f"{percent(figure.estimate)} of respondents"


def _share_words(figure: Figure) -> str:
    """"19%" for a count, "about 19%" for an estimate."""
    return ("about " if _has_interval(figure) else "") + percent(figure.estimate)


def _lower_first(label: str) -> str:
    """"Customer personal data" -> "customer personal data"; "M&A plans" stays as it is."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


# --- findings -------------------------------------------------------------------------------------


def findings(report: Report) -> list[str]:
    """Three to six plain sentences on what matters most, written only from figures the report shows.

    A figure that is withheld, zero, or whose interval is too wide to act on is never quoted.
    When nothing qualifies, the one sentence says so.
    """
    if report.notice is not None:
        return [report.notice.text]
    sentences: list[str] = []
    overall = report.prevalence.overall
    if _usable(overall):
        assert overall is not None
        sentences.append(f"{_of_respondents(overall)} used at least one AI tool that is not approved.")
    sensitive = report.prevalence.sensitive
    if _usable(sensitive):
        assert sensitive is not None
        sentences.append(f"{_of_respondents(sensitive)} put sensitive data (anything but public information) into "
                         "an AI tool that is not approved or into a personal account.")
    tools = [tool for tool in report.prevalence.by_tool if _usable(tool.unapproved_use)]
    if tools:
        top = max(tools, key=lambda tool: tool.unapproved_use.estimate or 0.0)
        sentences.append(f"{_of_respondents(top.unapproved_use)} used {top.name} without approval, the "
                         "highest share of any tool.")
    rows = [row for row in report.data_classes.rows if _usable(row.to_unapproved)]
    if rows:
        row = max(rows, key=lambda item: item.to_unapproved.estimate or 0.0)
        sentences.append(f"{_of_respondents(row.to_unapproved)} put {_lower_first(row.label)} into an AI tool "
                         "that is not approved.")
    spend = report.spend
    if _usable(spend.pays_out_of_pocket):
        sentence = f"{_of_respondents(spend.pays_out_of_pocket)} pay for AI tools out of their own pocket"
        total = spend.annual_total
        if total.shown and total.estimate and not total.too_wide:
            sentence += f"; together an estimated {money(total.estimate, spend.currency)} a year"
            if _has_interval(total):
                sentence += f" (95% interval {interval_text(total, spend.currency)})"
            sentence += ", estimated from monthly spend bands"
        sentences.append(sentence + ".")
    candidates = [item for item in report.license_candidates if _usable(item.demand)]
    if candidates:
        top_candidate = candidates[0]
        if top_candidate.basis == "pays_personally":
            sentence = (f"{top_candidate.name} leads the license candidates: {_share_words(top_candidate.demand)}"
                        " of respondents pay for it themselves")
            spent = top_candidate.annual_out_of_pocket
            if spent is not None and spent.banded:
                sentence += (f", together somewhere between {money(spent.band_low, report.currency)} and "
                             f"{money(spent.band_high, report.currency)} a year out of their own pockets")
            elif spent is not None and spent.shown and spent.estimate:
                sentence += f", about {money(spent.estimate, report.currency)} a year out of their own pockets"
        else:
            sentence = (f"{top_candidate.name} leads the license candidates: it offers a business tier that does "
                        f"not train on inputs, and {_share_words(top_candidate.demand)} of respondents "
                        "use it without approval")
        sentences.append(sentence + ".")
    gaps = [gap for gap in report.perception_gap
            if gap.gap is not None and gap.leadership is not None and _usable(gap.employees)]
    if gaps:
        gap = max(gaps, key=lambda item: abs(item.gap or 0.0))
        sentences.append(f"“{gap.label.rstrip('.')}”: {_share_words(gap.employees)} of employees agree, "
                         f"against {percent(gap.leadership)} in leadership's benchmark.")
    reasons = [cell for cell in report.reasons.options if _usable(cell.figure)]
    if reasons:
        cell = max(reasons, key=lambda item: item.figure.estimate or 0.0)
        sentences.append(f"The most common reason for using unapproved tools is “{cell.label}” "
                         f"({_share_words(cell.figure)} of respondents).")
    wanted = [cell for cell in report.training.wanted.options if _usable(cell.figure)]
    if wanted:
        cell = max(wanted, key=lambda item: item.figure.estimate or 0.0)
        sentences.append(f"The training most wanted is “{cell.label}” ({_share_words(cell.figure)} of those "
                         "who answered).")
    if not sentences:
        return ["No figure in this report is both shown and precise enough to state as a finding yet; the "
                "tables below show what can be shown."]
    return sentences[:MAX_FINDINGS]


# --- charts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    """One chart: its SVG markup, and the title and description that say the same in words."""

    key: str
    title: str
    description: str
    svg: str
    width: int
    height: int


#: Turns a chart into the markup that stands in the page (inline SVG by default; the PDF uses images).
ChartEmbed = Callable[[Chart], str]


def inline_svg(chart: Chart) -> str:
    return chart.svg


@dataclass(frozen=True)
class _Bar:
    label: str
    text: str
    estimate: float | None
    ci_low: float | None = None
    ci_high: float | None = None
    too_wide: bool = False
    outline: bool = False


_WIDTH = 720
_LABEL_RIGHT = 262
_PLOT_LEFT = 270
_PLOT_WIDTH = 300
_ROW = 24
_BAR = 14
_TOP = 10
_AXIS = 26
_MAX_LABEL = 40


def _short(label: str, limit: int = _MAX_LABEL) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def _figure_bar(label: str, figure: Figure, k: int, currency: str, *, prefix: str = "") -> _Bar:
    if figure.suppressed:
        return _Bar(label, withheld_text(figure, k), None)
    text = prefix + _value(figure.estimate, figure.kind, currency)
    if figure.too_wide:
        text += " (too wide)"
    return _Bar(label, text, figure.estimate, figure.ci_low, figure.ci_high, figure.too_wide)


def _bar_chart(key: str, title: str, description: str, bars: Sequence[_Bar], *, kind: str = "share",
               currency: str = "") -> Chart:
    """Horizontal bars on a shared scale, each with its value written beside it and its interval as a whisker."""
    top = 1.0
    if kind != "share":
        top = _nice_max(max((max(bar.estimate or 0.0, bar.ci_high or 0.0) for bar in bars), default=0.0))
    height = _TOP + _ROW * len(bars) + _AXIS
    title_id, desc_id = f"{key}-title", f"{key}-desc"

    def x(value: float) -> float:
        return _PLOT_LEFT + _PLOT_WIDTH * max(0.0, min(value, top)) / top

    parts = [
        f'<svg role="img" aria-labelledby="{title_id} {desc_id}" '
        f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}" class="chart" '
        'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
    ]
    axis_y = _TOP + _ROW * len(bars)
    for step in range(5):
        value = top * step / 4
        at = x(value)
        tick = percent(value) if kind == "share" else (money(value, currency) if kind == AMOUNT else f"{value:,.0f}")
        parts.append(f'<line x1="{at:.1f}" y1="{_TOP - 4}" x2="{at:.1f}" y2="{axis_y}" stroke="#d9d9d9" '
                     'stroke-width="1"/>')
        parts.append(f'<text x="{at:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#444">{escape(tick)}</text>')
    for index, bar in enumerate(bars):
        y = _TOP + _ROW * index
        middle = y + _ROW / 2
        parts.append(f'<text x="{_LABEL_RIGHT}" y="{middle + 4:.1f}" text-anchor="end" fill="#1a1a1a">'
                     f'{escape(_short(bar.label))}</text>')
        end: float = _PLOT_LEFT
        if bar.estimate is not None:
            end = x(bar.estimate)
            fill, stroke = ("#ffffff", "#3b5f86") if bar.outline else ("#a9c6e3", "#3b5f86")
            parts.append(f'<rect x="{_PLOT_LEFT}" y="{middle - _BAR / 2:.1f}" width="{max(end - _PLOT_LEFT, 0.0):.1f}"'
                         f' height="{_BAR}" fill="{fill}" stroke="{stroke}" stroke-width="1"/>')
        if bar.ci_low is not None and bar.ci_high is not None:
            low, high = x(bar.ci_low), x(bar.ci_high)
            dash = ' stroke-dasharray="4 3"' if bar.too_wide else ""
            parts.append(f'<line x1="{low:.1f}" y1="{middle:.1f}" x2="{high:.1f}" y2="{middle:.1f}" stroke="#1a1a1a"'
                         f' stroke-width="1.5"{dash}/>')
            for at in (low, high):
                parts.append(f'<line x1="{at:.1f}" y1="{middle - 5:.1f}" x2="{at:.1f}" y2="{middle + 5:.1f}" '
                             'stroke="#1a1a1a" stroke-width="1.5"/>')
            end = max(end, high)
        style = ' font-style="italic"' if bar.estimate is None else ""
        parts.append(f'<text x="{end + 6:.1f}" y="{middle + 4:.1f}" fill="#1a1a1a"{style}>{escape(bar.text)}</text>')
    parts.append("</svg>")
    return Chart(key, title, description, "".join(parts), _WIDTH, height)


def _describe(bars: Iterable[_Bar], lead: str) -> str:
    return lead + " " + "; ".join(f"{bar.label}: {bar.text}" for bar in bars) + "."


# --- the page -------------------------------------------------------------------------------------

_CSS = """
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


FALLBACK_TEXT = {
    "unit_report": "leaders’ own answers are compared in the whole-campaign report only",
    "no_leaders": "no respondent gave their role as senior leadership",
    "leaders_fewer_than_k": "fewer than {k} respondents gave their role as senior leadership, or their number is "
                            "withheld, so their answers are not shown apart",
    "employees_fewer_than_k": "fewer than {k} respondents are not senior leaders",
    "withheld": "showing the two groups apart would let a small group’s answers be worked out",
}


def perception_source_text(gaps: Sequence[GapItem], k: int) -> str:
    """Which leadership figures the perception gap uses, and why, in one or two sentences."""
    answers = [gap for gap in gaps if gap.source == "answers"]
    why = sorted({FALLBACK_TEXT.get(gap.fallback or "", gap.fallback or "").format(k=k)
                  for gap in gaps if gap.source != "answers" and gap.fallback})
    if answers and len(answers) == len(gaps):
        return ("Leadership’s view comes from senior leaders’ own answers to the same statements (respondents who "
                "gave their role as senior leadership); employees are everyone else. A positive gap means "
                "leadership sees it more favourably.")
    benchmark = any(gap.leadership is not None for gap in gaps if gap.source != "answers")
    if not answers and not benchmark:
        text = ("The policy sets no leadership benchmark (the [leadership_benchmark] table of the policy file), "
                "so the employees’ view cannot be set against leadership’s.")
    elif benchmark:
        text = ("Leadership’s view comes from senior leaders’ own answers where both groups reach the minimum "
                "group size, and otherwise from " if answers else "Leadership’s view comes from ")
        text += ("the policy’s leadership benchmark (the [leadership_benchmark] table of the policy file), set "
                 "against all respondents. A positive gap means leadership sees it more favourably.")
    else:
        text = ("Leadership’s view comes from senior leaders’ own answers where both groups reach the minimum "
                "group size; the policy sets no benchmark for the other statements.")
    if why:
        text += " Leaders’ own answers were not used: " + "; ".join(why) + "."
    return text


def title_of(report: Report, organization: str) -> str:
    """"AI use at <organization>: campaign <id>", with the org unit when the report is for one."""
    title = f"AI use at {organization}: campaign {report.campaign}"
    if report.org_unit is not None:
        title += f" ({report.org_unit_label or report.org_unit})"
    return title


class _Page:
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

    def chart(self, title: str, description: str, bars: Sequence[_Bar], *, kind: str = "share",
              note: str | None = None) -> None:
        if not bars:
            return
        self.charts += 1
        chart = _bar_chart(f"chart-{self.charts}", title, description, bars, kind=kind, currency=self.currency)
        caption = escape(title) + (f". {escape(note)}" if note else "")
        self.add(f"<figure>{self.embed(chart)}<figcaption>{caption}</figcaption></figure>")

    def bars(self, cells: Iterable[tuple[str, Figure]]) -> list[_Bar]:
        return [_figure_bar(label, figure, self.k, self.currency) for label, figure in cells]

    def text(self, figure: Figure) -> str:
        return figure_text(figure, self.k, self.currency)

    # -- sections ------------------------------------------------------------------------------------

    def header(self, organization: str) -> None:
        report = self.report
        self.heading(1, title_of(report, organization))
        respondents = report.respondents
        if respondents.shown:
            self.para(f"{respondents.n or 0:,} respondents. Every figure below is an aggregate of at least "
                      f"{self.k} people.", "lead")
        else:
            self.para(f"Respondents: {withheld_text(respondents, self.k)}.", "lead")
        if report.notice is not None:
            self.add(f'<p class="notice" role="note"><strong>Notice:</strong> {escape(report.notice.text)}</p>')

    def findings(self) -> None:
        self.heading(2, "Findings", "findings")
        items = "".join(f"<li>{escape(sentence)}</li>" for sentence in findings(self.report))
        self.add(f'<div class="findings"><ul>{items}</ul></div>')
        self.para("Estimates from randomized answers are given with their 95% interval; see “How to read this” "
                  "at the end.")

    def actions(self) -> None:
        """What to do: each recommended action, with the figures that call for it (see desktop.collector.actions)."""
        if self.report.notice is not None:
            return
        self.heading(2, "Recommended actions", "actions")
        found = recommended_actions(self.report)
        if not found:
            self.para("No figure calls for a recommended action: none of the figures the rules read is both shown "
                      "and clear enough (its whole 95% interval above the rule's threshold).")
            return
        items = []
        for action in found:
            because = "; ".join(f"{item.label}: {self.text(item.figure)}"
                                + (f" (n = {item.figure.n:,})" if item.figure.n else "") for item in action.evidence)
            items.append(f"<li><strong>{escape(action.text)}</strong> <span>Because: {escape(because)}.</span></li>")
        self.add(f'<div class="actions"><ol>{"".join(items)}</ol></div>')
        self.para("Each action is triggered only by figures that are shown, precise enough to act on, and whose "
                  "whole 95% interval lies above the rule’s threshold; Candor’s report documentation lists the rules.")

    def prevalence(self) -> None:
        prevalence = self.report.prevalence
        self.heading(2, "Unapproved AI use by tool and category", "prevalence")
        if prevalence.overall is not None:
            self.para("Respondents who used at least one AI tool that is not approved: "
                      f"{self.text(prevalence.overall)}.")
        if prevalence.sensitive is not None:
            self.para("Respondents who put sensitive data into an AI tool that is not approved or into a personal "
                      f"account: {self.text(prevalence.sensitive)}.")
        if prevalence.overall_note:
            self.para(prevalence.overall_note)
        shown = sorted((tool for tool in prevalence.by_tool if tool.unapproved_use.shown),
                       key=lambda tool: -(tool.unapproved_use.estimate or 0.0))
        top = [tool for tool in shown if (tool.unapproved_use.estimate or 0.0) > 0][:TOP_TOOLS]
        bars = self.bars((tool.name, tool.unapproved_use) for tool in top)
        self.chart("Unapproved use by tool (share of respondents)",
                   _describe(bars, f"The {len(bars)} tools used most without approval."), bars,
                   note=f"The {len(bars)} tools with the highest figures; whiskers mark 95% intervals. The table "
                        "lists every tool.")
        hidden = [tool for tool in prevalence.by_tool if tool.unapproved_use.suppressed]
        ordered: list[ToolFigure] = [*shown, *hidden]
        exact_use = any(tool.use is not None for tool in ordered)
        headers = ["Tool", "Category", "Status under the policy", "Used without approval"]
        if exact_use:
            headers.append("Used at all")
        headers.append("Respondents (n)")

        def cells(tool: ToolFigure) -> list[str]:
            row = [f"<td>{escape(tool.category_label or tool.category or 'other')}</td>",
                   f"<td>{escape(STATUS_LABELS.get(tool.status, tool.status))}</td>",
                   self.figure_cell(tool.unapproved_use)]
            if exact_use:
                row.append(self.figure_cell(tool.use, absent="not known (randomized)"))
            row.append(self._n_cell(tool.unapproved_use))
            return row

        self.table("Unapproved use per tool: share of respondents (95% interval in brackets where estimated)",
                   headers, ((tool.name, cells(tool)) for tool in ordered))
        categories = prevalence.by_category
        at_least = any(item.basis == "at_least" for item in categories)
        bars = [_figure_bar(item.label, item.figure, self.k, self.currency,
                            prefix="at least " if item.basis == "at_least" else "")
                for item in categories]
        self.chart("Unapproved use by tool category (share of respondents)",
                   _describe(bars, "Share of respondents using an unapproved tool of each category."), bars,
                   note="With randomized answers, a category's figure is its highest tool's: a lower bound."
                   if at_least else None)
        names = {tool.id: tool.name for tool in prevalence.by_tool}

        def basis(item: CategoryFigure) -> str:
            if item.basis == "at_least":
                top_name = names.get(item.top_tool or "", item.top_tool)
                return f"at least (its highest tool: {top_name})" if top_name else "at least"
            return "any tool of the category"

        self.table("Unapproved use per category: share of respondents", ["Category", "Used without approval",
                                                                          "How it is counted", "Respondents (n)"],
                   ((item.label, [self.figure_cell(item.figure), f"<td>{escape(basis(item))}</td>",
                                  self._n_cell(item.figure)]) for item in categories))

    def _n_cell(self, figure: Figure) -> str:
        if figure.suppressed:
            return f'<td class="withheld">{escape(withheld_text(figure, self.k))}</td>'
        return f'<td class="num">{figure.n or 0:,}</td>'

    def data_classes(self) -> None:
        data = self.report.data_classes
        self.heading(2, "Company data put into AI tools", "data-classes")
        self.para("Share of respondents who put each kind of data into a tool that is not approved, and into a "
                  "personal account (their own free or paid account, a browser extension, or an API or local "
                  "model).")
        bars = self.bars((row.label, row.to_unapproved) for row in data.rows)
        self.chart("Data put into unapproved tools (share of respondents)",
                   _describe(bars, "Share of respondents per data class."), bars)
        headers = ["Data class", "Into an unapproved tool", "Into a personal account"]
        if data.tables:
            headers.append("Into any tool")
        self.table("Data classes: share of respondents (95% interval in brackets where estimated)", headers,
                   ((row.label, [self.figure_cell(row.to_unapproved), self.figure_cell(row.to_personal),
                                 *([self.figure_cell(row.any_tool)] if data.tables else [])])
                    for row in data.rows))
        if not data.tables:
            self.para("Breakdowns by tool status and account kind need exact answers; this campaign's randomized "
                      "summaries do not carry them.")
            return
        for attribute, caption in (("by_status", "by the tool's status under the policy"),
                                   ("by_account_kind", "by account kind")):
            first = next((getattr(row, attribute) for row in data.rows if getattr(row, attribute)), ())
            if not first:
                continue
            columns = [(cell.code, cell.label) for cell in first]

            def row_cells(row: DataClassRow, attribute: str = attribute,
                          columns: list[tuple[str, str]] = columns) -> list[str]:
                by_code = {cell.code: cell.figure for cell in getattr(row, attribute)}
                return [self.figure_cell(by_code.get(code), absent="not counted") for code, _ in columns]

            self.table(f"Data classes {caption}: share of respondents (one person can count in several columns)",
                       ["Data class", *(label for _, label in columns)],
                       ((row.label, row_cells(row)) for row in data.rows))

    def spend(self) -> None:
        report = self.report
        spend = report.spend
        self.heading(2, "Personal spend and license candidates", "spend")
        self.para(f"Respondents who pay for AI tools out of their own pocket: {self.text(spend.pays_out_of_pocket)}.")
        self.para("Estimated personal spend per respondent and year: "
                  f"{self.text(spend.annual_per_respondent)}; for all respondents together: "
                  f"{self.text(spend.annual_total)}. These are estimates: each monthly spend band counts at its "
                  "midpoint, times twelve months.")
        self.distribution(spend.bands, "Monthly personal spend on AI tools")
        self.heading(3, "License candidates")
        candidates = report.license_candidates
        if not candidates:
            self.para("No tool qualifies as a license candidate with the figures that can be shown.")
            return
        by_pay = any(item.basis == "pays_personally" for item in candidates)
        self.para("Tools worth licensing centrally, ranked by demand and raised for risk (the tool trains on "
                  "inputs by default, or the policy prohibits it)."
                  + (" Demand is the share of respondents paying for the tool themselves." if by_pay else
                     " Demand is the share of respondents using the tool without approval."))
        with_spend = any(item.annual_out_of_pocket is not None for item in candidates)
        headers = ["Tool", "Rank", "Demand (share of respondents)",
                   *(["Yearly out-of-pocket spend (estimate)"] if with_spend else []),
                   "Trains on inputs by default", "Business tier without training", "Status under the policy"]

        def cells(rank: int, item: LicenseCandidate) -> list[str]:
            spent = item.annual_out_of_pocket
            spent_cells = []
            if with_spend:
                spent_cells.append(self.figure_cell(spent) if spent is not None
                                   else '<td class="withheld">not derivable from randomized answers</td>')
            return [f'<td class="num">{rank}</td>', self.figure_cell(item.demand), *spent_cells,
                    f"<td>{escape(item.trains_by_default)}</td>", f"<td>{escape(item.business_tier)}</td>",
                    f"<td>{escape(STATUS_LABELS.get(item.status, item.status))}</td>"]

        self.table("License candidates, highest priority first", headers,
                   ((item.name, cells(rank, item)) for rank, item in enumerate(candidates, start=1)))

    def distribution(self, distribution: Distribution, title: str, *, chart: bool = True) -> None:
        self.heading(3, title)
        self.para(self._answered(distribution.respondents))
        bars = self.bars((cell.label, cell.figure) for cell in distribution.cells)
        if chart:
            self.chart(f"{title} (share of those who answered)", _describe(bars, distribution.label), bars)
        self.table(distribution.label, ["Answer", "Share", "Respondents (n)"],
                   ((cell.label, [self.figure_cell(cell.figure), self._n_cell(cell.figure)])
                    for cell in distribution.cells))

    def multi_choice(self, item: MultiChoice, title: str) -> None:
        self.heading(3, title)
        self.para(self._answered(item.respondents) + " People could choose several answers, so the shares do not "
                  "add up to 100%.")
        bars = self.bars((cell.label, cell.figure) for cell in item.options)
        self.chart(f"{title} (share of respondents)", _describe(bars, item.label), bars)
        self.table(item.label, ["Answer", "Share", "Respondents (n)"],
                   ((cell.label, [self.figure_cell(cell.figure), self._n_cell(cell.figure)])
                    for cell in item.options))

    def _answered(self, respondents: Figure) -> str:
        if respondents.suppressed and respondents.reason == rules.COMPLEMENTARY:
            return ("Nothing of this question is shown, not even how many answered it: no part of it could be "
                    "shown without letting a small group be worked out.")
        if respondents.suppressed:
            return f"Answered by {withheld_text(respondents, self.k)} respondents."
        return f"Answered by {respondents.n or 0:,} respondents."

    def reasons(self) -> None:
        self.heading(2, "Why people use tools the company did not provide", "reasons")
        self.multi_choice(self.report.reasons, "Reasons given (for any tool)")
        rows = self.report.reasons_by_tool
        if rows:
            self.heading(3, "Reasons by tool")
            self.para("Of the respondents who gave reasons for a tool, the share giving each reason. Only tools "
                      f"at least {self.k} respondents gave reasons for are listed.")
            codes = [(cell.code, cell.label) for cell in rows[0].options]
            self.table("Reasons by tool", ["Tool", "Respondents", *(label for _, label in codes)],
                       ((row.label, [self.figure_cell(row.respondents),
                                     *(self.figure_cell(cell.figure) for cell in row.options)]) for row in rows))

    def literacy(self) -> None:
        report = self.report
        self.heading(2, "AI literacy and training demand", "training")
        self.distribution(report.literacy, "AI literacy (self-rated)")
        self.distribution(report.policy_awareness, "Awareness of the AI policy")
        self.distribution(report.training.received, "Training received")
        self.multi_choice(report.training.wanted, "Training wanted")
        self.multi_choice(report.training.formats, "Preferred training formats")
        self.distribution(report.training.on_work_time, "Training on work time")

    def workplace(self) -> None:
        items = self.report.workplace.items
        if not items:
            return
        self.heading(2, "How AI is run at work", "workplace")
        for item in items:
            if isinstance(item, MultiChoice):
                self.multi_choice(item, item.label)
            else:
                self.distribution(item, item.label)

    def sentiment(self) -> None:
        report = self.report
        self.heading(2, "Sentiment and the perception gap", "sentiment")
        bars = self.bars((item.label, item.agree) for item in report.sentiment)
        self.chart("Share agreeing with each statement", _describe(bars, "Agree or strongly agree."), bars)
        codes = ("disagree", "neutral", "agree")

        def cells(item: SentimentItem) -> list[str]:
            found = {cell.code: cell.figure for cell in item.distribution.cells}
            return [*(self.figure_cell(found.get(code), absent="not counted") for code in codes),
                    self._n_cell(item.distribution.respondents)]

        self.table("Statements: share of those who answered (disagree and agree include “strongly”)",
                   ["Statement", "Disagree", "Neutral", "Agree", "Respondents (n)"],
                   ((item.label, cells(item)) for item in report.sentiment))
        self.heading(3, "Perception gap: employees and leadership")
        gaps = report.perception_gap
        self.para(perception_source_text(gaps, self.k))
        if not any(gap.leadership is not None for gap in gaps):
            return
        gap_bars: list[_Bar] = []
        for gap in gaps:
            statement = _short(gap.label, _MAX_LABEL - len(" (leadership)"))
            gap_bars.append(_figure_bar(f"{statement} (employees)", gap.employees, self.k, self.currency,
                                    prefix="employees "))
            if gap.leadership_answers is not None:
                gap_bars.append(_figure_bar(f"{statement} (leadership)", gap.leadership_answers, self.k, self.currency,
                                        prefix="leadership "))
            elif gap.leadership is not None:
                gap_bars.append(_Bar(f"{statement} (leadership)", f"leadership {percent(gap.leadership)}",
                                 gap.leadership, outline=True))
            else:
                gap_bars.append(_Bar(f"{statement} (leadership)", "leadership: no benchmark", None))
        self.chart("Employees against leadership (outlined bars: the policy’s benchmark)",
                   _describe(gap_bars, "Share agreeing."), gap_bars)

        def gap_cells(gap: GapItem) -> list[str]:
            if gap.leadership_answers is not None:
                leadership = self.figure_cell(gap.leadership_answers)
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
            return [self.figure_cell(gap.employees), leadership, source, gap_cell]

        self.table("Perception gap: share agreeing", ["Statement", "Employees", "Leadership", "Leadership from",
                                                      "Gap (leadership minus employees)"],
                   ((gap.label, gap_cells(gap)) for gap in gaps))

    def participation(self) -> None:
        participation = self.report.participation
        self.heading(2, "Participation", "participation")
        self.para(f"Respondents: {self.text(participation.respondents)}.")
        for base, what in ((participation.codes_issued, "participation codes issued"),
                           (participation.invited, "people invited")):
            if base:
                self.para(f"Summaries against {what}: {self.text(participation.respondents)} of {base:,}.")
        for what in participation.exceeds:
            self.para(warning(what))

        def label(cell: Cell, what: str) -> str:
            if cell.members:
                return f"{cell.label} (together; each has fewer than {self.k} {what})"
            return cell.label

        for title, cells, what in (("Respondents by org unit", participation.by_org_unit, "respondents"),
                                   ("Respondents by role level", participation.by_role_level, "respondents"),
                                   ("Summaries by privacy mechanism", participation.by_mechanism, "summaries")):
            if not cells:
                continue
            heading = "Org unit" if "org unit" in title else ("Role level" if "role" in title else "Mechanism")
            self.table(title, [heading, what.capitalize()], ((label(cell, what), [self.figure_cell(cell.figure)])
                                                             for cell in cells))
        if not participation.by_org_unit:
            self.para("No breakdown by org unit can be shown.")

    def method(self) -> None:
        method = self.report.method
        self.heading(2, "How to read this", "method")
        entries: list[tuple[str, str]] = []
        n = method.respondents
        entries.append(("Respondents", f"n = {n.n:,}." if n.shown and n.n is not None
                        else f"{withheld_text(n, self.k)}."))
        entries.append(("Minimum group size",
                        f"k = {method.k}. No figure rests on fewer than {method.k} people: such a figure reads "
                        f"“fewer than {method.k}”. Where hiding one figure would still let it be worked out from "
                        f"a total and the other figures, a second one is hidden too and reads “{COMPLEMENTARY_TEXT}”."))
        mechanism = MECHANISM_TEXT.get(method.mechanism, method.mechanism)
        entries.append(("Privacy mechanism", mechanism[0].upper() + mechanism[1:] + "."))
        if method.epsilon_per_item:
            per_item = " and ".join(f"{value:.4g}" for value in method.epsilon_per_item)
            text = (f"Epsilon per item = {per_item}. The guarantee is per item: each randomized answer on its own "
                    "is epsilon-differentially private, so no single summary proves what its author answered.")
            totals = method.epsilon_total_per_summary
            if totals:
                span = f"{totals[0]:.4g}" if totals[0] == totals[-1] else f"{totals[0]:.4g} to {totals[-1]:.4g}"
                text += (f" One summary carries several randomized answers; the bound for all of them together is "
                         f"the sum, epsilon = {span}.")
            entries.append(("Epsilon", text))
        else:
            entries.append(("Epsilon", "None of these summaries used randomized response, so no epsilon applies; "
                                       "the figures are exact counts, protected by the minimum group size."))
        entries.append(("95% interval",
                        "An estimate from randomized answers comes with a 95% confidence interval, written in "
                        "brackets (for example 41–55%) and drawn as a whisker. If the same campaign were run many "
                        "times, 95 of 100 intervals made this way would contain the true share; the estimate "
                        "itself is only the most likely value. Intervals reaching more than "
                        f"{rules.TOO_WIDE_HALF_WIDTH * 100:.0f} percentage points either side of the estimate are "
                        "marked “too wide to act on” (dashed whiskers in the charts). Exact figures are counts and "
                        "have no interval."))
        self.add('<dl class="method">' + "".join(f"<dt>{escape(term)}</dt><dd>{escape(text)}</dd>"
                                                 for term, text in entries) + "</dl>")
        if method.notes:
            self.heading(3, "Method notes")
            self.add("<ul>" + "".join(f"<li>{escape(note.text)}</li>" for note in method.notes) + "</ul>")

    def footer(self) -> None:
        self.add("<footer><p>This report holds aggregates only: no individual summary, answer or submission id. "
                 "It was made by Candor from the summaries employees chose to send.</p></footer>")


def render_html(report: Report, *, organization: str, embed_chart: ChartEmbed = inline_svg) -> str:
    """The whole report as one HTML document (UTF-8 text; no script, no external reference).

    ``organization`` is the policy's organization name (the report itself does not carry it).
    ``embed_chart`` turns each chart into the markup placed in the page; the default inlines its SVG.
    """
    page = _Page(report, embed_chart)
    page.header(organization)
    page.findings()
    page.actions()
    page.prevalence()
    page.data_classes()
    page.spend()
    page.reasons()
    page.literacy()
    page.workplace()
    page.sentiment()
    page.participation()
    unit_report.html_section(page)  # the org units side by side, when the report carries them
    page.method()
    page.footer()
    title = escape(title_of(report, organization))
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<meta name="generator" content="Candor"/>'
            f"<title>{title}</title><style>{_CSS}</style></head>\n<body><main>\n"
            + "\n".join(page.parts) + "\n</main></body></html>\n")


# --- writing --------------------------------------------------------------------------------------


def write_html(report: Report, path: str | os.PathLike[str], *, organization: str) -> Path:
    """Write the HTML report to ``path`` (replacing it whole, or not at all); return the path."""
    return write_report_bytes(path, render_html(report, organization=organization).encode("utf-8"))
