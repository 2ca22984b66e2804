"""The questionnaire as plain, immutable data: sections, pages, questions, options."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.conditions import Condition
from desktop.core.text import LocalText


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    SCALE = "scale"
    AMOUNT_BAND = "amount_band"
    TOOL_PICKER = "tool_picker"
    ORG_UNIT = "org_unit"
    FREE_TEXT = "free_text"


#: Types whose answer is one code.
SINGLE_VALUE_TYPES = frozenset(
    {QuestionType.SINGLE_CHOICE, QuestionType.SCALE, QuestionType.AMOUNT_BAND, QuestionType.ORG_UNIT}
)
#: Types whose answer is a list of codes or ids.
LIST_VALUE_TYPES = frozenset({QuestionType.MULTI_CHOICE, QuestionType.TOOL_PICKER})


@dataclass(frozen=True)
class Option:
    code: str
    label: LocalText
    help: LocalText | None = None
    monthly: tuple[float, float | None] | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: LocalText
    feeds: str
    help: LocalText | None = None
    required: bool = False
    private: bool = False
    show_if: Condition | None = None
    options: tuple[Option, ...] = ()
    exclusive: frozenset[str] = frozenset()

    def option(self, code: str) -> Option | None:
        return next((o for o in self.options if o.code == code), None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.options)


@dataclass(frozen=True)
class Page:
    id: str
    section_id: str
    questions: tuple[Question, ...]
    title: LocalText | None = None
    intro: LocalText | None = None
    show_if: Condition | None = None
    loop: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: LocalText
    pages: tuple[Page, ...]
    intro: LocalText | None = None


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    sections: tuple[Section, ...]
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)
    _pages: dict[str, Page] = field(default_factory=dict, repr=False, compare=False)
    _page_of: dict[str, Page] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for page in self.pages():
            self._pages[page.id] = page
            for question in page.questions:
                self._questions[question.id] = question
                self._page_of[question.id] = page

    def pages(self) -> Iterator[Page]:
        for section in self.sections:
            yield from section.pages

    def questions(self) -> Iterator[Question]:
        for page in self.pages():
            yield from page.questions

    def page(self, page_id: str) -> Page:
        return self._pages[page_id]

    def has_page(self, page_id: str) -> bool:
        return page_id in self._pages

    def question(self, question_id: str) -> Question:
        return self._questions[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions

    def page_of(self, question_id: str) -> Page:
        return self._page_of[question_id]

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def loop_of(self, question_id: str) -> str | None:
        """The tool-picker question whose picks repeat this question, if any."""
        return self._page_of[question_id].loop
