"""The encrypted store of assessments: the one object the UI is handed.

Metadata (ids, campaign, questionnaire, status, timestamps) is kept in clear;
everything the employee entered is one sealed JSON document per assessment,
bound to its row id so it cannot be moved to another row. The JSON is padded
to a multiple of 1024 bytes so the blob size does not tell how much was answered.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from desktop.storage.crypto import open_sealed, seal
from desktop.storage.errors import AssessmentNotFound, TamperedData
from desktop.storage.keys import check_key, database_file
from desktop.storage.probe import write_failed

Status = Literal["draft", "completed"]
PAD_BLOCK = 1024

_COLUMNS = "id, campaign_id, questionnaire_id, questionnaire_version, status, created_at, updated_at, completed_at"


def utc_now() -> str:
    """Now, in UTC, to the second: ``2025-03-01T09:30:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class AssessmentInfo:
    """What can be listed without the key."""

    id: str
    campaign_id: str
    questionnaire_id: str
    questionnaire_version: int
    status: Status
    created_at: str
    updated_at: str
    completed_at: str | None


@dataclass(frozen=True)
class DraftRecord(AssessmentInfo):
    """An assessment with its decrypted state (answers, current page, ...)."""

    state: dict[str, Any]


def state_aad(assessment_id: str) -> bytes:
    return b"candor:assessments:" + assessment_id.encode("utf-8") + b":state"


def item_aad(name: str) -> bytes:
    return b"candor:sealed_items:" + name.encode("utf-8") + b":value"


