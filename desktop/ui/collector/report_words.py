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
from desktop.collector.vocabulary import CODE_WORDS, OTHER_TOOLS, RISK_WEIGHT, STATUS_LABELS
from desktop.ui.formatting import integer, locale


def code_text(code: str) -> str:
    """The words of a code the report makes up itself, or of a tool status (the table
    :data:`desktop.collector.vocabulary.CODE_WORDS` the report files use), in the interface language."""
    text, comment = CODE_WORDS[code]
    return QCoreApplication.translate("ReportWords", text, comment)


def status_text(code: str) -> str:
    """A tool's status under the policy, in words."""
    return code_text(code) if code in STATUS_LABELS else code


def cell_label(cell: Cell | CategoryFigure) -> str:
    """A breakdown cell's name: the report's own label, or for the codes the collector makes up
    itself (merged small groups, "not stated", the policy statuses) the words in this language.

    A cell carries the table's words only where the report made the code up; a question's own option
    with the same code (a training option "none", say) keeps its label from the questionnaire."""
    words = CODE_WORDS.get(cell.code)
    if words is not None and cell.label == words[0]:
        return code_text(cell.code)
    return cell.label


def tool_name(tool_id: str, name: str, category_label: str | None) -> str:
    """A tool's name; tools employees typed in themselves are counted per category, in words."""
    if tool_id.startswith("other:"):
        return QCoreApplication.translate("ReportWords", *OTHER_TOOLS).replace(
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
