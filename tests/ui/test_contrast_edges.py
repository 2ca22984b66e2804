"""In the high-contrast theme every box, field and bar shows its edge (the screenshots showed none).

Fusion draws those edges in a shade of the window colour, which is black on black here: an
unticked check box, a radio button, a text field and an empty progress bar were invisible.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QProgressBar, QRadioButton, QStyle, QStyleOptionButton

from desktop.ui.theme import ThemeSwitcher
from desktop.ui.wizard.wrap_button import WrapCheckBox, WrapRadioButton


@pytest.fixture
def contrast():
    app = QApplication.instance()
    ThemeSwitcher(app).apply("contrast")
    yield
    ThemeSwitcher(app).apply("system")


def brightest(widget, rect=None) -> int:
    image = widget.grab().toImage()
    rect = rect or image.rect()
    return max(image.pixelColor(x, y).lightness()
               for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width()))
               for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())))


def indicator(widget, element):
    option = QStyleOptionButton()
    option.initFrom(widget)
    return widget.style().subElementRect(element, option, widget)


@pytest.mark.parametrize(("kind", "element"), [(QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
                                               (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
                                               (WrapCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
                                               (WrapRadioButton, QStyle.SubElement.SE_RadioButtonIndicator)])
def test_an_unticked_indicator_has_a_white_edge(qtbot, contrast, kind, element):
    button = kind("Option")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    assert brightest(button, indicator(button, element)) > 200


@pytest.mark.parametrize("kind", [QLineEdit, QProgressBar])
def test_a_field_and_an_empty_bar_have_a_white_edge(qtbot, contrast, kind):
    widget = kind()
    qtbot.addWidget(widget)
    widget.resize(200, 30)
    if isinstance(widget, QProgressBar):
        widget.setTextVisible(False)
        widget.setValue(0)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    middle = image.height() // 2
    assert max(image.pixelColor(x, middle).lightness() for x in range(0, 4)) > 200
