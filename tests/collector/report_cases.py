"""Builders of the report-writer tests: a hand-built report whose every figure is known, a campaign of
builder-made summaries, and readers of the HTML a writer makes (structure, charts, the findings block).
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

from desktop.collector import privacy_rules as rules
from desktop.collector.report_figure import (
    AMOUNT,
    COUNT,
    EXACT,
    RANDOMIZED_RESPONSE,
    Cell,
    Distribution,
    Figure,
    MultiChoice,
)
from desktop.collector.report_model import MethodInfo, Note, Report
from desktop.collector.report_sections import (
    CategoryFigure,
    DataClasses,
    DataClassRow,
    GapItem,
    LicenseCandidate,
    Participation,
    Prevalence,
    SentimentItem,
    Spend,
    ToolFigure,
    Training,
)
from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from tests.collector.built_summaries import built_summaries

Q = load_questionnaire()
CATALOG = load_catalog()
ORG = "Acme <Labs> & Co"
VOID = {"meta", "br", "img", "hr", "input", "link", "col", "area", "base", "wbr", "source"}


# --- a hand-built report ----------------------------------------------------------------------------


def est(value: float, low: float, high: float, *, n: int = 200, too_wide: bool = False) -> Figure:
    return Figure(value, ci_low=low, ci_high=high, n=n, too_wide=too_wide, method=RANDOMIZED_RESPONSE)


def exact(count: int, n: int = 200) -> Figure:
    return Figure(count / n, n=n, count=count, method=EXACT)


def people(count: int) -> Figure:
    return Figure(float(count), n=count, count=count, method=EXACT, kind=COUNT)


def hidden(reason: str = rules.FEWER_THAN_K, kind: str = "share") -> Figure:
    return Figure(None, suppressed=True, reason=reason, method=EXACT, kind=kind)


def tool(tool_id: str, name: str, figure: Figure, status: str = "not_listed") -> ToolFigure:
    return ToolFigure(tool_id, name, "Vendor", "chat", "Chat assistants", status, "yes", "yes", figure, None)


def distribution(item_id: str, label: str, cells: list[Cell]) -> Distribution:
    return Distribution(item_id, label, people(200), tuple(cells), EXACT)


def multi(item_id: str, label: str, cells: list[Cell]) -> MultiChoice:
    return MultiChoice(item_id, label, people(200), tuple(cells), EXACT)


def hand_report(*, benchmark: bool = True, notice: Note | None = None) -> Report:
    agree = exact(60)
    sentiment = SentimentItem("strategy_clear", "I understand what our company wants to achieve with AI.", agree,
                              distribution("strategy_clear", "Strategy is clear",
                                           [Cell("disagree", "Disagree", exact(80)),
                                            Cell("neutral", "Neutral", exact(60)),
                                            Cell("agree", "Agree", agree)]))
    return Report(
        campaign="2026-q4",
        org_unit=None,
        org_unit_label=None,
        currency="EUR",
        k=5,
        notice=notice,
        participation=Participation(
            people(200),
            (Cell("eng", "Engineering", people(120)), Cell("sales", "Sales", hidden(kind=COUNT)),
             Cell("other_units", "Other units", hidden(rules.COMPLEMENTARY, kind=COUNT), ("legal", "hr")),
             Cell("not_stated", "Not stated", people(70))),
            (Cell("individual_contributor", "I don't manage people", people(200)),),
            (Cell(RANDOMIZED_RESPONSE, "Randomized response", people(200)),
             Cell(EXACT, "Exact answers", Figure(0.0, n=0, count=0, method=EXACT, kind=COUNT))),
        ),
        prevalence=Prevalence(
            overall=None,
            overall_note="Not derivable with randomized answers.",
            by_tool=(tool("chatgpt", "ChatGPT", est(0.48, 0.41, 0.55), "tolerated"),
                     tool("claude", "Claude", est(0.20, 0.02, 0.38, too_wide=True)),
                     tool("grok", "Grok", hidden()),
                     tool("acme-bot", "<b>Bot & Co</b>", est(0.10, 0.04, 0.16))),
            by_category=(CategoryFigure("chat", "Chat assistants", est(0.48, 0.41, 0.55), "at_least", "chatgpt"),
                         CategoryFigure("image", "Image generation", hidden(), "at_least")),
        ),
        data_classes=DataClasses(
            (DataClassRow("customer_personal", "Customer personal data", est(0.22, 0.15, 0.29),
                          est(0.12, 0.05, 0.19)),
             DataClassRow("health", "Health information", hidden(), hidden(rules.COMPLEMENTARY))),
            False,
        ),
        spend=Spend(
            pays_out_of_pocket=est(0.31, 0.24, 0.38),
            bands=Distribution("spend_band", "Monthly personal spend on AI tools", people(200),
                               (Cell("none", "Nothing", est(0.69, 0.6, 0.78)),
                                Cell("over_100", "More than 100 a month", hidden())), RANDOMIZED_RESPONSE),
            annual_per_respondent=Figure(96.0, ci_low=60.0, ci_high=132.0, n=200, method=RANDOMIZED_RESPONSE,
                                         kind=AMOUNT),
            annual_total=Figure(19200.0, ci_low=12000.0, ci_high=26400.0, n=200, method=RANDOMIZED_RESPONSE,
                                kind=AMOUNT),
            currency="EUR",
        ),
        license_candidates=(LicenseCandidate("chatgpt", "ChatGPT", "chat", "tolerated", "yes", "yes",
                                             "unapproved_use", est(0.48, 0.41, 0.55), None, 0.72),),
        reasons=multi("reasons", "Why unapproved tools?",
                      [Cell("no_approved_tool", "There's no approved tool for what I need", est(0.3, 0.2, 0.4)),
                       Cell("other", "=HYPERLINK(\"x\")", hidden())]),
        literacy=distribution("literacy", "AI experience", [Cell("basic", "Basic", exact(120)),
                                                           Cell("expert", "Expert", hidden()),
                                                           Cell("advanced", "Advanced", hidden(rules.COMPLEMENTARY))]),
        policy_awareness=distribution("policy_awareness", "Policy awareness", [Cell("yes", "Yes", exact(150)),
                                                                              Cell("no", "No", exact(50))]),
        training=Training(
            received=distribution("training_received", "Training received", [Cell("none", "None", exact(200))]),
            wanted=multi("training_wanted", "Training wanted", [Cell("safe_data_use", "Safe data use", exact(90))]),
            formats=multi("training_formats", "Formats", [Cell("workshops", "Workshops", exact(70))]),
            on_work_time=distribution("training_on_work_time", "On work time", [Cell("yes", "Yes", exact(200))]),
        ),
        sentiment=(sentiment,),
        perception_gap=(GapItem("strategy_clear", sentiment.label, agree, 0.8 if benchmark else None,
                                0.5 if benchmark else None),),
        method=MethodInfo(5, RANDOMIZED_RESPONSE, people(200), (1.0986,), (76.9, 79.1),
                          "Intervals are 95% confidence intervals.",
                          (Note("suppression", "No figure comes from fewer than 5 respondents."),)),
    )


class _Structure(HTMLParser):
    """Checks that every element is closed in order, and collects the text of each element kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        if tag in ("td", "th"):
            self._cell = []

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(page: str) -> _Structure:
    parser = _Structure()
    parser.feed(page)
    parser.close()
    return parser


