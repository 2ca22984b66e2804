"""The "system" theme: on a first start nothing is changed, and after another theme the system's own comes back."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.theme import ThemeSwitcher


def test_system_at_start_leaves_the_style_as_it_is_and_later_restores_it_after_dark(qtbot) -> None:
    app = QApplication.instance()
    ThemeSwitcher._system.pop(id(app), None)  # as in a fresh application, before any theme was applied
    style = app.style()
    name, window = style.name(), app.palette().color(QPalette.ColorRole.Window).name()
    switcher = ThemeSwitcher(app)
    switcher.apply("system")
    assert app.style() is style  # the same style object: nothing was rebuilt or re-polished
    switcher.apply("dark")
    assert app.style().name() == "fusion" and app.palette().color(QPalette.ColorRole.Window).name() == "#26292d"
    ThemeSwitcher(app).apply("system")  # another switcher (as the app after the first window) restores the same
    assert app.style().name() == name
    assert app.palette().color(QPalette.ColorRole.Window).name() == window
