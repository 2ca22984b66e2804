"""Does text actually render here? Used by ``candor self-test`` (offscreen, no display needed).

A machine without fonts, or without a fontconfig configuration, still starts Qt and shows windows,
but every glyph comes out as the missing-glyph box (or nothing). This check draws a few letters
with the font the app uses into an image and compares them with what the same font draws for a
character no font has: when they look the same, or nothing was drawn, text does not render.
"""

from __future__ import annotations

import os
from typing import cast

#: What a Debian or Ubuntu machine needs for Qt to find and draw fonts; named in the failure message.
FONT_PACKAGES = "fonts-dejavu-core and fontconfig"
SAMPLE = "Candor"
#: A noncharacter: no font has a glyph for it, so the font draws its missing-glyph box (or nothing).
NO_GLYPH = "\U0010fffe"


def _draw(text: str, font) -> bytes:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(160, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return bytes(image.constBits())


def _inked(pixels: bytes) -> int:
    """How many pixels are not pure white (ARGB32: four bytes a pixel)."""
    return sum(1 for i in range(0, len(pixels), 4) if pixels[i:i + 3] != b"\xff\xff\xff")


def check_text_rendering() -> str:
    """Draw text with the application font; raise naming the packages to install when it cannot."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication

    app = cast(QApplication, QApplication.instance() or QApplication(["candor-self-test"]))
    families = QFontDatabase.families()
    if not families:
        raise RuntimeError(
            f"no fonts found, so every letter shows as a box: install {FONT_PACKAGES} "
            "(sudo apt-get install fonts-dejavu-core fontconfig)")
    font = QFont(app.font())
    font.setPixelSize(24)
    sample = _draw(SAMPLE, font)
    missing = _draw(NO_GLYPH * len(SAMPLE), font)
    if _inked(sample) == 0 or sample == missing:
        raise RuntimeError(
            f"text draws as boxes with the font {QFontInfo(font).family()!r}: install {FONT_PACKAGES} "
            "(sudo apt-get install fonts-dejavu-core fontconfig)")
    return f"{QFontInfo(font).family()} draws text ({len(families)} font families found)"
