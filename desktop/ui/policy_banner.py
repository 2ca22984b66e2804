"""A visible, dismissable notice that the organization policy could not be used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from desktop.core.errors import Problem


class PolicyBanner(QFrame):
    """Names the file, the field and the problem; says what still works and who can fix it."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Policy problem"))

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        files = sorted({p.file for p in problems})
        self.summary = QLabel(
            self.tr(
                "<b>Policy problem:</b> %1 could not be used, so Candor is running without it. "
                "Your answers are not affected. Please tell your IT team."
            ).replace("%1", ", ".join(files))
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel("\n".join(str(p) for p in problems))
        self.details.setObjectName("policyBannerDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Policy problem details"))

        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the policy notice"))
        self.close_button.clicked.connect(self.hide)

        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
