"""The assessment wizard page: renders the session's current page and moves with Back and Next.

All decisions (which page, which questions, what is missing) come from the Qt-free
:class:`~desktop.core.session.AssessmentSession`; this widget only shows them and hands every
answer back at once, so answers are saved as they are given.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import is_empty, tool_picks
from desktop.core.catalog import Catalog
from desktop.core.navigation import PageView, Progress
from desktop.core.policy import Policy
from desktop.core.questionnaire import Question
from desktop.core.session import AssessmentSession
from desktop.core.text import pick
from desktop.ui.accessibility import announce
from desktop.ui.formatting import integer
from desktop.ui.wizard.answer_widget import WidgetContext
from desktop.ui.wizard.metrics import em
from desktop.ui.wizard.page_areas import Area, PageAreas
from desktop.ui.wizard.page_heading import PageHeading, text_label
from desktop.ui.wizard.progress_header import ProgressHeader
from desktop.ui.wizard.question_block import QuestionBlock
from desktop.ui.wizard.question_widgets import create_answer_widget
from desktop.ui.wizard.tool_names import display_name

#: Width of the reading column, in em.
COLUMN_EM = 60
#: How long after a page change the likely next page is prepared: after the new page is painted.
PREPARE_AFTER_MS = 40


def _centred(widget: QWidget, max_width: int) -> QHBoxLayout:
    widget.setMaximumWidth(max_width)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row


class WizardPage(QWidget):
    """Shows ``session.page``; emits ``finished`` after the last page and ``leave_requested`` on
    "Save and close" (answers are saved already, so nothing is lost)."""

    finished = Signal()
    leave_requested = Signal()
    start_over_requested = Signal()

    def __init__(self, session: AssessmentSession, catalog: Catalog, policy: Policy, lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wizardPage")
        self.session = session
        self.catalog = catalog
        self.policy = policy
        self.lang = lang
        self.context = WidgetContext(
            lang=lang,
            catalog=catalog,
            policy=policy,
            add_other_tool=session.add_other_tool,
            other_tools=lambda: session.answers.other_tools,
        )
        self.blocks: list[QuestionBlock] = []
        self._current: Area | None = None
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREPARE_AFTER_MS)
        self._prefetch_timer.timeout.connect(self._prepare_next)
        #: Seconds each :meth:`render` took, most recent last (for the page-change budget).
        self.render_times: list[float] = []

        self.header = ProgressHeader()

        self.heading = PageHeading()
        # The labels that say which tool and which page this is.
        self.tool_caption = self.heading.tool_caption
        self.tool_name = self.heading.tool_name
        self.page_title = self.heading.page_title

        self.column = QWidget()
        self.column.setObjectName("wizardColumn")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column_layout.setSpacing(em(self, 0.6))
        self.column_layout.addWidget(self.heading)
        self.column_layout.addSpacing(em(self, 0.6))
        self.areas = PageAreas(self.column_layout, self.column_layout.count(), self._make_block, em(self, 1.8))
        self.column_layout.addStretch(1)

        holder = QWidget()
        holder.setObjectName("wizardScrollContent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(em(self, 2), em(self, 1), em(self, 2), em(self, 2))
        holder_layout.addLayout(_centred(self.column, em(self, COLUMN_EM)))
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("wizardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(holder)

        self.save_close_button = QPushButton(self.tr("&Save and close"))
        self.save_close_button.setObjectName("saveCloseButton")
        self.save_close_button.setAccessibleName(self.tr("Save and close"))
        self.save_close_button.setAccessibleDescription(
            self.tr("Your answers are already saved. Return to the start page and continue later.")
        )
        self.save_close_button.clicked.connect(self.leave_requested)
        self.start_over_button = QPushButton(self.tr("Start &over…"))
        self.start_over_button.setObjectName("startOverButton")
        self.start_over_button.setAccessibleName(self.tr("Start over"))
        self.start_over_button.setAccessibleDescription(
            self.tr("Clear every answer in this assessment and begin again. Candor asks first.")
        )
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.missing_note = text_label("missingNote")
        self.missing_note.hide()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.go_next)
        for button in (self.save_close_button, self.start_over_button, self.back_button, self.next_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it; nothing else does
        self.next_button.setDefault(True)

        buttons = QWidget()
        buttons_row = QHBoxLayout(buttons)
        buttons_row.setContentsMargins(0, 0, 0, 0)
        buttons_row.addWidget(self.save_close_button)
        buttons_row.addWidget(self.start_over_button)
        buttons_row.addWidget(self.missing_note, 1)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.back_button)
        buttons_row.addWidget(self.next_button)

        top = QWidget()
        top_layout = self._top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(em(self, 2), em(self, 1), em(self, 2), em(self, 0.5))
        top_layout.addLayout(_centred(self.header, em(self, COLUMN_EM)))
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        bottom = QWidget()
        bottom_layout = self._bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(em(self, 2), em(self, 0.75), em(self, 2), em(self, 1))
        bottom_layout.addLayout(_centred(buttons, em(self, COLUMN_EM)))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(rule)
        outer.addWidget(bottom)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._align_to_scroll_area)

        self.render_page()

    def _align_to_scroll_area(self, _minimum: int = 0, maximum: int = 0) -> None:
        """Keep header and buttons over the reading column while the scroll bar takes room."""
        transient = self.style().styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self.scroll_area)
        extra = self.scroll_area.verticalScrollBar().sizeHint().width() if maximum > 0 and not transient else 0
        for layout in (self._top_layout, self._bottom_layout):
            margins = layout.contentsMargins()
            margins.setRight(em(self, 2) + extra)
            layout.setContentsMargins(margins)

    # -- rendering ------------------------------------------------------------------------------

    def render_page(self) -> None:
        """Show the session's current page: header, page texts and its question area."""
        started = time.perf_counter()
        view = self.session.page
        progress = self._show_texts(view)
        self._show_questions(view)
        self._update_buttons(progress)
        self.missing_note.hide()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._focus_first()
        announce(self, self.heading.page_title.text())
        self.render_times.append(time.perf_counter() - started)
        del self.render_times[:-200]
        self._prefetch_timer.start()

    def _show_texts(self, view: PageView) -> Progress:
        page = view.page
        section = self.session.navigator.questionnaire.section(page.section_id)
        section_title = pick(section.title, self.lang)
        progress = self.session.progress()
        self.header.set_progress(section_title, progress)

        tool = None
        if view.ref.tool is not None:
            name = display_name(view.ref.tool, self.catalog, self.policy, self.session.answers.other_tools)
            picks = tool_picks(self.session.answers.get(page.loop)) if page.loop else []
            caption = self.tr("Tool", "caption above the name of the AI tool a page asks about")
            if view.ref.tool in picks and len(picks) > 1:
                caption = self.tr("Tool %1 of %2").replace("%1", integer(picks.index(view.ref.tool) + 1)).replace(
                    "%2", integer(len(picks))
                )
            tool = (caption, name)
        self.heading.show_page(
            title=pick(page.title, self.lang) or section_title,
            section_intro=pick(section.intro, self.lang) if progress.page_in_section == 1 else "",
            page_intro=pick(page.intro, self.lang),
            tool=tool,
        )
        return progress

    def _show_questions(self, view: PageView) -> None:
        """Swap in this page's question area, built now or earlier (visited, or prepared ahead)."""
        area = self.areas.take(view, self.session.answers)
        shown = {q.id for q in view.questions}
        for block in area.blocks:
            block.answer.set_value(self.session.answers.get(block.question.id, view.ref.tool))
            block.answer.reset_view()
            block.set_error(False)
            block.setVisible(block.question.id in shown)
        if self._current is not area:
            if self._current is not None:
                self._current.container.hide()
            area.container.setAccessibleName(self.page_title.text())
            area.container.show()
            self._current = area
        self.blocks = area.blocks
        self._chain_tab_order()

    def _make_block(self, question: Question, value: Any) -> QuestionBlock:
        answer = create_answer_widget(question, value, self.context)
        answer.changed.connect(lambda new, q=question: self._answered(q, new))
        return QuestionBlock(question, answer, self.lang)

    def _prepare_next(self) -> None:
        """While the employee reads, build the page that most likely comes next."""
        if not self.session.finished:
            following = self.session.navigator.next(self.session.ref, self.session.answers)
            if following is not None:
                self.areas.prepare(following, self.session.answers)

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = []
        for block in self.blocks:
            chain.extend(block.answer.focusables())
        chain += [self.save_close_button, self.start_over_button, self.back_button, self.next_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Focus set while hidden is lost: when the page appears, put it on the first question."""
        super().showEvent(event)
        self._focus_first()

    def _show_focus(self) -> None:
        """Styles draw focus rings only once the focus moved by keyboard: after a mouse click on Next
        the person still needs to see where typing goes. Qt clears the mark while it finishes the mouse
        event, so it is set once that is done."""
        window = self.window()

        def mark() -> None:
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            focus = QApplication.focusWidget()
            if focus is not None:
                focus.update()  # repaint it with its ring

        QTimer.singleShot(0, mark)

    def _focus_first(self) -> None:
        self._show_focus()
        for block in self.blocks:
            if not block.isHidden() and block.answer.focus_first(Qt.FocusReason.TabFocusReason):
                return
        self.next_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_state(self, view: PageView) -> None:
        """Progress and the Back and Next buttons: these can change with every answer."""
        progress = self.session.progress()
        section = self.session.navigator.questionnaire.section(view.page.section_id)
        self.header.set_progress(pick(section.title, self.lang), progress)
        self._update_buttons(progress)

    def _update_buttons(self, progress: Progress) -> None:
        # The first and last shown pages, as the session's is_first() and is_last() would say,
        # read off the progress so that no further walk over the questionnaire is needed.
        self.back_button.setEnabled(progress.page_number > 1)
        last = progress.page_number >= progress.page_count
        self.next_button.setText(self.tr("Fi&nish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))

    # -- answering ------------------------------------------------------------------------------

    def _answered(self, question: Question, value: Any) -> None:
        self.session.answer(question, value)
        view = self.session.page
        shown = {q.id for q in view.questions}
        for block in self.blocks:
            visible = block.question.id in shown
            if block.isHidden() == visible:
                block.setVisible(visible)
            if block.has_error and (not visible or not is_empty(self.session.value(block.question))):
                block.set_error(False)
        if not any(block.has_error for block in self.blocks):
            self.missing_note.hide()
        self._update_state(view)
        self._prefetch_timer.start()

    # -- moving ---------------------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.session.next():
            self._show_missing({q.id for q in self.session.missing()})
            return
        if self.session.finished:
            self.finished.emit()
            return
        self.render_page()

    def go_back(self) -> None:
        if self.session.back():
            self.render_page()

    def _show_missing(self, missing: set[str]) -> None:
        first: QuestionBlock | None = None
        for block in self.blocks:
            wanted = block.question.id in missing and not block.isHidden()
            block.set_error(wanted)
            if wanted and first is None:
                first = block
        count = sum(1 for block in self.blocks if block.has_error)
        # Two sources so that English reads right without a translation file; each has its numerus forms.
        self.missing_note.setText(
            self.tr("%n question still needs an answer.", "", count) if count == 1
            else self.tr("%n questions still need an answer.", "", count)
        )
        self.missing_note.setVisible(count > 0)
        if count:
            announce(self.missing_note, f"{self.missing_note.text()} {self.tr('Please answer this question.')}")
        if first is not None:
            self._show_focus()
            first.answer.focus_first(Qt.FocusReason.TabFocusReason)
            holder = self.scroll_area.widget()
            holder_layout = holder.layout() if holder is not None else None
            if holder_layout is not None:
                holder_layout.activate()  # place the just-shown messages before scrolling to one
            self.scroll_area.ensureWidgetVisible(first.title, 0, em(self, 2))
