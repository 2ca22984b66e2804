"""The collector dashboard: the same Report the files are written from, as tabs of charts and tables.

Withheld figures are always marked in words ("fewer than 5 people", "withheld so a hidden
group cannot be worked out"), never left blank, and every chart has its table beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.collector import headlines as heads
from desktop.collector.ledger import DASHBOARD, Refusal
from desktop.collector.report_figure import Cell, Figure
from desktop.collector.report_model import Note, Report
from desktop.ui.accessibility import mark_heading
from desktop.ui.charts import ChartPanel
from desktop.ui.collector.actions_view import actions_part, workplace_part
from desktop.ui.collector.report_words import cell_label, note_text, status_text, tool_name
from desktop.ui.collector.turnout_view import turnout_labels
from desktop.ui.formatting import integer, money, number, percent, utc_moment
from desktop.ui.interval_chart import Bar, interval_bars, make_room
from desktop.ui.page_layout import centred_column
from desktop.ui.style import scaled_font


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


def _table(name: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> QTableWidget:
    rows = list(rows)
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().defaultSectionSize() * (
        min(len(rows), 14) + 0.5)
    table.setMinimumHeight(int(height))
    return table


def merged_label(cell: Cell, k: int) -> str:
    """A cell's name; a merged group says what it is, as the HTML report does."""
    label = cell_label(cell)
    if cell.members:
        return QCoreApplication.translate("Dashboard", "%1 (together; each has fewer than %2 respondents)").replace(
            "%1", label).replace("%2", integer(k))
    return label


def share_bar(label: str, figure: Figure) -> Bar:
    """A share as the chart draws it: percent, with its interval; no bar for a withheld figure."""
    if not figure.shown or figure.estimate is None:
        return Bar(QCoreApplication.translate("Dashboard", "%1 (withheld)").replace("%1", label), None)
    low = None if figure.ci_low is None else figure.ci_low * 100
    high = None if figure.ci_high is None else figure.ci_high * 100
    return Bar(label, figure.estimate * 100, low, high, figure.too_wide)


