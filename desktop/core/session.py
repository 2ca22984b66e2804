"""One assessment in progress: the answers, the current page, and saving after every change.

The session is the wizard's whole brain and holds no Qt: the view asks it what to show,
hands it each answer as it is given, and moves with :meth:`next` and :meth:`back`. Every
change is passed to ``save`` at once, so closing the window (or losing power) at any point
keeps everything already answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.answers import Answers
from desktop.core.navigation import Navigator, PageRef, PageView, Progress
from desktop.core.questionnaire import Question

SaveState = Callable[[dict[str, Any]], None]


class AssessmentSession:
    def __init__(self, navigator: Navigator, answers: Answers, page_key: str | None, save: SaveState):
        self.navigator = navigator
        self.answers = answers
        self._save = save
        self._page: PageView = navigator.resume(page_key, answers)
        self.finished = False

    @classmethod
    def restore(cls, navigator: Navigator, state: dict[str, Any] | None, save: SaveState) -> AssessmentSession:
        state = state or {}
        return cls(navigator, Answers.from_dict(state.get("answers")), state.get("page"), save)

    # -- what to show -------------------------------------------------------------------------

    @property
    def page(self) -> PageView:
        """The current page with the questions shown for the answers as they are now."""
        return self.navigator.view(self._page.ref, self.answers) or self._page

    @property
    def ref(self) -> PageRef:
        return self._page.ref

    def value(self, question: Question) -> Any:
        return self.answers.get(question.id, self.ref.tool)

    def progress(self) -> Progress:
        return self.navigator.progress(self.ref, self.answers)

    def missing(self) -> list[Question]:
        """Required questions on this page still without an answer."""
        return self.navigator.missing_required(self.ref, self.answers)

    def is_first(self) -> bool:
        return self.navigator.previous(self.ref, self.answers) is None

    def is_last(self) -> bool:
        return self.navigator.next(self.ref, self.answers) is None

    # -- changes -------------------------------------------------------------------------------

    def answer(self, question: Question, value: Any) -> None:
        """Record an answer for the current page (and tool) and save at once."""
        self.answers.set(question.id, value, self.ref.tool)
        self.save()

    def add_other_tool(self, name: str, category: str) -> str:
        key = self.answers.add_other_tool(name, category)
        self.save()
        return key

    def next(self) -> bool:
        """Move on if this page is complete; ``False`` (and no move) when answers are missing.

        On the last page a successful ``next`` marks the session finished.
        """
        if self.missing():
            return False
        following = self.navigator.next(self.ref, self.answers)
        if following is None:
            self.finished = True
        else:
            self._page = following
        self.save()
        return True

    def back(self) -> bool:
        previous = self.navigator.previous(self.ref, self.answers)
        if previous is None:
            return False
        self._page = previous
        self.finished = False
        self.save()
        return True

    def state(self) -> dict[str, Any]:
        questionnaire = self.navigator.questionnaire
        return {
            "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
            "page": self.ref.key,
            "answers": self.answers.to_dict(),
        }

    def save(self) -> None:
        self._save(self.state())
