"""A report figure in the interface language: its value and interval, why it is withheld, what it rests on.

The dashboard, the org units view and the recommended actions say figures with these, so a withheld
figure always reads the same ("fewer than 5 people", "withheld so a hidden group cannot be worked
out"), never a blank. The words are in the "Dashboard" translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.collector.report_figure import Cell, Figure
from desktop.ui.collector.report_words import cell_label
from desktop.ui.formatting import integer, money, number, percent


def figure_text(figure: Figure | None, k: int, currency: str = "") -> str:
    """A figure in words: the value with its interval, or why it is withheld."""
    if figure is None or (not figure.suppressed and figure.estimate is None):
        return QCoreApplication.translate("Dashboard", "not available")
    if figure.suppressed:
        if figure.reason == "approved":
            return QCoreApplication.translate("Dashboard", "approved (not asked)")
        if figure.reason == "complementary":
            return QCoreApplication.translate("Dashboard", "withheld (so a hidden group cannot be worked out)")
        if figure.reason == "rest_fewer_than_k":
            return QCoreApplication.translate("Dashboard", "withheld (fewer than %1 outside this org unit)").replace(
                "%1", integer(k))
        return QCoreApplication.translate("Dashboard", "fewer than %1 people").replace("%1", integer(k))
    assert figure.estimate is not None  # a shown figure has its estimate (the first test above)
    if figure.kind == "count":
        return integer(round(figure.estimate))
    if figure.kind == "amount" and figure.banded:
        return QCoreApplication.translate("Dashboard", "%1 to %2", "a band of amounts: from, to").replace(
            "%1", money(figure.band_low or 0.0, currency)).replace("%2", money(figure.band_high or 0.0, currency))
    if figure.kind == "amount":
        text = money(figure.estimate, currency)
        if figure.ci_low is not None and figure.ci_high is not None:
            text = QCoreApplication.translate("Dashboard", "%1 (%2 to %3)", "an amount, then its 95% interval").replace(
                "%1", text).replace("%2", money(figure.ci_low, currency)).replace("%3", money(figure.ci_high, currency))
        if figure.too_wide:
            text = QCoreApplication.translate("Dashboard", "%1 — too uncertain to act on").replace("%1", text)
        return text
    text = percent(figure.estimate)
    if figure.ci_low is not None and figure.ci_high is not None:
        text = QCoreApplication.translate("Dashboard", "%1 (%2–%3)", "a share, then its 95% interval").replace(
            "%1", text).replace("%2", number(figure.ci_low * 100)).replace("%3", percent(figure.ci_high))
    if figure.too_wide:
        text = QCoreApplication.translate("Dashboard", "%1 — too uncertain to act on").replace("%1", text)
    return text


def n_text(figure: Figure | None) -> str:
    """How many respondents a figure rests on, or a dash when it is withheld."""
    if figure is None or figure.suppressed or figure.n is None:
        return "—"
    return integer(figure.n)


def merged_label(cell: Cell, k: int) -> str:
    """A cell's name; a merged group says what it is, as the HTML report does."""
    label = cell_label(cell)
    if cell.members:
        return QCoreApplication.translate("Dashboard", "%1 (together; each has fewer than %2 respondents)").replace(
            "%1", label).replace("%2", integer(k))
    return label
