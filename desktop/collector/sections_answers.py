"""Report sections on the questionnaire's other answers: training, workplace, sentiment and the
perception gap.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.collector import perception
from desktop.collector.figures import FigureBuilder
from desktop.collector.report_figure import EXACT, Cell, Distribution, MultiChoice
from desktop.collector.report_sections import GapItem, SentimentItem, Training, Workplace
from desktop.collector.vocabulary import AGREEMENT_GROUP_LABELS, PERCEPTION_ITEMS
from desktop.core.summary import SENTIMENT_FIELDS
from desktop.core.summary_items import (
    AGREEMENT_GROUP_CODES,
    NOT_ANSWERED,
    SENTIMENT_DOMAIN,
    WORKPLACE_MULTI,
    WORKPLACE_SINGLE,
)


class AnswerSections(FigureBuilder):
    """The sections on training, how AI is run at work and what people think of it."""

    def domain(self, feeds: str) -> tuple[str, ...]:
        """A single-choice item's values as its summaries carry them: with randomized response, "not
        answered" is a value of its own (it is randomized like any answer)."""
        codes = self.codes(feeds)
        return (*codes, NOT_ANSWERED) if codes and self.sel.randomized() else codes

    def training(self) -> Training:
        if self.sel.randomized():
            return self.randomized_training()

        def exact_single(feeds: str, family: str) -> Distribution:
            codes = self.codes(feeds)
            observed = {code: self.sel.common.get(family, code) for code in codes}
            rest = self.linked(lambda group: {code: group.common.get(family, code) for code in codes})
            return self.exact_distribution(family, self.question_label(feeds), observed, self.option_labels(feeds),
                                           rest)

        return Training(
            received=exact_single("training_received", "training_received"),
            wanted=self.exact_multi("training_wanted", self.question_label("training_wanted"),
                                    self.codes("training_wanted"), self.option_labels("training_wanted")),
            formats=self.exact_multi("training_formats", self.question_label("training_formats"),
                                     self.codes("training_formats"), self.option_labels("training_formats")),
            on_work_time=exact_single("training_on_work_time", "training_on_work_time"),
        )

    def workplace(self) -> Workplace:
        """How AI is run at work: each item the questionnaire has, randomized or exact like training."""
        items: list[Distribution | MultiChoice] = []
        randomized = self.sel.randomized()
        for name in (*WORKPLACE_SINGLE, *WORKPLACE_MULTI):
            codes = self.codes(name)
            if not codes:
                continue
            family, label, names = f"workplace_{name}", self.question_label(name), self.option_labels(name)
            if name in WORKPLACE_MULTI:
                if randomized:
                    options = tuple(Cell(code, names.get(code, code), self.binary(family, code)) for code in codes)
                    items.append(MultiChoice(family, label, self.exact_count(self.sel.n), options, self.method))
                else:
                    items.append(self.exact_multi(family, label, codes, names))
            elif randomized:
                items.append(self.categorical(family, self.domain(name), label, names))
            else:
                observed = {code: self.sel.common.get(family, code) for code in codes}
                rest = self.linked(lambda group, family=family, codes=codes:  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
                                   {code: group.common.get(family, code) for code in codes})
                items.append(self.exact_distribution(family, label, observed, names, rest))
        return Workplace(tuple(items))

    def randomized_training(self) -> Training:
        """Training answers from randomized summaries: k-ary estimates and one estimate per wished-for option."""
        def single(feeds: str) -> Distribution:
            return self.categorical(feeds, self.domain(feeds), self.question_label(feeds), self.option_labels(feeds))

        def multi(feeds: str) -> MultiChoice:
            names = self.option_labels(feeds)
            options = tuple(Cell(code, names.get(code, code), self.binary(feeds, code)) for code in self.codes(feeds))
            return MultiChoice(feeds, self.question_label(feeds), self.exact_count(self.sel.n), options, self.method)

        return Training(received=single("training_received"), wanted=multi("training_wanted"),
                        formats=multi("training_formats"), on_work_time=single("training_on_work_time"))

    def sentiment(self) -> tuple[SentimentItem, ...]:
        if self.sel.randomized():
            randomized = []
            for item in SENTIMENT_FIELDS:
                label = self.question_label(item)
                distribution = self.categorical(f"sentiment:{item}", SENTIMENT_DOMAIN, label, AGREEMENT_GROUP_LABELS)
                agree = distribution.cell("agree")
                randomized.append(SentimentItem(item, label, agree.figure if agree else self.hidden(), distribution))
            return tuple(randomized)
        items = []
        for item in SENTIMENT_FIELDS:
            label = self.question_label(item)
            observed = {code: self.sel.common.get("sentiment", f"{item}|{code}") for code in AGREEMENT_GROUP_CODES}
            rest = self.linked(lambda group, item=item: {code: group.common.get("sentiment", f"{item}|{code}")  # type: ignore[misc]  # mypy cannot type a lambda with default arguments
                                                         for code in AGREEMENT_GROUP_CODES})
            distribution = self.exact_distribution(item, label, observed, AGREEMENT_GROUP_LABELS, rest)
            agree = distribution.cell("agree")
            items.append(SentimentItem(item, label, agree.figure if agree else self.hidden(method=EXACT),
                                       distribution))
        return tuple(items)

    def perception_gap(self, sentiment: Sequence[SentimentItem]) -> tuple[GapItem, ...]:
        """Leadership against employees: from senior leaders' own answers where both groups reach k
        (see :mod:`desktop.collector.perception`), else from the policy's benchmark."""
        return perception.gap_items(self, sentiment, PERCEPTION_ITEMS)
