"""Issue 16, "what to do": recommended actions fire only on figures that are shown and precise enough.

Each case changes one part of a quiet report (one where nothing calls for action) and states which
actions must follow; a withheld figure, a too-uncertain one, or one whose interval reaches below the
threshold triggers nothing.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop.collector import actions as act
from desktop.collector.report_csv import rows
from desktop.collector.report_figure import Cell
from desktop.collector.report_html import render_html
from desktop.collector.report_json import report_text
from desktop.collector.report_model import Note
from desktop.collector.report_sections import LicenseCandidate, SentimentItem, Workplace
from tests.collector.report_cases import distribution, est, exact, hand_report, hidden, multi


def candidate(name: str, demand, basis: str = "pays_personally") -> LicenseCandidate:
    return LicenseCandidate(name.lower(), name, "chat", "not_listed", "yes", "yes", basis, demand, None, 1.0)


def statement(item_id: str, agree) -> SentimentItem:
    return SentimentItem(item_id, f"Statement {item_id}", agree,
                         distribution(item_id, item_id, [Cell("agree", "Agree", agree)]))


def quiet(**changes):
    """The writers' hand-built report with nothing that calls for action, then ``changes``."""
    report = hand_report()
    report = dataclasses.replace(
        report, license_candidates=(),
        literacy=distribution("literacy", "AI skills", [Cell("confident", "Confident", exact(180)),
                                                        Cell("beginner", "Beginner", exact(20))]),
        policy_awareness=distribution("policy_awareness", "Policy", [Cell("know_and_understand", "Know", exact(190)),
                                                                     Cell("not_aware", "Not aware", exact(10))]),
        training=dataclasses.replace(report.training, wanted=multi("training_wanted", "Training wanted",
                                                                   [Cell("prompting", "Prompting", exact(20))])),
        workplace=Workplace(()))
    return dataclasses.replace(report, **changes)


def wanted(*cells):
    return dataclasses.replace(quiet().training, wanted=multi("training_wanted", "Training wanted", list(cells)))


def literacy(*cells):
    return distribution("literacy", "AI skills", list(cells))


CASES = [
    ("nothing", {}, []),
    ("licence: paid for by 30% (20-40%)", {"license_candidates": (candidate("ChatGPT", est(0.3, 0.2, 0.4)),)},
     [(act.LICENSE, "ChatGPT")]),
    ("licence: exact 10% (no interval)", {"license_candidates": (candidate("ChatGPT", exact(20)),)},
     [(act.LICENSE, "ChatGPT")]),
    ("licence: too uncertain", {"license_candidates": (candidate("ChatGPT", est(0.3, 0.02, 0.58, too_wide=True)),)},
     []),
    ("licence: interval reaches below 5%", {"license_candidates": (candidate("Claude", est(0.06, 0.01, 0.11)),)},
     []),
    ("licence: withheld", {"license_candidates": (candidate("Grok", hidden()),)}, []),
    ("licence: at most three", {"license_candidates": tuple(candidate(name, exact(40))
                                                            for name in ("A", "B", "C", "D"))},
     [(act.LICENSE, "A"), (act.LICENSE, "B"), (act.LICENSE, "C")]),
    ("training: low literacy and wanted", {"literacy": literacy(Cell("beginner", "Beginner", exact(80))),
                                           "training": wanted(Cell("prompting", "Prompting", exact(100)))},
     [(act.TRAIN, "Prompting")]),
    ("training: low literacy, not wanted", {"literacy": literacy(Cell("basic", "Basic", exact(120)))}, []),
    ("training: wanted, literacy high", {"training": wanted(Cell("prompting", "Prompting", exact(100)))}, []),
    ("training: only 'no training' wanted", {"literacy": literacy(Cell("beginner", "Beginner", exact(80))),
                                             "training": wanted(Cell("none", "None", exact(150)))}, []),
    ("training: literacy estimate too uncertain",
     {"literacy": literacy(Cell("beginner", "Beginner", est(0.5, 0.3, 0.7, too_wide=True))),
      "training": wanted(Cell("prompting", "Prompting", exact(100)))}, []),
    ("guidance: 35% (28-42%) not aware", {"policy_awareness": distribution(
        "policy_awareness", "Policy", [Cell("not_aware", "Not aware", est(0.35, 0.28, 0.42))])},
     [(act.GUIDANCE, None)]),
    ("guidance: 30% but interval from 20%", {"policy_awareness": distribution(
        "policy_awareness", "Policy", [Cell("not_aware", "Not aware", est(0.30, 0.20, 0.40))])}, []),
    ("guidance: withheld", {"policy_awareness": distribution(
        "policy_awareness", "Policy", [Cell("heard_of_it", "Heard of it", hidden())])}, []),
    ("access: 20% have no licence", {"workplace": Workplace((distribution(
        "workplace_access", "Access", [Cell("no_licence", "No licence", exact(40))]),))}, [(act.ACCESS, None)]),
    ("pressure to overstate: 30% (25-35%) agree",
     {"sentiment": (statement("pressure_to_overstate", est(0.30, 0.25, 0.35)),)}, [(act.OVERSTATE, None)]),
    ("pressure to overstate: 30% (15-45%)",
     {"sentiment": (statement("pressure_to_overstate", est(0.30, 0.15, 0.45)),)}, []),
    ("overstated use: 15% (11-19%)", {"workplace": Workplace((distribution(
        "workplace_overstated", "Overstated", [Cell("both", "Both", est(0.15, 0.11, 0.19))]),))},
     [(act.OVERSTATE, None)]),
    ("consider leaving: 20% agree", {"sentiment": (statement("consider_leaving", exact(40)),)},
     [(act.ROLLOUT, None)]),
    ("output rarely checked: 15%", {"workplace": Workplace((distribution(
        "workplace_output_check", "Check", [Cell("rarely", "Rarely", exact(30))]),))}, [(act.CHECK_OUTPUT, None)]),
    ("held back: nothing", {"notice": Note("withheld_fewer_than_k", "Every figure is withheld."),
                            "license_candidates": (candidate("ChatGPT", exact(40)),)}, []),
]


