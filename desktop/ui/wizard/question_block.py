"""One question on a page: its text, "(optional)", help, the answer widget and an inline message."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from desktop.core.questionnaire import Question
from desktop.core.text import pick
from desktop.ui.wizard.answer_widget import AnswerWidget
from desktop.ui.wizard.metrics import em


class QuestionBlock(QWidget):
    def __init__(self, question: Question, answer: AnswerWidget, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.answer = answer
        self.setObjectName(f"question-{question.id}")
        text = pick(question.text, lang)
        self.setAccessibleName(text)

        heading = f"<b>{html.escape(text)}</b>"
        if not question.required:
            heading += " " + html.escape(self.tr("(optional)"))
        self.title = QLabel(heading)
        self.title.setObjectName("questionText")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.4))
        layout.addWidget(self.title)

        self.help: QLabel | None = None
        help_text = pick(question.help, lang)
        if help_text:
            self.help = QLabel(help_text)
            self.help.setObjectName("questionHelp")
            self.help.setTextFormat(Qt.TextFormat.PlainText)
            self.help.setWordWrap(True)
            layout.addWidget(self.help)
            answer.setAccessibleDescription(help_text)

        self._layout = layout
        self._error: QWidget | None = None  # built when first needed: most questions never need it
        self.message = self.tr("Please answer this question.")
        self.error_text = QLabel(self.message)
        self.error_text.setObjectName("questionErrorText")
        layout.addSpacing(em(self, 0.1))
        layout.addWidget(answer)

    @property
    def error(self) -> QWidget:
        """The inline message: a warning icon and "Please answer this question." (hidden at first)."""
        if self._error is None:
            self._error = QWidget()
            self._error.setObjectName("questionError")
            self._error.hide()
            row = QHBoxLayout(self._error)
            row.setContentsMargins(0, 0, 0, 0)
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = QLabel()
            icon.setAccessibleName(self.tr("Warning"))
            icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
            self.error_text.setTextFormat(Qt.TextFormat.RichText)
            self.error_text.setText(f"<b>{html.escape(self.message)}</b>")
            self.error_text.setWordWrap(True)
            self.error_text.setAccessibleName(self.message)
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.error_text, 1)
            self._layout.insertWidget(self._layout.indexOf(self.answer) - 1, self._error)
        return self._error

    def set_error(self, shown: bool) -> None:
        if shown == self.has_error:
            return
        self.error.setVisible(shown)
        for widget in self.answer.focusables():
            description = widget.accessibleDescription()
            marker = self.message
            if shown and marker not in description:
                widget.setAccessibleDescription(f"{marker} {description}".strip())
            elif not shown and description.startswith(marker):
                widget.setAccessibleDescription(description[len(marker):].strip())

    @property
    def has_error(self) -> bool:
        return self._error is not None and not self._error.isHidden()
