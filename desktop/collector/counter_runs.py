"""Maps of answers queued while counting, one row per summary, and counted a column at a time.

A summary's yes/no maps (a randomized summary's tool bits, data classes, reasons ...) and its maps of one
answer per item (randomized statements, categories) have the same keys in every summary of a campaign.
Queuing each map's answers as a tuple, and counting a column of many summaries' answers at a time at
:meth:`desktop.collector.counters._Counts.flush`, gives exactly the counts (and the order keys are first
counted in) that counting the keys summary by summary gives, with a fraction of the work per summary.
A run holds the rows of maps with the same keys in the order queued; a map with other keys ends it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

#: The family that counts which keys each summary's map carried (see ``_Counts.n_for``).
SHAPE = "#shape"

Families = defaultdict[str, Counter[Any]]


class BitsRun:
    """Yes/no maps for one family: each key counts the maps that answered it true (in ``compress(map,
    map.values())``'s sense), and with ``shape`` the keys each map carried count in ``family + SHAPE``.
    The answers are kept one byte each, row after row (no object per summary)."""

    __slots__ = ("keys", "shape", "answers", "rows")

    def __init__(self, keys: tuple[str, ...], shape: bool) -> None:
        self.keys = keys
        self.shape = shape
        self.answers = bytearray()
        self.rows = 0

    def add(self, answers: Iterable[Any]) -> None:
        """Queue one map's answers (its values, in the order of :attr:`keys`)."""
        try:
            self.answers.extend(answers)  # whole or not at all
        except (TypeError, ValueError):  # answers that are not 0 or 1 (never in a valid summary): their truth
            self.answers.extend(map(bool, answers))
        self.rows += 1

    def count_into(self, c: Families, family: str) -> None:
        """Count the keys answered true into ``c[family]`` and forget the answers (not yet the rows: see
        :meth:`count_shape`). Keys new to ``c`` come in the order they first came true (row by row, and within a
        row in key order), as counting the keys one row at a time would order them."""
        rows, keys, answers = self.rows, self.keys, bytes(self.answers)
        self.answers = bytearray()
        if not rows or not keys:
            return
        width = len(keys)
        found = []
        for column, key in enumerate(keys):
            column_answers = answers[column::width]
            yes = rows - column_answers.count(0)
            if yes:  # the first row that answered true: after the leading false ones
                found.append((rows - len(column_answers.lstrip(b"\0")), column, key, yes))
        if found:
            target = c[family]
            for _first, _column, key, yes in sorted(found):
                target[key] += yes

    def count_shape(self, c: Families, family: str) -> None:
        """With :attr:`shape`, count the rows' keys into ``c[family + SHAPE]``; forget the rows."""
        rows, self.rows = self.rows, 0
        if rows and self.shape:
            c[family + SHAPE][self.keys] += rows


class AnswersRun:
    """Maps of one answer per item, each item counted in its own family (``prefix + item``). The answers are kept
    in one list, row after row (no object per summary)."""

    __slots__ = ("keys", "families", "answers", "_columns")

    def __init__(self, keys: tuple[str, ...], prefix: str) -> None:
        self.keys = keys
        self.families = tuple(prefix + key for key in keys)
        self.answers: list[Any] = []
        self._columns: dict[str, list[Any]] | None = None

    def count_family(self, c: Families, family: str) -> None:
        """Count one family's answers into ``c`` (in the order they came) and forget them."""
        if self._columns is None:
            if not self.answers:
                return
            answers, width = self.answers, len(self.keys)
            self._columns = {name: answers[column::width] for column, name in enumerate(self.families)}
            self.answers = []
        found = self._columns.pop(family, None)
        if found:
            c[family].update(found)
