"""Walking a window's widgets as a screen reader and a keyboard user meet them.

Shared by the accessibility and keyboard tests: which widgets take focus, what name a screen
reader would speak for each, where each sits on the page, and the order Tab visits them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)


def describe(widget: QWidget) -> str:
    """``Class#objectName in 'window title' (WindowClass)``, for failure messages."""
    window = widget.window()
    name = widget.objectName() or "-"
    title = window.windowTitle() or window.objectName() or "-"
    return f"{type(widget).__name__}#{name} in '{title}' ({type(window).__name__})"


def takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def is_tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every visible widget under ``root`` (itself included) that can take the keyboard focus."""
    found = [root, *root.findChildren(QWidget)]
    # A widget whose focus goes to a proxy (a scroll area's viewport, say) is spoken as that proxy.
    return [w for w in found if takes_focus(w) and w.isVisible() and w.focusProxy() is None]


def _buddy_text(widget: QWidget) -> str:
    """The text of a label whose buddy is ``widget`` (what a screen reader announces as its label)."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader speaks as the name of ``widget``; empty when it would say nothing useful."""
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return widget.title().replace("&", "").strip()
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget.text()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i).replace("&", "").strip() for i in range(widget.count())]
        return ", ".join(texts) if texts and all(texts) else ""
    # Line edits, combo boxes, spin boxes and the like are announced with the label they are buddies of.
    return _buddy_text(widget).replace("&", "").strip()


def unnamed(roots: Iterable[QWidget]) -> list[str]:
    """Descriptions of the visible interactive widgets under ``roots`` that have no spoken name."""
    missing: list[str] = []
    seen: set[int] = set()
    for root in roots:
        for widget in interactive_widgets(root):
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            if not spoken_name(widget):
                missing.append(describe(widget))
    return missing


# -- where widgets are, and reading order ----------------------------------------------------------


def page_rect(widget: QWidget) -> QRect:
    """``widget``'s rectangle in its window, as if no scroll area were scrolled.

    Moving the focus scrolls the page, so positions on screen shift while tabbing; the unscrolled
    position is where the widget sits in the page's reading order.
    """
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            top_left += QPoint(parent.horizontalScrollBar().value(), parent.verticalScrollBar().value())
        parent = parent.parentWidget()
    return QRect(top_left, widget.size())


def reads_before(a: QRect, b: QRect, tolerance: int = 2) -> bool:
    """True when ``a`` comes before ``b`` reading top to bottom, and left to right on one line."""
    same_line = a.top() - tolerance <= b.center().y() <= a.bottom() + tolerance or \
        b.top() - tolerance <= a.center().y() <= b.bottom() + tolerance
    if same_line:
        return b.left() >= a.left() + tolerance or (abs(b.left() - a.left()) < tolerance and b.top() > a.top())
    return b.center().y() > a.center().y()


def _outer_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The outermost scroll area holding ``widget`` in its window, if any."""
    found, parent = None, widget.parentWidget()
    while parent is not None and parent is not widget.window():
        if isinstance(parent, QAbstractScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def out_of_reading_order(visits: Sequence[QWidget]) -> list[str]:
    """Pairs of consecutive focus visits where the second lies before the first on the page."""
    problems = []
    for first, second in zip(visits, visits[1:], strict=False):
        a, b = page_rect(first), page_rect(second)
        outer_a, outer_b = _outer_scroll_area(first), _outer_scroll_area(second)
        if outer_a is not outer_b:  # one scrolls and the other does not: the scroll area is where it reads
            a = page_rect(outer_a) if outer_a is not None else a
            b = page_rect(outer_b) if outer_b is not None else b
        if not reads_before(a, b):
            problems.append(f"{describe(first)} at {a.getRect()} -> {describe(second)} at {b.getRect()}")
    return problems


@dataclass
class TabWalk:
    """The widgets Tab visited, in order, starting from (and not counting again) the first one."""

    visits: list[QWidget]
    lost: list[str]  # steps where the focus went nowhere, stayed put, or went to a hidden or disabled widget
    wrapped: bool  # True when Tab came back round to the start


def tab_through(qtbot, start: QWidget, limit: int = 400,
                stop: Callable[[QWidget], bool] | None = None) -> TabWalk:
    """Press Tab from ``start`` until the focus comes back to it (or ``stop`` says so, or ``limit``)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visits: list[QWidget] = [start]
    lost: list[str] = []
    for step in range(limit):
        current = QApplication.focusWidget()
        if current is None:
            lost.append(f"step {step}: nothing has the focus")
            break
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            lost.append(f"step {step + 1}: the focus was lost after {describe(current)}")
            break
        if now is current:
            lost.append(f"step {step + 1}: Tab stays in {describe(now)} (a keyboard trap)")
            break
        if not now.isVisible() or not now.isEnabled():
            lost.append(f"step {step + 1}: the focus went to a hidden or disabled {describe(now)}")
        if now is start:
            return TabWalk(visits, lost, True)
        visits.append(now)
        if stop is not None and stop(now):
            break
    return TabWalk(visits, lost, False)
