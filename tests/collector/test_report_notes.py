"""The report's notes are written once (collector/report_notes.py): the report files' English and the
dashboard's translations come from the same texts."""

from __future__ import annotations

import re

import pytest

from desktop.collector.aggregate import aggregate
from desktop.collector.report_notes import NOTES, fill, note_text
from desktop.core.catalog import load_catalog
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.demo.population import population_summaries
from tests.collector.aggregate_cases import make_policy

Q, CATALOG = load_questionnaire(), load_catalog()


@pytest.mark.parametrize("rr", [True, False])
def test_every_note_a_report_writes_is_one_of_the_shared_texts(rr):
    policy = make_policy(rr)
    summaries = population_summaries(Q, CATALOG, policy, 60, "notes")
    others = population_summaries(Q, CATALOG, make_policy(not rr), 3, "others")  # left out: another mechanism
    reports = [aggregate(summaries + others, Q, CATALOG, policy),
               aggregate(summaries, Q, CATALOG, policy, org_unit=policy.org_units[0].code),
               aggregate(summaries[:3], Q, CATALOG, policy)]
    notes = [note for report in reports for note in report.method.notes]
    assert {"suppression", "spend_estimate", "license_priority", "org_unit", "left_out"} <= {n.code for n in notes}
    for note in notes:
        assert note.code in NOTES
        template = NOTES[note.code][0]
        if not re.search(r"%\d", template):  # no figures to fill in: the text itself
            assert note.text == template
    k = str(policy.privacy.min_group_size)
    assert reports[2].notice is not None
    assert reports[2].notice.text == note_text("withheld_fewer_than_k_campaign", k)
    suppression = next(note for note in reports[0].method.notes if note.code == "suppression")
    assert suppression.text == fill(NOTES["suppression"][0], k, str(int(k) - 1))
    assert "%1" not in suppression.text and f"fewer than {k} respondents" in suppression.text
