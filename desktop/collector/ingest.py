"""Import summaries into the collector's store: files, folders and zips, all decided before one write.

The jobs, each in its module
    Finding the files (paths, folders walked in name order, zips listed within limits):
    ingest_sources.py. Reading each one's bytes (regular files only, zip members in memory within
    limits): ingest_reading.py. Checking one summary (decrypt, parse, validate, campaign and its
    settings): summary_check.py. The limits, reason codes and rejections they share:
    ingest_limits.py. This module runs them in order and decides every file before one write. No
    input can make :func:`ingest` raise: every problem with a file becomes a rejection naming its
    reason in a sentence for the person importing (``unreadable`` when it cannot be read at all); only
    a failing store (CollectorStoreError) or a programming error propagates.

Duplicates
    Summaries are keyed by submission id, which stays the same for every export from one
    installation in one campaign. "Later" is the order of processing: the paths in the order given,
    folders in name order, zip members in name order. Within one import the last file for an id
    wins (earlier ones with other content are counted as ``superseded``, identical copies as
    ``unchanged``); against the store, a different content replaces the stored one (``replaced``) and
    the same content (the same decrypted JSON, whatever the encryption) changes nothing
    (``unchanged``). Importing the same folder again therefore changes nothing.

All or nothing
    Nothing is written until every file has been examined; then one transaction stores the lot. Until
    then the accepted summaries wait sealed in a temporary table, a batch at a time in memory
    (desktop/collector/staging.py; under participation codes, which are checked all at once, in memory,
    then :meth:`CollectorStore.put_many`). Cancelling, or an error while writing, leaves the store as
    it was.

Decryption may run in worker processes (desktop/collector/decrypt_pool.py): this process reads the
files a chunk at a time and checks the decrypted chunks in order, so the outcome is the same.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from pyrage import x25519

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.codes import check_codes, participation
from desktop.collector.decrypt_pool import CHUNK, DecryptPool, worker_count
from desktop.collector.ingest_limits import Limits, ReasonCode, Reject, Rejection, os_problem, unexpected
from desktop.collector.ingest_reading import DAMAGED_IN_ZIP, ZIP_DAMAGE, Reader, Unit
from desktop.collector.ingest_sources import Cancelled, Sources
from desktop.collector.staging import StagedImport
from desktop.collector.store import CollectorStore, SummaryRow
from desktop.collector.summary_check import OPENS_BUT, SummaryCheck, envelope_rejection
from desktop.exchange.envelope import EnvelopeError
from desktop.exchange.identity import parse_identity


@dataclass(frozen=True)
class IngestResult:
    """What an import did. When ``cancelled``, nothing was written and every count is 0.

    Every file examined is counted exactly once: ``imported + replaced + unchanged + superseded +
    len(rejected)``; ``skipped`` counts the files in folders and zips that are not summaries.
    """

    imported: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    cancelled: bool = False
    superseded: int = 0
    skipped: int = 0

    @property
    def examined(self) -> int:
        return self.imported + self.replaced + self.unchanged + self.superseded + len(self.rejected)


def ingest(
    paths: Sequence[Path],
    identities: Iterable[x25519.Identity | str],
    campaign: str | CampaignRules | None,
    store: CollectorStore,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    limits: Limits = Limits(),  # noqa: B008 - immutable
    workers: int | None = None,
) -> IngestResult:
    """Examine every summary under ``paths`` and store the acceptable ones in one transaction.

    ``identities`` are the collector's secret keys; ``campaign`` the campaign id summaries must carry
    (None: any), or the campaign's :class:`CampaignRules`, which also fix its privacy settings and items.
    An unencrypted summary is read only when those rules allow plaintext (the policy's
    ``submission.allow_plaintext``); a bare campaign id or None carries no policy that could allow it,
    so such a file is then refused (``other_settings``), as from a campaign that requires encryption.
    ``progress(done, total)`` is called with ``(0, total)`` once the inputs are listed,
    then as files are examined (at most about 500 times) and at the end; ``cancelled()`` is polled
    before each file and once more before writing, and when it returns true ingest returns at once
    with ``cancelled=True`` and the store untouched. Safe to run off the UI thread. ``workers``: how
    many processes decrypt (0: this one; None: chosen from the number of files and cores).
    """
    keys = [parse_identity(key) if isinstance(key, str) else key for key in identities]
    if not keys:
        raise ValueError("ingest needs at least one identity to decrypt with")
    run = _Run(keys, campaign, limits, cancelled)
    keeper = None
    if isinstance(campaign, CampaignRules) and campaign.counting is not None:
        from desktop.collector.tally_cache import CountsKeeper  # counting's modules, only when it is wanted

        keeper = CountsKeeper(*campaign.counting)
        run.check.counter = keeper.count
    try:
        for path in paths:
            run.sources.list_path(Path(path))
    except Cancelled:
        return IngestResult(cancelled=True)
    units = run.sources.units
    total = len(units)
    if progress is not None:
        progress(0, total)
    step = max(1, total // 500)
    accepted: dict[str, SummaryRow] = {}
    sources: dict[str, str] = {}
    superseded = duplicates = 0
    # Accepted summaries wait for the one write sealed in a temporary table, a batch at a time in memory
    # (staging.py); only participation codes, checked against all of an import's summaries at once, keep them here.
    staged = None if _codes_in_play(campaign, store) else StagedImport(store, keeper)
    if staged is not None and keeper is not None:
        keeper.remember_rows = False
    workers = worker_count(total) if workers is None else workers
    rows = _examined_in_parallel(run, units, keys, workers) if workers else map(run.examine, units)
    try:
        for done in range(1, total + 1):
            if cancelled():
                return IngestResult(cancelled=True)
            row = next(rows)
            if row is not None and staged is not None:
                staged.add(row)
            elif row is not None:
                earlier = accepted.pop(row.submission_id, None)  # pop: the later file also takes the later place
                if earlier is not None:
                    if earlier.source_digest == row.source_digest:
                        duplicates += 1
                    else:
                        superseded += 1
                accepted[row.submission_id] = row
                sources[row.submission_id] = units[done - 1].source
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)
        if workers:  # files were read ahead of their checks: list the rejected in the order they were found
            order = {unit.source: index for index, unit in enumerate(units)}
            run.rejected.sort(key=lambda rejection: order.get(rejection.source, total))
        if cancelled():
            return IngestResult(cancelled=True)
        if staged is not None:
            counts = staged.write()
            superseded, duplicates = staged.superseded, staged.duplicates
        else:
            assert isinstance(campaign, CampaignRules)  # only participation codes keep the summaries here
            counts = store.put_many(_with_codes_checked(campaign, store, accepted, sources, run), keeper)
    finally:
        if isinstance(rows, Generator):
            rows.close()  # stops the worker processes, also when cancelled
        run.close()
        if staged is not None:
            staged.discard()
    return IngestResult(imported=counts.imported, replaced=counts.replaced, unchanged=counts.unchanged + duplicates,
                        rejected=run.rejected, superseded=superseded, skipped=run.skipped)


def _codes_in_play(campaign: str | CampaignRules | None, store: CollectorStore) -> bool:
    """Whether the import's summaries must pass the campaign's participation codes (see _with_codes_checked)."""
    if not isinstance(campaign, CampaignRules):
        return False
    return campaign.require_code or participation(store, campaign.campaign).issued > 0


def _with_codes_checked(campaign: CampaignRules, store: CollectorStore,
                        accepted: dict[str, SummaryRow], sources: dict[str, str], run: _Run) -> list[SummaryRow]:
    """The summaries that pass the campaign's participation codes (see desktop/collector/codes.py), for an import
    whose codes are in play (:func:`_codes_in_play` decided it once); the others become rejections."""
    rows = list(accepted.values())
    if not rows:
        return rows
    kept, refused = check_codes(store, campaign.campaign, rows, required=campaign.require_code)
    for rejection in refused:
        run.reject(sources[rejection.row.submission_id], rejection.reason_code, rejection.message)  # type: ignore[arg-type]
    return kept


def _examined_in_parallel(run: _Run, units: Sequence[Unit], keys: Sequence[x25519.Identity],
                          workers: int) -> Iterator[SummaryRow | None]:
    """What ``run.examine`` gives for each unit, in order, with decryption done by worker processes.

    This process reads the files in chunks and hands each chunk's age envelopes to the workers,
    then parses and validates the decrypted chunks in order while the workers go on with the next.
    """
    pool = DecryptPool(keys, workers)
    try:
        chunks = [units[start:start + CHUNK] for start in range(0, len(units), CHUNK)]
        in_flight: deque[tuple[Sequence[Unit], list[bytes | None], Future[list[bytes | Exception]]]] = deque()

        def send(chunk: Sequence[Unit]) -> None:
            read = [run.read(unit) for unit in chunk]
            envelopes = [data for data in read if data is not None and run.check.decryptable(data)]
            in_flight.append((chunk, read, pool.submit(envelopes)))

        upcoming = iter(chunks)
        for chunk in upcoming:
            send(chunk)
            if len(in_flight) >= workers * 2:
                break
        while in_flight:
            chunk, read, future = in_flight.popleft()
            next_chunk = next(upcoming, None)
            if next_chunk is not None:
                send(next_chunk)
            opened = iter(future.result())
            for unit, data in zip(chunk, read, strict=True):
                if data is None:
                    yield None
                    continue
                yield run.examine_data(unit, data, next(opened) if run.check.decryptable(data) else None)
    finally:
        pool.close()


class _Run:
    """One ingest's files: found, read and checked in turn, with the rejections and skips so far."""

    def __init__(self, keys: list[x25519.Identity], campaign: str | CampaignRules | None, limits: Limits,
                 cancelled: Callable[[], bool]):
        self.sources = Sources(limits, cancelled)
        self.reader = Reader(limits)
        self.check = SummaryCheck(keys, campaign, limits)
        self.rejected: list[Rejection] = []
        self.skipped_reading = 0

    @property
    def skipped(self) -> int:
        return self.sources.skipped + self.skipped_reading

    def reject(self, source: str, code: ReasonCode, message: str) -> None:
        self.rejected.append(Rejection(source, code, message))

    def examine(self, unit: Unit) -> SummaryRow | None:
        """The row for one file, or None after recording its rejection (or counting it as skipped)."""
        data = self.read(unit)
        return None if data is None else self.examine_data(unit, data)

    def read(self, unit: Unit) -> bytes | None:
        """The file's bytes, or None after recording why it is not read further (rejected or skipped)."""
        read = self.reader.read(unit)
        if isinstance(read, Rejection):
            self.rejected.append(read)
            return None
        if read is None:
            self.skipped_reading += 1
        return read

    def examine_data(self, unit: Unit, data: bytes, opened: bytes | Exception | None = None) -> SummaryRow | None:
        """The row for bytes already read; ``opened``: a worker's one attempt at decrypting them, if it made one
        (the plaintext, or the exception saying why not)."""
        try:
            if isinstance(opened, EnvelopeError):
                raise envelope_rejection(opened)
            if isinstance(opened, Exception):
                raise opened
            if opened is not None:
                return self.check.validate(opened, OPENS_BUT)
            return self.check.check(data, nested=unit.zip is not None)
        except Reject as problem:
            self.reject(unit.source, problem.code, problem.message)
        except OSError as exc:
            self.reject(unit.source, "unreadable", os_problem(exc))
        except ZIP_DAMAGE:
            self.reject(unit.source, "damaged", DAMAGED_IN_ZIP)
        except Exception as exc:  # no input may stop an import: whatever it was, it is this file's problem
            self.reject(unit.source, "unreadable", unexpected(exc))
        return None

    def close(self) -> None:
        self.reader.close()
