from __future__ import annotations

import re

import pytest

from desktop.storage.database import open_database
from desktop.storage.errors import AssessmentNotFound, StoreError, TamperedData
from desktop.storage.store import PAD_BLOCK, AssessmentInfo, DraftRecord, Store, utc_now

STATE = {
    "answers": {"tools": ["chatgpt", "other:coding"], "spend_band": "10_50", "note": "Ünïcode ✓"},
    "page": "per_tool.chatgpt",
    "tool_loop": ["chatgpt"],
}


def raw_state(store: Store, assessment_id: str) -> bytes:
    return store.db.execute("SELECT state FROM assessments WHERE id = ?", [assessment_id]).fetchone()[0]


def test_new_assessment_starts_as_an_empty_draft(store, clock):
    assessment_id = store.new_assessment("c-2025", "candor-core", 3)
    record = store.load(assessment_id)
    assert record == DraftRecord(
        id=assessment_id,
        campaign_id="c-2025",
        questionnaire_id="candor-core",
        questionnaire_version=3,
        status="draft",
        created_at="2025-03-01T09:00:01Z",
        updated_at="2025-03-01T09:00:01Z",
        completed_at=None,
        state={},
    )
    assert re.fullmatch(r"[0-9a-f]{32}", assessment_id)


def test_saved_state_round_trips(store):
    assessment_id = store.new_assessment("c-2025", "candor-core", 3)
    store.save_state(assessment_id, STATE)
    record = store.load(assessment_id)
    assert record.state == STATE
    assert record.updated_at == "2025-03-01T09:00:02Z"
    assert record.created_at == "2025-03-01T09:00:01Z"


def test_draft_survives_reopening_the_database(opened, store):
    assessment_id = store.new_assessment("c-2025", "candor-core", 3)
    store.save_state(assessment_id, STATE)
    key = opened.keys.unlock_with_keyring()
    store.close()

    db = open_database(opened.db_path)
    try:
        reopened = Store(db, key)
        draft = reopened.current_draft("c-2025")
        assert draft is not None
        assert (draft.id, draft.state) == (assessment_id, STATE)
    finally:
        db.close()


def test_current_draft_is_the_latest_draft_of_the_campaign(store):
    older = store.new_assessment("c-2025", "candor-core", 3)
    newer = store.new_assessment("c-2025", "candor-core", 3)
    other_campaign = store.new_assessment("c-2026", "candor-core", 3)
    assert store.current_draft("c-2025").id == newer

    store.save_state(older, {"page": "intro"})
    assert store.current_draft("c-2025").id == older

    store.mark_completed(older, {"page": "results"})
    assert store.current_draft("c-2025").id == newer
    assert store.current_draft("c-2026").id == other_campaign
    assert store.current_draft("c-2099") is None


def test_drafts_saved_within_the_same_second_prefer_the_newest_row(opened):
    key = opened.keys.create_with_keyring()
    store = Store(opened.db, key, clock=lambda: "2025-03-01T09:00:00Z")
    store.new_assessment("c", "q", 1)
    second = store.new_assessment("c", "q", 1)
    assert store.current_draft("c").id == second


def test_mark_completed(store):
    assessment_id = store.new_assessment("c-2025", "candor-core", 3)
    store.mark_completed(assessment_id, STATE)
    record = store.load(assessment_id)
    assert record.status == "completed"
    assert record.completed_at == "2025-03-01T09:00:02Z"
    assert record.state == STATE

    # Later changes (ticked actions) keep the completion time.
    store.save_state(assessment_id, {**STATE, "actions_done": ["enable_no_training"]})
    store.mark_completed(assessment_id, {**STATE, "actions_done": ["enable_no_training"]})
    record = store.load(assessment_id)
    assert record.completed_at == "2025-03-01T09:00:02Z"
    assert record.updated_at == "2025-03-01T09:00:04Z"
    assert record.state["actions_done"] == ["enable_no_training"]


def test_list_assessments_is_metadata_only(store):
    first = store.new_assessment("c-2025", "candor-core", 3)
    second = store.new_assessment("c-2026", "candor-core", 4)
    store.save_state(first, STATE)
    # Listing must not need to decrypt: even a damaged blob does not stop it.
    store.db.execute("UPDATE assessments SET state = X'00' WHERE id = ?", [second])

    listed = store.list_assessments()
    assert [a.id for a in listed] == [first, second]
    assert all(type(a) is AssessmentInfo for a in listed)
    assert listed[1].questionnaire_version == 4
    assert not hasattr(listed[0], "state")


def test_delete_assessment(store):
    keep = store.new_assessment("c", "q", 1)
    gone = store.new_assessment("c", "q", 1)
    store.delete_assessment(gone)
    store.delete_assessment(gone)  # again: nothing to do, no error
    assert [a.id for a in store.list_assessments()] == [keep]
    with pytest.raises(AssessmentNotFound, match=gone):
        store.load(gone)


