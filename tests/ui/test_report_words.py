"""The collector's notes, statuses and figures as the dashboard shows them, in the interface language.

In English the dashboard must say exactly what the report files say, so every translatable note
text here is checked against the collector's own English text for the same code.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Note
from desktop.ui.collector.dashboard import figure_text
from desktop.ui.collector.report_words import note_text, status_text
from tests.collector.test_suppression import make_policy, plain, randomized, report, tool


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
