"""Sizes in units of the current font, so layouts follow the user's font and scaling settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def em(widget: QWidget, count: float) -> int:
    """``count`` widths of the letter M in ``widget``'s font, in device-independent pixels."""
    return round(widget.fontMetrics().horizontalAdvance("M") * count)


def line_height(widget: QWidget, lines: float = 1.0) -> int:
    return round(widget.fontMetrics().lineSpacing() * lines)


def mnemonic_safe(text: str) -> str:
    """Content text shown on a button: a literal ``&`` must not become a keyboard mnemonic."""
    return text.replace("&", "&&")
