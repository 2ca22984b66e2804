"""The release ledger: no two released reports of one scope may differ by 1 to k - 1 summaries.

The attack it stops: write a report, import one more summary, write the report again; the
difference between the two reports is that one person's answers. Every report the collector
releases (a file written by ``candor report`` or by the collector window, or figures shown on the
collector's dashboard) is recorded in the collector database, per campaign and scope (the whole
campaign, or one org unit), with the set of summaries it counted: each summary version as a member
key of its (submission id, content digest) pair (:func:`desktop.collector.store.member_key`), and each
person as a key of the keyed hash kept for its submission id.

The rule (:meth:`ReleaseLedger.check`): a report whose summaries differ from those of any earlier
release of the same campaign and scope for 1 to k - 1 people is refused (a person added, removed or
exported again with other answers is one; see :meth:`Members.people_changed`; a set stored before
person keys were kept counts at least half its member difference), where k is the larger of the
policy's ``privacy.min_group_size`` now and the one in force when the earlier report was released.
The same set again (difference 0) is allowed: it shows the same figures. A difference of k or
more is allowed and recorded. An earlier release whose member count already differs by k or more
is not compared at all (its set cannot be nearer), so a check reads only the few releases of about
the same size.

A report whose every figure is withheld (too few respondents in its scope, see
:func:`desktop.collector.aggregate.build_report`) counted no summary: it is recorded with no
members, and it can never be refused, since it shows nothing to subtract.

A set is stored once, however many releases share it: its sorted 64-bit member keys, laid out
byte plane by byte plane and compressed with zlib (about 6.4 bytes per member at 100,000).
Keys only: no summary, submission id, answer or figure is kept in the ledger.

What it cannot see is listed in docs/security.md: a deleted or replaced database, a second
collector (another data folder or machine) holding the same summaries, forged summaries imported
to make up the difference, and comparisons between different scopes.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.collector.report_model import Report
from desktop.collector.store import CollectorStore
from desktop.core.errors import CandorError

WHOLE_CAMPAIGN = "campaign"
_UNIT_PREFIX = "org_unit:"
DASHBOARD = "dashboard"
#: What a release can be: a file of one of the report formats, or the collector window's dashboard.
OUTPUTS = ("json", "html", "pdf", "csv", "tidy-csv", "xlsx", DASHBOARD)
_BUCKETED, _PER_BUCKET, _MAX_BUCKETS = 4096, 64, 4096  # see Members.difference
_SET_FORMAT = b"\x01"  # sorted big-endian int64 member keys, byte plane by byte plane, zlib
_SET_FORMAT_WITH_PERSONS = b"\x02"  # the same, followed by as many sorted person keys
_KEY_BYTES = 8
#: The notices of a report whose every figure is withheld (desktop/collector/figures.py).
_WITHHELD = frozenset({"withheld_fewer_than_k", "withheld_complementary", "withheld_unit_size_hidden"})


def scope_of(org_unit: str | None) -> str:
    """The ledger's name of a report's scope: ``campaign``, or ``org_unit:<code>``."""
    return WHOLE_CAMPAIGN if org_unit is None else f"{_UNIT_PREFIX}{org_unit}"


def unit_of(scope: str) -> str | None:
    """The org unit of a scope (None for the whole campaign)."""
    return scope[len(_UNIT_PREFIX):] if scope.startswith(_UNIT_PREFIX) else None


def _big_endian(keys: array) -> bytes:
    if sys.byteorder == "little":
        swapped = array("q", keys)
        swapped.byteswap()
        return swapped.tobytes()
    return keys.tobytes()


class Members:
    """The summaries a report counted, as sorted member keys, and the people behind them, as sorted person
    keys (one per submission id); each compared as a set.

    Members tell a re-export from the earlier one (same person, new content); persons tell people apart.
    Between two sets, the people whose contribution changed number (|members Δ| + |persons Δ|) / 2: a
    person added or removed adds one to each, a person who exported again adds two members and no person.
    """

    __slots__ = ("digest", "keys", "persons")

    def __init__(self, keys: Sequence[int], persons: Sequence[int] | None = None):
        self.keys = array("q", keys)  # sorted by the caller (the store reads them in key order)
        self.persons = array("q", sorted(persons)) if persons is not None else None
        packed = _big_endian(self.keys)
        self.digest = hashlib.sha256(packed).hexdigest()

    def __len__(self) -> int:
        return len(self.keys)

    def people_changed(self, keys: array, persons: array | None, limit: int) -> int:
        """How many people's contributions differ from a stored set's (``keys``, ``persons``), counted up to
        about ``limit``. Without the stored persons (a set of the first format) the least it can be:
        half the member difference, rounded up."""
        members = self.difference(keys, 2 * limit)
        if persons is None or self.persons is None:
            return (members + 1) // 2
        return (members + _difference(self.persons, persons, 2 * limit)) // 2

    def difference(self, other: array, limit: int | None = None) -> int:
        """The size of the symmetric difference between these members and ``other`` (sorted member keys).

        Both are sorted, and keys are hashes (spread evenly), so the key range is cut into buckets and
        only buckets whose keys are not identical (compared as whole slices, in C) are compared as sets.
        With ``limit``, counting stops once the difference reaches it (the result is then at least that).
        """
        return _difference(self.keys, other, limit)

    def packed(self) -> bytes:
        """The stored form: sorted member keys, then (when known) sorted person keys, big-endian, byte plane
        by byte plane (the high bytes of sorted keys repeat, so zlib finds them), compressed."""
        if self.persons is None:
            return _SET_FORMAT + zlib.compress(_planes(self.keys), 6)
        return _SET_FORMAT_WITH_PERSONS + zlib.compress(_planes(self.keys) + _planes(self.persons), 6)


def _planes(keys: array) -> bytes:
    raw = _big_endian(keys)
    return b"".join(raw[i::_KEY_BYTES] for i in range(_KEY_BYTES))


def _difference(mine: array, other: array, limit: int | None = None) -> int:
    """The size of the symmetric difference of two sorted key arrays (see :meth:`Members.difference`)."""
    if len(mine) < _BUCKETED or len(other) < _BUCKETED:
        return _set_difference(mine, other)
    buckets = min(_MAX_BUCKETS, len(mine) // _PER_BUCKET)
    step = 2 ** 64 // buckets
    edges = [-2 ** 63 + step * i for i in range(1, buckets)]
    here = [0, *(bisect_left(mine, edge) for edge in edges), len(mine)]
    there = [0, *(bisect_left(other, edge) for edge in edges), len(other)]
    total = 0
    for i in range(buckets):
        ours, theirs = mine[here[i]:here[i + 1]], other[there[i]:there[i + 1]]
        if ours != theirs:
            total += _set_difference(ours, theirs)
            if limit is not None and total >= limit:
                break
    return total


def _set_difference(ours: array, theirs: array) -> int:
    mine = set(ours.tolist())
    return len(mine.symmetric_difference(theirs.tolist()))


NO_MEMBERS = Members(())


def unpack(data: bytes) -> array:
    """The member keys of a stored set (see :meth:`Members.packed`). Raises ValueError when damaged."""
    return unpack_with_persons(data)[0]


def unpack_with_persons(data: bytes) -> tuple[array, array | None]:
    """The member keys and (for sets of the second format) the person keys of a stored set. Raises
    ValueError when damaged."""
    if data.startswith(_SET_FORMAT_WITH_PERSONS):
        arrays = 2
    elif data.startswith(_SET_FORMAT):
        arrays = 1
    else:
        raise ValueError("a release set of an unknown format")
    try:
        planes = zlib.decompress(data[1:])
    except zlib.error as exc:
        raise ValueError(f"a damaged release set ({exc})") from exc
    count, extra = divmod(len(planes), _KEY_BYTES * arrays)
    if extra:
        raise ValueError("a damaged release set (its length)")
    width = count * _KEY_BYTES
    found = [_from_planes(planes[i * width:(i + 1) * width], count) for i in range(arrays)]
    return found[0], (found[1] if arrays == 2 else None)


def _from_planes(planes: bytes, count: int) -> array:
    raw = bytearray(len(planes))
    for i in range(_KEY_BYTES):
        raw[i::_KEY_BYTES] = planes[i * count:(i + 1) * count]
    keys = array("q")
    keys.frombytes(bytes(raw))
    if sys.byteorder == "little":
        keys.byteswap()
    return keys


class Release(NamedTuple):
    """One released report, as the ledger recorded it."""

    id: int
    campaign: str
    scope: str
    released_at: str  # UTC, "2026-05-04T09:30:00Z"
    output: str  # one of OUTPUTS
    target: str | None  # the file written (None for the dashboard)
    k: int
    members: int
    set_digest: str

    @property
    def org_unit(self) -> str | None:
        return unit_of(self.scope)

    def description(self) -> str:
        """What it was, in English: "the HTML report written to /x/r.html on 2026-05-04 at 09:30 UTC"."""
        when = when_text(self.released_at)
        if self.output == DASHBOARD:
            return f"the figures shown on the collector dashboard on {when}"
        return f"the {self.output.upper()} report written to {self.target} on {when}"


def when_text(released_at: str) -> str:
    """``2026-05-04T09:30:00Z`` as ``2026-05-04 at 09:30 UTC``."""
    day, _, time = released_at.partition("T")
    return f"{day} at {time[:5]} UTC" if time else released_at


@dataclass(frozen=True)
class Refusal:
    """Why a report may not be released: it is too close to ``earlier``."""

    campaign: str
    scope: str
    difference: int  # people whose summary was added, removed or replaced since ``earlier``
    k: int  # the minimum difference: the larger of the policy's k now and earlier.k
    earlier: Release  # the nearest earlier release, whose figures are the latest that may be shown

    @property
    def more_needed(self) -> int:
        """How many more summaries (from people not yet counted) must be imported before it is allowed."""
        return self.k - self.difference

    @property
    def org_unit(self) -> str | None:
        return unit_of(self.scope)

    def sentence(self) -> str:
        """The refusal in one English sentence a person can act on."""
        what = "the report" if self.org_unit is None else f"the report of org unit {self.org_unit}"
        changed = _summaries(self.difference)
        more = f"{self.more_needed:,} more summary" if self.more_needed == 1 else \
            f"{self.more_needed:,} more summaries"
        people = "that person's answers" if self.difference == 1 else "those people's answers"
        return (f"{what} was not written: it would differ from {self.earlier.description()} by only {changed} "
                f"(fewer than the minimum group size, {self.k}), so comparing the two would reveal "
                f"{people}; import at least {more} before reporting again, or use that earlier report, which "
                "shows the latest figures that can be released.")


def _summaries(count: int) -> str:
    return f"{count:,} summary" if count == 1 else f"{count:,} summaries"


class ReleaseRefused(CandorError):
    """A report was refused by the ledger; ``refusal`` says why, its message in English."""

    def __init__(self, refusal: Refusal):
        super().__init__(refusal.sentence())
        self.refusal = refusal


def counted_none(report: Report) -> bool:
    """True when every figure of ``report`` is withheld, so it counted no summary."""
    return report.notice is not None and report.notice.code in _WITHHELD


class ReleaseLedger:
    """The release ledger of one open collector store, under the policy's minimum group size ``k``."""

    def __init__(self, store: CollectorStore, k: int):
        self.store = store
        self.k = k

    def members(self, campaign: str, org_unit: str | None = None) -> Members:
        """The summaries a report of ``campaign`` (or of one ``org_unit``) counts, as stored now."""
        return Members(self.store.member_keys(campaign, org_unit), self.store.person_keys(campaign, org_unit))

    def report_members(self, campaign: str, report: Report) -> Members:
        """The summaries ``report`` counted: none when every figure is withheld, else its scope's."""
        return NO_MEMBERS if counted_none(report) else self.members(campaign, report.org_unit)

    def check(self, campaign: str, org_unit: str | None, members: Members) -> Refusal | None:
        """Why releasing ``members`` for this scope would be refused, or None when it is allowed."""
        if not len(members):
            return None  # a report that counted nobody shows nothing, so nothing can be subtracted from it
        scope = scope_of(org_unit)
        nearest: Refusal | None = None
        for row in self.store.releases_near(campaign, scope, len(members), self.k):
            earlier = Release(*row)
            if earlier.set_digest == members.digest:
                continue  # the same members: the same figures again
            k = max(self.k, earlier.k)
            difference = self._difference(members, earlier)
            if 0 < difference < k:
                refusal = Refusal(campaign, scope, difference, k, earlier)
                if nearest is None or refusal.more_needed > nearest.more_needed:
                    nearest = refusal  # newest first, so ties name the latest release
        return nearest

    def _difference(self, members: Members, earlier: Release) -> int:
        data = self.store.release_set(earlier.set_digest)
        try:
            if data is None:
                raise ValueError("the release set is missing")
            keys, persons = unpack_with_persons(data)
            if hashlib.sha256(_big_endian(keys)).hexdigest() != earlier.set_digest:
                raise ValueError("the release set is not the one recorded")
        except ValueError:
            # A set that is gone or damaged: the difference is at least the difference in size (and at
            # least 1, the digests differ). Taking the least it can be refuses more, never less.
            return max(1, abs(earlier.members - len(members)))
        return max(1, members.people_changed(keys, persons, limit=max(self.k, earlier.k)))

    def record(self, campaign: str, org_unit: str | None, members: Members, output: str,
               target: str | None = None) -> Release:
        """Check and record a release in one transaction; raise ReleaseRefused when the rule forbids it."""
        if output not in OUTPUTS:
            raise ValueError(f"unknown release output {output!r}")
        scope = scope_of(org_unit)
        with self.store.write_transaction():
            refusal = self.check(campaign, org_unit, members)
            if refusal is not None:
                raise ReleaseRefused(refusal)
            release_id, when = self.store.add_release(campaign, scope, output, target, self.k, len(members),
                                                      members.digest, members.packed)
        return Release(release_id, campaign, scope, when, output, target, self.k, len(members), members.digest)

    @contextlib.contextmanager
    def releasing(self, campaign: str, report: Report, output: str, target: str | None = None) -> Iterator[Release]:
        """Record ``report``'s release, then run the block that writes it; a block that fails takes the
        release back. Raises ReleaseRefused (before the block runs) when the rule forbids it.

        Recording first, in the same transaction as the check, means two collectors writing at once on
        one database cannot both pass the check; a process killed while writing leaves a recorded
        release that was never written, which can only refuse more, never less.
        """
        release = self.record(campaign, report.org_unit, self.report_members(campaign, report), output, target)
        try:
            yield release
        except BaseException:
            with contextlib.suppress(CandorError):
                self.store.remove_release(release.id)
            raise

    def releases(self, campaign: str, org_unit: str | None = None, *, every_scope: bool = False) -> list[Release]:
        """The releases of ``campaign`` for one scope (or of every scope), oldest first."""
        rows = self.store.releases(campaign, None if every_scope else scope_of(org_unit))
        return [Release(*row) for row in rows]
