"""The report's wording, shared by every writer: figures in words, the findings, the title.

:func:`figure_text` writes one figure for a table cell (``48% (41–55%)``, ``EUR 0 to EUR 5,000``,
or why it is withheld); the CSV, the HTML page and the PDF (drawn from the page) all use it, so a
figure reads the same in each. :func:`findings` writes the plain-language findings, only from
figures that are shown; :func:`title_of` is the title of the HTML and PDF reports;
:func:`perception_source_text` says where leadership's view in the perception gap comes from, and
:func:`method_entries` explains how to read the report (k, the mechanism, epsilon, the intervals).

Privacy. A withheld figure is written as "fewer than k", "withheld (so a hidden group cannot be
worked out)" or "withheld (fewer than k outside this org unit)", never as a number and never left
blank.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.collector import privacy_rules as rules
from desktop.collector.headlines import usable
from desktop.collector.report_figure import AMOUNT, APPROVED, COUNT, EXACT, RANDOMIZED_RESPONSE, Figure
from desktop.collector.report_model import Report
from desktop.collector.report_sections import GapItem

COMPLEMENTARY_TEXT = "withheld (so a hidden group cannot be worked out)"
#: An approved tool's "used without approval" is false by definition, so no summary asks it.
APPROVED_TEXT = "approved (not asked)"
TOO_WIDE_TEXT = "interval too wide to act on"
MECHANISM_TEXT = {
    RANDOMIZED_RESPONSE: "randomized response",
    EXACT: "exact answers (no randomization)",
}
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


def value_text(value: float | None, kind: str, currency: str) -> str:
    if kind == AMOUNT:
        return money(value, currency)
    if kind == COUNT:
        return "not available" if value is None else f"{value:,.0f}"
    return percent(value)


def has_interval(figure: Figure) -> bool:
    return figure.ci_low is not None and figure.ci_high is not None


def interval_text(figure: Figure, currency: str = "") -> str:
    """The 95% interval as ``41–55%`` (or amounts), or "" when the figure has none."""
    if figure.suppressed or not has_interval(figure):
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
    text = value_text(figure.estimate, figure.kind, currency)
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
    if has_interval(figure):
        return f"About {percent(figure.estimate)} of respondents (95% interval {interval_text(figure)})"
    if figure.count is not None and figure.n:
        return f"{percent(figure.estimate)} of respondents ({figure.count:,} of {figure.n:,})"
    return f"{percent(figure.estimate)} of respondents"


def _share_words(figure: Figure) -> str:
    """"19%" for a count, "about 19%" for an estimate."""
    return ("about " if has_interval(figure) else "") + percent(figure.estimate)


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
            if has_interval(total):
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


# --- the perception gap and the title --------------------------------------------------------------


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


# --- how to read the report -----------------------------------------------------------------------


def method_entries(report: Report) -> list[tuple[str, str]]:
    """The terms of "How to read this" (respondents, k, the mechanism, epsilon, the 95% interval), each with
    what it means for this report."""
    method = report.method
    entries: list[tuple[str, str]] = []
    n = method.respondents
    entries.append(("Respondents", f"n = {n.n:,}." if n.shown and n.n is not None
                    else f"{withheld_text(n, report.k)}."))
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
    return entries
