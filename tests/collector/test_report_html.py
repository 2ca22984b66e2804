"""The HTML report: self-contained, accessible, findings first, withheld and too-wide figures said in words,
content escaped, and the file written privately.
"""

from __future__ import annotations

import os
import re
import stat

import pytest

from desktop.collector.report_html import render_html, write_html
from desktop.collector.report_json import ReportWriteError
from desktop.collector.report_model import Note
from desktop.collector.report_text import COMPLEMENTARY_TEXT, findings
from tests.collector.report_cases import (
    ORG,
    findings_block,
    hand_report,
    parse,
    svgs,
)

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
