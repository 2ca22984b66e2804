"""The first page an employee sees: what Candor keeps, what can leave, who can read it."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.resources import resource
from desktop.ui.accessibility import mark_heading
from desktop.ui.page_layout import centred_column
from desktop.ui.primary_button import PrimaryButton
from desktop.ui.qt_names import set_by_name
from desktop.ui.style import scaled_font


class PromiseCard(QFrame):
    """One plain-words promise: a heading and a short paragraph."""

    def __init__(self, heading: str, body: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promiseCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
        self.heading.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        # By name: the first window does not build PySide's Qt namespace (see desktop.ui.qt_names).
        set_by_name(self.body, textFormat="PlainText", alignment="AlignTop|AlignLeft")
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(body)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Side by side, Qt sizes the row from each card's preferred width; ask for what wrapping needs."""
        super().resizeEvent(event)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        for label in (self.heading, self.body):
            label.setMinimumHeight(label.heightForWidth(width))


class WelcomePage(QWidget):
    """Plain-words promises and the Start button."""

    start_requested = Signal()
    about_requested = Signal()
    settings_requested = Signal()
    results_requested = Signal()
    history_requested = Signal()

    def __init__(self, organization: str, recipient_configured: bool, min_group_size: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")

        self.brand = QLabel(self.tr("Candor"))
        self.brand.setObjectName("brand")
        self.brand.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        self.brand_icon = QLabel()
        icon_size = round(self.fontMetrics().height() * 2.2)
        self.brand_icon.setPixmap(QIcon(str(resource("icons", "candor.svg"))).pixmap(icon_size, icon_size))
        self.brand_icon.setAccessibleName(self.tr("Candor logo"))

        self.title = QLabel(self.tr("A private look at how you use AI at work"))
        self.title.setFont(scaled_font(self.font(), 1.9, QFont.Weight.Bold))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.title.text())
        mark_heading(self.title, 1)

        self.lead = QLabel(self.tr(
            "In about ten minutes, Candor helps you see which AI tools you use for work, what you put "
            "into them and what they cost you, and gives you a short plan to keep your work and your "
            "data safe. There are no right or wrong answers, and nobody is watching."
        ))
        self.lead.setFont(scaled_font(self.font(), 1.1))
        self.lead.setWordWrap(True)

        if recipient_configured:
            readers = self.tr(
                "Only the compliance team of %1 can open a summary you send. They see it only "
                "combined with others, and never any figure from fewer than %n people.", "", min_group_size
            ).replace("%1", organization)
        else:
            readers = self.tr(
                "%1 has not set up summary collection yet, so nothing can be sent from Candor at all. "
                "Your results are for you alone."
            ).replace("%1", organization)
        self.kept_card_texts = {
            "keyring": self.tr(
                "Your answers are saved only here, encrypted, with the key kept in your system's "
                "password manager. Not your manager, not IT, not Candor's makers can read them."
            ),
            "passphrase": self.tr(
                "Your answers are saved only here, encrypted with a key that only your passphrase opens; "
                "Candor never stores the passphrase. Not your manager, not IT, not Candor's makers can read them."
            ),
        }
        self.cards = [
            PromiseCard(
                self.tr("Stays on this computer"),
                self.tr(
                    "Your answers are saved only here, encrypted, with the key kept in your system's "
                    "password manager. Not your manager, not IT, not Candor's makers can read them."
                ),
            ),
            PromiseCard(
                self.tr("Only a summary leaves, if you choose"),
                self.tr(
                    "At the end you may send an anonymized summary: no name, no free text, no dates. "
                    "You see every field before it goes and can hold back the optional parts."
                ),
            ),
            PromiseCard(self.tr("Who can read it"), readers),
        ]

        self.network_note = QLabel(self.tr(
            "Candor never connects to the internet and sends nothing by itself."
        ))
        self.network_note.setWordWrap(True)

        self.start_button = PrimaryButton(self.tr("Start the assessment"))
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.start_requested)
        self.start_button.setAccessibleName(self.tr("Start the assessment"))

        self.about_button = QPushButton(self.tr("About Candor"))
        self.about_button.setObjectName("aboutButton")
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.about_requested)

        self.results_button = QPushButton(self.tr("View my &results"))
        self.results_button.setObjectName("resultsButton")
        self.results_button.clicked.connect(self.results_requested)
        self.history_button = QPushButton(self.tr(
            "Past a&ssessments", "button: opens the history of earlier assessments"))
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.history_requested)
        self.results_button.hide()
        self.history_button.hide()

        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setFlat(True)
        self.settings_button.clicked.connect(self.settings_requested)

        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        cards_row = QHBoxLayout()
        cards_row.setSpacing(self._em(1))
        for card in self.cards:
            cards_row.addWidget(card, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)

        inner = centred_column(self, 70, margin_em=2, name=self.tr("Welcome to Candor"))
        # Not a Tab stop: it draws no focus, and Tab through the buttons scrolls it to each already.
        scroll = self.findChild(QScrollArea, "pageScroll")
        if scroll is not None:
            set_by_name(scroll, focusPolicy="NoFocus")
        inner.setSpacing(self._em(1))
        brand_row = QHBoxLayout()
        brand_row.addWidget(self.brand_icon)
        brand_row.addWidget(self.brand)
        brand_row.addStretch(1)
        inner.addLayout(brand_row)
        inner.addWidget(self.title)
        inner.addWidget(self.lead)
        inner.addSpacing(self._em(0.5))
        inner.addLayout(cards_row)
        inner.addWidget(self.network_note)
        inner.addSpacing(self._em(0.5))
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addStretch(1)

    def _em(self, count: float) -> int:
        return round(self.fontMetrics().horizontalAdvance("M") * count)

    def set_resumable(self, resumable: bool) -> None:
        """Say "Continue" when a draft is waiting."""
        text = self.tr("Continue where you left off") if resumable else self.tr("Start the assessment")
        self.start_button.setText(text)
        self.start_button.setAccessibleName(text)

    def set_returning(self, has_results: bool, has_history: bool) -> None:
        """A returning employee can reopen their results and history from here."""
        self.results_button.setVisible(has_results)
        self.history_button.setVisible(has_history)

    def set_key_mode(self, mode: str) -> None:
        """Say where the key really is once the store is open ("keyring" or "passphrase")."""
        text = self.kept_card_texts.get(mode)
        card = self.cards[0]
        if text and card.body.text() != text:
            card.body.setText(text)
            card.setAccessibleDescription(text)

    def set_status(self, message: str = "") -> None:
        """A line under the buttons, e.g. why the answers are locked or that they were saved."""
        self.status.setText(message)
        self.status.setVisible(bool(message))
