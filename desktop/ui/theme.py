"""Light, dark, high contrast or the system's scheme, applied at once to the whole app."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark", "contrast")
_styles: list = []

_DARK = {
    QPalette.ColorRole.Window: "#26292d",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#34383e",
    QPalette.ColorRole.AlternateBase: "#2e3136",
    QPalette.ColorRole.ToolTipBase: "#30343a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3b4047",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4f56",
    QPalette.ColorRole.Midlight: "#3e4248",
    QPalette.ColorRole.Mid: "#5a5f66",
    QPalette.ColorRole.Dark: "#17191b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3f7fbf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab7ff",
    QPalette.ColorRole.LinkVisited: "#c59cff",
}

# High contrast: white on black, borders and marks in white, focus and selection in yellow, links cyan
# (each at least 7:1 against its background), so every edge, check mark and focus ring stands out.
_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#ffffff",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#00ffff",
    QPalette.ColorRole.LinkVisited: "#ff80ff",
}


class ThemeSwitcher:
    """Remembers the system's own style and palette so "system" can always be restored."""

    _system: dict[int, tuple[str, QPalette]] = {}

    def __init__(self, app: QApplication):
        self.app = app

    @property
    def system_style(self) -> str:
        return self._captured()[0]

    @property
    def system_palette(self) -> QPalette:
        return self._captured()[1]

    def _captured(self) -> tuple[str, QPalette]:
        # Once per application, before any theme was applied, whoever asks first (asked only then: reading the
        # style builds PySide's QStyle type and copies the palette).
        key = id(self.app)
        if key not in self._system:
            self._system[key] = (self.app.style().name(), QPalette(self.app.palette()))
        return self._system[key]

    def apply(self, theme: str) -> None:
        if theme not in THEMES:
            theme = "system"
        if theme == "system" and id(self.app) not in self._system:
            # No theme applied yet: the app still has the system's own style and palette. Leaving them (the usual
            # first start) also spares the first window PySide's QStyle type and a second polish of every widget.
            return
        if theme == "system":
            self.app.setStyle(QStyleFactory.create(self.system_style) or self.app.style())
            self.app.setPalette(self.system_palette)
        else:
            self._captured()
            if theme == "contrast":
                from desktop.ui.contrast_style import ContrastStyle

                _styles[:] = [ContrastStyle()]  # kept alive here: the application does not own it
                self.app.setStyle(_styles[0])
            else:
                self.app.setStyle(QStyleFactory.create("Fusion"))
            palettes = {"dark": dark_palette, "contrast": contrast_palette}
            self.app.setPalette(palettes[theme]() if theme in palettes else self.app.style().standardPalette())
        # With an application style sheet, widgets already polished keep the palette they were
        # polished with; setting the sheet again re-polishes them, so open pages change too.
        if self.app.styleSheet():
            self.app.setStyleSheet(self.app.styleSheet())


def contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _CONTRAST.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#a0a0a0")  # still 8:1 on black, yet plainly not the white of what can be used
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7a7a7a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
