"""Which page comes next: the wizard's navigation as a plain state machine.

The navigator walks the questionnaire in order over the answers given so far. A page is
shown when its condition holds and at least one of its questions is shown; a loop page is
repeated for each tool picked in its source question, and consecutive loop pages over the
same source are grouped per tool (all pages about tool A, then all about tool B). Conditions
only see answers to questions that are themselves shown, so a hidden answer never steers
the flow. The Qt wizard only renders what this decides.
"""

from __future__ import annotations

import math
from collections import ChainMap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.answers import Answers, answer_key, is_empty, tool_picks
from desktop.core.questionnaire import Page, Question, Questionnaire, QuestionType
from desktop.core.time_estimate import Step, seconds_left, steps_of


@dataclass(frozen=True, order=True)
class PageRef:
    """One page instance: a page, and for loop pages the tool it is about."""

    page_id: str
    tool: str | None = None

    @property
    def key(self) -> str:
        return answer_key(self.page_id, self.tool)

    @classmethod
    def parse(cls, key: str) -> PageRef:
        page_id, _, tool = key.partition("@")
        return cls(page_id, tool or None)


@dataclass(frozen=True)
class PageView:
    """A page instance as it is shown now: its questions that are currently visible."""

    ref: PageRef
    page: Page
    questions: tuple[Question, ...]
    order: tuple[int, int, int]


@dataclass(frozen=True)
class Progress:
    section_number: int
    section_count: int
    section_id: str
    page_in_section: int
    pages_in_section: int
    page_number: int
    page_count: int
    #: The time model's seconds for the pages before this one, and for this one and those still ahead
    #: (desktop/core/time_estimate.py). Pages a tool not yet picked would add count as one tool's.
    seconds_done: float = 0.0
    seconds_left: float = 0.0

    @property
    def fraction(self) -> float:
        """How far along, by time rather than pages: a page count grows as answers open pages up."""
        total = self.seconds_done + self.seconds_left
        if total > 0:
            return self.seconds_done / total
        return self.page_number / self.page_count if self.page_count else 1.0

    @property
    def minutes_left(self) -> int:
        """Whole minutes left, rounded up: what the wizard shows instead of a page count."""
        return math.ceil(self.seconds_left / 60.0)


@dataclass(frozen=True)
class Walk:
    """The visible pages for a set of answers, and the answers that count."""

    pages: tuple[PageView, ...]
    effective: dict[str, Any]

    def find(self, ref: PageRef) -> PageView | None:
        return next((view for view in self.pages if view.ref == ref), None)


