"""Amounts and dates on the employee's screens as the interface language writes them, in every language.

Two paid tools: the band labels, the results' totals, each tool's line and the hint all write the
amount the same way (QLocale's currency format); no "EUR: Less than 10 a month" and never "EUR 432"
next to "432 EUR". A past result's date follows the language (1.12.2026, not 12/1/2026, in German).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.navigation import Navigator
from desktop.core.policy import Policy
from desktop.core.session import AssessmentSession
from desktop.ui.i18n import install_translators
from desktop.ui.wizard import WizardPage
from tests.ui.flows import complete

ANSWERS = {
    "tools_used": ["chatgpt", "claude"],
    "account_kind@chatgpt": "personal_paid",
    "spend@chatgpt": "10_25",
    "reimbursed@chatgpt": "no",
    "account_kind@claude": "personal_paid",
    "spend@claude": "10_25",
    "reimbursed@claude": "no",
}
NB = "\u00a0"
#: 18 a month each (17.5, rounded as shown): 36 a month, 432 a year, all of it out of pocket.
#: English writes the currency before the amount; German, French and Spanish after it.
BEFORE = (f"EUR{NB}36", f"EUR{NB}432", f"EUR{NB}18")
AFTER = (f"36{NB}EUR", f"432{NB}EUR", f"18{NB}EUR")
EXPECTED = {
    "en": (*BEFORE, [f"Less than EUR{NB}10 a month", f"EUR{NB}10 to under EUR{NB}25 a month",
                     f"EUR{NB}100 or more a month"]),
    "de": (*AFTER, [f"Weniger als 10{NB}EUR pro Monat", f"10{NB}EUR bis unter 25{NB}EUR pro Monat",
                    f"100{NB}EUR oder mehr pro Monat"]),
    "fr": (*AFTER, [f"Moins de 10{NB}EUR par mois", f"De 10{NB}EUR à moins de 25{NB}EUR par mois",
                    f"100{NB}EUR ou plus par mois"]),
    "es": (*AFTER, [f"Menos de 10{NB}EUR al mes", f"De 10{NB}EUR a menos de 25{NB}EUR al mes",
                    f"100{NB}EUR o más al mes"]),
}
DAY = {"de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y"}
AMOUNT = re.compile(r"EUR\u00a0[\d.,\u202f]+|[\d.,\u202f]+\u00a0EUR|[\d.,\u202f]+ EUR|EUR [\d.,\u202f]+")


@pytest.fixture
def language(request):
    app = QApplication.instance()
    install_translators(app, request.param)
    yield request.param
    install_translators(app, "en")
    QLocale.setDefault(QLocale("en_US"))


def spend_section(page) -> str:
    labels = page.findChildren(QLabel)
    start = labels.index(page.spend_text)
    return "\n".join(label.text() for label in labels[start:start + 4])


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_band_labels_are_written_with_the_amounts_as_the_language_writes_money(qtbot, wizard_content,
                                                                               language):
    questionnaire, catalog = wizard_content
    state = {"answers": {"values": {"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_paid"}},
             "page": "tool_why@chatgpt"}
    session = AssessmentSession.restore(Navigator(questionnaire), state, lambda _s: None)
    wizard = WizardPage(session, catalog, Policy.defaults(), language)
    qtbot.addWidget(wizard)
    buttons = next(b for b in wizard.blocks if b.question.id == "spend").answer.buttons
    shown = [buttons[code].text() for code in ("under_10", "10_25", "over_100")]
    assert shown == EXPECTED[language][3]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_totals_lines_and_hint_share_one_currency_format(qtbot, make_app, content, keyring_store, language):
    monthly, yearly, each, _bands = EXPECTED[language]
    employee = make_app(content, keyring_store, lang=language)
    complete(employee, ANSWERS)
    words = spend_section(employee.results.page)
    assert monthly in words and yearly in words and each in words, words
    amounts = AMOUNT.findall(words)
    assert len(amounts) >= 5 and all(a.startswith("EUR") == monthly.startswith("EUR") and NB in a
                                     for a in amounts), amounts


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_a_past_results_date_follows_the_language(qtbot, make_app, content, keyring_store, language):
    employee = make_app(content, keyring_store, lang=language)
    complete(employee, ANSWERS)
    (done,) = [info for info in employee.store.list_assessments() if info.status == "completed"]
    page = employee.results.show_results(employee.store, done.id, read_only=True)
    heading = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert date.today().strftime(DAY[language]) in heading, heading[:300]
