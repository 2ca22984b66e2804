"""The report writers: HTML (self-contained, accessible, findings first), CSV (one row per figure), PDF.

A hand-built report pins down what a reader sees for withheld, too-wide and estimated figures;
reports aggregated from builder-made summaries show that no row-level data reaches any file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from desktop.collector import privacy_rules as rules
from desktop.collector.aggregate import aggregate
from desktop.collector.report_csv import COLUMNS, render_csv, write_csv
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
from desktop.collector.report_html import render_html, write_html
from desktop.collector.report_json import ReportWriteError, report_text
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
from desktop.collector.report_text import COMPLEMENTARY_TEXT, findings
from desktop.collector.report_tidy import render_tidy
from desktop.collector.report_xlsx import write_xlsx
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


# --- HTML --------------------------------------------------------------------------------------------


def test_html_is_well_formed_self_contained_and_starts_with_the_title():
    page = render_html(hand_report(), organization=ORG)
    structure = parse(page)
    assert structure.errors == [] and structure.stack == []
    assert "<script" not in page.lower()
    assert "http://" not in page and "https://" not in page
    assert not any(tag in ("link", "img", "iframe", "object") for tag, _ in structure.tags)
    assert "<title>AI use at Acme &lt;Labs&gt; &amp; Co: campaign 2026-q4</title>" in page
    assert "<h1>AI use at Acme &lt;Labs&gt; &amp; Co: campaign 2026-q4</h1>" in page
    assert "200 respondents." in page
    headings = [tag for tag, _ in structure.tags if tag in ("h1", "h2")]
    assert headings[0] == "h1" and headings.count("h1") == 1


def test_findings_come_first_and_quote_only_shown_precise_figures():
    report = hand_report()
    page = render_html(report, organization=ORG)
    block = findings_block(page)
    assert page.index('id="findings"') < page.index('id="prevalence"')
    assert "About 48% of respondents (95% interval 41–55%) used ChatGPT without approval" in block
    assert "About 22% of respondents (95% interval 15–29%) put customer personal data into an AI tool" in block
    assert "pay for AI tools out of their own pocket" in block
    assert "“I understand what our company wants to achieve with AI”: 30% of employees agree, against 80%" in block
    sentences = findings(report)
    assert 3 <= len(sentences) <= 6
    # Withheld (Grok, health) and too-wide (Claude) figures are never quoted.
    for text in ("Grok", "Claude", "Health", "health"):
        assert text not in block


def test_withheld_figures_read_fewer_than_k_or_withheld_never_blank():
    page = render_html(hand_report(), organization=ORG)
    structure = parse(page)
    assert "" not in structure.cells
    assert "fewer than 5" in structure.cells
    assert COMPLEMENTARY_TEXT in structure.cells
    grok_row = re.search(r'<th scope="row">Grok</th>(.*?)</tr>', page).group(1)
    assert "fewer than 5" in grok_row and "%" not in grok_row
    # Merged org units are labelled without naming the small units folded into them.
    assert "legal" not in page and ">hr<" not in page


def test_too_wide_intervals_say_so_in_tables_and_charts():
    page = render_html(hand_report(), organization=ORG)
    claude_row = re.search(r'<th scope="row">Claude</th>(.*?)</tr>', page).group(1)
    assert "20% (2–38%), interval too wide to act on" in claude_row
    dashed = [line for chart in svgs(page) for line in chart.iter("line") if line.get("stroke-dasharray")]
    assert dashed
    assert any("(too wide)" in (text.text or "") for chart in svgs(page) for text in chart.iter("text"))


def test_tables_and_charts_are_accessible():
    page = render_html(hand_report(), organization=ORG)
    structure = parse(page)
    assert page.count("<table>") == page.count("<caption>") > 5
    header_cells = [attrs for tag, attrs in structure.tags if tag == "th"]
    assert header_cells and all(attrs.get("scope") in ("col", "row") for attrs in header_cells)
    charts = svgs(page)
    assert len(charts) >= 5
    for chart in charts:
        assert chart.get("role") == "img"
        title, desc = chart.find("title"), chart.find("desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert chart.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    tool_chart = next(chart for chart in charts if "by tool" in chart.find("title").text)
    assert "ChatGPT: 48%" in tool_chart.find("desc").text
    assert "Grok" not in tool_chart.find("desc").text  # withheld tools are not charted, only tabled


def test_text_from_content_is_escaped():
    page = render_html(hand_report(), organization=ORG)
    assert "<b>" not in page
    assert "&lt;b&gt;Bot &amp; Co&lt;/b&gt;" in page


def test_spend_is_marked_as_an_estimate_and_license_candidates_are_listed():
    page = render_html(hand_report(), organization=ORG)
    assert "EUR 96 (EUR 60 to EUR 132)" in page
    assert "These are estimates" in page
    assert re.search(r'<th scope="row">ChatGPT</th><td class="num">1</td>', page)
    assert "Yearly out-of-pocket" not in page  # no candidate carries spend: the column is left out


def test_perception_gap_against_the_benchmark_or_says_there_is_none():
    page = render_html(hand_report(), organization=ORG)
    assert "+50 points" in page
    assert "leadership 80%" in page
    without = render_html(hand_report(benchmark=False), organization=ORG)
    assert "The policy sets no leadership benchmark" in without
    assert " points</td>" not in without and "leadership 80%" not in without


def test_method_block_states_k_epsilon_per_item_and_what_an_interval_means():
    page = render_html(hand_report(), organization=ORG)
    method = page[page.index('id="method"'):]
    assert "k = 5" in method
    assert "Epsilon per item = 1.099" in method and "The guarantee is per item" in method
    assert "epsilon = 76.9 to 79.1" in method
    assert "Randomized response." in method
    assert "n = 200." in method
    assert "95 of 100 intervals" in method
    assert "No figure comes from fewer than 5 respondents." in method


def test_a_withheld_report_shows_its_notice_instead_of_findings():
    notice = Note("withheld_fewer_than_k", "Every figure is withheld: this campaign has fewer than 5 respondents.")
    page = render_html(hand_report(notice=notice), organization=ORG)
    assert '<p class="notice" role="note">' in page
    assert findings_block(page).count("<li>") == 1
    assert "Every figure is withheld" in findings_block(page)


def test_write_html_replaces_the_file_privately(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    assert write_html(hand_report(), target, organization=ORG) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]


def test_write_html_to_a_missing_folder_says_what_to_do(tmp_path):
    target = tmp_path / "missing" / "report.html"
    with pytest.raises(ReportWriteError, match="choose a folder that exists"):
        write_html(hand_report(), target, organization=ORG)


# --- CSV ---------------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_figure_and_withheld_rows_carry_no_value():
    report = hand_report()
    rows = read_csv(render_csv(report))
    assert tuple(rows[0].keys()) == COLUMNS
    tools = [row for row in rows if row["table"] == "prevalence_by_tool" and row["column"] == "unapproved_use"]
    assert [row["row"] for row in tools] == [item.id for item in report.prevalence.by_tool]
    chatgpt = tools[0]
    assert (chatgpt["estimate"], chatgpt["ci_low"], chatgpt["ci_high"], chatgpt["n"]) == ("0.48", "0.41", "0.55", "200")
    assert chatgpt["shown_as"] == "48% (41–55%)" and "status=tolerated" in chatgpt["detail"]
    grok = tools[2]
    assert (grok["estimate"], grok["n"], grok["suppressed"], grok["reason"], grok["shown_as"]) == \
        ("", "", "yes", "fewer_than_k", "fewer than 5")
    assert tools[1]["too_wide"] == "yes"
    data = [row for row in rows if row["table"] == "data_classes"]
    assert len(data) == 2 * len(report.data_classes.rows)
    assert {row["shown_as"] for row in data if row["row"] == "health"} == {"fewer than 5", COMPLEMENTARY_TEXT}
    tables = {row["table"] for row in rows}
    assert {"report", "participation_by_org_unit", "spend", "spend_bands", "license_candidates", "reasons",
            "literacy", "training_wanted", "sentiment", "perception_gap"} <= tables
    k_row = next(row for row in rows if row["table"] == "report" and row["row"] == "k")
    assert k_row["row_label"] == "5"
    total = next(row for row in rows if row["table"] == "spend" and row["row"] == "annual_total")
    assert (total["estimate"], total["unit"]) == ("19200", "EUR")


def test_csv_text_cells_cannot_run_as_spreadsheet_formulas():
    rows = read_csv(render_csv(hand_report()))
    other = next(row for row in rows if row["table"] == "reasons" and row["row"] == "other")
    assert other["row_label"] == "'=HYPERLINK(\"x\")"


def test_write_csv_is_utf8_with_a_byte_order_mark(tmp_path):
    target = write_csv(hand_report(), tmp_path / "report.csv")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbftable,row,")
    rows = read_csv(data.decode("utf-8-sig"))
    assert any(row["shown_as"] == "48% (41–55%)" for row in rows)


# --- PDF ---------------------------------------------------------------------------------------------


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_pdf_is_written_offscreen_with_pages(qapp, tmp_path):
    from desktop.ui.collector.report_pdf import write_pdf

    target = write_pdf(hand_report(), tmp_path / "report.pdf", organization=ORG)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert pages(data) >= 1
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["report.pdf"]


def test_pdf_document_holds_the_findings_and_every_chart_as_a_vector_drawing(qapp):
    from desktop.ui.collector.pdf_charts import chart_keys
    from desktop.ui.collector.report_pdf import render_document

    document = render_document(hand_report(), organization=ORG)
    text = document.toPlainText()
    assert "About 48% of respondents (95% interval 41–55%) used ChatGPT without approval" in text
    assert "fewer than 5" in text
    charts = len(svgs(render_html(hand_report(), organization=ORG)))
    assert len(chart_keys(document)) == charts > 0
    assert "<img" not in document.toHtml()  # no chart is left a picture


# --- reports of real summaries -------------------------------------------------------------------------


def built_campaign(count: int, rr: bool) -> tuple[list[dict[str, Any]], Policy]:
    policy = Policy.from_data({
        "organization": {"name": "Acme"}, "campaign": {"id": "2026-q4"},
        "privacy": {"randomized_response": rr},
        "org_units": [{"code": "eng", "label": "Engineering"}, {"code": "sales", "label": "Sales"}],
        "tools": [{"id": "chatgpt", "status": "tolerated"}, {"id": "microsoft-copilot", "status": "approved"}],
        "leadership_benchmark": {"strategy_clear": 0.8, "strategy_successful": 0.7},
    })
    return built_summaries(Q, CATALOG, policy, count, f"writers:{rr}"), policy


@pytest.fixture(scope="module", params=[True, False], ids=["randomized", "exact"])
def campaign(request) -> tuple[list[dict[str, Any]], Report]:
    summaries, policy = built_campaign(200, request.param)
    return summaries, aggregate(summaries, Q, CATALOG, policy)


def _xlsx_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as book:
        return "".join(book.read(name).decode("utf-8") for name in book.namelist())


def test_reports_of_real_summaries_hold_no_submission_id(campaign, qapp, tmp_path):
    from desktop.ui.collector.report_pdf import render_document

    summaries, report = campaign
    ids = {summary["submission_id"] for summary in summaries}
    assert len(ids) == 200
    outputs = {
        "html": render_html(report, organization="Acme"),
        "csv": render_csv(report),
        "json": report_text(report),
        "pdf-text": render_document(report, organization="Acme").toPlainText(),
        "tidy-csv": "".join(render_tidy(report)),
        "xlsx": _xlsx_text(write_xlsx(report, tmp_path / "r.xlsx")),
    }
    for name, text in outputs.items():
        leaked = [sid for sid in ids if sid in text]
        assert leaked == [], name


def test_reports_of_real_summaries_are_well_formed_and_complete(campaign):
    _, report = campaign
    page = render_html(report, organization="Acme")
    structure = parse(page)
    assert structure.errors == [] and structure.stack == []
    assert "" not in structure.cells
    for section in ("findings", "prevalence", "data-classes", "spend", "reasons", "training", "sentiment",
                    "participation", "method"):
        assert f'id="{section}"' in page
    assert 3 <= len(findings(report)) <= 6
    assert all(chart.find("title") is not None for chart in svgs(page))
    rows = read_csv(render_csv(report))
    tool_rows = [row for row in rows if row["table"] == "prevalence_by_tool" and row["column"] == "unapproved_use"]
    assert len(tool_rows) == len(report.prevalence.by_tool)
    json_tools = json.loads(report_text(report))["tools"]
    for row, item in zip(tool_rows, json_tools, strict=True):
        assert row["row"] == item["id"]
        if item["suppressed"]:
            assert row["estimate"] == "" and row["suppressed"] == "yes"
        else:
            assert float(row["estimate"]) == pytest.approx(item["unapproved_use"]["estimate"])


def test_findings_of_a_real_campaign_match_its_figures(campaign):
    _, report = campaign
    top = max((tool for tool in report.prevalence.by_tool
               if tool.unapproved_use.shown and not tool.unapproved_use.too_wide),
              key=lambda tool: tool.unapproved_use.estimate or 0.0)
    quoted = f"{round(top.unapproved_use.estimate * 100)}% of respondents"
    assert any(top.name in sentence and quoted in sentence for sentence in findings(report))


def test_an_org_unit_report_says_which_unit(tmp_path):
    summaries, policy = built_campaign(200, False)
    report = aggregate(summaries, Q, CATALOG, policy, org_unit="eng")
    page = render_html(report, organization="Acme")
    assert "<h1>AI use at Acme: campaign 2026-q4 (Engineering)</h1>" in page
    assert parse(page).errors == []


def test_paths_are_accepted_as_strings(tmp_path):
    written = write_csv(hand_report(), str(tmp_path / "r.csv"))
    assert isinstance(written, Path) and written.exists()
