"""Check boxes and radio buttons whose text wraps onto several lines.

Qt's own buttons never wrap, so long option labels (and long translations) would be cut off
or force the window wider. These draw the style's own indicator, focus frame and text, but lay
the text out in as many lines as the width allows. The whole area, text included, is clickable,
and one widget per option keeps page changes fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QWidget,
)

from desktop.ui.wizard.metrics import mnemonic_safe

#: Widest a wrapping button asks to be, in widths of "M" (it may still grow or shrink).
PREFERRED_EM = 34
_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
             | Qt.TextFlag.TextShowMnemonic)


if TYPE_CHECKING:  # the mixin only ever sits before a Qt button class; tell the type checker so
    _ButtonBase = QAbstractButton
else:
    _ButtonBase = object


class _Wrapping(_ButtonBase):
    """Shared by :class:`WrapCheckBox` and :class:`WrapRadioButton` (mixed into a QAbstractButton)."""

    _radio = False

    if TYPE_CHECKING:  # QCheckBox's and QRadioButton's, not QAbstractButton's
        def initStyleOption(self, option: QStyleOptionButton) -> None: ...  # noqa: N802

    def _setup(self, text: str, detail: str) -> None:
        self._plain = f"{text}\n{detail}" if detail else text
        self.setText(mnemonic_safe(self._plain))
        self.setAccessibleName(f"{text}. {detail}" if detail else text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._forget_metrics()

    def _forget_metrics(self) -> None:
        """Layouts ask for sizes hundreds of times per page; measure once per font and style."""
        self._heights: dict[int, int] = {}
        self._metrics: tuple[QSize, int, int] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_metrics()
        super().changeEvent(event)  # the Qt button class after this mixin

    # -- geometry ---------------------------------------------------------------------------------

    def _measure(self) -> tuple[QSize, int, int]:
        """Indicator size, space between indicator and text, and room around the text for focus."""
        if self._metrics is None:
            style = self.style()
            metric = QStyle.PixelMetric
            if self._radio:
                indicator = QSize(style.pixelMetric(metric.PM_ExclusiveIndicatorWidth, None, self),
                                  style.pixelMetric(metric.PM_ExclusiveIndicatorHeight, None, self))
                spacing = style.pixelMetric(metric.PM_RadioButtonLabelSpacing, None, self)
            else:
                indicator = QSize(style.pixelMetric(metric.PM_IndicatorWidth, None, self),
                                  style.pixelMetric(metric.PM_IndicatorHeight, None, self))
                spacing = style.pixelMetric(metric.PM_CheckBoxLabelSpacing, None, self)
            margin = max(1, style.pixelMetric(metric.PM_FocusFrameHMargin, None, self))
            self._metrics = (indicator, spacing, margin)
        return self._metrics

    def _indicator(self) -> QSize:
        return self._measure()[0]

    def _margin(self) -> int:
        return self._measure()[2]

    def _text_left(self) -> int:
        indicator, spacing, _margin = self._measure()
        return indicator.width() + spacing

    def _text_height(self, width: int) -> int:
        rect = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100000), _FLAGS, self.text())
        return rect.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            indicator, _spacing, margin = self._measure()
            text = self._text_height(width - self._text_left() - 2 * margin) + 2 * margin
            height = self._heights[width] = max(indicator.height(), text)
        return height

    def sizeHint(self) -> QSize:
        margin = self._margin()
        one_line = max(self.fontMetrics().horizontalAdvance(line) for line in self._plain.split("\n"))
        cap = self.fontMetrics().horizontalAdvance("M") * PREFERRED_EM
        width = self._text_left() + min(one_line, cap) + 2 * margin + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word. The height is the one at the preferred width: layouts ask
        :meth:`heightForWidth` for the real one, and a minimum taken at the narrowest width would
        make every page as tall as if it were squeezed to one word per line."""
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in self._plain.split()), default=0)
        width = self._text_left() + longest + 2 * self._margin() + 1
        return QSize(width, self.sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        margin = self._margin()
        size = self._indicator()
        # Centre the indicator on the first line of text, not on the whole paragraph.
        top = max(0, margin + (self.fontMetrics().height() - size.height()) // 2)
        indicator = QRect(0, top, size.width(), size.height())
        text_rect = QRect(self._text_left() + margin, margin,
                          self.width() - self._text_left() - 2 * margin, self.height() - 2 * margin)

        box = QStyleOptionButton(option)
        box.rect = indicator
        element = (QStyle.PrimitiveElement.PE_IndicatorRadioButton if self._radio
                   else QStyle.PrimitiveElement.PE_IndicatorCheckBox)
        style.drawPrimitive(element, box, painter, self)
        style.drawItemText(painter, text_rect, _FLAGS, option.palette, self.isEnabled(), self.text(),
                           QPalette.ColorRole.WindowText)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            used = self.fontMetrics().boundingRect(text_rect, _FLAGS, self.text())
            focus.rect = used.adjusted(-margin, -margin, margin, margin).intersected(self.rect())
            focus.backgroundColor = option.palette.color(QPalette.ColorRole.Window)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)
        painter.end()


class WrapCheckBox(_Wrapping, QCheckBox):
    def __init__(self, text: str, detail: str = "", parent: QWidget | None = None):
        QCheckBox.__init__(self, parent)
        self._setup(text, detail)


class WrapRadioButton(_Wrapping, QRadioButton):
    _radio = True

    def __init__(self, text: str, detail: str = "", parent: QWidget | None = None):
        QRadioButton.__init__(self, parent)
        self._setup(text, detail)
