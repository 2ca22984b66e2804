"""The spreadsheet and the tidy CSV, read back from the files: a sheet per table, withheld cells marked as
in the CSV, method notes on their own sheet; tidy data rows of codes and numbers only; and a section the
writers do not name (one added to the report model later) reaches all of them."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from desktop.collector.aggregate import aggregate
from desktop.collector.report_csv import render_csv, rows
from desktop.collector.report_figure import Figure
from desktop.collector.report_model import Report
from desktop.collector.report_tidy import COLUMNS, NOTE_COLUMNS, notes_path, render_tidy, write_tidy
from desktop.collector.report_xlsx import NOTES_SHEET, write_xlsx
from tests.collector.report_cases import CATALOG, Q, built_campaign, est, hand_report, hidden

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
CODE = re.compile(r"^[a-z0-9][a-z0-9_:.\-]*$")


def read_xlsx(path) -> dict[str, list[list[str | float | None]]]:
    """Each sheet's cells as rows of values (text, numbers, None for an empty cell), and no formula anywhere."""
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", _NS):
                shared.append("".join(text.text or "" for text in item.iter(f"{{{_NS['m']}}}t")))
        rels = {rel.get("Id"): rel.get("Target")
                for rel in ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))}
        sheets = {}
        for sheet in ET.fromstring(book.read("xl/workbook.xml")).find("m:sheets", _NS):
            xml = ET.fromstring(book.read("xl/" + rels[sheet.get(_REL)].lstrip("/").removeprefix("xl/")))
            assert xml.find(".//m:f", _NS) is None  # no formula
            table = []
            for row in xml.iter(f"{{{_NS['m']}}}row"):
                cells: dict[int, str | float] = {}
                for cell in row.findall("m:c", _NS):
                    letters = re.match(r"[A-Z]+", cell.get("r")).group()
                    column = 0
                    for letter in letters:
                        column = column * 26 + ord(letter) - 64
                    value = cell.find("m:v", _NS)
                    if value is None:
                        continue
                    cells[column - 1] = shared[int(value.text)] if cell.get("t") == "s" else float(value.text)
                width = max(cells, default=-1) + 1
                table.append([cells.get(index) for index in range(width)])
            sheets[sheet.get("name")] = table
        return sheets


def records(sheet: list[list]) -> list[dict]:
    header = sheet[0]
    return [{name: (row[index] if index < len(row) else None) for index, name in enumerate(header)}
            for row in sheet[1:]]


def test_the_spreadsheet_has_a_sheet_per_table_and_the_method_notes_on_their_own(tmp_path):
    report = hand_report()
    sheets = read_xlsx(write_xlsx(report, tmp_path / "report.xlsx"))
    names = list(sheets)
    assert names[0] == NOTES_SHEET
    tables = list(dict.fromkeys(row["table"] for row in rows(report) if row["table"] not in ("report", "method")))
    listed = {row[1]: row[0] for row in sheets[NOTES_SHEET] if len(row) > 1 and row[1] in tables}
    assert list(listed) == tables and names[1:] == list(listed.values())
    assert all(len(name) <= 31 for name in names)
    notes_text = [cell for row in sheets[NOTES_SHEET] for cell in row if isinstance(cell, str)]
    for note in report.method.notes:
        assert note.text in notes_text
    assert ["k", "5"] in [row[:2] for row in sheets[NOTES_SHEET]]


def test_withheld_cells_are_marked_as_in_the_csv_and_figures_are_numbers(tmp_path):
    sheets = read_xlsx(write_xlsx(hand_report(), tmp_path / "report.xlsx"))
    tools = {row["row"]: row for row in records(sheets["prevalence_by_tool"]) if row["column"] == "unapproved_use"}
    grok = tools["grok"]
    assert (grok["estimate"], grok["ci_low"], grok["n"]) == (None, None, None)
    assert (grok["suppressed"], grok["reason"], grok["shown_as"]) == ("yes", "fewer_than_k", "fewer than 5")
    chatgpt = tools["chatgpt"]
    assert (chatgpt["estimate"], chatgpt["ci_low"], chatgpt["ci_high"], chatgpt["n"]) == (0.48, 0.41, 0.55, 200)
    assert chatgpt["suppressed"] == "no"
    # Text that looks like a formula is text in the sheet.
    reasons = records(sheets["reasons"])
    assert any(row["row_label"] == "=HYPERLINK(\"x\")" for row in reasons)


