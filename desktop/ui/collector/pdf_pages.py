"""Page breaks for the PDF report that a reader expects and Qt's rich text does not make by itself.

Qt's layout moves a table row to the next page only when none of its cells' first lines fits, so a
row whose cells wrap is cut in two; and it knows no "keep with next", so a section title can end a
page while its table starts the next. :func:`keep_together` lays the document out at its page
size and, top to bottom, fixes the first place that breaks a rule until none is left:

- a table row must not cross a page boundary: the table is split before that row, and the rest,
  under a copy of the header row, starts the next page;
- a heading (and a lead-in of up to three lines under it), a chart (with its caption after it) and a table's
  caption are kept with what follows them: the heading with the first line after it, the caption
  with the table's first row. When they would be parted, the page breaks before the first of them.

Something taller than a page cannot be kept whole and is left to break where it must.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from desktop.ui.collector.pdf_charts import CHART_OBJECT

__all__ = ["keep_together"]

#: A document this long has more than enough passes to settle (each pass moves content down only).
MAX_PASSES = 2000
_BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass
class _Item:
    block: QTextBlock | None = None
    table: QTextTable | None = None


def _items(document: QTextDocument) -> list[_Item]:
    items: list[_Item] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if frame is not None:
            if isinstance(frame, QTextTable):
                items.append(_Item(table=frame))
        else:
            items.append(_Item(block=iterator.currentBlock()))
        iterator += 1
    return items


class _Pages:
    def __init__(self, document: QTextDocument):
        self.document = document
        self.layout = document.documentLayout()
        self.height = document.pageSize().height()

    def page(self, y: float) -> int:
        return int(y // self.height)

    def lines(self, block: QTextBlock) -> tuple[float, float, float]:
        """Where ``block``'s text is: the top of its first line, the bottom of its first and of its last line.

        Measured from the lines, not the block's rectangle: a line Qt moves to the next page keeps the block's
        rectangle where it was and moves only the line.
        """
        origin = self.layout.blockBoundingRect(block).top()
        layout = block.layout()
        if layout.lineCount() == 0:
            return origin, origin, origin
        first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
        return origin + first.y(), origin + first.y() + first.height(), origin + last.y() + last.height()

    def row_span(self, table: QTextTable, row: int) -> tuple[float, float]:
        tops, bottoms = [], []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            tops.append(self.lines(cell.firstCursorPosition().block())[0])
            bottoms.append(self.lines(cell.lastCursorPosition().block())[2])
        return min(tops), max(bottoms)

    def top(self, item: _Item) -> float:
        if item.table is not None:
            return self.layout.frameBoundingRect(item.table).top()
        assert item.block is not None  # an item is a table or a block
        return self.lines(item.block)[0]

    def first_unit_bottom(self, item: _Item) -> float:
        if item.table is not None:
            rows = item.table.rows()
            first = min(item.table.format().headerRowCount(), rows - 1)
            return self.row_span(item.table, first)[1]
        assert item.block is not None
        return self.lines(item.block)[1]

    def starts_page(self, item: _Item) -> bool:
        """Whether ``item`` is the first thing on its page (a break before it would gain nothing)."""
        y = self.top(item)
        return y - self.page(y) * self.height <= self.height * 0.02


def _keeps_with_next(items: list[_Item], index: int) -> bool:
    item = items[index]
    if item.block is None or index + 1 >= len(items):
        return False
    if item.block.blockFormat().headingLevel() > 0:
        return True
    iterator = item.block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().objectType() == CHART_OBJECT:
            return True  # a chart stays with its caption below it
        iterator += 1
    if not item.block.text().strip():
        return False
    # A short lead-in under a heading ("Answered by 192 respondents.") stays with what it introduces.
    before = items[index - 1].block if index > 0 else None
    if before is not None and before.blockFormat().headingLevel() > 0 and item.block.layout().lineCount() <= 3:
        return True
    # The table's caption, laid out as the paragraph just before it.
    return items[index + 1].table is not None


def _break_before(item: _Item) -> None:
    if item.table is not None:
        fmt = item.table.format()
        fmt.setPageBreakPolicy(_BREAK_BEFORE)
        item.table.setFormat(fmt)
        return
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(_BREAK_BEFORE)
    assert item.block is not None
    QTextCursor(item.block).mergeBlockFormat(block_format)


def _has_break_before(item: _Item) -> bool:
    if item.table is not None:
        return bool(item.table.format().pageBreakPolicy() & _BREAK_BEFORE)
    assert item.block is not None
    fmt = item.block.blockFormat()
    return bool(fmt.pageBreakPolicy() & _BREAK_BEFORE)


def _copy_cell(document: QTextDocument, source: QTextTableCell, target: QTextTableCell) -> None:
    target.setFormat(source.format())
    selection = QTextCursor(document)
    selection.setPosition(source.firstPosition())
    selection.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    first = source.firstCursorPosition()
    cursor = target.firstCursorPosition()
    cursor.setBlockFormat(first.blockFormat())
    cursor.setBlockCharFormat(first.blockCharFormat())
    cursor.insertFragment(selection.selection())


def _split_table(document: QTextDocument, table: QTextTable, row: int) -> None:
    """Move rows ``row`` onwards of ``table`` into a table of their own on the next page, under the same header."""
    rows, columns = table.rows(), table.columns()
    header = table.format().headerRowCount()
    fmt = table.format()
    fmt.setPageBreakPolicy(_BREAK_BEFORE)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one relayout for the whole split, not one per cell
    try:
        cursor.setPosition(table.lastPosition() + 1)
        rest = cursor.insertTable(header + rows - row, columns, fmt)
        moved = [*range(header), *range(row, rows)]
        for target_row, source_row in enumerate(moved):
            for column in range(columns):
                _copy_cell(document, table.cellAt(source_row, column), rest.cellAt(target_row, column))
        table.removeRows(row, rows - row)
    finally:
        cursor.endEditBlock()


def _fix_first(document: QTextDocument, pages: _Pages) -> bool:
    """Fix the first place that breaks a rule; False when there is none."""
    items = _items(document)
    for index, item in enumerate(items):
        # A chain of items kept with the next one, ending in this item: start and first line on one page.
        start = index
        while start > 0 and _keeps_with_next(items, start - 1):
            start -= 1
        if start < index or item.table is not None:
            first = items[start]
            if (pages.page(pages.top(first)) != pages.page(pages.first_unit_bottom(item) - 1)
                    and not _has_break_before(first) and not pages.starts_page(first)):
                _break_before(first)
                return True
        if item.table is None:
            continue
        table = item.table
        header = table.format().headerRowCount()
        for row in range(header + 1, table.rows()):
            top, bottom = pages.row_span(table, row)
            page = pages.page(top)
            if page != pages.page(bottom - 1) and bottom - top < pages.height * 0.8:
                _split_table(document, table, row)
                return True
    return False


def keep_together(document: QTextDocument) -> int:
    """Apply the rules above to ``document`` (laid out at its page size); return how many fixes it took."""
    pages = _Pages(document)
    for count in range(MAX_PASSES):
        if not _fix_first(document, pages):
            return count
        # Qt's incremental layout after a table is split can leave the blocks behind it without lines (not
        # drawn at all); the whole document is laid out afresh instead.
        document.markContentsDirty(0, document.characterCount())
    return MAX_PASSES
