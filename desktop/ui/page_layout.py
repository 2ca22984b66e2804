"""The layout every full page shares: a centred column, no wider than reads well, that scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget


def centred_column(page: QWidget, max_width_em: float, margin_em: float = 1.0) -> QVBoxLayout:
    """Fill ``page`` with a scroll area holding a centred column; return the column's layout."""
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
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout
