"""Small helpers for type and spacing that scale with the user's font and DPI settings."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """``base`` enlarged by ``factor`` (never fixed pixel sizes: the user's settings still apply)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


APP_STYLE = """
QFrame#promiseCard {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 8px;
    padding: 0.6em;
}
QFrame#toolCard {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-left: 5px solid palette(mid);
    border-radius: 6px;
    padding: 0.4em;
}
QFrame#toolCard[level="medium"] { border-left-color: #d4a106; }
QFrame#toolCard[level="high"] { border-left-color: #d46a06; }
QFrame#toolCard[level="critical"] { border-left-color: #c0392b; }
QFrame#noticeBar {
    border: 1px solid palette(mid);
    border-left: 4px solid palette(highlight);
    border-radius: 4px;
    background: palette(alternate-base);
}
QRadioButton[scale="true"] {
    border: 2px solid transparent;
    border-radius: 4px;
    padding: 3px;
}
QRadioButton[scale="true"]:focus {
    border: 2px solid palette(highlight);
}
QFrame#noticeBar[warning="true"] {
    border-left: 4px solid #c77700;
}
"""
