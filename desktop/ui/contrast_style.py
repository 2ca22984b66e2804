"""The high-contrast theme's style: Fusion, with the edges it leaves out on black drawn in white.

Fusion draws the edge of a check box, a radio button, a text field and a progress bar's groove
in a darker shade of the window colour; on the high-contrast theme's black window that edge is
black too, so an unticked box or an empty field could not be seen at all. This style draws
Fusion's own picture first and then the edge in the text colour (white) on top.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_FrameLineEdit)


class ContrastStyle(QProxyStyle):
    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and focused:
            return  # Fusion's focus edge (yellow, the highlight) stays as it is
        if element in _BOXES:
            self._edge(option, painter, round_=False)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._edge(option, painter, round_=True)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove:
            self._edge(option, painter, round_=False)

    @staticmethod
    def _edge(option: QStyleOption, painter: QPainter, round_: bool) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()
