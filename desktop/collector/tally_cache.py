"""A campaign's counts kept beside its summaries, so the next report needs no summary parsed.

Counting 100,000 summaries means reading and parsing every one (about 4 s); the counts
themselves are small. After a report has counted a campaign, its :class:`Tally` is stored in the
collector database as JSON with a fingerprint of everything it was counted from: the campaign's
rows (each summary's id and digest, as the release ledger's member keys, read from an index
without the text), the questionnaire's spend bands, the tool categories of the catalog and
policy, and the version of the counting code. The next report
with the same fingerprint starts from the stored counts; any change (an import, another policy, a
new Candor) makes a new count. A stored tally that cannot be read is counted again, never trusted
half-way. Only counts are stored: no summary, submission id or row; and since counts per org unit
before suppression can be one person's answers, they are sealed under the database key like the
summaries (``CollectorStore.keep_tally``). A report from kept counts opens that one blob and no
summary.

Imports keep the counts up to date: ingest with a campaign's rules hands :meth:`CollectorStore.put_many`
a :class:`CountsKeeper`, which, in the import's transaction, takes the kept counts (or none, for a
campaign with no summaries yet), takes away the summaries an import replaces, adds the ones it brings
and keeps the result under the new fingerprint; so the first report after an import starts from kept
counts like every later one. Kept counts that no longer fit (another policy, no report yet) are left
for the next report to count again; a cancelled or failed import changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from desktop import __version__
from desktop.collector.counters import _Counts, _Group
from desktop.collector.ledger import Members
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.collector.store_rows import parsed_summary as _parsed
from desktop.collector.tally import FLUSH_EVERY, Tally
from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire

#: Raise when the counting code (aggregate.Tally and what it records) changes meaning.
#: 2: summary format 2's items; only the campaign's mechanism is counted. 3: senior leaders' strategy answers apart.
TALLY_FORMAT = 3
_TUPLE = "t"


def _key(value: Any) -> Any:
    if isinstance(value, tuple):
        return {_TUPLE: [_key(item) for item in value]}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"a count key of type {type(value).__name__} cannot be stored")


def _unkey(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(_unkey(item) for item in value[_TUPLE])
    if isinstance(value, list):
        raise ValueError("a stored count key is a list")
    return value


def _counts_data(counts: _Counts) -> dict[str, Any]:
    counts.flush()
    return {"n": counts.n,
            "c": {family: [[_key(key), value] for key, value in counter.items()]
                  for family, counter in counts.c.items()}}


def _counts_from(data: dict[str, Any]) -> _Counts:
    counts = _Counts()
    counts.n = int(data["n"])
    counts.c = defaultdict(Counter, {family: Counter({_unkey(key): value for key, value in pairs})
                                     for family, pairs in data["c"].items()})
    return counts


def dumps(tally: Tally) -> str:
    tally.flush()
    groups = [[unit, {"n": group.n, "common": _counts_data(group.common),
                      "strata": [[list(key), _counts_data(counts)] for key, counts in group.strata.items()]}]
              for unit, group in tally.groups.items()]
    return json.dumps({"format": TALLY_FORMAT, "groups": groups, "left_out": tally.left_out}, separators=(",", ":"))


def loads(text: str, questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> Tally:
    data = json.loads(text)
    if data.get("format") != TALLY_FORMAT:
        raise ValueError("a stored tally of another format")
    tally = Tally(questionnaire, catalog, policy)
    tally.left_out = int(data["left_out"])
    for unit, stored in data["groups"]:
        group = _Group()
        group.n = int(stored["n"])
        group.common = _counts_from(stored["common"])
        for key, counts in stored["strata"]:
            mechanism, epsilon = key
            group.strata[(mechanism, epsilon)] = _counts_from(counts)
        tally.groups[unit] = group
    return tally


def fingerprint(store: CollectorStore, campaign: str, tally: Tally) -> str:
    """Everything the counts depend on, as one digest (see the module's docstring)."""
    digest = hashlib.sha256()
    privacy = tally.policy.privacy
    setup = [TALLY_FORMAT, __version__, tally.questionnaire.id, tally.questionnaire.version,
             [[code, list(band)] for code, band in tally._bands], sorted(tally._category.items(), key=str),
             privacy.randomized_response, repr(privacy.epsilon), sorted(tool.id for tool in tally.policy.tools
                                                                       if tool.status == "approved")]
    digest.update(json.dumps(setup, default=str).encode())
    # The rows as the release ledger sees them: each (id, digest) pair's member key, read in key order
    # from an index (reading 100,000 ids and digests from the table took most of a report's time).
    digest.update(Members(store.member_keys(campaign)).digest.encode())
    return digest.hexdigest()


def counted(store: CollectorStore, campaign: str, questionnaire: Questionnaire, catalog: Catalog,
            policy: Policy) -> Tally:
    """The campaign's counts: from the stored tally when it still fits, else counted and stored."""
    fresh = Tally(questionnaire, catalog, policy)
    key = fingerprint(store, campaign, fresh)
    stored = store.stored_tally(campaign, key)
    if stored is not None:
        try:
            return loads(stored, questionnaire, catalog, policy)
        except Exception:  # noqa: BLE001 - kept counts that cannot be read in full are counted again
            pass
    tally = fresh.add_all(store.summaries(campaign))
    with contextlib.suppress(sqlite3.Error, OSError):  # a full or read-only disk costs the next report its speed
        store.keep_tally(campaign, key, dumps(tally))
    return tally


class CountsKeeper:
    """Keeps the policy's campaign's stored counts up to date as :meth:`CollectorStore.put_many` writes rows
    (see the module's docstring). Used once per write; the store calls :meth:`before`, then :meth:`after`.

    Ingest hands it each summary as it parses it (:meth:`count`), so a summary's JSON is parsed once per import:
    :meth:`after` parses only what the import did not count that way (a replaced summary, read from the store)
    and takes away what was counted but not written (a file superseded by a later one, one refused for its
    participation code, one already stored unchanged)."""

    def __init__(self, questionnaire: Questionnaire, catalog: Catalog, policy: Policy):
        self.questionnaire = questionnaire
        self.catalog = catalog
        self.policy = policy
        self.campaign = policy.campaign.id
        self._tally: Tally | None = None
        self._counted = self._fresh()
        #: The rows counted in advance, by (submission id, digest); a later file of the same content is the same row.
        self._counted_rows: dict[tuple[str, str], SummaryRow] = {}
        self.remember_rows = True
        self._queued = 0

    def _fresh(self) -> Tally:
        return Tally(self.questionnaire, self.catalog, self.policy)

    def count(self, row: SummaryRow, summary: dict[str, Any]) -> None:
        """Count a summary of a row that may be written (``summary``: its JSON, parsed), before the write. Unless
        ``remember_rows`` is off (an import staged in the database, desktop/collector/staging.py, which takes away
        itself what is not written), the row is remembered for :meth:`after`."""
        if row.campaign != self.campaign:
            return
        if self.remember_rows:
            if (row.submission_id, row.source_digest) in self._counted_rows:
                return
            self._counted_rows[(row.submission_id, row.source_digest)] = row
        self._counted.add(summary)
        self._queued += 1
        if self._queued % FLUSH_EVERY == 0:
            self._counted.flush()

    def take_away_counted(self, texts: Iterable[str]) -> None:
        """Take away the counts of summaries :meth:`count` counted that are not written (their JSON texts)."""
        mine = self.campaign
        summaries = (_parsed("\n" + text) for text in texts)
        self._counted.take_away(self._fresh().add_all(summary for summary in summaries
                                                      if summary.get("campaign") == mine))

    def take_away_stored(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Take away the counts of stored summaries an import replaces, as ``(campaign, JSON text)``; after
        :meth:`before`."""
        if self._tally is None:
            return
        mine = self.campaign
        try:
            self._tally.take_away(self._fresh().add_all(_parsed("\n" + text) for campaign, text in pairs
                                                        if campaign == mine))
        except (ValueError, KeyError, TypeError):  # counts that do not add up: the next report counts afresh
            self._tally = None

    def finish(self, store: CollectorStore) -> None:
        """Keep the counts (those before, less :meth:`take_away_stored`, plus those counted) for the stored rows."""
        tally, self._tally = self._tally, None
        counted, self._counted = self._counted, self._fresh()
        if tally is None:
            return
        tally.merge(counted)
        store.keep_tally(self.campaign, fingerprint(store, self.campaign, tally), dumps(tally))

    def before(self, store: CollectorStore) -> None:
        """Take the counts the stored rows give: counted from nothing for a campaign with none, else the kept
        counts when they fit (None when they do not: the next report counts again)."""
        fresh = self._fresh()
        self._tally = None
        if store.count(self.campaign) == 0:
            self._tally = fresh
            return
        stored = store.stored_tally(self.campaign, fingerprint(store, self.campaign, fresh))
        if stored is not None:
            with contextlib.suppress(Exception):  # kept counts that cannot be read are counted again, later
                self._tally = loads(stored, self.questionnaire, self.catalog, self.policy)

    def after(self, store: CollectorStore, gone: list[tuple[str, str]], came: list[SummaryRow]) -> None:
        """Take away the summaries that went, add those that came (of this campaign), keep the result."""
        tally, self._tally = self._tally, None
        counted, rows = self._counted, self._counted_rows
        self._counted, self._counted_rows = self._fresh(), {}
        if tally is None:
            return
        mine = self.campaign
        came_keys = {(row.submission_id, row.source_digest) for row in came if row.campaign == mine}
        try:
            tally.take_away(self._fresh().add_all(_parsed("\n" + text) for campaign, text in gone
                                                  if campaign == mine))
            not_written = [row.summary for key, row in rows.items() if key not in came_keys]
            if not_written:
                counted.take_away(self._fresh().add_all(_parsed("\n" + text) for text in not_written))
            tally.merge(counted)
            tally.add_all(_parsed("\n" + row.summary) for row in came
                          if row.campaign == mine and (row.submission_id, row.source_digest) not in rows)
        except (ValueError, KeyError, TypeError):  # counts that do not add up: the next report counts afresh
            return
        store.keep_tally(mine, fingerprint(store, mine, tally), dumps(tally))
