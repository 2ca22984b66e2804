"""The collector's own words on the dashboard, in the interface language.

``desktop.collector`` is Qt-free and writes its report files in English; it gives every note a
stable code. Here each code gets a translatable text, filled with the report's own figures
(k, epsilon, ...). A code this module does not know is shown in the collector's English.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.collector.report_figure import Cell
from desktop.collector.report_model import Note, Report
from desktop.collector.report_notes import NOTES, fill
from desktop.collector.report_sections import CategoryFigure
from desktop.collector.vocabulary import NOT_STATED, OTHER_LEVELS, OTHER_UNITS, RISK_WEIGHT, STATUS_LABELS
from desktop.core.summary import NO_SPEND, NOT_ANSWERED
from desktop.ui.formatting import integer, locale


def status_text(code: str) -> str:
    """A tool's status under the policy, in words."""
    words = {
        "approved": QCoreApplication.translate("ReportWords", "Approved", "a tool's status under the policy"),
        "tolerated": QCoreApplication.translate("ReportWords", "Tolerated", "a tool's status under the policy"),
        "prohibited": QCoreApplication.translate("ReportWords", "Prohibited", "a tool's status under the policy"),
        "not_listed": QCoreApplication.translate("ReportWords", "Not listed", "a tool's status under the policy"),
    }
    return words.get(code, code)


def cell_label(cell: Cell | CategoryFigure) -> str:
    """A breakdown cell's name: the report's own label, or for the codes the collector makes up
    itself (merged small groups, "not stated", the policy statuses) the words in this language."""
    made_up = {
        OTHER_UNITS: QCoreApplication.translate("ReportWords", "Other units", "small org units merged into one"),
        OTHER_LEVELS: QCoreApplication.translate("ReportWords", "Other roles", "small role levels merged into one"),
        NOT_STATED: QCoreApplication.translate("ReportWords", "Not stated", "respondents who gave no answer"),
        NO_SPEND: QCoreApplication.translate("ReportWords", "Nothing", "no personal spend on AI tools"),
        NOT_ANSWERED: QCoreApplication.translate("ReportWords", "Not answered", "respondents who left it out"),
    }
    if cell.code in made_up:
        return made_up[cell.code]
    if cell.code in STATUS_LABELS:
        return status_text(cell.code)
    return cell.label


def tool_name(tool_id: str, name: str, category_label: str | None) -> str:
    """A tool's name; tools employees typed in themselves are counted per category, in words."""
    if tool_id.startswith("other:"):
        return QCoreApplication.translate("ReportWords", "Other tools (%1)", "%1 is a kind of tool").replace(
            "%1", category_label or tool_id.split(":", 1)[1])
    return name


def _epsilon(value: float) -> str:
    return locale().toString(float(value), "g", 4)


def _epsilons(values: Sequence[float]) -> str:
    """One epsilon, or several: "1 and 2"."""
    texts = [_epsilon(value) for value in values]
    if not texts:
        return QCoreApplication.translate("ReportWords", "unknown")
    joined = texts[0]
    for text in texts[1:]:
        joined = QCoreApplication.translate("ReportWords", "%1 and %2", "two values of epsilon").replace(
            "%1", joined).replace("%2", text)
    return joined


def _epsilon_range(totals: Sequence[float]) -> str:
    if not totals:
        return QCoreApplication.translate("ReportWords", "unknown")
    low, high = min(totals), max(totals)
    if low == high:
        return _epsilon(low)
    return QCoreApplication.translate("ReportWords", "%1 to %2", "a range of epsilon values").replace(
        "%1", _epsilon(low)).replace("%2", _epsilon(high))


def note_text(note: Note, report: Report) -> str:
    """The note in the interface language; its English text when the code is not known here."""
    k, method, code = report.k, report.method, note.code
    values: tuple[str, ...] = ()
    if code == "withheld_fewer_than_k" and report.org_unit is None:
        code = "withheld_fewer_than_k_campaign"
    if code in ("withheld_fewer_than_k", "withheld_fewer_than_k_campaign", "withheld_complementary",
                "withheld_unit_size_hidden", "org_unit"):
        values = (integer(k),)
    elif code == "suppression":
        values = (integer(k), integer(k - 1))
    elif code == "epsilon":
        per_item, totals = method.epsilon_per_item, method.epsilon_total_per_summary
        odds = locale().toString(math.exp(per_item[-1]), "g", 3) if per_item else "?"
        items = (integer(round(totals[-1] / per_item[-1])) if totals and per_item
                 else QCoreApplication.translate("ReportWords", "several"))
        values = (_epsilons(per_item), _epsilon_range(totals), odds, items)
    elif code == "left_out":
        values = (integer(method.left_out),)
    elif code == "license_priority":
        values = (integer(int(RISK_WEIGHT * 100)),)
    if code not in NOTES:
        return note.text
    text, comment = NOTES[code]
    return fill(QCoreApplication.translate("ReportWords", text, comment), *values)
