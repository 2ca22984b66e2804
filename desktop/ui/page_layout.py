"""The layout every full page shares: a centred column, no wider than reads well, that scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget


class FittingScrollArea(QScrollArea):
    """A scroll area whose page is always as tall as its wrapped text needs at the width it gets.

    QScrollArea sizes its widget from ``sizeHint()``, which word-wrapped labels compute for their
    preferred width; when the window is narrower (long German text, 150% scaling) they would be
    squeezed and clipped. Here the page's minimum height follows ``heightForWidth`` of the actual
    width, so the text wraps and the page scrolls instead.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A viewport made here, as plain a QWidget as the one Qt makes: handed Qt's own, PySide6 would look for
        # its Python type among every widget class, building each one's type (some 10 ms before the first window).
        self.setViewport(QWidget())
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Only a shown page has its real width: wrapping all its text at the width of a page not yet shown (as it
        # is built, and while its window is first laid out) would be work thrown away when it is shown.
        if not self.isVisible():
            return
        widget = self.widget()
        layout = widget.layout() if widget is not None else None
        if widget is None or layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.viewport().width())
        if needed > 0 and needed != widget.minimumHeight():
            widget.setMinimumHeight(needed)


def centred_column(page: QWidget, max_width_em: float, margin_em: float = 1.0, name: str = "") -> QVBoxLayout:
    """Fill ``page`` with a scroll area holding a centred column; return the column's layout.

    The scroll area takes the keyboard focus (so a long page scrolls with the arrow keys): ``name``
    is what a screen reader says there, such as the page's title.
    """
    em = page.fontMetrics().horizontalAdvance("M")
    column = QWidget()
    column.setMaximumWidth(round(em * max_width_em))
    layout = QVBoxLayout(column)
    holder = QWidget()
    centring = QHBoxLayout(holder)
    margin = round(em * margin_em)
    centring.setContentsMargins(margin, margin, margin, margin)
    centring.addStretch(1)
    centring.addWidget(column, 100)
    centring.addStretch(1)
    scroll = FittingScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    scroll.setObjectName("pageScroll")
    scroll.setAccessibleName(name)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    return layout


def button_bar(page: QWidget, max_width_em: float, buttons: list[QAbstractButton], margin_em: float = 1.0) -> QWidget:
    """Put ``buttons`` in a bar below the scroll area of a page made by :func:`centred_column`.

    Outside the scroll area, the buttons are in sight however long the page, and come after its
    content in Tab order. The bar is centred like the column above it, with a rule between them.
    """
    em = page.fontMetrics().horizontalAdvance("M")
    margin = round(em * margin_em)
    row = QWidget()
    row.setMaximumWidth(round(em * max_width_em))
    row_layout = QHBoxLayout(row)
    row_layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row_layout.addWidget(button)
    row_layout.addStretch(1)
    bar = QWidget()
    bar.setObjectName("pageButtons")
    centring = QHBoxLayout(bar)
    centring.setContentsMargins(margin, round(margin * 0.75), margin, margin)
    centring.addStretch(1)
    centring.addWidget(row, 100)
    centring.addStretch(1)
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Sunken)
    outer = page.layout()
    if not isinstance(outer, QVBoxLayout):
        raise TypeError("button_bar needs a page laid out by centred_column")
    outer.addWidget(rule)
    outer.addWidget(bar)
    return bar
