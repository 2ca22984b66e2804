"""Preview every field of the summary, withhold the optional parts, then save, copy or drop it."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CandorError
from desktop.core.summary import Choices
from desktop.core.summary_preview import Phrases, PreviewRow, PreviewSection, Words, describe, marked_value
from desktop.exchange.exporter import Exporter
from desktop.ui.accessibility import mark_heading
from desktop.ui.code_entry import CodeEntry, channel_text
from desktop.ui.policy_words import export_block_sentence
from desktop.ui.prompts import Prompts
from desktop.ui.style import scaled_font

# The optional parts, in the order offered. (Not "#:": lupdate would show that to translators.)
PARTS = ("org_unit", "role_level", "sentiment")


def preview_phrases() -> Phrases:
    """The words the plain-words preview composes, in the interface language."""
    return Phrases(
        yes=QCoreApplication.translate("ExportDialog", "yes", "an answer shown in the summary preview"),
        no=QCoreApplication.translate("ExportDialog", "no", "an answer shown in the summary preview"),
        none=QCoreApplication.translate("ExportDialog", "none", "no monthly spend, in the summary preview"),
        own_tool=QCoreApplication.translate("ExportDialog", "A tool you added yourself (%1)",
                                            "%1 is the kind of tool, such as Chat assistant"),
        data=QCoreApplication.translate("ExportDialog", "data: %1", "%1 lists kinds of data put into a tool"),
        spend=QCoreApplication.translate("ExportDialog", "spend: %1", "%1 is a monthly spending band"),
        reasons=QCoreApplication.translate("ExportDialog", "why: %1",
                                           "%1 lists the reasons given for using one tool rather than a company one"),
        submission_id=QCoreApplication.translate(
            "ExportDialog", "%1 (the same for every export in this campaign, so a new one replaces the old; "
            "it does not identify you)", "%1 is a random submission number"),
        participation_code=QCoreApplication.translate(
            "ExportDialog", "included: the code you entered, ending in %1. It shows that one invited person sent "
            "this, not which one", "%1 is the last four characters of the participation code"),
        versions=QCoreApplication.translate("ExportDialog", "%1, questionnaire %2",
                                            "%1 is Candor's version, %2 the questionnaire's version"),
        not_answered=QCoreApplication.translate("ExportDialog", "not answered", "an answer in the summary preview"),
        bit_note=QCoreApplication.translate(
            "ExportDialog", "Randomized: each yes/no here was sent as you answered with a chance of %1 and flipped "
            "otherwise, so it may differ from your answer.", "%1 is a percentage such as 75%"),
        category_note=QCoreApplication.translate(
            "ExportDialog", "Randomized: sent as you answered with a chance of %1, otherwise as one of the %2 other "
            "answers picked at random, so it may differ from your answer.",
            "%1 is a percentage, %2 a number of answers"),
        guarantee=QCoreApplication.translate(
            "ExportDialog", "Every randomized answer is sent as given at most %1 times as often as any other answer "
            "(epsilon %2 per answer), so none of them proves anything about you on its own. This summary carries "
            "%3 randomized answers; answers that go together say more than one alone.",
            "%1 a number such as 3, %2 the privacy parameter epsilon, %3 a number of answers"),
        exact=QCoreApplication.translate(
            "ExportDialog", "Randomized response is off in this campaign: your answers are sent exactly as given."),
        randomized_value=QCoreApplication.translate(
            "ExportDialog", "%1 (randomized)", "a value in the summary preview that was randomized and may differ "
            "from the answer given; %1 is the value"),
    )


class ExportDialog(QDialog):
    """Nothing is sent by itself: every way out is a button the employee presses."""

    def __init__(self, exporter: Exporter, build_inputs: tuple[Mapping[str, Any], Mapping[str, Any]],
                 words: Words, available: Mapping[str, str],
                 prompts: Prompts | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview and export your summary"))
        self.exporter = exporter
        self.effective, self.other_tools = build_inputs
        self.words = words
        self.prompts = (prompts or Prompts()).within(self)  # the Save dialog opens over this one
        self.summary: dict[str, Any] = {}

        title = QLabel(self.tr("This is everything that would be sent"))
        title.setFont(scaled_font(self.font(), 1.4, QFont.Weight.Bold))
        mark_heading(title, 1)
        intro = QLabel(self.tr(
            "Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you "
            "added yourself, no dates. It goes only where you put it, encrypted so that only your "
            "organization's compliance team can open it.") if exporter.encrypts else self.tr(
            "Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you "
            "added yourself, no dates. Your organization's policy allows summaries without encryption, so "
            "anyone who gets the file can read it."))
        intro.setWordWrap(True)
        # Everything down to the preview scrolls as one, so at 200% on a small screen the preview keeps
        # room to be read (it had none below the explanations); the status and buttons stay in view.
        outer = QVBoxLayout(self)
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        body_scroll = QScrollArea()
        body_scroll.setObjectName("exportBody")
        body_scroll.setWidgetResizable(True)
        body_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop; its contents take the focus
        body_scroll.setWidget(self.body)
        outer.addWidget(body_scroll, 1)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.channel = QLabel(channel_text(exporter))
        self.channel.setWordWrap(True)
        layout.addWidget(self.channel)
        if exporter.policy.privacy.randomized_response:
            self.randomized_note = QLabel(self.tr(
                "Every answer below is randomized on purpose, except the groups you choose to include: each may "
                "have been changed by chance, so it can differ from what you answered, and no single summary "
                "proves anything about you."))
            self.randomized_note.setWordWrap(True)
            layout.addWidget(self.randomized_note)

        self.parts: dict[str, QCheckBox] = {}
        part_labels = {
            "org_unit": self.tr("Include my part of the organization"),
            "role_level": self.tr("Include my role level"),
            "sentiment": self.tr("Include how I see AI at work"),
        }
        for part in PARTS:
            label, value = part_labels[part], available.get(part)
            box = QCheckBox(self.tr("%1 (%2)", "an optional part and the answer it would send").replace(
                "%1", label).replace("%2", value) if value else label + self.tr(" (not answered)"))
            box.setEnabled(bool(value))
            box.setAccessibleName(box.text())  # with the answer it sends, or why it cannot be included
            box.toggled.connect(self.refresh)
            self.parts[part] = box
            layout.addWidget(box)

        self.code_entry = CodeEntry(exporter)
        self.code_entry.changed.connect(self.refresh)
        layout.addWidget(self.code_entry)

        self.plain = QWidget()
        self.plain.setAccessibleName(self.tr("The summary in plain words"))
        self.plain_layout = QVBoxLayout(self.plain)
        plain_scroll = QScrollArea()
        plain_scroll.setWidgetResizable(True)
        plain_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        plain_scroll.setWidget(self.plain)
        plain_scroll.setAccessibleName(self.plain.accessibleName())
        self.sections: list[tuple[str, list[tuple[str, str]]]] = []
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(self.tr("The summary exactly as sent (JSON)"))
        self.tabs = QTabWidget()
        self.tabs.addTab(plain_scroll, self.tr("In plain words"))
        self.tabs.addTab(self.raw, self.tr("Exactly as sent (JSON)"))
        line = self.fontMetrics().lineSpacing()
        self.tabs.setMinimumHeight(line * 14)  # a dozen lines of the preview, whatever the scaling
        layout.addWidget(self.tabs, 1)
        layout = outer  # the status line and the buttons stay below the scrolling part

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()  # an empty line that takes the focus would be read as nothing at all
        layout.addWidget(self.status)

        self.save_button = QPushButton(self.tr("&Save as…"))
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        folder = exporter.policy.submission.drop_path()
        self.drop_button = QPushButton(self.tr("&Put in %1").replace("%1", str(folder))) if folder else None
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.copy_button, self.drop_button):
            if button is not None:
                buttons.addWidget(button)
        if self.drop_button is not None:
            self.drop_button.clicked.connect(self.drop)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        if exporter.refusal():  # said here in the interface language
            if exporter.block is not None:  # the managed or baked-in policy cannot be used: fail closed
                self._say(export_block_sentence(exporter.block))
            else:
                self._say(self.tr(
                    "Your organization's policy names no compliance key to encrypt summaries for, so Candor will "
                    "not export one. Ask your IT team to add the compliance recipient to the policy."))
            for button in (self.save_button, self.copy_button, self.drop_button):
                if button is not None:
                    button.setEnabled(False)
        em = self.fontMetrics().horizontalAdvance("M")
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = em * 78, em * 62
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
        self.resize(width, height)
        self.refresh()

    def choices(self) -> Choices:
        return Choices(frozenset(part for part, box in self.parts.items() if box.isChecked()))

    def refresh(self) -> None:
        self.summary = self.exporter.prepare(self.effective, self.other_tools, self.choices())
        self._allow_ways_out()
        self.raw.setPlainText(json.dumps(self.summary, indent=2, sort_keys=True, ensure_ascii=False))
        while self.plain_layout.count():
            item = self.plain_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sections = []
        for section in describe(self.summary, self.words):
            title = self._section_title(section)
            heading = QLabel(title)
            heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
            heading.setWordWrap(True)  # long titles wrap rather than widen the preview past its view
            mark_heading(heading, 2)
            self.plain_layout.addWidget(heading)
            rows = [(self._row_label(row), row.value, row.note) for row in section.rows]
            for (label, _value, note), source in zip(rows, section.rows, strict=True):
                value = marked_value(source, self.words.phrases)  # randomized: said where the value is
                text = f"<b>{html.escape(label)}</b><br>{html.escape(value)}"
                if note:  # randomized: said in words, not by styling alone
                    text += f"<br><small><i>{html.escape(note)}</i></small>"
                row = QLabel(text)
                row.setTextFormat(Qt.TextFormat.RichText)
                row.setWordWrap(True)
                row.setAccessibleName(f"{label}: {value}")
                if note:
                    row.setAccessibleDescription(note)
                row.setContentsMargins(self.fontMetrics().horizontalAdvance("M"), 0, 0, 0)
                self.plain_layout.addWidget(row)
            self.sections.append((title, [(label, value) for label, value, _note in rows]))
        self.plain_layout.addStretch(1)

    def _section_title(self, section: PreviewSection) -> str:
        titles = {
            "about": self.tr("About this summary"),
            "group": self.tr("About you (you chose to include this)"),
            "randomized": self.tr("Your AI use (randomized answers)"),
            "tools": self.tr("Your AI use"),
            "training": self.tr("Training", "courses for employees, not a model learning"),
            "sentiment": self.tr("How you see AI at work (you chose to include this)"),
            "sentiment_randomized": self.tr("How you see AI at work (randomized; not answered unless you include "
                                            "it)"),
            "workplace": self.tr("How AI is run at your work"),
        }
        return titles.get(section.key, section.title)

    def _row_label(self, row: PreviewRow) -> str:
        """Fixed rows by their key; rows named by a question or a tool already speak the language."""
        labels = {
            "campaign": self.tr("Campaign"),
            "privacy": self.tr("How your answers are protected"),
            "any_unapproved_use": self.tr("Used any AI tool that is not approved"),
            "any_sensitive_data": self.tr("Put sensitive data into a tool that is not approved or a personal account"),
            "submission_id": self.tr("Submission number"),
            "participation_code": self.tr("Participation code"),
            "versions": self.tr("Candor and questionnaire version"),
            "org_unit": self.tr("Your part of the organization"),
            "role_level": self.tr("Your role level"),
            "unapproved_use": self.tr("Tools used without approval"),
            "data_to_unapproved": self.tr("Data put into tools that are not approved"),
            "data_to_personal": self.tr("Data put into personal accounts"),
            "pays_out_of_pocket": self.tr("Pays for AI tools personally"),
            "reasons": self.tr("Why you use tools the company did not provide"),
            "spend_band": self.tr("Monthly personal spend"),
            "no_training": self.tr("Training", "courses for employees, not a model learning"),
            "no_sentiment": self.tr("Answers"),
            "no_tools": self.tr("Tools"),
        }
        return labels.get(row.key, row.label)

    # -- the three ways out -------------------------------------------------------------------

    def _allow_ways_out(self) -> None:
        """Without the code a campaign requires, no way out is offered (the collector would reject the file)."""
        if self.exporter.refusal():
            return
        missing = self.exporter.requires_code and not self.exporter.participation_code()
        for button in (self.save_button, self.copy_button, self.drop_button):
            if button is not None:
                button.setEnabled(not missing)
        asking = self.tr("Enter the participation code from your card to export: this campaign counts only "
                         "summaries with a code.")
        if missing:
            self._say(asking)
        elif self.status.text() == asking:
            self._say("")

    def save(self) -> None:
        path = self.prompts.save_file(self.tr("Save your summary"), self.exporter.suggested_name(),
                                      self.tr("Candor summaries (*.age *.json)"))
        if not path:
            return
        self._deliver(lambda: self.tr("Saved to %1.").replace(
            "%1", str(self.exporter.save_as(self.summary, Path(path)))))

    def copy(self) -> None:
        def do() -> str:
            QGuiApplication.clipboard().setText(self.exporter.copy_text(self.summary))
            return self.tr("Copied. Paste it where your organization asked; it is encrypted text.")
        self._deliver(do)

    def drop(self) -> None:
        self._deliver(lambda: self.tr("Put in the folder as %1.").replace(
            "%1", str(self.exporter.drop(self.summary))))

    def _deliver(self, action: Callable[[], str]) -> None:
        try:
            self._say(action())
        except CandorError as exc:  # an unreachable folder, say: the summary stays here, nothing is lost
            self._say(self.tr("Not exported: %1").replace("%1", str(exc)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
