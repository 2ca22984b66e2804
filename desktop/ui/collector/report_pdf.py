"""The report as PDF, through Qt's own PDF writer: the HTML report laid out by QTextDocument.

Qt's rich text does not draw SVG, so each chart of :func:`desktop.collector.report_html.render_html`
is drawn by QSvgRenderer into an image first (at three times its size, sharp in print) and the page
refers to it by name; everything else is the same document as the HTML report, with the same
findings, tables and wording. Pages are A4 with page numbers at the foot.

Works without a display: when no Qt application is running (``candor report`` on a server), a
QGuiApplication on the ``offscreen`` platform is started for the writing and kept for the process.
Charts are drawn into QImage (not QPixmap), so a worker thread may write the PDF too.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.collector.aggregate import Report
from desktop.collector.report_files import ReportWriteError, write_report_file
from desktop.collector.report_html import Chart, render_html, title_of

__all__ = ["render_document", "write_pdf"]

#: Charts are rasterized at this multiple of their size.
CHART_SCALE = 3
#: Widest a chart is laid out on the page, in the document's pixels (A4 with 15 mm margins is about 680).
CHART_WIDTH = 620
MARGIN_MM = 15.0
RESOLUTION_DPI = 300
_SVG_NS = 'xmlns="http://www.w3.org/2000/svg" '

_app: QGuiApplication | None = None


def ensure_application() -> None:
    """Start an offscreen QGuiApplication when no Qt application runs yet (fonts need one)."""
    global _app
    if QCoreApplication.instance() is None:
        _app = QGuiApplication(["candor-report", "-platform", "offscreen"])


def _chart_image(chart: Chart) -> QImage:
    # SVG in HTML needs no namespace (and the page holds no URL); Qt's SVG reader wants it.
    svg = chart.svg.replace("<svg ", "<svg " + _SVG_NS, 1)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(chart.width * CHART_SCALE, chart.height * CHART_SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter)
    finally:
        painter.end()
    image.setDevicePixelRatio(CHART_SCALE)
    return image


def render_document(report: Report, *, organization: str) -> QTextDocument:
    """The report as a QTextDocument, its charts added as image resources."""
    ensure_application()
    document = QTextDocument()
    images: dict[str, QImage] = {}

    def embed(chart: Chart) -> str:
        name = f"candor-chart-{chart.key}.png"
        images[name] = _chart_image(chart)
        width = min(chart.width, CHART_WIDTH)
        height = round(chart.height * width / chart.width)
        # The page's line height is proportional; an image alone on its line must not be stretched by it.
        return (f'<div style="line-height: 100%"><img src="{name}" width="{width}" height="{height}" '
                f'alt="{escape(chart.title)}: {escape(chart.description)}"/></div>')

    html = render_html(report, organization=organization, embed_chart=embed)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    font = QFont(document.defaultFont())
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title_of(report, organization))
    return document


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
        document.print_(writer)
        del writer  # closes the file
        if temp.stat().st_size == 0:
            raise ReportWriteError(f"Qt could not write the PDF report {target}; check the disk space and that "
                                   "the folder is writable, then try again.")

    return write_report_file(target, produce)
