"""The dashboard's "Recommended actions" and "AI at work" parts, in the interface language.

The actions come from :func:`desktop.collector.actions.recommended_actions`, the same call the
report files make, so the window and the files recommend the same things on the same figures; here
each action's code gets a translatable sentence. The workplace items are the report's
``workplace`` block, one chart (with intervals) and table per item, as the HTML report has them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.collector import actions as act
from desktop.collector.report_figure import Distribution, Figure, MultiChoice
from desktop.collector.report_model import Report
from desktop.ui.charts import ChartPanel
from desktop.ui.formatting import integer
from desktop.ui.style import scaled_font


def action_text(action: act.Action) -> str:
    """An action's sentence in the interface language (its English text for a code this module does not know)."""
    words = {
        act.LICENSE: QCoreApplication.translate(
            "ActionWords", "License %1 centrally, with a business plan that does not train on inputs: employees "
            "already pay for it themselves or use it without approval.", "%1 is an AI tool"),
        act.TRAIN: QCoreApplication.translate(
            "ActionWords", "Offer AI training on work time, starting with “%1”: many rate their AI skills low and "
            "want training.", "%1 is a training topic"),
        act.GUIDANCE: QCoreApplication.translate(
            "ActionWords", "Publish short, clear guidance on the AI policy and where to find it: many do not know it."),
        act.ACCESS: QCoreApplication.translate(
            "ActionWords", "Tell people which approved AI tools exist and give licences to those who need them: "
            "many have none or did not know."),
        act.OVERSTATE: QCoreApplication.translate(
            "ActionWords", "Talk with teams about the pressure to overstate AI use, and judge AI by outcomes rather "
            "than usage figures."),
        act.OVERSTATE_UNIT: QCoreApplication.translate(
            "ActionWords", "Talk with %1 about the pressure to overstate AI use there.", "%1 is a part of the "
            "organization"),
        act.ROLLOUT: QCoreApplication.translate(
            "ActionWords", "Review how AI is introduced, together with the people who use it: frustration is high "
            "enough to make some consider leaving."),
        act.CHECK_OUTPUT: QCoreApplication.translate(
            "ActionWords", "Agree on how AI output is checked before it reaches customers: some rarely or never "
            "check it."),
    }
    text = words.get(action.code)
    return action.text if text is None else text.replace("%1", action.subject or "")


def evidence_label(item: act.Evidence) -> str:
    """What a figure behind an action counts, in the interface language: "question: answer"."""
    words = {
        "pays_personally": QCoreApplication.translate("ActionWords", "pay for it themselves",
                                                      "respondents who pay for an AI tool"),
        "unapproved_use": QCoreApplication.translate("ActionWords", "use it without approval",
                                                     "respondents who use an AI tool"),
        "agree": QCoreApplication.translate("ActionWords", "agree", "respondents agreeing with a statement"),
    }
    answer = words.get(item.code, item.answer) if item.answer == act.ANSWER_WORDS.get(item.code) else item.answer
    text = QCoreApplication.translate("ActionWords", "“%1” %2", "a question (or tool) quoted, then the answer counted")
    return text.replace("%1", item.question).replace("%2", answer)


def actions_part(report: Report, figure_text: Callable[[Figure | None, int], str],
                 n_text: Callable[[Figure | None], str], heading: Callable[[str], QLabel]
                 ) -> tuple[list[QWidget], tuple[act.Action, ...]]:
    """The overview's actions: a heading, then each action numbered with the figures that triggered it."""
    found = act.recommended_actions(report)
    title = QCoreApplication.translate("ActionWords", "Recommended actions")
    widgets: list[QWidget] = [heading(title)]
    if not found:
        empty = QLabel(QCoreApplication.translate(
            "ActionWords", "No figure calls for a recommended action: none of the figures the rules read is both "
                           "shown and clear enough (its whole 95% interval above the rule's threshold)."))
        empty.setWordWrap(True)
        widgets.append(empty)
        return widgets, found
    box = QWidget()
    box.setObjectName("recommendedActions")
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, action in enumerate(found, start=1):
        head = QLabel(QCoreApplication.translate("ActionWords", "%1. %2", "number, then an action").replace(
            "%1", integer(number)).replace("%2", action_text(action)))
        head.setObjectName("actionText")
        head.setFont(scaled_font(head.font(), 1.0, QFont.Weight.DemiBold))
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(head)
        for item in action.evidence:
            because = QLabel(QCoreApplication.translate(
                "ActionWords", "Because: %1 — %2 (n = %3)", "%1 what was counted, %2 the figure, %3 respondents"
            ).replace("%1", evidence_label(item)).replace("%2", figure_text(item.figure, report.k)).replace(
                "%3", n_text(item.figure)))
            because.setObjectName("actionEvidence")
            because.setWordWrap(True)
            because.setTextFormat(Qt.TextFormat.PlainText)
            because.setContentsMargins(because.fontMetrics().height(), 0, 0, 0)
            layout.addWidget(because)
    note = QLabel(QCoreApplication.translate(
        "ActionWords", "An action is recommended only on figures that are shown, precise enough to act on, and whose "
                       "whole 95% interval lies above the rule's threshold."))
    note.setWordWrap(True)
    widgets += [box, note]
    return widgets, found


def workplace_part(report: Report, share_chart: Callable[..., ChartPanel], heading: Callable[[str], QLabel]
                   ) -> tuple[list[QWidget], dict[str, ChartPanel]]:
    """One chart with intervals (and its table) per workplace item; empty for an older questionnaire."""
    items: Sequence[Distribution | MultiChoice] = report.workplace.items
    if not items:
        note = QLabel(QCoreApplication.translate(
            "ActionWords", "These summaries come from a questionnaire without the questions on how AI is run at "
                           "work."))
        note.setWordWrap(True)
        return [note], {}
    widgets: list[QWidget] = [heading(QCoreApplication.translate("ActionWords", "How AI is run at work"))]
    charts: dict[str, ChartPanel] = {}
    for item in items:
        cells = item.options if isinstance(item, MultiChoice) else item.cells
        if isinstance(item, MultiChoice):
            summary = QCoreApplication.translate(
                "ActionWords", "Share of respondents choosing each answer; people could choose several, so the "
                               "shares need not add up to 100%.")
        else:
            summary = QCoreApplication.translate("ActionWords", "Share of those who answered, for each answer.")
        charts[item.id] = share_chart(item.label, cells, summary)
        widgets.append(charts[item.id])
    return widgets, charts
