"""A visible, dismissable notice above the pages: an icon, a bold summary, optional details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QVBoxLayout, QWidget


class NoticeBar(QFrame):
    """State is never shown by colour alone: an icon and a word ("Policy problem") lead the text."""

    def __init__(self, heading: str, summary: str, details: str = "", warning: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setProperty("warning", warning)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(heading)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning if warning else QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(kind).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        lead = self.tr("%1:", "a notice's heading, before its text").replace("%1", heading)
        self.summary = QLabel(f"<b>{_escape(lead)}</b> {_escape(summary)}")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(details)
        self.details.setObjectName("noticeDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("%1 details").replace("%1", heading))
        self.details.setVisible(bool(details))

        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss: %1").replace("%1", heading))
        self.close_button.clicked.connect(self.hide)

        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._row = row

    def add_action(self, text: str, accessible_name: str = "") -> QPushButton:
        """A button before Dismiss (such as "Try again"); the caller connects its ``clicked``."""
        button = QPushButton(text)
        button.setAutoDefault(True)
        button.setAccessibleName(accessible_name or button.text().replace("&", ""))
        self._row.insertWidget(self._row.indexOf(self.close_button), button, 0, Qt.AlignmentFlag.AlignTop)
        return button


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
