"""The collector window's Export menu writes the spreadsheet and the tidy CSV, through the release ledger."""

from __future__ import annotations

import csv
import zipfile


def export(window, text: str, out) -> None:
    window.prompts.files.append(out)
    entries = {action.text(): action for action in window.report_button.menu().actions()}
    entries[text].trigger()


def test_the_window_exports_a_spreadsheet_with_a_sheet_per_table(window, tmp_path):
    out = tmp_path / "q4.xlsx"
    export(window, "Spreadsheet…", out)
    with zipfile.ZipFile(out) as book:
        workbook = book.read("xl/workbook.xml").decode("utf-8")
    assert 'name="Method notes"' in workbook and 'name="prevalence_by_tool"' in workbook
    assert window.status.text() == f"Report saved to {out}."


def test_the_window_exports_the_tidy_csv_and_its_notes(window, tmp_path):
    out = tmp_path / "figures.csv"
    export(window, "Tidy CSV for analysis…", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"table", "group", "item", "value", "status"} <= set(rows[0])
    assert (tmp_path / "figures-notes.csv").is_file()