def encode_padded(document: Any) -> bytes:
    """JSON bytes followed by spaces up to the next multiple of PAD_BLOCK (JSON ignores them)."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return raw + b" " * (-len(raw) % PAD_BLOCK)


class Store:
    """Assessments sealed under ``key``. Checks the key against the database first.

    ``clock`` returns the timestamp text to record (tests pass a fixed one).
    """

    def __init__(self, db: Database, key: bytes, *, clock: Callable[[], str] = utc_now):
        check_key(db, key)
        self.db = db
        self._key = key
        self._clock = clock

    # --- assessments ----------------------------------------------------------------------------

    def new_assessment(self, campaign_id: str, questionnaire_id: str, questionnaire_version: int) -> str:
        """Start a draft with an empty state; return its id."""
        assessment_id = uuid.uuid4().hex
        now = self._clock()
        blob = self._seal_state(assessment_id, {})
        with self._writing():
            self.db.execute(
                "INSERT INTO assessments (id, campaign_id, questionnaire_id, questionnaire_version, status, "
                "created_at, updated_at, completed_at, state) VALUES (?, ?, ?, ?, 'draft', ?, ?, NULL, ?)",
                [assessment_id, campaign_id, questionnaire_id, int(questionnaire_version), now, now, blob],
            )
        return assessment_id

    def current_draft(self, campaign_id: str) -> DraftRecord | None:
        """The most recently changed draft of ``campaign_id``, or None."""
        row = self.db.execute(
            "SELECT id FROM assessments WHERE campaign_id = ? AND status = 'draft' "
            "ORDER BY updated_at DESC, rowid DESC LIMIT 1",
            [campaign_id],
        ).fetchone()
        return None if row is None else self.load(row[0])

    def load(self, assessment_id: str) -> DraftRecord:
        row = self.db.execute(f"SELECT {_COLUMNS}, state FROM assessments WHERE id = ?", [assessment_id]).fetchone()
        if row is None:
            raise self._not_found(assessment_id)
        info = AssessmentInfo(*row[:-1])
        state = self._open_state(assessment_id, row[-1])
        return DraftRecord(**vars(info), state=state)

    def save_state(self, assessment_id: str, state: dict[str, Any], questionnaire_version: int | None = None) -> None:
        """Seal ``state`` and write it (one transaction). Called on every answer.

        ``questionnaire_version`` records that a draft was carried over to a newer questionnaire.
        """
        blob = self._seal_state(assessment_id, state)
        with self._writing():
            if questionnaire_version is None:
                cursor = self.db.execute(
                    "UPDATE assessments SET state = ?, updated_at = ? WHERE id = ?",
                    [blob, self._clock(), assessment_id],
                )
            else:
                cursor = self.db.execute(
                    "UPDATE assessments SET state = ?, updated_at = ?, questionnaire_version = ? WHERE id = ?",
                    [blob, self._clock(), int(questionnaire_version), assessment_id],
                )
        if cursor.rowcount == 0:
            raise self._not_found(assessment_id)

    def mark_completed(self, assessment_id: str, state: dict[str, Any]) -> None:
        """Store the final state and mark the assessment completed (one transaction)."""
        blob = self._seal_state(assessment_id, state)
        now = self._clock()
        with self._writing():
            cursor = self.db.execute(
                "UPDATE assessments SET state = ?, status = 'completed', updated_at = ?, "
                "completed_at = COALESCE(completed_at, ?) WHERE id = ?",
                [blob, now, now, assessment_id],
            )
        if cursor.rowcount == 0:
            raise self._not_found(assessment_id)

    def list_assessments(self) -> list[AssessmentInfo]:
        """Every assessment, oldest first, metadata only (nothing is decrypted)."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM assessments ORDER BY created_at, rowid").fetchall()
        return [AssessmentInfo(*row) for row in rows]

    def delete_assessment(self, assessment_id: str) -> None:
        """Remove one assessment; removing one that does not exist is not an error."""
        with self._writing():
            self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])

    # --- other private values -------------------------------------------------------------------

    def put_private(self, name: str, value: Any) -> None:
        """Keep a JSON value sealed under ``name`` (e.g. a campaign's memoized randomized answers).

        The name itself is stored in clear: use ids and codes in it, never anything the person typed.
        """
        blob = seal(self._key, encode_padded(value), item_aad(name))
        with self._writing():
            self.db.execute(
                "INSERT INTO sealed_items (name, updated_at, value) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at, value = excluded.value",
                [name, self._clock(), blob],
            )

    def get_private(self, name: str) -> Any | None:
        """The value kept under ``name``, or None."""
        row = self.db.execute("SELECT value FROM sealed_items WHERE name = ?", [name]).fetchone()
        if row is None:
            return None
        return self._open_json(row[0], item_aad(name), f"the private item '{name}'")

    def delete_private(self, name: str) -> None:
        with self._writing():
            self.db.execute("DELETE FROM sealed_items WHERE name = ?", [name])

    def close(self) -> None:
        """Checkpoint the write-ahead log and close the database."""
        with contextlib.suppress(sqlite3.Error):  # closing checkpoints too, when it can
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    # --- internals ------------------------------------------------------------------------------

    def _seal_state(self, assessment_id: str, state: dict[str, Any]) -> bytes:
        if not isinstance(state, dict):
            raise TypeError(f"an assessment state is a dict, got {type(state).__name__}")
        return seal(self._key, encode_padded(state), state_aad(assessment_id))

    def _open_state(self, assessment_id: str, blob: bytes) -> dict[str, Any]:
        state = self._open_json(blob, state_aad(assessment_id), f"assessment {assessment_id}")
        if not isinstance(state, dict):
            raise self._tampered(f"assessment {assessment_id}")
        return state

    def _open_json(self, blob: bytes, aad: bytes, what: str) -> Any:
        try:
            return json.loads(open_sealed(self._key, blob, aad))
        except TamperedData:
            raise self._tampered(what) from None
        except ValueError:
            raise self._tampered(what) from None

    def _tampered(self, what: str) -> TamperedData:
        return TamperedData(
            f"The saved answers of {what} in {database_file(self.db)} cannot be decrypted: they were changed "
            "or copied from elsewhere. Delete that assessment (or all data) and start it again."
        )

    def _not_found(self, assessment_id: str) -> AssessmentNotFound:
        return AssessmentNotFound(
            f"There is no assessment {assessment_id} in {database_file(self.db)}; it may have been deleted."
        )

    def _writing(self) -> contextlib.AbstractContextManager[Database]:
        return _writing(self.db)


@contextlib.contextmanager
def _writing(db: Database) -> Iterator[Database]:
    """One transaction; SQLite and OS failures (disk full, read-only, locked) become ``WriteFailed``,
    a StoreError naming the data folder and what to do. The transaction is rolled back whole.
    """
    try:
        with db.atomic():
            yield db
    except (sqlite3.Error, OSError) as exc:
        raise write_failed(Path(database_file(db)).parent, exc) from exc
