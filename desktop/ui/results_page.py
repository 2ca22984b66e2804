"""The employee's results: overall level and why, what to do, each tool, spend, charts.

Everything shown comes from a :class:`RiskReport` computed in core; this page only renders
it. Levels are always written out in words (and marked with a symbol), never colour alone.

Each action is shown once: in the action plan, in short groups (do this first, per tool, for
every tool, learning), not again on the tool cards. Export and Back sit in a bar below the
scrolling page, so they are in sight however long the results are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.action_groups import FIRST, FOR_ALL, LEARN, ActionGroup, group_actions
from desktop.core.action_plan import merge_done
from desktop.core.risk_results import Level, RiskReport, ToolRisk
from desktop.ui.accessibility import mark_heading
from desktop.ui.charts import ChartPanel, horizontal_bars
from desktop.ui.formatting import money
from desktop.ui.page_layout import button_bar, centred_column
from desktop.ui.style import scaled_font

#: A shape per level, so the level reads without colour (and in a screen reader, as words).
LEVEL_MARKS = {Level.LOW: "○", Level.MEDIUM: "◐", Level.HIGH: "●", Level.CRITICAL: "▲"}


def _label(text: str, *, bold: bool = False, factor: float = 1.0, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold or factor != 1.0:
        label.setFont(scaled_font(label.font(), factor, QFont.Weight.DemiBold if bold else None))
    return label


def _bullets(items: Iterable[str]) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        layout.addWidget(_label(f"•  {item}"))
    return box


class LevelBadge(QLabel):
    def __init__(self, level: Level, text: str, parent: QWidget | None = None):
        super().__init__(f"{LEVEL_MARKS[level]}  {text}", parent)
        self.setObjectName("levelBadge")
        self.setProperty("level", level.code)
        self.setAccessibleName(text)
        self.setFont(scaled_font(self.font(), 1.05, QFont.Weight.DemiBold))


class ActionRow(QWidget):
    """A check box whose text wraps: QCheckBox alone cannot wrap long sentences."""

    toggled = Signal(bool)

    def __init__(self, text: str, checked: bool, enabled: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setChecked(checked)
        self.box.setEnabled(enabled)
        self.box.setAccessibleName(text)
        self.text = _label(text)
        self.text.setBuddy(self.box)
        self.text.setEnabled(enabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.box.toggled.connect(self.toggled)

    def mouseReleaseEvent(self, event) -> None:  # clicking the sentence ticks the box, as with a label
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)

    def isChecked(self) -> bool:  # noqa: N802 - mirrors QCheckBox
        return self.box.isChecked()

    def isEnabled(self) -> bool:  # noqa: N802
        return self.box.isEnabled()

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # noqa: N802
        self.box.setFocus(reason)


class ToolCard(QFrame):
    """One tool: its level, how it is used and why it is risky (what to change is in the action plan)."""

    def __init__(self, tool: ToolRisk, level_text: str, status_text: str, account_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("toolCard")
        self.setProperty("level", tool.level.code)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{tool.name}: {level_text}")
        header = QHBoxLayout()
        header.addWidget(_label(tool.name, bold=True, factor=1.2), 1)
        header.addWidget(LevelBadge(tool.level, level_text))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        facts = status_text if not account_text else f"{status_text} · {account_text}"
        layout.addWidget(_label(facts))
        if tool.note:  # what the organization's policy says of this tool ("public and internal information only")
            self.policy_note = _label(self.tr("Your organization's note: %1").replace("%1", tool.note))
            self.policy_note.setObjectName("policyNote")
            layout.addWidget(self.policy_note)
        if tool.reasons:
            layout.addWidget(_label(self.tr("Why"), bold=True))
            layout.addWidget(_bullets(reason.text for reason in tool.reasons))


class ResultsPage(QWidget):
    """``read_only`` for past results opened from History: the action plan cannot be ticked there."""

    action_toggled = Signal(str, bool)
    back_requested = Signal()
    export_requested = Signal()

    def __init__(self, report: RiskReport, done_ids: set[str], labels: ResultLabels, heading: str,
                 read_only: bool = False, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.report = report
        self.labels = labels
        self.lang = lang
        layout = centred_column(self, 72, name=heading)
        layout.setSpacing(self.fontMetrics().height())

        layout.addWidget(mark_heading(_label(heading, bold=True, factor=1.8), 1))
        self.overall = LevelBadge(report.overall, self.tr("Overall: %1").replace(
            "%1", labels.level(report.overall)))
        self.overall.setFont(scaled_font(self.font(), 1.4, QFont.Weight.Bold))
        layout.addWidget(self.overall)
        layout.addWidget(_bullets(reason.text for reason in report.overall_reasons))

        layout.addWidget(self._section(self.tr("Your action plan")))
        self.action_boxes: dict[str, ActionRow] = {}
        if not report.actions:
            layout.addWidget(_label(self.tr("Nothing to change right now. Keep it up.")))
        elif read_only:
            layout.addWidget(_label(self.tr("Ticks from back then, for reference. Your current plan is on your "
                                            "latest results.")))
        done = dict(merge_done(report.actions, done_ids))
        for group in group_actions(report.actions, {tool.tool_id: tool.name for tool in report.tools}):
            layout.addWidget(self._subsection(self._group_title(group)))
            for action in group.actions:
                row = ActionRow(action.text, done[action], not read_only)
                row.setObjectName(f"action:{action.id}")
                row.toggled.connect(lambda checked, action_id=action.id: self.action_toggled.emit(action_id, checked))
                self.action_boxes[action.id] = row
                layout.addWidget(row)

        layout.addWidget(self._section(self.tr("Your tools")))
        self.tool_cards = []
        if not report.tools:
            layout.addWidget(_label(self.tr("You told us you did not use AI tools for work in the last 30 days.")))
        for tool in report.tools:
            card = ToolCard(tool, labels.level(tool.level), labels.status(tool.status),
                            labels.account(tool.account_kind))
            self.tool_cards.append(card)
            layout.addWidget(card)

        layout.addWidget(self._section(self.tr("What AI tools cost you")))
        self.spend_text = _label(self._spend_sentence())
        layout.addWidget(self.spend_text)
        for line in report.spend.per_tool:
            layout.addWidget(_label("•  " + self.tr("%1: %2 a month (estimate)", "a tool and what it costs").replace(
                "%1", line.name).replace("%2", self._money(line.monthly_mid))))
        if report.spend.hint:
            layout.addWidget(_label(report.spend.hint))

        if report.tools:
            layout.addWidget(self._section(self.tr("At a glance")))
            self.risk_chart = self._risk_chart()
            self.data_chart = self._data_chart()
            layout.addWidget(self.risk_chart)
            layout.addWidget(self.data_chart)

        self.export_button = QPushButton(self.tr("&Export a summary for compliance…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleDescription(self.tr(
            "Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself."))
        self.export_button.clicked.connect(self.export_requested)
        if read_only:  # hide only: showing a button not yet in a layout would open it as a window
            self.export_button.hide()
        self.back_button = QPushButton(self.tr("&Back to start"))
        self.back_button.clicked.connect(self.back_requested)
        layout.addStretch(1)
        # Below the scroll area, not at the end of the page: in sight without scrolling, and last in Tab order.
        self.button_bar = button_bar(self, 72, [self.export_button, self.back_button])

    def _section(self, title: str) -> QLabel:
        label = _label(title, bold=True, factor=1.3)
        label.setAccessibleName(title)
        return mark_heading(label, 2)

    def _subsection(self, title: str) -> QLabel:
        label = _label(title, bold=True, factor=1.1)
        label.setAccessibleName(title)
        return mark_heading(label, 3)

    def _group_title(self, group: ActionGroup) -> str:
        if group.key == FIRST:
            return self.tr("Do this first")
        if group.key == FOR_ALL:
            return self.tr("For all your tools")
        if group.key == LEARN:
            return self.tr("Learning that may help")
        return self.tr("For %1", "a tool's name: the actions about that tool").replace("%1", group.tool_name or "")

    def _money(self, amount: float) -> str:
        return money(amount, self.report.spend.currency)

    def _spend_sentence(self) -> str:
        spend = self.report.spend
        if not spend.pays_personally:
            return self.tr("You do not pay for AI tools for work out of your own pocket.")
        return self.tr("The AI tools you pay for yourself cost about %1 a month, about %2 a year.").replace(
            "%1", self._money(spend.monthly_mid_total)).replace("%2", self._money(spend.yearly_mid_total))

    def _risk_chart(self) -> ChartPanel:
        tools = list(reversed(self.report.tools))  # horizontal bars draw bottom-up: highest risk on top
        chart = horizontal_bars([t.name for t in tools], [(self.tr("Risk level"), [int(t.level) for t in tools])],
                                axis_max=4, tick_labels=[self.labels.level(level) for level in Level])
        rows = [[t.name, self.labels.level(t.level)] for t in self.report.tools]
        summary = "; ".join(f"{name}: {level}" for name, level in rows)
        return ChartPanel(self.tr("Risk per tool"), chart, [self.tr("Tool"), self.tr("Risk level")], rows,
                          self.tr("Risk levels from 1 (low) to 4 (critical). %1").replace("%1", summary))

    def _data_chart(self) -> ChartPanel:
        tools = list(reversed(self.report.tools))
        sensitive = [[c for c in t.data_classes if c not in ("public", "none")] for t in tools]
        chart = horizontal_bars([t.name for t in tools],
                                [(self.tr("Kinds of non-public data"), [len(classes) for classes in sensitive])],
                                axis_max=max([len(c) for c in sensitive] + [1]))
        rows = [[t.name, ", ".join(self.labels.data_class(c) for c in t.data_classes) or self.tr("none")]
                for t in self.report.tools]
        summary = "; ".join(f"{name}: {classes}" for name, classes in rows)
        return ChartPanel(self.tr("Data you put into each tool"), chart, [self.tr("Tool"), self.tr("Data")], rows,
                          summary)


class ResultLabels:
    """Words for codes: levels from the risk texts, everything else from the questionnaire."""

    def __init__(self, level_names: Mapping[Level, str], status_names: Mapping[str, str],
                 account_names: Mapping[str, str], data_class_names: Mapping[str, str]):
        self._levels = level_names
        self._status = status_names
        self._accounts = account_names
        self._data = data_class_names

    def level(self, level: Level) -> str:
        return self._levels[level]

    def status(self, code: str) -> str:
        return self._status.get(code, code)

    def account(self, code: str | None) -> str:
        return self._accounts.get(code, "") if code else ""

    def data_class(self, code: str) -> str:
        return self._data.get(code, code)