def read_tidy(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def assert_tidy(report: Report) -> list[dict[str, str]]:
    data, _ = render_tidy(report)
    table = read_tidy(data)
    assert table and tuple(table[0]) == COLUMNS
    for row in table:
        for column in ("table", "group", "item"):
            assert CODE.match(row[column]), (column, row)
        for column in ("value", "low", "high", "n", "count"):
            assert row[column] == "" or _is_number(row[column]), (column, row)
        assert row["unit"] in ("share", "people", report.currency), row
        assert row["method"] in ("randomized_response", "exact", "answers", "benchmark"), row
        assert row["status"] in ("shown", "too_wide", "band", "withheld"), row
        assert row["reason"] == "" or CODE.match(row["reason"]), row
        if row["status"] == "withheld":
            assert row["reason"] and not any(row[column] for column in ("value", "low", "high", "n", "count")), row
        assert not any(" " in value for value in row.values()), row  # no sentence, no label: codes and numbers
    return table


def test_tidy_rows_are_codes_and_numbers_and_its_notes_say_what_they_mean(tmp_path):
    report = hand_report()
    table = assert_tidy(report)
    grok = next(row for row in table if row["table"] == "prevalence_by_tool" and row["group"] == "grok")
    assert (grok["status"], grok["reason"], grok["value"]) == ("withheld", "fewer_than_k", "")
    assert next(row for row in table if row["group"] == "claude")["status"] == "too_wide"
    target = write_tidy(report, tmp_path / "figures.csv")
    notes = list(csv.DictReader(io.StringIO(notes_path(target).read_text(encoding="utf-8"))))
    assert notes_path(target).name == "figures-notes.csv" and tuple(notes[0]) == NOTE_COLUMNS
    assert {"kind": "report", "table": "", "code": "k", "text": "5"} in notes
    assert {note.text for note in report.method.notes} <= {row["text"] for row in notes if row["kind"] == "note"}
    assert {"kind": "label", "table": "prevalence_by_tool", "code": "grok", "text": "Grok"} in notes
    assert target.read_bytes().decode("utf-8") == render_tidy(report)[0]


@pytest.mark.parametrize("randomized", [True, False], ids=["randomized", "exact"])
def test_tidy_rows_of_a_real_campaign_are_codes_and_numbers(randomized):
    summaries, policy = built_campaign(200, randomized)
    report = aggregate(summaries, Q, CATALOG, policy)
    table = assert_tidy(report)
    keys = [(row["table"], row["group"], row["item"]) for row in table]
    assert len(keys) == len(set(keys))  # one observation per row: no section listed twice


@dataclasses.dataclass(frozen=True)
class _UnitRow:
    code: str
    label: str
    any_unapproved: Figure
    advice: str


@dataclasses.dataclass(frozen=True)
class _ReportWithMore(Report):
    unit_comparison: tuple[_UnitRow, ...] = ()


def test_a_section_the_writers_do_not_name_reaches_the_csv_the_tidy_csv_and_the_spreadsheet(tmp_path):
    base = hand_report()
    fields = {field.name: getattr(base, field.name) for field in dataclasses.fields(base)}
    report = _ReportWithMore(**fields, unit_comparison=(
        _UnitRow("eng", "Engineering", est(0.4, 0.3, 0.5), "Talk with the unit about what it needs."),
        _UnitRow("sales", "Sales", hidden(), "Nothing to say.")))
    tidy = {(row["group"], row["item"]): row for row in assert_tidy(report) if row["table"] == "unit_comparison"}
    assert tidy[("eng", "any_unapproved")]["value"] == "0.4"
    assert tidy[("sales", "any_unapproved")]["status"] == "withheld"
    assert "Talk with the unit" not in render_tidy(report)[0]
    assert "unit_comparison,eng,Engineering,any_unapproved" in render_csv(report)
    sheet = records(read_xlsx(write_xlsx(report, tmp_path / "r.xlsx"))["unit_comparison"])
    assert [(row["row"], row["estimate"], row["suppressed"]) for row in sheet] == [("eng", 0.4, "no"),
                                                                                   ("sales", None, "yes")]
