"""Qt enum properties set by their names, for the code that builds the first window.

PySide6 builds a Qt class's Python type, with every enum in it, the first time Python code touches the
class. The ``Qt`` namespace alone holds about a hundred enums and takes some 15 ms to build, which the person
would wait for before the welcome window appears. That window needs only a few of its values (a plain-text
label, an alignment, a focus policy); set through Qt's property system by their names (``QMetaProperty``
turns ``"AlignTop|AlignLeft"`` into the flags), they need no Python enum at all. Everything built after the
window shows uses the ``Qt`` namespace as usual. ``tests/ui/test_startup_qt_types.py`` checks the first
window builds neither it nor the other classes it does not show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, **values: str) -> None:
    """Set each Qt property of ``target`` named by a keyword to the enum value(s) named, ``"A|B"`` for flags.

    Raises ValueError for a property ``target`` does not have or a value name Qt does not know, which
    ``setProperty`` alone would take silently (as a dynamic property) or ignore.
    """
    for name, keys in values.items():
        if not target.setProperty(name, keys):
            raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {keys!r}")
