"""The report's notes, in one place: each note's code and its English text, with ``%1``, ``%2`` ... for
the report's own figures (k, epsilon, ...).

The collector fills them in English for the report files (:func:`fill`); the dashboard translates the
same texts (context ``ReportWords``) and fills them with figures in the interface language. The texts
are marked with ``QT_TRANSLATE_NOOP`` so ``tools/translations.py update`` finds them; this module stays
Qt-free.
"""

from __future__ import annotations

#: (text, translator comment or None) per note code.
NoteText = tuple[str, str | None]


def QT_TRANSLATE_NOOP(context: str, text: str, comment: str | None = None) -> NoteText:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for translation in ``context``; the text and its comment, unchanged."""
    return text, comment


NOTES: dict[str, NoteText] = {
    "withheld_fewer_than_k": QT_TRANSLATE_NOOP(
        "ReportWords", "Every figure is withheld: this org unit has fewer than %1 respondents (the "
        "policy's minimum group size), so no figure could be shown without pointing at individuals."),
    "withheld_fewer_than_k_campaign": QT_TRANSLATE_NOOP(
        "ReportWords", "Every figure is withheld: this campaign has fewer than %1 respondents (the "
        "policy's minimum group size), so no figure could be shown without pointing at individuals."),
    "withheld_complementary": QT_TRANSLATE_NOOP(
        "ReportWords", "Every figure is withheld: fewer than %1 respondents are outside this org unit, so "
        "subtracting this report from the whole-campaign report would reveal their answers."),
    "withheld_unit_size_hidden": QT_TRANSLATE_NOOP(
        "ReportWords", "Every figure is withheld: the whole-campaign report hides how many respondents this "
        "org unit has, so that a unit with fewer than %1 cannot be worked out by subtraction; a report of "
        "this unit would reveal it."),
    "suppression": QT_TRANSLATE_NOOP(
        "ReportWords", "No figure comes from fewer than %1 respondents (the policy's minimum group size). A "
        "share counted exactly is also withheld when fewer than %1 people lack the answer. Where a breakdown "
        "shows its total, further cells are withheld until someone who knows this rule and sees every figure "
        "still cannot narrow a withheld cell down: one withheld as fewer than %1 could be any of 1 to %2, any "
        "other has at least %1 possible values. A breakdown for which that is not possible shows nothing."),
    "randomized_response": QT_TRANSLATE_NOOP(
        "ReportWords", "Every answer but the org unit and role level was randomized on each employee's laptop "
        "before it was sent (randomized response), so no single summary proves anything about its author. The "
        "collector removes the bias from many summaries; the result is an estimate with a 95% confidence "
        "interval."),
    "epsilon": QT_TRANSLATE_NOOP(
        "ReportWords", "The privacy guarantee is per item: each randomized answer on its own is "
        "epsilon-differentially private with epsilon = %1, so the true answer is sent at most %3 times as often "
        "as any other. One summary carries %4 such answers; the bound for everything in one summary together is "
        "epsilon = %2 (their sum), and answers that go together say more than any one alone.",
        "%1: epsilon per answer; %2: epsilon of one whole summary; %3: a number such as 3; %4: a count"),
    "left_out": QT_TRANSLATE_NOOP(
        "ReportWords", "%1 stored summaries were left out of every figure: they were made with other privacy "
        "settings than the campaign's, or by an older Candor whose answers were not all protected. Ask their "
        "senders to export again with the current Candor.", "%1 is a number of summaries"),
    "too_wide": QT_TRANSLATE_NOOP(
        "ReportWords", "Estimates whose 95% interval reaches more than 15 percentage points either side are "
        "flagged as too wide to act on."),
    "category_at_least": QT_TRANSLATE_NOOP(
        "ReportWords", "With randomized response, each tool is randomized on its own, so the share using any "
        "tool of a category cannot be recovered. A category's figure is the highest estimate among its "
        "tools, read as \"at least\": the share using some tool of the category is at least that tool's "
        "share. Being the highest of several noisy estimates, it may sit above that tool's true share; its "
        "interval shows by how much it can be off."),
    "license_candidates_randomized": QT_TRANSLATE_NOOP(
        "ReportWords", "With randomized response, what people pay per tool cannot be derived (paying and "
        "using a tool are randomized separately), so license candidates are the tools with a business tier "
        "that does not train on inputs, ranked by their unapproved-use estimate and risk."),
    "spend_estimate": QT_TRANSLATE_NOOP(
        "ReportWords", "Spend figures are estimates: each monthly band counts at its midpoint (an open-ended "
        "band at 1.5 times its lower bound), times twelve months. The total extrapolates the mean to all "
        "respondents; it is not a sum of reported amounts."),
    "license_spend_band": QT_TRANSLATE_NOOP(
        "ReportWords", "Each tool's yearly out-of-pocket spend is shown only as a band at least twice as wide as "
        "the most one person can add to it in a year, so that it cannot be decoded into the spend bands of the "
        "people who pay."),
    "license_spend_unit": QT_TRANSLATE_NOOP(
        "ReportWords", "Org-unit reports show who pays for each tool but not how much: set beside the "
        "whole-campaign report's band, the unit's would narrow both."),
    "license_priority": QT_TRANSLATE_NOOP(
        "ReportWords", "License candidates are ranked by demand, raised by %1% for each risk: the tool trains "
        "on inputs by default, or the policy prohibits it.", "%1 is a number of percent"),
    "org_unit": QT_TRANSLATE_NOOP(
        "ReportWords", "A figure counted exactly is also withheld here when the whole-campaign report minus this "
        "one, and minus the reports of any other org units, would show fewer than %1 people for it."),
}


def fill(text: str, *values: str) -> str:
    """``text`` with ``%1``, ``%2`` ... replaced by ``values`` in turn (``%1`` may appear several times)."""
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", value)
    return text


def note_text(code: str, *values: str) -> str:
    """A note's English text, filled with ``values``."""
    return fill(NOTES[code][0], *values)
