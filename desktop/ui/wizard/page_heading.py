"""The top of a page: on loop pages the tool it is about, then the page title and introductions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.accessibility import mark_heading
from desktop.ui.style import scaled_font
from desktop.ui.wizard.metrics import em


def text_label(name: str, font: QFont | None = None) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if font is not None:
        label.setFont(font)
    return label


class PageHeading(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        base = self.font()
        self.tool_caption = text_label("toolCaption")
        self.tool_name = text_label("toolName", scaled_font(base, 1.6, QFont.Weight.Bold))
        self.page_title = mark_heading(text_label("pageTitle"), 1)
        mark_heading(self.tool_name, 1)
        self.section_intro = text_label("sectionIntro", scaled_font(base, 1.05))
        self.page_intro = text_label("pageIntro")
        self._title_fonts = {  # smaller under a tool's name
            False: scaled_font(base, 1.45, QFont.Weight.Bold),
            True: scaled_font(base, 1.25, QFont.Weight.Bold),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.6))
        for label in (self.tool_caption, self.tool_name, self.page_title, self.section_intro, self.page_intro):
            layout.addWidget(label)

    def show_page(self, title: str, section_intro: str, page_intro: str,
                  tool: tuple[str, str] | None = None) -> None:
        """``tool`` is ``(caption, name)`` on loop pages, such as ``("Tool 1 of 2", "ChatGPT")``."""
        if tool is not None:
            caption, name = tool
            self.tool_caption.setText(caption)
            self.tool_name.setText(name)
            self.tool_name.setAccessibleName(f"{caption}: {name}")
        self.tool_caption.setVisible(tool is not None)
        self.tool_name.setVisible(tool is not None)
        self.page_title.setText(title)
        self.page_title.setAccessibleName(title)
        self.page_title.setFont(self._title_fonts[tool is not None])
        for label, text in ((self.section_intro, section_intro), (self.page_intro, page_intro)):
            label.setText(text)
            label.setVisible(bool(text))
