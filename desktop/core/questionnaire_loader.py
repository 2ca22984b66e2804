"""Read, validate and build the questionnaire from its YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core import schema_check
from desktop.core.conditions import Condition, ConditionError, parse_condition, unknown_names
from desktop.core.errors import ContentError, Problem
from desktop.core.questionnaire import Option, Page, Question, Questionnaire, QuestionType, Section
from desktop.core.resources import resource
from desktop.core.yaml_source import Lines, load_yaml, parse_yaml

DEFAULT_FILE = ("questionnaire", "assessment.yaml")
CHOICE_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE, QuestionType.AMOUNT_BAND}
#: Names a condition on a loop page may use besides question ids.
LOOP_NAMES = frozenset({"tool"})


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    path = path or resource(*DEFAULT_FILE)
    data, lines = load_yaml(path)
    return build_questionnaire(data, str(path), lines)


def parse_questionnaire(text: str, file: str = "questionnaire.yaml") -> Questionnaire:
    data, lines = parse_yaml(text, file)
    return build_questionnaire(data, file, lines)


def build_questionnaire(data: Any, file: str, lines: Lines | None = None) -> Questionnaire:
    schema_check.check(data, "questionnaire", file, lines)
    builder = _Builder(file, lines or {}, data.get("scales", {}))
    questionnaire = builder.build(data)
    if builder.problems:
        raise ContentError(sorted(builder.problems, key=lambda p: (p.line or 0, p.location)))
    return questionnaire


class _Builder:
    """Turns schema-valid data into the model, collecting every semantic problem on the way."""

    def __init__(self, file: str, lines: Lines, scales: dict[str, list[dict[str, Any]]]):
        self.file = file
        self.lines = lines
        self.scales = scales
        self.problems: list[Problem] = []
        self.seen_ids: dict[str, str] = {}
        self.earlier_questions: dict[str, Question] = {}
        self.feeds_used: dict[str, str] = {}

    def problem(self, location: str, message: str) -> None:
        line = schema_check.line_for(location, self.lines)
        self.problems.append(Problem(self.file, location, message, line))

    def unique(self, kind: str, ident: str, location: str) -> None:
        key = f"{kind}:{ident}"
        if key in self.seen_ids:
            self.problem(f"{location}.id", f"the {kind} id {ident!r} is already used at {self.seen_ids[key]}")
        else:
            self.seen_ids[key] = location

    def build(self, data: dict[str, Any]) -> Questionnaire:
        sections = tuple(
            self.section(raw, f"sections[{i}]") for i, raw in enumerate(data["sections"])
        )
        return Questionnaire(id=data["id"], version=data["version"], sections=sections)

    def section(self, raw: dict[str, Any], loc: str) -> Section:
        self.unique("section", raw["id"], loc)
        pages = tuple(
            self.page(page, raw["id"], f"{loc}.pages[{i}]") for i, page in enumerate(raw["pages"])
        )
        return Section(id=raw["id"], title=raw["title"], intro=raw.get("intro"), pages=pages)

    def page(self, raw: dict[str, Any], section_id: str, loc: str) -> Page:
        self.unique("page", raw["id"], loc)
        loop = raw.get("loop")
        if loop is not None:
            source = self.earlier_questions.get(loop)
            if source is None or source.type is not QuestionType.TOOL_PICKER:
                self.problem(f"{loc}.loop", f"{loop!r} must name an earlier tool_picker question")
        page_condition = self.condition(raw.get("show_if"), f"{loc}.show_if", loop)
        questions: list[Question] = []
        for i, q in enumerate(raw["questions"]):
            question = self.question(q, f"{loc}.questions[{i}]", loop)
            questions.append(question)
            self.earlier_questions[question.id] = question
        return Page(
            id=raw["id"],
            section_id=section_id,
            questions=tuple(questions),
            title=raw.get("title"),
            intro=raw.get("intro"),
            show_if=page_condition,
            loop=loop,
        )

    def condition(self, source: str | None, loc: str, loop: str | None) -> Condition | None:
        if source is None:
            return None
        try:
            condition = parse_condition(source)
        except ConditionError as exc:
            self.problem(loc, str(exc))
            return None
        known = set(self.earlier_questions) | (LOOP_NAMES if loop else set())
        missing = unknown_names(condition, known)
        if missing:
            self.problem(loc, f"names no earlier question: {', '.join(missing)}")
        return condition

    def question(self, raw: dict[str, Any], loc: str, loop: str | None) -> Question:
        self.unique("question", raw["id"], loc)
        qtype = QuestionType(raw["type"])
        feeds = raw["feeds"]
        if feeds != "none":
            if feeds in self.feeds_used:
                self.problem(f"{loc}.feeds", f"{feeds!r} is already fed by question {self.feeds_used[feeds]!r}")
            self.feeds_used[feeds] = raw["id"]
            if feeds.startswith("tool.") and loop is None:
                self.problem(f"{loc}.feeds", f"{feeds!r} is a per-tool field; put the question on a loop page")
        if qtype is QuestionType.FREE_TEXT:
            if not raw.get("private"):
                self.problem(loc, "free text is kept on this computer only: add `private: true`")
            if feeds != "none":
                self.problem(f"{loc}.feeds", "free text never leaves this computer: use `feeds: none`")
        options = self.options_for(raw, qtype, loc)
        exclusive = frozenset(raw.get("exclusive", ()))
        codes = {o.code for o in options}
        for code in sorted(exclusive - codes):
            self.problem(f"{loc}.exclusive", f"{code!r} is not one of this question's option codes")
        if exclusive and qtype is not QuestionType.MULTI_CHOICE:
            self.problem(f"{loc}.exclusive", "only multi_choice questions have exclusive options")
        return Question(
            id=raw["id"],
            type=qtype,
            text=raw["text"],
            feeds=feeds,
            help=raw.get("help"),
            required=bool(raw.get("required", False)),
            private=bool(raw.get("private", False)),
            show_if=self.condition(raw.get("show_if"), f"{loc}.show_if", loop),
            options=options,
            exclusive=exclusive,
        )

    def options_for(self, raw: dict[str, Any], qtype: QuestionType, loc: str) -> tuple[Option, ...]:
        raw_options = raw.get("options")
        scale = raw.get("scale")
        if qtype is QuestionType.SCALE:
            if scale is None:
                self.problem(loc, "a scale question needs `scale:` naming one of the scales")
                return ()
            if scale not in self.scales:
                known = ", ".join(sorted(self.scales)) or "none defined"
                self.problem(f"{loc}.scale", f"unknown scale {scale!r}; known scales: {known}")
                return ()
            raw_options = self.scales[scale]
        elif scale is not None:
            self.problem(f"{loc}.scale", "only scale questions take `scale:`")
        if qtype in CHOICE_TYPES and not raw_options:
            self.problem(loc, f"a {qtype.value} question needs `options:`")
            return ()
        if qtype not in CHOICE_TYPES and qtype is not QuestionType.SCALE and raw_options:
            self.problem(f"{loc}.options", f"a {qtype.value} question takes no `options:`")
            return ()
        options: list[Option] = []
        seen: set[str] = set()
        for i, raw_option in enumerate(raw_options or ()):
            code = raw_option["code"]
            if code in seen:
                self.problem(f"{loc}.options[{i}].code", f"the code {code!r} is used twice in this question")
            seen.add(code)
            monthly = raw_option.get("monthly")
            if qtype is QuestionType.AMOUNT_BAND and monthly is None:
                self.problem(f"{loc}.options[{i}]", "an amount band needs `monthly: [low, high]`")
            if monthly is not None and monthly[1] is not None and monthly[1] < monthly[0]:
                self.problem(f"{loc}.options[{i}].monthly", "the upper bound is below the lower bound")
            options.append(
                Option(
                    code=code,
                    label=raw_option["label"],
                    help=raw_option.get("help"),
                    monthly=tuple(monthly) if monthly is not None else None,
                )
            )
        return tuple(options)
