"""The report as one self-contained HTML file: findings first, then every aggregate, with inline SVG charts.

``render_html(report, organization=...)`` returns the page; :func:`write_html` writes it. The page
needs nothing else: no script, no stylesheet or font to fetch, no link to follow; the charts are
inline SVG (horizontal bars, with whiskers for 95% intervals; :mod:`desktop.collector.svg_bars`),
and every chart has a table with the same figures beside it. It reads aloud and prints well:
headings in order, tables with captions and header cells, charts with ``role="img"``, a
``<title>`` and a ``<desc>`` listing the values, and nothing told by colour alone (withheld
figures are written out, too-wide intervals are dashed and say so).

Privacy. The page is built from the :class:`~desktop.collector.report_model.Report` alone: figures
the aggregation withheld are printed in words (:mod:`desktop.collector.report_text`), never as a
number and never left blank, and the plain-language findings are written only from figures that
are shown. No summary, answer or submission id is in a report, so none can reach the page.

The PDF writer uses :func:`render_html` with ``embed_chart`` (it draws each chart as an image).
The page's building blocks are :class:`desktop.collector.html_page.Page`; the section on sentiment and
the perception gap is :mod:`desktop.collector.html_sentiment`, the org units side by side
:mod:`desktop.collector.unit_report`.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from desktop.collector import unit_report
from desktop.collector.actions import recommended_actions
from desktop.collector.html_page import CSS, Page
from desktop.collector.html_sentiment import sentiment_section
from desktop.collector.report_figure import Cell, MultiChoice
from desktop.collector.report_files import write_report_bytes
from desktop.collector.report_model import Report
from desktop.collector.report_sections import (
    CategoryFigure,
    DataClassRow,
    LicenseCandidate,
    ToolFigure,
)
from desktop.collector.report_text import (
    findings,
    method_entries,
    title_of,
    withheld_text,
)
from desktop.collector.svg_bars import ChartEmbed, describe, figure_bar, inline_svg
from desktop.collector.turnout import warning
from desktop.collector.vocabulary import status_label

__all__ = ["render_html", "write_html"]

#: The chart of tools shows this many tools with the highest figures; the table lists all.
TOP_TOOLS = 15


class _ReportPage(Page):
    """The report's sections, in the order the page shows them."""

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
                   describe(bars, f"The {len(bars)} tools used most without approval."), bars,
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
                   f"<td>{escape(status_label(tool.status))}</td>",
                   self.figure_cell(tool.unapproved_use)]
            if exact_use:
                row.append(self.figure_cell(tool.use, absent="not known (randomized)"))
            row.append(self.n_cell(tool.unapproved_use))
            return row

        self.table("Unapproved use per tool: share of respondents (95% interval in brackets where estimated)",
                   headers, ((tool.name, cells(tool)) for tool in ordered))
        categories = prevalence.by_category
        at_least = any(item.basis == "at_least" for item in categories)
        bars = [figure_bar(item.label, item.figure, self.k, self.currency,
                            prefix="at least " if item.basis == "at_least" else "")
                for item in categories]
        self.chart("Unapproved use by tool category (share of respondents)",
                   describe(bars, "Share of respondents using an unapproved tool of each category."), bars,
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
                                  self.n_cell(item.figure)]) for item in categories))

    def data_classes(self) -> None:
        data = self.report.data_classes
        self.heading(2, "Company data put into AI tools", "data-classes")
        self.para("Share of respondents who put each kind of data into a tool that is not approved, and into a "
                  "personal account (their own free or paid account, a browser extension, or an API or local "
                  "model).")
        bars = self.bars((row.label, row.to_unapproved) for row in data.rows)
        self.chart("Data put into unapproved tools (share of respondents)",
                   describe(bars, "Share of respondents per data class."), bars)
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
                    f"<td>{escape(status_label(item.status))}</td>"]

        self.table("License candidates, highest priority first", headers,
                   ((item.name, cells(rank, item)) for rank, item in enumerate(candidates, start=1)))

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
        entries = method_entries(self.report)
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
    page = _ReportPage(report, embed_chart)
    page.header(organization)
    page.findings()
    page.actions()
    page.prevalence()
    page.data_classes()
    page.spend()
    page.reasons()
    page.literacy()
    page.workplace()
    sentiment_section(page)
    page.participation()
    unit_report.html_section(page)  # the org units side by side, when the report carries them
    page.method()
    page.footer()
    title = escape(title_of(report, organization))
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<meta name="generator" content="Candor"/>'
            f"<title>{title}</title><style>{CSS}</style></head>\n<body><main>\n"
            + "\n".join(page.parts) + "\n</main></body></html>\n")


# --- writing --------------------------------------------------------------------------------------


def write_html(report: Report, path: str | os.PathLike[str], *, organization: str) -> Path:
    """Write the HTML report to ``path`` (replacing it whole, or not at all); return the path."""
    return write_report_bytes(path, render_html(report, organization=organization).encode("utf-8"))
