"""The CSV and PDF writers, and every writer on reports of real summaries.

CSV has one row per figure and withheld rows carry no value; the PDF is drawn offscreen with vector
charts; reports aggregated from builder-made summaries show that no row-level data reaches any file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from desktop.collector.aggregate import aggregate
from desktop.collector.report_csv import COLUMNS, render_csv, write_csv
from desktop.collector.report_html import render_html
from desktop.collector.report_json import report_text
from desktop.collector.report_model import Report
from desktop.collector.report_text import COMPLEMENTARY_TEXT, findings
from desktop.collector.report_tidy import render_tidy
from desktop.collector.report_xlsx import write_xlsx
from tests.collector.report_cases import (
    CATALOG,
    ORG,
    Q,
    built_campaign,
    hand_report,
    parse,
    svgs,
)

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
