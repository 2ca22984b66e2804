"""The collector dashboard: the same Report the files are written from, as tabs of charts and tables.

Withheld figures are always marked in words ("fewer than 5 people", "withheld so a hidden
group cannot be worked out"), never left blank, and every chart has its table beside it. The
figures' words are in figure_words.py, the tables, charts and headings in view_parts.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.collector import headlines as heads
from desktop.collector.report_figure import Cell
from desktop.collector.report_model import Note, Report
from desktop.ui.charts import ChartPanel
from desktop.ui.collector.actions_view import actions_part, workplace_part
from desktop.ui.collector.figure_words import figure_text, merged_label, n_text
from desktop.ui.collector.report_words import cell_label, note_text, status_text, tool_name
from desktop.ui.collector.turnout_view import turnout_labels
from desktop.ui.collector.view_parts import heading, read_only_table, scroll_page, share_chart
from desktop.ui.formatting import integer, percent


class Dashboard(QTabWidget):
    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collectorDashboard")
        self.report = report
        self.recommended: tuple = ()  # the actions shown (not .actions: that is QWidget's)
        k = report.k
        self.addTab(scroll_page(self._overview()), self.tr("Overview"))
        ranked = sorted(report.prevalence.by_tool,
                        key=lambda t: (t.unapproved_use.suppressed, -(t.unapproved_use.estimate or 0)))
        tools = [(tool_name(t.id, t.name, t.category_label), t.unapproved_use) for t in ranked]
        self.tools_chart = share_chart(self.tr("Unapproved use per tool: the 15 most common"), tools[:15], k,
                                       self.tr("Share of respondents who used each tool while it is not approved. "
                                               "The table below lists every tool."))
        self.addTab(scroll_page([self.tools_chart, read_only_table(self.tr("Unapproved use per tool"),
            [self.tr("Tool"), self.tr("Category"), self.tr("Policy status"), self.tr("Unapproved use")],
            [[tool_name(t.id, t.name, t.category_label), t.category_label or "", status_text(t.status),
              figure_text(t.unapproved_use, k)]
             for t in ranked]),
            self._heading(self.tr("By kind of tool")),
            read_only_table(self.tr("Unapproved use by kind of tool"),
                            [self.tr("Kind of tool"), self.tr("Unapproved use")],
                            [[cell_label(c), self.tr("at least %1").replace("%1", figure_text(c.figure, k))
                              if c.basis == "at_least" and c.figure.shown else figure_text(c.figure, k)]
                             for c in report.prevalence.by_category]),
        ]), self.tr("Tools"))
        self.addTab(scroll_page(self._data()), self.tr("Data"))
        self.addTab(scroll_page(self._spend()), self.tr("Spend and licences"))
        reasons = self.tr("Why people use tools the company did not provide")
        self.addTab(scroll_page([self._cells_chart(reasons, report.reasons.options)]), self.tr("Reasons"))
        self.addTab(scroll_page([
            self._cells_table(self.tr("AI literacy (self-rated)"), report.literacy.cells),
            self._cells_table(self.tr("Knows the AI policy"), report.policy_awareness.cells),
            self._cells_chart(self.tr("Training wanted"), report.training.wanted.options),
            self._cells_table(self.tr("Training formats"), report.training.formats.options),
        ]), self.tr("Skills and training"))
        workplace, self.workplace_charts = workplace_part(
            report, lambda title, cells, summary: share_chart(
                title, [(merged_label(cell, k), cell.figure) for cell in cells], k, summary), self._heading)
        self.addTab(scroll_page(workplace), self.tr("AI at work"))
        self.addTab(scroll_page(self._perception()), self.tr("Perception"))

    def _heading(self, text: str) -> QLabel:
        return heading(text, self.font())

    def _overview(self) -> list[QWidget]:
        r = self.report
        respondents = r.participation.respondents
        if respondents.shown and respondents.kind == "count" and respondents.estimate is not None:
            count = round(respondents.estimate)
            title = self.tr("%Ln respondents", "", count)
        else:
            title = self.tr("Respondents: %1").replace("%1", figure_text(respondents, r.k))
        widgets: list[QWidget] = []
        if r.notice is not None:
            notice = QLabel(self._note(r.notice))
            notice.setWordWrap(True)
            widgets.append(notice)
        else:
            widgets += self._headlines()
            actions, self.recommended = actions_part(r, figure_text, n_text, self._heading)
            widgets += actions
        widgets.append(self._heading(title))
        widgets += turnout_labels(r.participation, figure_text(respondents, r.k))
        widgets.append(self._cells_table(self.tr("Respondents by part of the organization"),
                                         r.participation.by_org_unit, count=True))
        method = QLabel(self.tr(
            "How to read this: no figure is shown from fewer than %n people, and where one group is hidden in a "
            "table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are "
            "95% intervals around estimates that undo the deliberate randomization in each summary.", "", r.k))
        method.setWordWrap(True)
        widgets.append(method)
        for note in r.method.notes:
            text = QLabel(self._note(note))
            text.setWordWrap(True)
            widgets.append(text)
        return widgets

    def headline_label(self, headline: heads.Headline) -> str:
        """What a headline figure is, in words (the same findings the HTML report states)."""
        words = {
            heads.OVERALL: self.tr("Used at least one AI tool that is not approved"),
            heads.SENSITIVE: self.tr("Put sensitive data into an unapproved tool or a personal account"),
            heads.TOP_TOOL: self.tr("Used %1 without approval (the highest share of any tool)"),
            heads.TOP_DATA: self.tr("Put this data into an AI tool that is not approved: %1"),
            heads.PAYS: self.tr("Pay for AI tools out of their own pocket"),
            heads.SPEND_TOTAL: self.tr("Yearly out-of-pocket spend, all respondents (estimated from spend bands)"),
            heads.TOP_CANDIDATE: self.tr("Demand for %1, the leading licence candidate"),
        }
        return words[headline.key].replace("%1", headline.subject or "")

    def _headlines(self) -> list[QWidget]:
        """The findings first: a table of every headline figure with its interval and n, and a chart of the shares."""
        r = self.report
        self.headlines = heads.headline_figures(r)
        rows = [[self.headline_label(h), figure_text(h.figure, r.k, r.spend.currency), n_text(h.figure)]
                for h in self.headlines]
        table = read_only_table(self.tr("Headline findings"),
                                [self.tr("Finding"), self.tr("Figure (95% interval)"), self.tr("Respondents (n)")],
                                rows)
        table.setObjectName("headlineFindings")
        shares = [(self.headline_label(h), h.figure) for h in self.headlines if h.figure.kind == "share"]
        self.headline_chart = share_chart(
            self.tr("Headline findings"), shares, r.k,
            self.tr("Each bar is a share of respondents; the line across it is its 95% interval. Hatched bars "
                    "are too uncertain to act on."))
        return [self._heading(self.tr("Headline findings")), table, self.headline_chart]

    def _data(self) -> list[QWidget]:
        r, k = self.report, self.report.k
        widgets: list[QWidget] = [
            self._heading(self.tr("What data goes where")),
            read_only_table(self.tr("Data classes"),
                            [self.tr("Data"), self.tr("Into unapproved tools"), self.tr("Into personal accounts")],
                            [[row.label, figure_text(row.to_unapproved, k), figure_text(row.to_personal, k)]
                             for row in r.data_classes.rows])]
        if r.data_classes.tables:
            for title, attribute in ((self.tr("By the tool's status under the policy"), "by_status"),
                                     (self.tr("By kind of account"), "by_account_kind")):
                first = r.data_classes.rows[0] if r.data_classes.rows else None
                columns = [cell_label(cell) for cell in getattr(first, attribute)] if first else []
                widgets.append(self._heading(title))
                widgets.append(read_only_table(
                    title, [self.tr("Data"), *columns],
                    [[row.label, *(figure_text(cell.figure, k) for cell in getattr(row, attribute))]
                     for row in r.data_classes.rows]))
        else:
            note = QLabel(self.tr("Breakdowns by tool status and account kind need summaries sent without "
                                  "randomized response; this campaign's summaries are randomized."))
            note.setWordWrap(True)
            widgets.append(note)
        return widgets

    def _spend(self) -> list[QWidget]:
        r, k = self.report, self.report.k
        s = r.spend
        facts = read_only_table(self.tr("Out-of-pocket spend"), [self.tr("Figure"), self.tr("Value")], [
            [self.tr("Pay for AI tools themselves"), figure_text(s.pays_out_of_pocket, k)],
            [self.tr("Estimated yearly out-of-pocket, per respondent"),
             figure_text(s.annual_per_respondent, k, s.currency)],
            [self.tr("Estimated yearly out-of-pocket, all respondents"), figure_text(s.annual_total, k, s.currency)],
        ])
        candidates = read_only_table(self.tr("Licence candidates"),
                                     [self.tr("Tool"), self.tr("Status"), self.tr("Demand"),
                                      self.tr("Yearly out-of-pocket (estimate)")],
                                     [[tool_name(c.tool_id, c.name, None), status_text(c.status),
                                       figure_text(c.demand, k), figure_text(c.annual_out_of_pocket, k, s.currency)]
                                      for c in r.license_candidates])
        return [self._heading(self.tr("What employees pay themselves")), facts,
                self._cells_table(self.tr("Monthly spend bands"), s.bands.cells),
                self._heading(self.tr("Licence candidates: tools employees pay for themselves")), candidates]

    def _perception(self) -> list[QWidget]:
        k = self.report.k
        gaps = self.report.perception_gap

        def leadership(g) -> str:
            if g.leadership_answers is not None:
                return figure_text(g.leadership_answers, k)
            return percent(g.leadership) if g.leadership is not None else self.tr("not set in the policy")

        def source(g) -> str:
            if g.source == "answers":
                return self.tr("Senior leaders' own answers")
            return self.tr("The policy's benchmark") if g.leadership is not None else "—"

        gap = read_only_table(self.tr("Perception gap"), [self.tr("Statement"), self.tr("Employees agreeing"),
                                                          self.tr("Leadership agreeing"), self.tr("Leadership from"),
                                                          self.tr("Gap")],
                              [[g.label, figure_text(g.employees, k), leadership(g), source(g),
                                self._points(g.gap) if g.gap is not None else "—"] for g in gaps])
        gap.setObjectName("perceptionGap")
        if gaps and all(g.source == "answers" for g in gaps):
            said = self.tr("Leadership's view comes from senior leaders' own answers to the same statements; "
                           "employees are everyone else.")
        elif any(g.source == "answers" for g in gaps):
            said = self.tr("Leadership's view comes from senior leaders' own answers where both groups are large "
                           "enough to show, and otherwise from the policy's benchmark, set against all respondents.")
        else:
            said = self.tr("Leadership's view comes from the policy's benchmark, set against all respondents. Senior "
                           "leaders' own answers are shown only for the whole campaign, and only when enough of them "
                           "and of everyone else answered to show both without pointing at anyone.")
        source_label = QLabel(said)
        source_label.setObjectName("perceptionSource")
        source_label.setWordWrap(True)
        sentiment = read_only_table(self.tr("How employees see AI at work"), [self.tr("Statement"), self.tr("Agree")],
                                    [[item.label, figure_text(item.agree, k)] for item in self.report.sentiment])
        return [self._heading(self.tr("Leadership's view and employees' view")), source_label, gap, sentiment]

    def _points(self, gap: float) -> str:
        """A difference in percentage points, with its sign: "+12 points"."""
        points = round(gap * 100)
        signed = ("+" if points > 0 else "") + integer(points)
        return self.tr("%1 points", "a difference in percentage points; %1 has its sign", abs(points)).replace(
            "%1", signed)

    def _note(self, note: Note) -> str:
        return note_text(note, self.report)

    def _cells_table(self, title: str, cells: Sequence[Cell], count: bool = False) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(title))
        k = self.report.k
        first = self.tr("Group", "first column of a dashboard table: the answer or group a row counts")
        layout.addWidget(read_only_table(title, [first, self.tr("People") if count else self.tr("Share")],
                                         [[merged_label(cell, k), figure_text(cell.figure, k)] for cell in cells]))
        return box

    def _cells_chart(self, title: str, cells: Sequence[Cell]) -> ChartPanel:
        return share_chart(title, [(merged_label(cell, self.report.k), cell.figure) for cell in cells], self.report.k,
                           self.tr("Share of respondents for each answer."))