@pytest.mark.parametrize("changes, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_actions_fire_only_on_supported_figures(changes, expected):
    found = act.recommended_actions(quiet(**changes))
    assert [(action.code, action.subject) for action in found] == expected
    for action in found:
        assert action.evidence, "every action quotes the figure that triggered it"
        assert all(item.figure.shown and not item.figure.too_wide for item in action.evidence)


def test_a_unit_where_pressure_is_high_gets_its_own_action_and_a_held_back_unit_none():
    high = quiet(org_unit="eng", org_unit_label="Engineering",
                 sentiment=(statement("pressure_to_overstate", exact(60)),))
    held = quiet(org_unit="sales", org_unit_label="Sales", notice=Note("withheld_fewer_than_k", "withheld"),
                 sentiment=(statement("pressure_to_overstate", exact(60)),))
    low = quiet(org_unit="legal", org_unit_label="Legal", sentiment=(statement("pressure_to_overstate", exact(10)),))
    found = act.recommended_actions(quiet(), units=[high, held, low])
    assert [(a.code, a.subject) for a in found] == [(act.OVERSTATE_UNIT, "Engineering")]
    assert "Talk with Engineering" in found[0].text


def test_a_report_with_its_units_side_by_side_names_the_unit_to_talk_with():
    """The unit reports the comparison released are the ones the actions read: no other unit figure is used."""
    from desktop.collector.unit_compare import UnitComparison

    high = quiet(org_unit="eng", org_unit_label="Engineering",
                 sentiment=(statement("pressure_to_overstate", exact(60)),))
    low = quiet(org_unit="legal", org_unit_label="Legal", sentiment=(statement("pressure_to_overstate", exact(10)),))
    whole = quiet(units=UnitComparison(5, {}, (), (high, low)))
    found = act.recommended_actions(whole)
    assert [(a.code, a.subject) for a in found] == [(act.OVERSTATE_UNIT, "Engineering")]
    assert act.recommended_actions(quiet()) == ()  # no comparison, no unit action


def test_every_writer_shows_the_actions_with_their_figures():
    report = quiet(license_candidates=(candidate("ChatGPT", est(0.3, 0.2, 0.4)),),
                   policy_awareness=distribution("policy_awareness", "Policy",
                                                 [Cell("not_aware", "Not aware", est(0.35, 0.28, 0.42))]))
    page = render_html(report, organization="Acme")
    assert 'id="actions"' in page and "Recommended actions" in page
    assert "License ChatGPT centrally" in page and "30% (20–40%)" in page
    assert page.index('id="actions"') < page.index('id="prevalence"')  # right after the findings
    data = json.loads(report_text(report))
    assert [item["code"] for item in data["recommended_actions"]] == [act.LICENSE, act.GUIDANCE]
    assert data["recommended_actions"][0]["evidence"][0]["ci_low"] == 0.2
    csv = [row for row in rows(report) if row["table"] == "recommended_actions"]
    assert [row["row"] for row in csv] == [act.LICENSE, act.GUIDANCE]
    assert csv[0]["estimate"] == "0.3" and csv[0]["ci_low"] == "0.2" and csv[0]["n"] == "200"


def test_a_report_without_actions_says_so():
    page = render_html(quiet(), organization="Acme")
    assert "No figure calls for a recommended action" in page


def test_actions_from_a_real_campaign_rest_on_released_figures_only():
    from desktop.collector.aggregate import aggregate
    from tests.collector.built_summaries import built_summaries
    from tests.collector.suppression_cases import CATALOG, Q, make_policy

    for rr in (True, False):
        policy = make_policy(rr=rr)
        report = aggregate(built_summaries(Q, CATALOG, policy, 400, "actions"), Q, CATALOG, policy)
        for action in act.recommended_actions(report):
            for item in action.evidence:
                assert item.figure.shown and not item.figure.too_wide
                assert (item.figure.ci_low if item.figure.ci_low is not None else item.figure.estimate) > 0



def test_the_pdf_document_holds_the_actions_with_their_figures(qapp):
    from desktop.ui.collector.report_pdf import render_document

    report = quiet(license_candidates=(candidate("ChatGPT", est(0.3, 0.2, 0.4)),))
    text = render_document(report, organization="Acme").toPlainText()
    assert "Recommended actions" in text and "License ChatGPT centrally" in text and "30% (20–40%)" in text
