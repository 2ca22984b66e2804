"""The report's vocabulary: the codes of groups the report makes itself, the tool statuses, role levels and
agreement groups in their report order, and the one table of their words.

:data:`CODE_WORDS` gives each code the report makes up itself (merged small groups, "not stated", no
spend, not answered) and each tool status its words, with a note for translators; :data:`OTHER_TOOLS`
names the tools employees typed in themselves. Every report writer
(HTML, CSV, tidy CSV, spreadsheet, JSON, and the PDF drawn from the HTML page) reads them in English; the
collector window shows the same words translated (``desktop.ui.collector.report_words``, context
``ReportWords``; the texts are marked with ``QT_TRANSLATE_NOOP`` so ``tools/translations.py update`` finds
them). This module stays Qt-free.
"""

from __future__ import annotations

from desktop.collector.report_notes import QT_TRANSLATE_NOOP, NoteText
from desktop.core.policy import NOT_LISTED
from desktop.core.summary import NO_SPEND
from desktop.core.summary_items import NOT_ANSWERED

OTHER_UNITS = "other_units"
OTHER_LEVELS = "other_levels"
NOT_STATED = "not_stated"
STATUS_COLUMNS = ("approved", "tolerated", "prohibited", NOT_LISTED)

# The words of each code: (English text, translator comment).
CODE_WORDS: dict[str, NoteText] = {
    OTHER_UNITS: QT_TRANSLATE_NOOP("ReportWords", "Other units", "small org units merged into one"),
    OTHER_LEVELS: QT_TRANSLATE_NOOP("ReportWords", "Other roles", "small role levels merged into one"),
    NOT_STATED: QT_TRANSLATE_NOOP("ReportWords", "Not stated", "respondents who gave no answer"),
    NO_SPEND: QT_TRANSLATE_NOOP("ReportWords", "Nothing", "no personal spend on AI tools"),
    NOT_ANSWERED: QT_TRANSLATE_NOOP("ReportWords", "Not answered", "respondents who left it out"),
    "approved": QT_TRANSLATE_NOOP("ReportWords", "Approved", "a tool's status under the policy"),
    "tolerated": QT_TRANSLATE_NOOP("ReportWords", "Tolerated", "a tool's status under the policy"),
    "prohibited": QT_TRANSLATE_NOOP("ReportWords", "Prohibited", "a tool's status under the policy"),
    NOT_LISTED: QT_TRANSLATE_NOOP("ReportWords", "Not listed", "a tool's status under the policy"),
}

# The name of the tools employees typed in themselves, counted per category (%1: the category).
OTHER_TOOLS: NoteText = QT_TRANSLATE_NOOP("ReportWords", "Other tools (%1)", "%1 is a kind of tool")

#: The codes the report makes up itself, and their English words (from :data:`CODE_WORDS`).
MADE_UP_CODES = (OTHER_UNITS, OTHER_LEVELS, NOT_STATED, NO_SPEND, NOT_ANSWERED)
SPECIAL_LABELS = {code: CODE_WORDS[code][0] for code in MADE_UP_CODES}
#: The tool statuses in the English words of :data:`CODE_WORDS`.
STATUS_LABELS = {code: CODE_WORDS[code][0] for code in STATUS_COLUMNS}


def status_label(code: str) -> str:
    """A tool's status in the report's English words (an unknown status as its code)."""
    return STATUS_LABELS.get(code, code)


ROLE_LEVELS = ("individual_contributor", "team_lead", "manager", "senior_leader")
#: Sentiment answers, in three groups (summary_items.AGREEMENT_GROUPS): disagreeing, neutral, agreeing.
AGREEMENT_GROUP_LABELS = {"disagree": "Disagree", "neutral": "Neutral", "agree": "Agree",
                          NOT_ANSWERED: SPECIAL_LABELS[NOT_ANSWERED]}
PERCEPTION_ITEMS = ("strategy_clear", "strategy_successful", "strategy_inclusive")
#: License candidates: each risk factor (trains on inputs by default; prohibited) adds this
#: fraction of a tool's demand to its priority.
RISK_WEIGHT = 0.5