def _share_chart(title: str, cells: Sequence[tuple[str, Figure]], k: int, summary: str) -> ChartPanel:
    """Bars for shown shares, each with its interval; withheld ones are named in the axis label."""
    bars = [share_bar(label, fig) for label, fig in cells]
    top = max([max(bar.value or 0, bar.high or 0) for bar in bars] + [1])
    chart = interval_bars(bars, QCoreApplication.translate("Dashboard", "Share of respondents (%)"),
                          min(100, (int(top * 1.1) // 10 + 1) * 10))
    rows = [[label, figure_text(fig, k), n_text(fig)] for label, fig in cells]
    first = QCoreApplication.translate("Dashboard", "Group",
                                       "first column of a dashboard table: the answer or group a row counts")
    panel = ChartPanel(title, chart, [first, QCoreApplication.translate("Dashboard", "Share of respondents"),
                                      QCoreApplication.translate("Dashboard", "Respondents (n)")], rows, summary)
    make_room(panel.view, len(bars))
    return panel


def n_text(figure: Figure | None) -> str:
    """How many respondents a figure rests on, or a dash when it is withheld."""
    if figure is None or figure.suppressed or figure.n is None:
        return "—"
    return integer(figure.n)


class Dashboard(QTabWidget):
    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collectorDashboard")
        self.report = report
        self.recommended: tuple = ()  # the actions shown (not .actions: that is QWidget's)
        k = report.k
        self.addTab(self._page(self._overview()), self.tr("Overview"))
        ranked = sorted(report.prevalence.by_tool,
                        key=lambda t: (t.unapproved_use.suppressed, -(t.unapproved_use.estimate or 0)))
        tools = [(tool_name(t.id, t.name, t.category_label), t.unapproved_use) for t in ranked]
        self.tools_chart = _share_chart(self.tr("Unapproved use per tool: the 15 most common"), tools[:15], k,
                                        self.tr("Share of respondents who used each tool while it is not approved. "
                                                "The table below lists every tool."))
        self.addTab(self._page([self.tools_chart, _table(self.tr("Unapproved use per tool"),
            [self.tr("Tool"), self.tr("Category"), self.tr("Policy status"), self.tr("Unapproved use")],
            [[tool_name(t.id, t.name, t.category_label), t.category_label or "", status_text(t.status),
              figure_text(t.unapproved_use, k)]
             for t in ranked]),
            self._heading(self.tr("By kind of tool")),
            _table(self.tr("Unapproved use by kind of tool"), [self.tr("Kind of tool"), self.tr("Unapproved use")],
                   [[cell_label(c), self.tr("at least %1").replace("%1", figure_text(c.figure, k))
                     if c.basis == "at_least" and c.figure.shown else figure_text(c.figure, k)]
                    for c in report.prevalence.by_category]),
        ]), self.tr("Tools"))
        self.addTab(self._page(self._data()), self.tr("Data"))
        self.addTab(self._page(self._spend()), self.tr("Spend and licences"))
        reasons = self.tr("Why people use tools the company did not provide")
        self.addTab(self._page([self._cells_chart(reasons, report.reasons.options)]), self.tr("Reasons"))
        self.addTab(self._page([
            self._cells_table(self.tr("AI literacy (self-rated)"), report.literacy.cells),
            self._cells_table(self.tr("Knows the AI policy"), report.policy_awareness.cells),
            self._cells_chart(self.tr("Training wanted"), report.training.wanted.options),
            self._cells_table(self.tr("Training formats"), report.training.formats.options),
        ]), self.tr("Skills and training"))
        workplace, self.workplace_charts = workplace_part(
            report, lambda title, cells, summary: _share_chart(
                title, [(merged_label(cell, k), cell.figure) for cell in cells], k, summary), self._heading)
        self.addTab(self._page(workplace), self.tr("AI at work"))
        self.addTab(self._page(self._perception()), self.tr("Perception"))

    def _page(self, widgets: Sequence[QWidget]) -> QScrollArea:
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # Not a Tab stop: Tab through its tables and toggles scrolls it to each; it would be a silent stop.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        mark_heading(label, 2)
        label.setWordWrap(True)
        return label

    def _overview(self) -> list[QWidget]:
        r = self.report
        respondents = r.participation.respondents
        if respondents.shown and respondents.kind == "count" and respondents.estimate is not None:
            count = round(respondents.estimate)
            heading = self.tr("%Ln respondents", "", count)
        else:
            heading = self.tr("Respondents: %1").replace("%1", figure_text(respondents, r.k))
        widgets: list[QWidget] = []
        if r.notice is not None:
            notice = QLabel(self._note(r.notice))
            notice.setWordWrap(True)
            widgets.append(notice)
        else:
            widgets += self._headlines()
            actions, self.recommended = actions_part(r, figure_text, n_text, self._heading)
            widgets += actions
        widgets.append(self._heading(heading))
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
        table = _table(self.tr("Headline findings"),
                       [self.tr("Finding"), self.tr("Figure (95% interval)"), self.tr("Respondents (n)")], rows)
        table.setObjectName("headlineFindings")
        shares = [(self.headline_label(h), h.figure) for h in self.headlines if h.figure.kind == "share"]
        self.headline_chart = _share_chart(
            self.tr("Headline findings"), shares, r.k,
            self.tr("Each bar is a share of respondents; the line across it is its 95% interval. Hatched bars "
                    "are too uncertain to act on."))
        return [self._heading(self.tr("Headline findings")), table, self.headline_chart]

    def _data(self) -> list[QWidget]:
        r, k = self.report, self.report.k
        widgets: list[QWidget] = [
            self._heading(self.tr("What data goes where")),
            _table(self.tr("Data classes"),
                   [self.tr("Data"), self.tr("Into unapproved tools"), self.tr("Into personal accounts")],
                   [[row.label, figure_text(row.to_unapproved, k), figure_text(row.to_personal, k)]
                    for row in r.data_classes.rows])]
        if r.data_classes.tables:
            for title, attribute in ((self.tr("By the tool's status under the policy"), "by_status"),
                                     (self.tr("By kind of account"), "by_account_kind")):
                first = r.data_classes.rows[0] if r.data_classes.rows else None
                columns = [cell_label(cell) for cell in getattr(first, attribute)] if first else []
                widgets.append(self._heading(title))
                widgets.append(_table(title, [self.tr("Data"), *columns],
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
        facts = _table(self.tr("Out-of-pocket spend"), [self.tr("Figure"), self.tr("Value")], [
            [self.tr("Pay for AI tools themselves"), figure_text(s.pays_out_of_pocket, k)],
            [self.tr("Estimated yearly out-of-pocket, per respondent"),
             figure_text(s.annual_per_respondent, k, s.currency)],
            [self.tr("Estimated yearly out-of-pocket, all respondents"), figure_text(s.annual_total, k, s.currency)],
        ])
        candidates = _table(self.tr("Licence candidates"), [self.tr("Tool"), self.tr("Status"), self.tr("Demand"),
                                                             self.tr("Yearly out-of-pocket (estimate)")],
                            [[tool_name(c.tool_id, c.name, None), status_text(c.status), figure_text(c.demand, k),
                              figure_text(c.annual_out_of_pocket, k, s.currency)]
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

        gap = _table(self.tr("Perception gap"), [self.tr("Statement"), self.tr("Employees agreeing"),
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
        sentiment = _table(self.tr("How employees see AI at work"), [self.tr("Statement"), self.tr("Agree")],
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
        layout.addWidget(_table(title, [first, self.tr("People") if count else self.tr("Share")],
                                [[merged_label(cell, k), figure_text(cell.figure, k)] for cell in cells]))
        return box

    def _cells_chart(self, title: str, cells: Sequence[Cell]) -> ChartPanel:
        return _share_chart(title, [(merged_label(cell, self.report.k), cell.figure) for cell in cells], self.report.k,
                            self.tr("Share of respondents for each answer."))


def empty_dashboard(message: str) -> QWidget:
    label = QLabel(message)
    label.setObjectName("emptyDashboard")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class HeldBackWords(QObject):
    """The words of a release the ledger refused (a QObject so that lupdate sees the plural forms)."""

    def texts(self, refusal: Refusal) -> tuple[str, list[str]]:
        changed, more = refusal.difference, refusal.more_needed
        # Two sources each, so English reads right without a translation file.
        if changed == 1:
            why = self.tr("Only %n new summary has come in since figures were last released. Showing new figures "
                          "now would let anyone who compares them with the earlier ones work out that person's "
                          "answers.", "", changed)
        else:
            why = self.tr("Only the summaries of %n people differ from those behind the figures released last (new "
                          "ones, or sent again with other answers). Showing new figures now would let anyone who "
                          "compares them with the earlier ones work out those people's answers.", "", changed)
        if more == 1:
            wait = self.tr("%n more summary must be imported before new figures can be shown.", "", more)
        else:
            wait = self.tr("%n more summaries must be imported before new figures can be shown.", "", more)
        earlier = refusal.earlier
        when = utc_moment(earlier.released_at)
        if earlier.output == DASHBOARD:
            last = self.tr("The last released figures were shown on this dashboard on %1.").replace("%1", when)
        else:
            last = self.tr("The last released figures are in the %1 report saved as %2 on %3; use that report "
                           "until then.", "%1: HTML, PDF, CSV or JSON; %2: its file; %3: date and time").replace(
                "%1", earlier.output.upper()).replace("%2", earlier.target or "").replace("%3", when)
        return self.tr("New figures are held back to protect a few people"), [why, wait, last]


def held_back_texts(refusal: Refusal) -> tuple[str, list[str]]:
    """Why the release ledger holds figures back, in the interface language: a heading and paragraphs
    (what changed and why that matters, how many more summaries must come, where the last figures are)."""
    return HeldBackWords().texts(refusal)


class HeldBackNotice(QWidget):
    """Shown in place of the figures when the release ledger refuses them: never a blank page."""

    def __init__(self, refusal: Refusal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("releaseRefused")
        self.refusal = refusal
        heading, paragraphs = held_back_texts(refusal)
        column = centred_column(self, 44, name=heading)
        column.setSpacing(round(self.fontMetrics().height() * 0.75))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(heading)
        title.setObjectName("releaseRefusedHeading")
        title.setFont(scaled_font(self.font(), 1.3, QFont.Weight.Bold))
        mark_heading(title, 1)
        title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(title, 1)
        column.addStretch(1)
        column.addLayout(top)
        self.paragraphs: list[QLabel] = []
        for index, text in enumerate(paragraphs):
            label = QLabel(text)
            if index == 1:  # how many more must come: what the analyst can act on
                label.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the file name
            column.addWidget(label)
            self.paragraphs.append(label)
        column.addStretch(2)
