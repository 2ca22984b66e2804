"""The PDF report's pages, checked on the layout that is printed: no heading ends a page apart from the text
under it, no table row crosses a page boundary."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from desktop.collector.aggregate import aggregate
from desktop.ui.collector import pdf_pages
from desktop.ui.collector.report_pdf import lay_out, render_document
from tests.collector.report_cases import CATALOG, Q, built_campaign, long_report


def laid_out(report, tmp_path):
    document = render_document(report, organization="Acme")
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    lay_out(document, writer)
    return document, writer


def test_headings_share_a_page_with_what_follows_and_no_row_crosses_pages(qapp, tmp_path):
    summaries, policy = built_campaign(200, False)
    for report in (aggregate(summaries, Q, CATALOG, policy), long_report()):
        document, writer = laid_out(report, tmp_path)
        pages = pdf_pages._Pages(document)
        items = pdf_pages._items(document)
        checked = 0
        for index, item in enumerate(items[:-1]):
            if item.block is not None and item.block.blockFormat().headingLevel() > 0:
                after = items[index + 1]
                assert pages.page(pages.top(item)) == pages.page(pages.first_unit_bottom(after) - 1), \
                    item.block.text()
                checked += 1
            if item.table is not None:
                for row in range(item.table.rows()):
                    top, bottom = pages.row_span(item.table, row)
                    assert pages.page(top) == pages.page(bottom - 1), (item.table.cellAt(row, 0).firstCursorPosition()
                                                                       .block().text())
        assert checked > 10 and document.pageCount() > 5
        del writer