class Navigator:
    def __init__(self, questionnaire: Questionnaire, *, org_units_offered: bool = False):
        self.questionnaire = questionnaire
        self.org_units_offered = org_units_offered
        self._groups = list(self._page_groups())

    # -- the walk -------------------------------------------------------------------------

    def _page_groups(self) -> Iterator[tuple[int, str | None, tuple[Page, ...]]]:
        """Pages in order; consecutive loop pages over one source form one group."""
        pages = list(self.questionnaire.pages())
        index = 0
        while index < len(pages):
            page = pages[index]
            end = index + 1
            if page.loop is not None:
                while (
                    end < len(pages)
                    and pages[end].loop == page.loop
                    and pages[end].section_id == page.section_id
                ):
                    end += 1
            yield index, page.loop, tuple(pages[index:end])
            index = end

    def walk(self, answers: Answers) -> Walk:
        scope: dict[str, Any] = {}
        effective: dict[str, Any] = {}
        views: list[PageView] = []
        for start, loop, pages in self._groups:
            if loop is None:
                view = self._visit(pages[0], None, answers, scope, effective, (start, 0, 0))
                if view:
                    views.append(view)
                continue
            per_tool: dict[str, dict[str, Any]] = {}
            for position, tool in enumerate(tool_picks(scope.get(loop))):
                tool_scope: dict[str, Any] = {"tool": tool}
                per_tool[tool] = tool_scope
                for offset, page in enumerate(pages):
                    env = ChainMap(tool_scope, scope)
                    view = self._visit(page, tool, answers, env, effective, (start, position, offset))
                    if view:
                        views.append(view)
            for page in pages:
                for question in page.questions:
                    scope[question.id] = _aggregate(
                        tool_scope.get(question.id) for tool_scope in per_tool.values()
                    )
        return Walk(pages=tuple(views), effective=effective)

    def _visit(
        self,
        page: Page,
        tool: str | None,
        answers: Answers,
        env: Any,
        effective: dict[str, Any],
        order: tuple[int, int, int],
    ) -> PageView | None:
        if page.show_if is not None and not page.show_if.evaluate(env):
            return None
        shown: list[Question] = []
        for question in page.questions:
            if not self._question_applies(question, env):
                continue
            shown.append(question)
            value = answers.get(question.id, tool)
            if question.type is QuestionType.TOOL_PICKER:
                value = tool_picks(value)
            env[question.id] = value
            if not is_empty(value):
                effective[answer_key(question.id, tool)] = value
        if not shown:
            return None
        return PageView(PageRef(page.id, tool), page, tuple(shown), order)

    def _question_applies(self, question: Question, env: Any) -> bool:
        if question.type is QuestionType.ORG_UNIT and not self.org_units_offered:
            return False
        return question.show_if is None or question.show_if.evaluate(env)

    # -- moving about -----------------------------------------------------------------------

    def first(self, answers: Answers) -> PageView:
        walk = self.walk(answers)
        return walk.pages[0]

    def view(self, ref: PageRef, answers: Answers) -> PageView | None:
        return self.walk(answers).find(ref)

    def next(self, ref: PageRef, answers: Answers) -> PageView | None:
        """The page after ``ref``, or ``None`` when the assessment is complete."""
        walk = self.walk(answers)
        key = self._order_of(ref, walk)
        return next((view for view in walk.pages if view.order > key), None)

    def previous(self, ref: PageRef, answers: Answers) -> PageView | None:
        walk = self.walk(answers)
        key = self._order_of(ref, walk)
        return next((view for view in reversed(walk.pages) if view.order < key), None)

    def resume(self, key: str | None, answers: Answers) -> PageView:
        """The page to reopen on: the saved one if still shown, else the nearest shown before it."""
        walk = self.walk(answers)
        if key:
            ref = PageRef.parse(key)
            if self.questionnaire.has_page(ref.page_id):
                found = walk.find(ref)
                if found:
                    return found
                order = self._order_of(ref, walk)
                earlier = [view for view in walk.pages if view.order <= order]
                if earlier:
                    return earlier[-1]
        return walk.pages[0]

    def _order_of(self, ref: PageRef, walk: Walk) -> tuple[int, int, int]:
        shown = walk.find(ref)
        if shown:
            return shown.order
        for start, loop, pages in self._groups:
            for offset, page in enumerate(pages):
                if page.id != ref.page_id:
                    continue
                if loop is None:
                    return (start, 0, 0)
                picks = tool_picks(walk.effective.get(loop))
                position = picks.index(ref.tool) if ref.tool in picks else len(picks)
                return (start, position, offset)
        raise KeyError(f"no page {ref.page_id!r} in questionnaire {self.questionnaire.id!r}")

    # -- checking and progress ---------------------------------------------------------------

    def missing_required(self, ref: PageRef, answers: Answers) -> list[Question]:
        """Required questions shown on this page that have no answer yet."""
        view = self.view(ref, answers)
        if view is None:
            return []
        return [q for q in view.questions if q.required and is_empty(answers.get(q.id, ref.tool))]

    def progress(self, ref: PageRef, answers: Answers) -> Progress:
        walk = self.walk(answers)
        pages = list(walk.pages)
        view = walk.find(ref) or self.resume(ref.key, answers)
        sections = list(dict.fromkeys(v.page.section_id for v in pages))
        section_id = view.page.section_id
        in_section = [v for v in pages if v.page.section_id == section_id]
        here = pages.index(view)
        done = seconds_left(Step(v.page, v.questions) for v in pages[:here])
        ahead = seconds_left(Step(v.page, v.questions) for v in pages[here:]) + self._unpicked_loops(walk, here)
        return Progress(
            section_number=sections.index(section_id) + 1,
            section_count=len(sections),
            section_id=section_id,
            page_in_section=in_section.index(view) + 1,
            pages_in_section=len(in_section),
            page_number=pages.index(view) + 1,
            page_count=len(pages),
            seconds_done=done,
            seconds_left=ahead,
        )

    def _unpicked_loops(self, walk: Walk, here: int) -> float:
        """Seconds for the loop pages of a tool question still unanswered, counted as one tool's: the estimate
        then barely moves when the employee picks a tool, instead of jumping from nothing."""
        extra = 0.0
        for _start, loop, pages in self._groups:
            if loop is not None and not tool_picks(walk.effective.get(loop)):
                extra += seconds_left(steps_of(pages, tools=1))
        return extra

    def effective_answers(self, answers: Answers) -> dict[str, Any]:
        """Only the answers to questions that are shown for these answers."""
        return self.walk(answers).effective


def _aggregate(values: Iterator[Any]) -> list[Any] | None:
    """A per-tool question seen from outside its loop: every tool's answers, flattened."""
    result: list[Any] = []
    for value in values:
        if is_empty(value):
            continue
        if isinstance(value, list):
            result.extend(value)
        else:
            result.append(value)
    return result or None
