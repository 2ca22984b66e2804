"""The built question areas of pages, kept so that moving between pages rebuilds nothing."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from desktop.core.answers import Answers
from desktop.core.navigation import PageView
from desktop.core.questionnaire import Question
from desktop.ui.wizard.question_block import QuestionBlock

#: Pages kept built; the least recently shown beyond this are let go.
MAX_KEPT_PAGES = 40

BlockFactory = Callable[[Question, object], QuestionBlock]


@dataclass
class Area:
    """The built questions of one page instance (all of them: answers can reveal hidden ones)."""

    container: QWidget
    blocks: list[QuestionBlock]


class PageAreas:
    """Areas by page key, least recently shown first, living hidden in ``layout`` at ``slot``."""

    def __init__(self, layout: QBoxLayout, slot: int, make_block: BlockFactory, spacing: int):
        self._layout = layout
        self._slot = slot
        self._make_block = make_block
        self._spacing = spacing
        self._areas: OrderedDict[str, Area] = OrderedDict()

    def __contains__(self, key: str) -> bool:
        return key in self._areas

    def take(self, view: PageView, answers: Answers) -> Area:
        """The area of ``view``, built now if needed, and marked as the one shown."""
        key = view.ref.key
        area = self._areas.pop(key, None) or self._build(view, answers)
        self._areas[key] = area
        self._trim()
        return area

    def prepare(self, view: PageView, answers: Answers) -> None:
        """Build ``view``'s area ahead of time (hidden), without making it the most recent."""
        key = view.ref.key
        if key in self._areas:
            return
        area = self._build(view, answers)
        area.container.ensurePolished()
        self._areas[key] = area
        keys = list(self._areas)
        if len(keys) > 1:
            self._areas.move_to_end(keys[-2])  # the page on screen stays the most recent
        self._trim()

    def _build(self, view: PageView, answers: Answers) -> Area:
        container = QWidget()
        container.setObjectName("questionArea")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self._spacing)
        shown = {q.id for q in view.questions}
        blocks = []
        for question in view.page.questions:
            block = self._make_block(question, answers.get(question.id, view.ref.tool))
            layout.addWidget(block)  # first: shown without a parent, it would open as a window
            block.setVisible(question.id in shown)
            blocks.append(block)
        container.hide()  # stays hidden when added below, until its page is shown
        self._layout.insertWidget(self._slot, container)
        return Area(container, blocks)

    def _trim(self) -> None:
        while len(self._areas) > MAX_KEPT_PAGES:
            _key, area = self._areas.popitem(last=False)
            self._layout.removeWidget(area.container)
            area.container.deleteLater()
