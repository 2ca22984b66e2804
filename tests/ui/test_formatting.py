"""Figures on screen follow the interface language's locale, never Python's own formatting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import formatting


@pytest.fixture
def in_locale():
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(("name", "money", "day", "count"), [
    ("en_US", "EUR\u00a01,200", "11/24/2026", "12,345"),
    ("de_DE", "1.200\u00a0EUR", "24.11.2026", "12.345"),
    ("fr_FR", "1\u202f200\u00a0EUR", "24/11/2026", "12\u202f345"),
])
def test_amounts_dates_and_counts(in_locale, name, money, day, count):
    in_locale(name)
    assert formatting.money(1200.4, "EUR") == money
    assert formatting.day("2026-11-24T09:30:00+00:00") == day  # four-digit years, whatever the short format
    assert formatting.integer(12345) == count


def test_a_bare_c_locale_reads_as_english(in_locale):
    in_locale("C")
    assert formatting.money(1200, "EUR") == "EUR\u00a01,200"
    assert formatting.percent(0.42) == "42%"


def test_text_that_is_not_a_date_is_shown_as_it_is(in_locale):
    in_locale("de_DE")
    assert formatting.day("soon") == "soon"
    assert formatting.moment("2026-11-24 14:05") == "24.11.2026 14:05"
