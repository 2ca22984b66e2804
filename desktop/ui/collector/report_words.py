"""The collector's own words on the dashboard, in the interface language.

``desktop.collector`` is Qt-free and writes its report files in English; it gives every note a
stable code. Here each code gets a translatable text, filled with the report's own figures
(k, epsilon, ...). A code this module does not know is shown in the collector's English.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.collector.report_model import CategoryFigure, Cell, Note, Report
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
    k = report.k
    method = report.method
    code = note.code
    if code == "withheld_fewer_than_k":
        if report.org_unit is not None:
            return QCoreApplication.translate(
                "ReportWords", "Every figure is withheld: this org unit has fewer than %1 respondents (the "
                "policy's minimum group size), so no figure could be shown without pointing at individuals."
            ).replace("%1", integer(k))
        return QCoreApplication.translate(
            "ReportWords", "Every figure is withheld: this campaign has fewer than %1 respondents (the "
            "policy's minimum group size), so no figure could be shown without pointing at individuals."
            ).replace("%1", integer(k))
    if code == "withheld_complementary":
        return QCoreApplication.translate(
            "ReportWords", "Every figure is withheld: fewer than %1 respondents are outside this org unit, so "
            "subtracting this report from the whole-campaign report would reveal their answers."
        ).replace("%1", integer(k))
    if code == "withheld_unit_size_hidden":
        return QCoreApplication.translate(
            "ReportWords", "Every figure is withheld: the whole-campaign report hides how many respondents this "
            "org unit has, so that a unit with fewer than %1 cannot be worked out by subtraction; a report of "
            "this unit would reveal it.").replace("%1", integer(k))
    if code == "suppression":
        return QCoreApplication.translate(
            "ReportWords", "No figure comes from fewer than %1 respondents (the policy's minimum group size). A "
            "share counted exactly is also withheld when fewer than %1 people lack the answer. Where a breakdown "
            "shows its total, further cells are withheld until someone who knows this rule and sees every figure "
            "still cannot narrow a withheld cell down: one withheld as fewer than %1 could be any of 1 to %2, any "
            "other has at least %1 possible values. A breakdown for which that is not possible shows nothing."
        ).replace("%1", integer(k)).replace("%2", integer(k - 1))
    if code == "randomized_response":
        return QCoreApplication.translate(
            "ReportWords", "Every answer but the org unit and role level was randomized on each employee's laptop "
            "before it was sent (randomized response), so no single summary proves anything about its author. The "
            "collector removes the bias from many summaries; the result is an estimate with a 95% confidence "
            "interval.")
    if code == "epsilon":
        per_item, totals = method.epsilon_per_item, method.epsilon_total_per_summary
        odds = locale().toString(math.exp(per_item[-1]), "g", 3) if per_item else "?"
        items = (integer(round(totals[-1] / per_item[-1])) if totals and per_item
                 else QCoreApplication.translate("ReportWords", "several"))
        return QCoreApplication.translate(
            "ReportWords", "The privacy guarantee is per item: each randomized answer on its own is "
            "epsilon-differentially private with epsilon = %1, so the true answer is sent at most %3 times as often "
            "as any other. One summary carries %4 such answers; the bound for everything in one summary together is "
            "epsilon = %2 (their sum), and answers that go together say more than any one alone.",
            "%1: epsilon per answer; %2: epsilon of one whole summary; %3: a number such as 3; %4: a count").replace(
            "%1", _epsilons(per_item)).replace("%2", _epsilon_range(totals)).replace("%3", odds).replace("%4", items)
    if code == "left_out":
        return QCoreApplication.translate(
            "ReportWords", "%1 stored summaries were left out of every figure: they were made with other privacy "
            "settings than the campaign's, or by an older Candor whose answers were not all protected. Ask their "
            "senders to export again with the current Candor.", "%1 is a number of summaries").replace(
            "%1", integer(method.left_out))
    if code == "too_wide":
        return QCoreApplication.translate(
            "ReportWords", "Estimates whose 95% interval reaches more than 15 percentage points either side are "
            "flagged as too wide to act on.")
    if code == "category_at_least":
        return QCoreApplication.translate(
            "ReportWords", "With randomized response, each tool is randomized on its own, so the share using any "
            "tool of a category cannot be recovered. A category's figure is the highest estimate among its "
            "tools, read as \"at least\": the share using some tool of the category is at least that tool's "
            "share. Being the highest of several noisy estimates, it may sit above that tool's true share; its "
            "interval shows by how much it can be off.")
    if code == "license_candidates_randomized":
        return QCoreApplication.translate(
            "ReportWords", "With randomized response, what people pay per tool cannot be derived (paying and "
            "using a tool are randomized separately), so license candidates are the tools with a business tier "
            "that does not train on inputs, ranked by their unapproved-use estimate and risk.")
    if code == "spend_estimate":
        return QCoreApplication.translate(
            "ReportWords", "Spend figures are estimates: each monthly band counts at its midpoint (an open-ended "
            "band at 1.5 times its lower bound), times twelve months. The total extrapolates the mean to all "
            "respondents; it is not a sum of reported amounts.")
    if code == "license_spend_band":
        return QCoreApplication.translate(
            "ReportWords", "Each tool's yearly out-of-pocket spend is shown only as a band at least twice as wide as "
            "the most one person can add to it in a year, so that it cannot be decoded into the spend bands of the "
            "people who pay.")
    if code == "license_spend_unit":
        return QCoreApplication.translate(
            "ReportWords", "Org-unit reports show who pays for each tool but not how much: set beside the "
            "whole-campaign report's band, the unit's would narrow both.")
    if code == "license_priority":
        return QCoreApplication.translate(
            "ReportWords", "License candidates are ranked by demand, raised by %1% for each risk: the tool trains "
            "on inputs by default, or the policy prohibits it.", "%1 is a number of percent").replace(
            "%1", integer(int(RISK_WEIGHT * 100)))
    if code == "org_unit":
        return QCoreApplication.translate(
            "ReportWords", "A figure counted exactly is also withheld here when the whole-campaign report minus this "
            "one, and minus the reports of any other org units, would show fewer than %1 people for it.").replace(
            "%1", integer(k))
    return note.text
