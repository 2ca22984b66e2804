"""The report's charts as inline SVG: horizontal bars on a shared scale, with whiskers for 95% intervals.

:func:`bar_chart` draws a :class:`Chart` from :class:`Bar` rows; :func:`figure_bar` makes a row
from a report figure (a withheld figure has no bar, only its words). Each chart carries a title
and a description that say the same in words (``role="img"``, ``<title>``, ``<desc>``), and
nothing is told by colour alone: a too-wide interval is dashed and says so. The HTML page inlines
the SVG; the PDF writer draws it as an image (``ChartEmbed``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from desktop.collector.report_figure import AMOUNT, Figure
from desktop.collector.report_text import money, percent, value_text, withheld_text


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
class Bar:
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
MAX_LABEL = 40


def short(label: str, limit: int = MAX_LABEL) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def figure_bar(label: str, figure: Figure, k: int, currency: str, *, prefix: str = "") -> Bar:
    if figure.suppressed:
        return Bar(label, withheld_text(figure, k), None)
    text = prefix + value_text(figure.estimate, figure.kind, currency)
    if figure.too_wide:
        text += " (too wide)"
    return Bar(label, text, figure.estimate, figure.ci_low, figure.ci_high, figure.too_wide)


def bar_chart(key: str, title: str, description: str, bars: Sequence[Bar], *, kind: str = "share",
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
                     f'{escape(short(bar.label))}</text>')
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


def describe(bars: Iterable[Bar], lead: str) -> str:
    return lead + " " + "; ".join(f"{bar.label}: {bar.text}" for bar in bars) + "."


