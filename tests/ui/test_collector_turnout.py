"""The collector window states participation against the codes issued and the people invited, and warns when
the summaries exceed either; its exported reports say the same."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QLabel


def label(window, name: str) -> QLabel | None:
    return window.dashboard.findChild(QLabel, name)


def test_overview_sets_summaries_against_codes_and_headcount_and_warns_of_the_excess(window):
    overview = window.dashboard.widget(0)
    assert window.dashboard.tabText(0) == "Overview"
    codes, invited = label(window, "participationAgainst_codes_issued"), label(window, "participationAgainst_invited")
    assert codes.text() == "Summaries against participation codes issued: 30 of 40."
    assert invited.text() == "Summaries against people invited: 30 of 25."
    assert overview.isAncestorOf(codes) and codes.isVisible() and invited.isVisible()
    flag = label(window, "participationExceeds_invited")
    assert flag.isVisible() and flag.text().startswith(
        "Warning: this campaign has more summaries than people invited. Some may be forged or sent twice;")
    assert label(window, "participationExceeds_codes_issued") is None


def test_the_csv_exported_from_the_window_holds_participation_too(window, tmp_path):
    out = tmp_path / "q4.csv"
    window.prompts.files.append(out)
    window.report_button.menu().actions()[2].trigger()  # Export report > CSV tables…
    assert window.prompts.asked[-1] == ("save_file", "Save the report", "candor-report-2026-q4.csv",
                                        "CSV tables (*.csv)")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    against = {row["row"]: row["shown_as"] for row in rows if row["table"] == "participation"}
    assert (against["codes_issued"], against["invited"]) == ("30 of 40", "30 of 25")
    assert "summaries_exceed_invited" in {row["row"] for row in rows if row["table"] == "method"}


def test_the_participation_line_and_warning_are_translated(qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.collector.report_figure import Figure
    from desktop.collector.report_sections import Participation
    from desktop.ui.collector.turnout_view import turnout_labels
    from desktop.ui.i18n import install_translators

    app = QApplication.instance()
    install_translators(app, "de")
    try:
        participation = Participation(Figure(30.0, kind="count"), (), (), (), codes_issued=40, invited=25,
                                      exceeds=("the people invited",))
        texts = [label.text() for label in turnout_labels(participation, "30")]
    finally:
        install_translators(app, "en")
    assert texts == ["Zusammenfassungen gemessen an den ausgegebenen Teilnahmecodes: 30 von 40.",
                     "Zusammenfassungen gemessen an den eingeladenen Personen: 30 von 25.",
                     "Warnung: Diese Kampagne hat mehr Zusammenfassungen als eingeladene Personen. Einige könnten "
                     "gefälscht oder doppelt gesendet sein; verlangen Sie Teilnahmecodes (submission.require_code) "
                     "und prüfen Sie, wie sie verteilt wurden."]
