"""The report's charts in the PDF as vector drawings: each chart's SVG drawn by QSvgRenderer straight onto the
page, so its bars, whiskers and words stay lines and text (sharp at any zoom, the words searchable) rather
than a picture.

Qt's rich text draws no SVG of its own; :func:`install_charts` swaps each chart's ``<img>`` placeholder for a
text object of this module's type, which the document layout draws through :class:`ChartObjects`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.collector.svg_bars import Chart

__all__ = ["CHART_OBJECT", "ChartObjects", "chart_keys", "install_charts", "placeholder_name"]

#: The text object type of a chart, and the format property that names it.
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_CHART_KEY = int(QTextFormat.Property.UserProperty) + 1
_PREFIX = "candor-chart:"
_SVG_NS = 'xmlns="http://www.w3.org/2000/svg" '
_OBJECT_CHAR = "\ufffc"


def placeholder_name(chart: Chart) -> str:
    """The ``src`` of the ``<img>`` that stands for ``chart`` until :func:`install_charts` replaces it."""
    return _PREFIX + chart.key


def _renderer(chart: Chart) -> QSvgRenderer:
    # SVG in HTML needs no namespace (and the page holds no URL); Qt's SVG reader wants it.
    svg = chart.svg.replace("<svg ", "<svg " + _SVG_NS, 1)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def _device_scale(document: QTextDocument) -> float:
    """Document pixels to the layout's device pixels (1 on screen; 300/96 on a 300 dpi PDF writer)."""
    device = document.documentLayout().paintDevice()
    if device is None:
        return 1.0
    screen = QGuiApplication.primaryScreen()
    source = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return device.logicalDpiY() / source


class ChartObjects(QPyTextObject):
    """Draws the charts of one document: sized as laid out in the HTML, drawn as vectors."""

    def __init__(self, charts: Mapping[str, tuple[Chart, QSizeF]], parent: QObject):
        super().__init__(parent)
        self._charts = {key: (_renderer(chart), size) for key, (chart, size) in charts.items()}

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        _, size = self._charts[str(fmt.property(_CHART_KEY))]
        return size * _device_scale(document)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, document: QTextDocument, position: int,  # noqa: N802
                   fmt: QTextFormat) -> None:
        renderer, _ = self._charts[str(fmt.property(_CHART_KEY))]
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(rect))
        finally:
            painter.restore()


def chart_keys(document: QTextDocument) -> list[str]:
    """The keys of the charts drawn in ``document``, in order."""
    keys = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.objectType() == CHART_OBJECT:
                keys.append(str(fmt.property(_CHART_KEY)))
            iterator += 1
        block = block.next()
    return keys


def install_charts(document: QTextDocument, charts: Mapping[str, tuple[Chart, QSizeF]]) -> None:
    """Replace each chart placeholder image in ``document`` by its vector chart object."""
    handler = ChartObjects(charts, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    places: list[tuple[int, int, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                if name.startswith(_PREFIX) and name[len(_PREFIX):] in charts:
                    places.append((fragment.position(), fragment.length(), name[len(_PREFIX):]))
            iterator += 1
        block = block.next()
    for position, length, key in reversed(places):  # from the end, so earlier positions stay valid
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(_CHART_KEY, key)
        cursor.insertText(_OBJECT_CHAR, fmt)
    setattr(document, "_candor_chart_objects", handler)  # noqa: B010 - the handler lives as long as the document