def svgs(page: str) -> list[ET.Element]:
    return [ET.fromstring(part) for part in re.findall(r"<svg\b.*?</svg>", page, flags=re.S)]


def findings_block(page: str) -> str:
    match = re.search(r'<div class="findings">(.*?)</div>', page, flags=re.S)
    assert match
    return match.group(1)


def built_campaign(count: int, rr: bool) -> tuple[list[dict[str, Any]], Policy]:
    policy = Policy.from_data({
        "organization": {"name": "Acme"}, "campaign": {"id": "2026-q4"},
        "privacy": {"randomized_response": rr},
        "org_units": [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"}],
        "tools": [{"id": "chatgpt", "status": "tolerated"}, {"id": "microsoft-copilot", "status": "approved"}],
        "leadership_benchmark": {"strategy_clear": 0.8, "strategy_successful": 0.7},
    })
    return built_summaries(Q, CATALOG, policy, count, f"writers:{rr}"), policy


#: How many tools ``long_report`` lists.
TOOLS = 70


def long_report():
    """A report whose tool table runs over several pages, with names that wrap in their cell."""
    report = hand_report()
    tools = tuple(
        ToolFigure(f"tool-{index}", f"Start{index:02d} with a rather long name that wraps in its cell End{index:02d}",
                   None, "chat", "Chat assistants", "not_listed", "unknown", "unknown",
                   est(0.30 - index / 1000, 0.2, 0.4), None)
        for index in range(TOOLS))
    return dataclasses.replace(report, prevalence=dataclasses.replace(report.prevalence, by_tool=tools))
