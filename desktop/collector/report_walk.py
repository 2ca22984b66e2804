"""Rows for report sections the CSV writer does not list by name, found by walking the report model.

:mod:`desktop.collector.report_csv` names each table it knows (with its own row and column labels).
A section added to :class:`desktop.collector.report_model.Report` later, say a comparison of org
units or recommended actions, reaches the CSV, the tidy CSV and the spreadsheet all the same: each
of its :class:`~desktop.collector.report_model.Figure` values becomes a row, under a table named
after the field. A record in a sequence gives the row its code (its ``id``, ``code``, ``key`` or
``tool_id``) and its label (its ``label``, ``name`` or ``title``); each figure in the record is a
column named after its field, and a tuple of cells inside it one column per cell. Text that is not a
code or label (a sentence of advice, say) is left out of the rows: the HTML report carries it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from desktop.collector.report_figure import Cell, Distribution, Figure, MultiChoice
from desktop.collector.report_model import Report

__all__ = ["walk_rows"]

_CODE_FIELDS = ("id", "code", "key", "tool_id")
_LABEL_FIELDS = ("label", "name", "title")

#: ``figure(table, row, row_label, column, column_label, figure)`` makes a row; ``choice(table, item)`` the
#: rows of a distribution or multiple choice (see report_csv).
FigureRow = Callable[[str, str, str, str, str, Figure], dict[str, str]]
ChoiceRows = Callable[[str, Any], Iterator[dict[str, str]]]


def _first(record: Any, names: tuple[str, ...], default: str) -> str:
    for name in names:
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return value
    return default


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _record(table: str, record: Any, index: int, figure: FigureRow, choice: ChoiceRows) -> Iterator[dict[str, str]]:
    code = _first(record, _CODE_FIELDS, str(index + 1))
    label = _first(record, _LABEL_FIELDS, code)
    if isinstance(record, Figure):
        yield figure(table, code, label, "value", "Value", record)
        return
    if isinstance(record, Cell):
        yield figure(table, record.code, record.label, "share" if record.figure.kind == "share" else "value",
                     _label(record.figure.kind), record.figure)
        return
    if isinstance(record, Distribution | MultiChoice):
        yield from choice(f"{table}_{record.id}", record)
        return
    if not dataclasses.is_dataclass(record):
        return
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, Figure):
            yield figure(table, code, label, field.name, _label(field.name), value)
        elif isinstance(value, Cell):
            yield figure(table, code, label, f"{field.name}:{value.code}", value.label, value.figure)
        elif isinstance(value, tuple) and value and all(isinstance(cell, Cell) for cell in value):
            for cell in value:
                yield figure(table, code, label, f"{field.name}:{cell.code}", cell.label, cell.figure)
        elif dataclasses.is_dataclass(value) or (isinstance(value, tuple) and value
                                                  and dataclasses.is_dataclass(value[0])):
            yield from _value(f"{table}_{field.name}", value, figure, choice)


def _value(table: str, value: Any, figure: FigureRow, choice: ChoiceRows) -> Iterator[dict[str, str]]:
    if isinstance(value, tuple):
        for index, record in enumerate(value):
            yield from _record(table, record, index, figure, choice)
    elif isinstance(value, Figure):
        yield figure(table, table, _label(table), "value", "Value", value)
    elif isinstance(value, Distribution | MultiChoice):
        yield from choice(table, value)
    elif dataclasses.is_dataclass(value):
        # One record: figures of its own are one row; its sequences are tables of their own.
        yield from _record(table, value, 0, figure, choice)


def walk_rows(report: Report, known: frozenset[str], figure: FigureRow, choice: ChoiceRows) -> Iterator[dict[str, str]]:
    """Rows for every field of ``report`` not in ``known``, in the model's field order."""
    for field in dataclasses.fields(report):
        if field.name in known:
            continue
        yield from _value(field.name, getattr(report, field.name), figure, choice)
