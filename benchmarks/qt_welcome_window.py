"""A second baseline: Candor's welcome window rebuilt with Qt alone, no Candor code.

The same kinds of Qt widgets as the real first window (a main window with a menu bar and
shortcuts, a stacked page in a scroll area, four framed cards of wrapped text, five buttons, scaled
fonts, the window icon from SVG and an application style sheet), with fixed English text. What
this costs over the bare window is the price of the Qt classes a real first window uses (PySide6
builds each class's Python enums on first use); what Candor costs over this is Candor's own.
"""

import sys
from pathlib import Path

from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "candor.svg"
TEXT = ("Your answers are saved only here, encrypted, with the key kept in your system's password "
        "manager. Neither your manager nor IT nor Candor's makers can read them.")

app = QApplication(sys.argv[:1])
app.setWindowIcon(QIcon(str(ICON)))
app.setStyleSheet("QFrame#card { border: 1px solid palette(mid); border-radius: 8px; }")
window = QMainWindow()
window.setWindowTitle("Candor")
menu = window.menuBar().addMenu("&File")
for name, keys in (("&Settings…", QKeySequence.StandardKey.Preferences), ("&Quit", QKeySequence.StandardKey.Quit)):
    action = QAction(name, window)
    action.setShortcut(keys)
    menu.addAction(action)
window.menuBar().addMenu("&Help").addAction(QAction("&About", window))
column = QWidget()
layout = QVBoxLayout(column)
title = QLabel("A private look at how you use AI at work")
font = QFont(title.font())
font.setPointSizeF(font.pointSizeF() * 1.6)
font.setWeight(QFont.Weight.Bold)
title.setFont(font)
title.setWordWrap(True)
layout.addWidget(title)
cards = QHBoxLayout()
for heading in ("Stays on this computer", "Only a summary leaves", "Who can read it", "No internet"):
    card = QFrame()
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    inner = QVBoxLayout(card)
    for text in (heading, TEXT):
        label = QLabel(text)
        label.setWordWrap(True)
        inner.addWidget(label)
    cards.addWidget(card, 1)
layout.addLayout(cards)
buttons = QHBoxLayout()
for text in ("Start the assessment", "View my &results", "&History", "Settings", "About Candor"):
    buttons.addWidget(QPushButton(text))
layout.addLayout(buttons)
layout.addStretch(1)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(column)
pages = QStackedWidget()
pages.addWidget(scroll)
window.setCentralWidget(pages)
window.resize(1000, 700)
window.show()
sys.exit(app.exec())
