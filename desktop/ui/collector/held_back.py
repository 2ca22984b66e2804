"""When the release ledger refuses new figures: why, how many more summaries must come, where the last ones are.

The dashboard, the other views and the report export show these words in place of figures the
ledger holds back (desktop/collector/ledger.py), so the page is never blank.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from desktop.collector.ledger import DASHBOARD, Refusal
from desktop.ui.accessibility import mark_heading
from desktop.ui.formatting import utc_moment
from desktop.ui.page_layout import centred_column
from desktop.ui.style import scaled_font


class HeldBackWords(QObject):
    """The words of a release the ledger refused (a QObject so that lupdate sees the plural forms)."""

    def texts(self, refusal: Refusal) -> tuple[str, list[str]]:
        changed, more = refusal.difference, refusal.more_needed
        # Two sources each, so English reads right without a translation file.
        if changed == 1:
            why = self.tr("Only %n new summary has come in since figures were last released. Showing new figures "
                          "now would let anyone who compares them with the earlier ones work out that person's "
                          "answers.", "", changed)
        else:
            why = self.tr("Only the summaries of %n people differ from those behind the figures released last (new "
                          "ones, or sent again with other answers). Showing new figures now would let anyone who "
                          "compares them with the earlier ones work out those people's answers.", "", changed)
        if more == 1:
            wait = self.tr("%n more summary must be imported before new figures can be shown.", "", more)
        else:
            wait = self.tr("%n more summaries must be imported before new figures can be shown.", "", more)
        earlier = refusal.earlier
        when = utc_moment(earlier.released_at)
        if earlier.output == DASHBOARD:
            last = self.tr("The last released figures were shown on this dashboard on %1.").replace("%1", when)
        else:
            last = self.tr("The last released figures are in the %1 report saved as %2 on %3; use that report "
                           "until then.", "%1: HTML, PDF, CSV or JSON; %2: its file; %3: date and time").replace(
                "%1", earlier.output.upper()).replace("%2", earlier.target or "").replace("%3", when)
        return self.tr("New figures are held back to protect a few people"), [why, wait, last]


def held_back_texts(refusal: Refusal) -> tuple[str, list[str]]:
    """Why the release ledger holds figures back, in the interface language: a heading and paragraphs
    (what changed and why that matters, how many more summaries must come, where the last figures are)."""
    return HeldBackWords().texts(refusal)


class HeldBackNotice(QWidget):
    """Shown in place of the figures when the release ledger refuses them: never a blank page."""

    def __init__(self, refusal: Refusal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("releaseRefused")
        self.refusal = refusal
        heading, paragraphs = held_back_texts(refusal)
        column = centred_column(self, 44, name=heading)
        column.setSpacing(round(self.fontMetrics().height() * 0.75))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(heading)
        title.setObjectName("releaseRefusedHeading")
        title.setFont(scaled_font(self.font(), 1.3, QFont.Weight.Bold))
        mark_heading(title, 1)
        title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(title, 1)
        column.addStretch(1)
        column.addLayout(top)
        self.paragraphs: list[QLabel] = []
        for index, text in enumerate(paragraphs):
            label = QLabel(text)
            if index == 1:  # how many more must come: what the analyst can act on
                label.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the file name
            column.addWidget(label)
            self.paragraphs.append(label)
        column.addStretch(2)
