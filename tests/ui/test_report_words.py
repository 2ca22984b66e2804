"""The collector's notes, statuses and figures as the dashboard shows them, in the interface language.

In English the dashboard must say exactly what the report files say, so every translatable note
text here is checked against the collector's own English text for the same code.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget

from desktop.collector.aggregate import aggregate
from desktop.collector.headlines import HEADLINE_WORDS
from desktop.collector.report_figure import Cell, Figure
from desktop.collector.report_html import render_html
from desktop.collector.report_model import Note
from desktop.collector.trends import NAMES
from desktop.collector.vocabulary import CODE_WORDS, OTHER_LEVELS, status_label
from desktop.core.policy import Policy
from desktop.ui.collector.dashboard import Dashboard
from desktop.ui.collector.figure_words import figure_text, headline_text
from desktop.ui.collector.report_words import cell_label, note_text, status_text, tool_name
from desktop.ui.i18n import install_translators
from tests.collector.aggregate_cases import TOOL_RULES, UNITS
from tests.collector.built_summaries import built_with_groups
from tests.collector.suppression_cases import CATALOG, Q, make_policy, plain, randomized, report, tool
from tests.ui.screen_text import label_and_table_text


@pytest.fixture
def english():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def _reports():
    """Reports that together carry every note and notice code the collector writes."""
    exact = [plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(30)] + [
        plain(unit="sales") for _ in range(2)]
    rr = [randomized(used=["chatgpt"]) for _ in range(20)] + [plain() for _ in range(20)]
    hidden = ([plain(unit="eng") for _ in range(20)] + [plain(unit="sales") for _ in range(6)]
              + [plain(unit="legal") for _ in range(4)] + [plain() for _ in range(30)])
    rr_policy = make_policy(rr=True)
    two_units = [plain(unit="eng") for _ in range(20)] + [plain(unit="sales") for _ in range(20)]
    return [report(exact), report(exact, org_unit="eng"), report(exact, org_unit="sales"),
            report(rr, policy=rr_policy), report(hidden, org_unit="sales"), report(exact[:3]),
            report(two_units, org_unit="eng")]


def test_every_note_reads_in_english_as_the_report_files_say_it(english):
    seen = set()
    for each in _reports():
        notes = list(each.method.notes) + ([each.notice] if each.notice else [])
        for note in notes:
            seen.add(note.code)
            assert note_text(note, each) == note.text, note.code
    assert {"suppression", "randomized_response", "epsilon", "too_wide", "category_at_least", "left_out",
            "spend_estimate", "license_priority", "license_spend_band", "license_spend_unit", "org_unit",
            "withheld_fewer_than_k", "withheld_complementary", "withheld_unit_size_hidden"} <= seen


def test_an_unknown_note_code_falls_back_to_its_english_text(english):
    any_report = _reports()[0]
    assert note_text(Note("brand_new", "Something new."), any_report) == "Something new."


def test_statuses_are_words_not_codes():
    assert [status_text(code) for code in ("approved", "tolerated", "prohibited", "not_listed")] == [
        "Approved", "Tolerated", "Prohibited", "Not listed"]


def test_figures_follow_the_interface_language():
    share = Figure(estimate=0.425, ci_low=0.3, ci_high=0.551, n=80)
    amount = Figure(estimate=12345.0, n=80, kind="amount")
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert figure_text(share, 5) == "43% (30–55%)"
        assert figure_text(amount, 5, "EUR") == "EUR\u00a012,345"
        banded = Figure(estimate=2500.0, n=6, kind="amount", band_low=0.0, band_high=5000.0)
        assert figure_text(banded, 5, "EUR") == "EUR\u00a00 to EUR\u00a05,000"
        assert figure_text(Figure(None, suppressed=True, reason="fewer_than_k"), 5) == "fewer than 5 people"
        assert figure_text(Figure(None, suppressed=True, reason="rest_fewer_than_k"), 5) == (
            "withheld (fewer than 5 outside this org unit)")
        QLocale.setDefault(QLocale("de_DE"))
        assert figure_text(amount, 5, "EUR") == "12.345\u00a0EUR"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def _cells(value):
    """Every breakdown cell in a report, wherever it sits."""
    if isinstance(value, Cell):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _cells(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _cells(item)


def _html_texts(page: str) -> set[str]:
    """The text of every table cell and header of an HTML page."""
    return {html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
            for text in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", page, re.S)}


def _shows(texts: set[str], words: str) -> bool:
    """Whether a text shown is ``words``, alone or followed by a note in brackets ("Other units (together; ...)")."""
    return any(text == words or text.startswith(f"{words} (") for text in texts)


def test_every_code_reads_the_same_on_the_dashboard_and_in_the_html_report(qtbot, english):
    """One table of words for the codes the report makes up and the tool statuses: for every code, the
    dashboard shows in English exactly the words the HTML report prints."""
    policy = Policy.from_data({"campaign": {"id": "2026-q4"}, "org_units": UNITS, "tools": TOOL_RULES})
    groups = {("eng", "individual_contributor"): 90, ("sales", "team_lead"): 60, ("legal", "manager"): 3,
              ("eng", "senior_leader"): 2, (None, None): 25}
    built = aggregate(built_with_groups(Q, CATALOG, policy, groups, "words"), Q, CATALOG, policy)
    dashboard = Dashboard(built)
    qtbot.addWidget(dashboard)
    on_screen = set(label_and_table_text(dashboard).splitlines())
    for table in dashboard.findChildren(QTableWidget):
        on_screen |= {table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                      if table.horizontalHeaderItem(c)}
    in_html = _html_texts(render_html(built, organization="Acme"))
    in_report, on_dashboard = set(), set()
    for cell in _cells(built):
        if cell.code in CODE_WORDS:  # made up by the report, or a question's own option with such a code
            assert cell_label(cell) == cell.label, cell.code
            assert _shows(in_html, cell.label), cell.code
            if cell.label == CODE_WORDS[cell.code][0]:
                in_report.add(cell.code)
                if _shows(on_screen, cell_label(cell)):
                    on_dashboard.add(cell.code)
    for item in built.prevalence.by_tool:
        assert status_text(item.status) == status_label(item.status) == CODE_WORDS[item.status][0]
        assert _shows(in_html, status_label(item.status)) and _shows(on_screen, status_text(item.status))
        in_report.add(item.status)
        on_dashboard.add(item.status)
    assert in_report == set(CODE_WORDS)
    assert on_dashboard == set(CODE_WORDS) - {OTHER_LEVELS}  # the dashboard has no table by role level


@pytest.fixture
def in_language(qapp):
    def switch(lang: str) -> None:
        install_translators(qapp, lang)

    yield switch
    install_translators(qapp, "en")


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_the_window_shows_every_code_word_translated(in_language, lang):
    """Each entry of the one table is translated in every interface language, and a question's own option that
    happens to use such a code keeps the questionnaire's label."""
    in_language(lang)
    for code, (english, _) in CODE_WORDS.items():
        words = cell_label(Cell(code, english, Figure(None)))
        assert words and words != english, (lang, code)
    assert cell_label(Cell("none", "Noch keine", Figure(None))) == "Noch keine"
    assert tool_name("other:chat", "", "Chat") not in ("", "Other tools (Chat)")


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_headline_names_come_from_one_table_in_window_and_reports(in_language, lang):
    """The dashboard, the org units view and the trends name each headline figure from ``HEADLINE_WORDS``: the
    reports print its English, the window shows it translated (``headline_text``), with the subject put in."""
    assert {key: HEADLINE_WORDS[key][0] for key in NAMES} == NAMES
    in_language(lang)
    for key, (english, _) in HEADLINE_WORDS.items():
        shown = headline_text(key, "ChatGPT")
        assert shown and shown != english.replace("%1", "ChatGPT"), (lang, key)
        assert "%1" not in shown
        if "%1" in english:
            assert "ChatGPT" in shown, (lang, key)
