"""Counters for one org unit's summaries, per item family and privacy mechanism.

:class:`_Counts` holds one group of summaries' counters; :class:`_Group` one org unit's, exact items in
``common`` and the rest per mechanism (a stratum per mechanism and epsilon). They keep no summary.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.collector.counter_runs import SHAPE, AnswersRun, BitsRun
from desktop.collector.report_figure import EXACT, RANDOMIZED_RESPONSE

EXACT_KEY: tuple[str, float | None] = (EXACT, None)
#: A pending family of ``(key, amount)`` pairs, summed rather than counted.
SUM = "#sum"
#: Families that sum amounts, with the family that counts the summaries behind each key's sum.
SUMMED = {"paid_amount": "paid_amount_n"}
ANY = "any"
PAYS = "pays"

StratumKey = tuple[str, float | None]


class _Counts:
    """Counters for one group of summaries: ``n`` summaries and one Counter per item family.

    While counting, keys are only appended to lists (``pending`` per family, ``events`` as
    ``(family, key)`` pairs) and maps of answers to rows of runs (:meth:`add_bits`, :meth:`add_answers`);
    :meth:`flush` counts them in one C-level pass each, which keeps a 100,000-summary report well
    within its time budget. A family is queued one way only (its keys, or maps with its shape, or maps
    without), so the counts and the order keys are first counted in are those of counting key by key.
    """

    __slots__ = ("n", "c", "pending", "events", "_bits", "_answers", "_answer_families", "_n_by_key")

    def __init__(self) -> None:
        self.n = 0
        self.c: defaultdict[str, Counter[Any]] = defaultdict(Counter)
        self.pending: defaultdict[str, list[Any]] = defaultdict(list)
        self.events: list[tuple[str, Any] | None] = []
        #: The maps queued by :meth:`add_bits` (per family) and :meth:`add_answers` (per prefix, and per family).
        #: A map with other keys starts a new run; every run is counted at flush, in the order queued.
        self._bits: dict[str, list[BitsRun]] = {}
        self._answers: dict[str, AnswersRun] = {}
        self._answer_families: dict[str, list[AnswersRun]] = {}
        self._n_by_key: dict[str, dict[str, int]] = {}

    def add_bits(self, family: str, bits: Mapping[str, Any], shape: bool) -> None:
        """Queue a map of yes/no answers: each key whose answer is true counts once in ``family`` (as queuing
        ``compress(bits, bits.values())`` would), and with ``shape`` the keys the map carried count once in
        ``family + SHAPE`` (see :class:`~desktop.collector.counter_runs.BitsRun`)."""
        if not bits and not shape:
            self.pending[family]  # noqa: B018 - the family's place among the pending ones, as extending it by nothing
            return
        keys = tuple(bits)
        runs = self._bits.get(family)
        if runs is None:
            pending = self.pending
            pending[family]  # noqa: B018 - counted at flush in the order the families first came
            if shape:
                pending[family + SHAPE]  # noqa: B018
            run = BitsRun(keys, shape)
            self._bits[family] = [run]
        else:
            run = runs[-1]
            if run.keys != keys or run.shape != shape:  # a map with other keys: a new run, counted after this one
                run = BitsRun(keys, shape)
                runs.append(run)
        run.add(bits.values())

    def add_answers(self, prefix: str, answers: Mapping[str, Any]) -> None:
        """Queue a map of one answer per item: each answer counts once in the family ``prefix + item`` (as
        appending it to that family's pending keys would; see :class:`~desktop.collector.counter_runs.AnswersRun`)."""
        if not answers:
            return
        keys = tuple(answers)
        run = self._answers.get(prefix)
        if run is None or run.keys != keys:
            run = self._answers[prefix] = AnswersRun(keys, prefix)
            pending, families = self.pending, self._answer_families
            for family in run.families:
                pending[family]  # noqa: B018 - counted at flush in the order the families first came
                families.setdefault(family, []).append(run)
        run.answers.extend(answers.values())

    def flush(self) -> None:
        bits, answers = self._bits, self._answer_families
        c = self.c
        for family, keys in self.pending.items():
            if bits:
                runs = bits.get(family, ())
                for run in runs:  # the keys of every run, then the shapes (as the family before its SHAPE family)
                    run.count_into(c, family)
                for run in runs:
                    run.count_shape(c, family)
            if answers:
                for answers_run in answers.get(family, ()):
                    answers_run.count_family(c, family)
            if family.endswith(SUM):
                target = c[family.removesuffix(SUM)]
                for key, value in keys:
                    target[key] += value
            elif keys:
                c[family].update(keys)
        self.pending.clear()
        bits.clear()
        answers.clear()
        self._answers.clear()
        if self.events:
            for event, count in Counter(self.events).items():
                if event is not None:
                    c[event[0]][event[1]] += count
            self.events.clear()
        self._n_by_key.clear()

    def merge(self, other: _Counts) -> None:
        self.flush()
        other.flush()
        self.n += other.n
        for family, counter in other.c.items():
            self.c[family].update(counter)
        self._n_by_key.clear()

    def take_away(self, other: _Counts) -> None:
        """Remove ``other``'s counts (of summaries counted here before), leaving what counting the rest gives:
        keys whose count falls to zero go, and so do the sums of tools nobody pays for any more."""
        self.flush()
        other.flush()
        self.n -= other.n
        for family, counter in other.c.items():
            mine = self.c[family]
            mine.subtract(counter)
            if family not in SUMMED:
                for key in [key for key, value in mine.items() if value == 0]:
                    del mine[key]
        for family, companion in SUMMED.items():
            if family in self.c:
                kept = self.c.get(companion) or Counter()
                sums = self.c[family]
                for key in [key for key in sums if not kept.get(key)]:
                    del sums[key]
        for family in [family for family, counter in self.c.items() if not counter]:
            del self.c[family]
        self._n_by_key.clear()

    def family(self, name: str) -> Counter[Any]:
        return self.c.get(name) or Counter()

    def get(self, family: str, key: Any) -> Any:
        counter = self.c.get(family)
        return counter[key] if counter else 0

    def n_for(self, family: str, key: str) -> int:
        """Summaries that carry ``key`` of ``family``: all of them, unless the family recorded
        which keys each summary had (randomized tool bits, whose set depends on the catalog)."""
        shapes = self.c.get(family + SHAPE)
        if not shapes:
            return self.n
        by_key = self._n_by_key.get(family)
        if by_key is None:
            by_key = Counter()
            for keys, count in shapes.items():
                for item in keys:
                    by_key[item] += count
            self._n_by_key[family] = by_key
        return by_key.get(key, 0)


class _Group:
    """The summaries of one org unit: exact items in ``common``, the rest per mechanism."""

    __slots__ = ("n", "common", "strata")

    def __init__(self) -> None:
        self.n = 0
        self.common = _Counts()
        self.strata: dict[StratumKey, _Counts] = {}

    def stratum(self, key: StratumKey) -> _Counts:
        counts = self.strata.get(key)
        if counts is None:
            counts = self.strata[key] = _Counts()
        return counts

    def flush(self) -> None:
        self.common.flush()
        for counts in self.strata.values():
            counts.flush()

    def merge(self, other: _Group) -> None:
        self.n += other.n
        self.common.merge(other.common)
        for key, counts in other.strata.items():
            self.stratum(key).merge(counts)

    def take_away(self, other: _Group) -> None:
        self.n -= other.n
        self.common.take_away(other.common)
        for key, counts in other.strata.items():
            mine = self.stratum(key)
            mine.take_away(counts)
            if mine.n <= 0:
                del self.strata[key]

    @property
    def exact(self) -> _Counts | None:
        return self.strata.get(EXACT_KEY)

    def randomized(self) -> bool:
        return any(key[0] == RANDOMIZED_RESPONSE and counts.n for key, counts in self.strata.items())


def _merged(groups: Iterable[_Group]) -> _Group:
    result = _Group()
    for group in groups:
        result.merge(group)
    return result
