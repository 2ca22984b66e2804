"""Strings are looked up under the context lupdate files them in, also from a subclass's instance."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.core.questionnaire import QuestionType
from desktop.ui.wizard.answer_widget import WidgetContext
from desktop.ui.wizard.question_widgets import ScaleWidget


class Marker(QTranslator):
    """Translates each (context, source) it is given to "[source]"; nothing else."""

    def __init__(self, pairs: set[tuple[str, str]]):
        super().__init__()
        self.pairs = pairs

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        return f"[{source}]" if (context, source) in self.pairs else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def marker():
    translator = Marker({("ChoiceWidget", "Clear answer")})
    QApplication.instance().installTranslator(translator)
    yield translator
    QApplication.instance().removeTranslator(translator)


def test_a_scale_finds_the_strings_of_the_choice_widget_it_is_built_on(qtbot, content, marker):
    question = next(q for q in content.questionnaire.questions() if q.type is QuestionType.SCALE)
    question = dataclasses.replace(question, required=False)
    context = WidgetContext("en", content.catalog, content.policy.policy, lambda name, category: "other-1",
                            lambda: {})
    widget = ScaleWidget(question, context)
    qtbot.addWidget(widget)
    widget.set_value(question.options[0].code)  # an answer: the Clear button appears
    assert widget.clear_button is not None
    assert widget.clear_button.text() == "[Clear answer]"
