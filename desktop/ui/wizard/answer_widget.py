"""What every answer widget shares: the value it edits, a ``changed`` signal, focus helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QRadioButton, QWidget

from desktop.core.answers import OtherTool
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Question
from desktop.core.text import pick


@dataclass(frozen=True)
class WidgetContext:
    """What answer widgets need beyond their question: language, catalog, policy, typed-in tools."""

    lang: str
    catalog: Catalog
    policy: Policy
    #: Records a tool typed in under "other" and returns its key (``other-N``).
    add_other_tool: Callable[[str, str], str]
    #: The tools typed in so far, by key.
    other_tools: Callable[[], Mapping[str, OtherTool]]


class AnswerWidget(QWidget):
    """Edits the answer to one question. Emits ``changed(value)`` on every change the user makes."""

    changed = Signal(object)

    def __init__(self, question: Question, context: WidgetContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.context = context
        self.setAccessibleName(self.question_text)

    @property
    def question_text(self) -> str:
        return pick(self.question.text, self.context.lang)

    def text_of(self, text: Mapping[str, str] | None) -> str:
        return pick(text, self.context.lang)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``changed`` (the session already holds it)."""
        raise NotImplementedError

    def reset_view(self) -> None:
        """Undo view-only state (such as a filter) when the page is shown again."""

    def focusables(self) -> list[QWidget]:
        """Interactive child widgets in reading order (for the tab chain).

        Radio buttons count even while Qt keeps only one per group as a tab stop.
        """
        return [w for w in self.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]

    def focus_target(self) -> QWidget | None:
        """Where keyboard focus lands in this question: the chosen radio button, else the first control."""
        candidates = [w for w in self.focusables() if w.isVisibleTo(self) and w.isEnabled()]
        for widget in candidates:
            if isinstance(widget, QRadioButton) and widget.isChecked():
                return widget
        tab_stops = [w for w in candidates if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        return tab_stops[0] if tab_stops else None

    def focus_first(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> bool:
        target = self.focus_target()
        if target is None:
            return False
        target.setFocus(reason)
        return True
