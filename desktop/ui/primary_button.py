"""The one primary button of a page: larger, semi-bold text with room around it, whatever the language.

A style's own button padding is sized for regular text; with bolder, larger text a long label
(German "Dort weitermachen, wo Sie aufgehört haben") ends against the border. The size hint here
adds half an em of room on each side and a quarter more height, measured in the button's own font,
so it holds for every text the button is given and every scaling.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.style import scaled_font


class PrimaryButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.setDefault(True)
        self.setAutoDefault(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        em = self.fontMetrics().horizontalAdvance("M")
        return QSize(hint.width() + em, hint.height() * 5 // 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()
