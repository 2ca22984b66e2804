"""The baseline for the startup benchmark: the smallest PySide6 program that shows a window."""

import sys

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("Bare")
window.resize(640, 480)
window.show()
sys.exit(app.exec())
