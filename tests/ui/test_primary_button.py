"""The welcome page's primary button leaves room around its bold text, in German too (the longest words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import install_translators
from tests.ui.test_welcome import make_app


@pytest.fixture(params=["light", "dark", "contrast"])
def german(request):
    from desktop.ui.style import APP_STYLE
    from desktop.ui.theme import ThemeSwitcher

    app = QApplication.instance()
    app.setStyleSheet(APP_STYLE)
    ThemeSwitcher(app).apply(request.param)
    install_translators(app, "de")
    yield
    install_translators(app, "en")
    QLocale.setDefault(QLocale("en_US"))
    ThemeSwitcher(app).apply("system")
    app.setStyleSheet("")


@pytest.mark.parametrize("resumable", [False, True])
def test_the_bold_text_keeps_a_margin_inside_the_border(qtbot, content, tmp_path, keyring_store, german, resumable):
    employee = make_app(qtbot, content, tmp_path, keyring_store, lang="de")
    button = employee.window.welcome.start_button
    employee.window.welcome.set_resumable(resumable)
    qtbot.waitUntil(lambda: button.isVisible())
    metrics = QFontMetrics(button.font())
    text = metrics.horizontalAdvance(button.text().replace("&", ""))
    padding = metrics.horizontalAdvance("M")  # at least half an em of room on each side
    assert button.font().bold() or button.font().weight() > 500
    assert button.sizeHint().width() >= text + 2 * padding, (button.text(), button.sizeHint().width(), text)
    qtbot.waitUntil(lambda: button.width() >= text + 2 * padding)  # the layout gives it the room it asks for
