"""The report as a spreadsheet (.xlsx): one sheet per table, and the method notes on a sheet of their own.

Written with XlsxWriter (write-only, pure Python, no dependencies of its own). Each table of the CSV
report (desktop/collector/report_csv.py, including sections it finds by walking the report model) is a
sheet with the CSV's columns but ``table``: the figures are number cells (shares from 0 to 1 shown as
percentages), everything else text. A withheld figure is marked as in the CSV: its number cells are
empty, ``suppressed`` says ``yes``, ``reason`` its code and ``shown_as`` the words the HTML report uses
("fewer than 5"). The first sheet, "Method notes", holds the report's properties, its method notes and a
list of the sheets with the table each holds (a sheet's name is at most 31 characters).

No text cell is ever written as a formula or a link: every text goes in with ``write_string``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import xlsxwriter

from desktop.collector.report_csv import COLUMNS, rows
from desktop.collector.report_files import write_report_file
from desktop.collector.report_model import Report

__all__ = ["NOTES_SHEET", "sheet_name", "write_xlsx"]

NOTES_SHEET = "Method notes"
_NUMBERS = ("estimate", "ci_low", "ci_high", "n", "count")
_SHEET_COLUMNS = tuple(column for column in COLUMNS if column != "table")
_NOT_IN_NAME = re.compile(r"[\[\]:*?/\\']")
_MAX_NAME = 31
_WIDTHS = {"row": 18, "row_label": 40, "column": 16, "column_label": 28, "shown_as": 34, "detail": 40}


def sheet_name(table: str, taken: set[str]) -> str:
    """A sheet name for ``table``: at most 31 characters, none Excel refuses, unique (case-insensitive)."""
    base = _NOT_IN_NAME.sub("_", table)[:_MAX_NAME] or "table"
    name, number = base, 2
    while name.lower() in taken or name.lower() == NOTES_SHEET.lower():
        suffix = f"~{number}"
        name, number = base[:_MAX_NAME - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def _tables(report: Report) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {}
    for row in rows(report):
        tables.setdefault(row["table"], []).append(row)
    return tables


def _number(text: str) -> float | int | None:
    if text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def write_xlsx(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the spreadsheet to ``path`` (replacing it whole, or not at all); return the path."""
    tables = _tables(report)
    words = {name: tables.pop(name, []) for name in ("report", "method")}

    def produce(temp: Path) -> None:
        options = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
        with xlsxwriter.Workbook(str(temp), options) as book:
            bold = book.add_format({"bold": True})
            wrap = book.add_format({"text_wrap": True, "valign": "top"})
            share = book.add_format({"num_format": "0.0%"})
            plain = book.add_format({"num_format": "General"})
            notes = book.add_worksheet(NOTES_SHEET)
            notes.set_column(0, 0, 30)
            notes.set_column(1, 1, 100, wrap)
            line = 0
            for heading, table in (("Report", "report"), ("Method notes", "method")):
                notes.write_string(line, 0, heading, bold)
                line += 1
                for row in words[table]:
                    notes.write_string(line, 0, row["row"])
                    notes.write_string(line, 1, row["row_label"])
                    line += 1
                line += 1
            notes.write_string(line, 0, "Sheets", bold)
            notes.write_string(line, 1, "Table (the table column of the CSV report)", bold)
            line += 1
            taken: set[str] = set()
            for table, table_rows in tables.items():
                name = sheet_name(table, taken)
                notes.write_string(line, 0, name)
                notes.write_string(line, 1, table)
                line += 1
                sheet = book.add_worksheet(name)
                for column, header in enumerate(_SHEET_COLUMNS):
                    sheet.write_string(0, column, header, bold)
                    sheet.set_column(column, column, _WIDTHS.get(header, 11))
                for number, row in enumerate(table_rows, start=1):
                    for column, header in enumerate(_SHEET_COLUMNS):
                        text = row[header]
                        if header in _NUMBERS:
                            value = _number(text)
                            if value is not None:
                                kind = share if row["unit"] == "share" and header != "n" and header != "count" \
                                    else plain
                                sheet.write_number(number, column, value, kind)
                        elif text:
                            sheet.write_string(number, column, text)
                sheet.freeze_panes(1, 0)
                sheet.autofilter(0, 0, len(table_rows), len(_SHEET_COLUMNS) - 1)

    return write_report_file(path, produce)