def test_unknown_ids_are_reported(store):
    with pytest.raises(AssessmentNotFound, match="no assessment nope"):
        store.load("nope")
    with pytest.raises(AssessmentNotFound):
        store.save_state("nope", {})
    with pytest.raises(AssessmentNotFound):
        store.mark_completed("nope", {})


def test_state_must_be_a_dict(store):
    assessment_id = store.new_assessment("c", "q", 1)
    with pytest.raises(TypeError):
        store.save_state(assessment_id, ["not", "a", "dict"])


def test_changed_ciphertext_is_tampered_data(store):
    assessment_id = store.new_assessment("c", "q", 1)
    store.save_state(assessment_id, STATE)
    blob = bytearray(raw_state(store, assessment_id))
    blob[40] ^= 0x80
    store.db.execute("UPDATE assessments SET state = ? WHERE id = ?", [bytes(blob), assessment_id])

    with pytest.raises(TamperedData) as info:
        store.load(assessment_id)
    assert assessment_id in str(info.value)
    assert "cannot be decrypted" in str(info.value)


def test_blobs_swapped_between_rows_are_tampered_data(store):
    mine = store.new_assessment("c", "q", 1)
    other = store.new_assessment("c", "q", 1)
    store.save_state(mine, {"answers": {"a": "mine"}})
    store.save_state(other, {"answers": {"a": "other"}})
    store.db.execute("UPDATE assessments SET state = ? WHERE id = ?", [raw_state(store, mine), other])

    assert store.load(mine).state == {"answers": {"a": "mine"}}
    with pytest.raises(TamperedData):
        store.load(other)


def test_rows_sealed_under_another_key_are_tampered_data(opened, tmp_path, open_with, keyring_store):
    key = opened.keys.create_with_keyring()
    store = Store(opened.db, key)
    assessment_id = store.new_assessment("c", "q", 1)

    foreign = open_with(tmp_path / "elsewhere", keyring_store)
    foreign_store = Store(foreign.db, foreign.keys.create_with_keyring())
    foreign_id = foreign_store.new_assessment("c", "q", 1)
    foreign_store.save_state(foreign_id, STATE)
    # Even with the row id matching, a blob made under another key does not open.
    store.db.execute(
        "UPDATE assessments SET id = ?, state = ? WHERE id = ?",
        [foreign_id, raw_state(foreign_store, foreign_id), assessment_id],
    )

    with pytest.raises(TamperedData):
        store.load(foreign_id)


def test_blob_size_does_not_reveal_how_much_was_answered(store):
    assessment_id = store.new_assessment("c", "q", 1)
    sizes = []
    for answers in ({}, {"q1": "yes"}, {f"q{i}": "an answer" for i in range(40)}):
        store.save_state(assessment_id, {"answers": answers})
        sizes.append(len(raw_state(store, assessment_id)))
    overhead = 1 + 12 + 16
    assert sizes[0] == sizes[1] == sizes[2] == PAD_BLOCK + overhead

    store.save_state(assessment_id, {"answers": {f"q{i}": "x" * 30 for i in range(40)}})
    assert (len(raw_state(store, assessment_id)) - overhead) % PAD_BLOCK == 0
    assert len(raw_state(store, assessment_id)) > PAD_BLOCK + overhead


def test_private_items_round_trip_and_are_bound_to_their_name(store):
    store.put_private("rr-memo:c-2025", {"uses:chatgpt": [True, 0.75]})
    store.put_private("export:c-2025", {"summary": "..."})
    assert store.get_private("rr-memo:c-2025") == {"uses:chatgpt": [True, 0.75]}
    assert store.get_private("nothing-here") is None

    store.put_private("rr-memo:c-2025", {"uses:chatgpt": [False, 0.75]})
    assert store.get_private("rr-memo:c-2025") == {"uses:chatgpt": [False, 0.75]}

    blob = store.db.execute("SELECT value FROM sealed_items WHERE name = 'rr-memo:c-2025'").fetchone()[0]
    store.db.execute("UPDATE sealed_items SET value = ? WHERE name = 'export:c-2025'", [blob])
    with pytest.raises(TamperedData, match="export:c-2025"):
        store.get_private("export:c-2025")

    store.delete_private("export:c-2025")
    assert store.get_private("export:c-2025") is None


def test_a_write_that_fails_is_a_clear_store_error(store):
    assessment_id = store.new_assessment("c", "q", 1)
    store.save_state(assessment_id, STATE)
    store.db.execute("PRAGMA query_only = ON")  # stands in for a full or read-only disk

    with pytest.raises(StoreError, match="could not save to") as info:
        store.save_state(assessment_id, {"answers": {}})
    assert "your earlier answers are safe" in str(info.value)
    store.db.execute("PRAGMA query_only = OFF")
    assert store.load(assessment_id).state == STATE


def test_timestamps_are_utc_to_the_second():
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", utc_now())
