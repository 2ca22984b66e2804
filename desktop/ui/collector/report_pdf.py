"""The report as PDF, through Qt's own PDF writer: the HTML report laid out by QTextDocument.

The document is the HTML report's, with the same findings, tables and wording. What a PDF that
people forward needs on top:

- charts are vector drawings (:mod:`desktop.ui.collector.pdf_charts`): Qt's rich text draws no SVG,
  so each chart's SVG is drawn by QSvgRenderer straight onto the page, its words as text;
- text is set without ligatures (the ``liga`` and ``clig`` font features off), so "figure" is
  copied and searched as the word, not with an "fi" glyph in it;
- no table row is cut across pages, and headings, charts and table captions stay with what follows
  them (:mod:`desktop.ui.collector.pdf_pages`);
- the pages are laid out at the writer's own resolution and printed page by page here (A4, 15 mm
  margins, the page number at the foot), so the rules above are checked on the very layout that
  is printed.

Qt's writer embeds each font as a subset of the glyphs used. It cannot write a tagged PDF (no
structure tree for screen readers): the HTML report is the accessible version (docs/reports.md).

Works without a display: when no Qt application is running (``candor report`` on a server), a
QGuiApplication on the ``offscreen`` platform is started for the writing and kept for the process.
Nothing here needs a screen, so a worker thread may write the PDF too.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from desktop.collector.report_files import ReportWriteError, write_report_file
from desktop.collector.report_html import render_html
from desktop.collector.report_model import Report
from desktop.collector.report_text import title_of
from desktop.collector.svg_bars import Chart
from desktop.ui.collector.pdf_charts import install_charts, placeholder_name
from desktop.ui.collector.pdf_pages import keep_together

__all__ = ["lay_out", "render_document", "write_pdf"]

#: Widest a chart is laid out on the page, in the document's pixels (A4 with 15 mm margins is about 680).
CHART_WIDTH = 620
MARGIN_MM = 15.0
#: Room at the foot of each page for its number.
FOOTER_MM = 8.0
RESOLUTION_DPI = 300
FONT_POINTS = 9.5

_app: QGuiApplication | None = None


def ensure_application() -> None:
    """Start an offscreen QGuiApplication when no Qt application runs yet (fonts need one)."""
    global _app
    if QCoreApplication.instance() is None:
        _app = QGuiApplication(["candor-report", "-platform", "offscreen"])


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    # Ligature glyphs ("fi", "ffi") do not extract as their letters in every PDF reader.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def render_document(report: Report, *, organization: str) -> QTextDocument:
    """The report as a QTextDocument, its charts as vector objects (not yet laid out in pages)."""
    ensure_application()
    document = QTextDocument()
    document.setUndoRedoEnabled(False)  # laid out and printed, never edited by hand
    charts: dict[str, tuple[Chart, QSizeF]] = {}

    def embed(chart: Chart) -> str:
        width = min(chart.width, CHART_WIDTH)
        height = round(chart.height * width / chart.width)
        charts[chart.key] = (chart, QSizeF(width, height))
        # The page's line height is proportional; a chart alone on its line must not be stretched by it.
        return (f'<div style="line-height: 100%"><img src="{escape(placeholder_name(chart))}" width="{width}" '
                f'height="{height}" alt="{escape(chart.title)}: {escape(chart.description)}"/></div>')

    html = render_html(report, organization=organization, embed_chart=embed)
    document.setDefaultFont(_font())
    document.setHtml(html)
    install_charts(document, charts)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title_of(report, organization))
    return document


def _millimetres(writer: QPdfWriter, mm: float) -> float:
    return mm / 25.4 * writer.logicalDpiY()


def lay_out(document: QTextDocument, writer: QPdfWriter) -> float:
    """Lay ``document`` out in the writer's pages and keep rows and titles together; return the footer's height."""
    document.documentLayout().setPaintDevice(writer)
    root = document.rootFrame()
    fmt = root.frameFormat()
    fmt.setMargin(0)
    footer = _millimetres(writer, FOOTER_MM)
    fmt.setBottomMargin(footer)
    root.setFrameFormat(fmt)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    keep_together(document)
    return footer


def _print(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``document`` out in the writer's pages, keep rows and titles together, and print it."""
    footer = lay_out(document, writer)
    layout = document.documentLayout()
    page = document.pageSize()
    count = document.pageCount()
    painter = QPainter(writer)
    try:
        number_font = _font()
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            view = QRectF(0, index * page.height(), page.width(), page.height() - footer)
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(0, page.height() - footer, page.width(), footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), str(index + 1))
    finally:
        painter.end()


def write_pdf(report: Report, path: str | os.PathLike[str], *, organization: str) -> Path:
    """Write the report as a PDF to ``path`` (replacing it whole, or not at all); return the path.

    Raises :class:`ReportWriteError` when the folder is missing or not writable, or Qt could not
    write the file.
    """
    document = render_document(report, organization=organization)
    target = Path(path)

    def produce(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION_DPI)
        writer.setTitle(title_of(report, organization))
        writer.setCreator("Candor")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        _print(document, writer)
        document.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]  # Qt takes None: the screen again
        del writer  # closes the file
        if temp.stat().st_size == 0:
            raise ReportWriteError(f"Qt could not write the PDF report {target}; check the disk space and that "
                                   "the folder is writable, then try again.")

    return write_report_file(target, produce)
