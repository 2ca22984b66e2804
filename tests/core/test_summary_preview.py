"""The plain-words preview: stable keys for the UI to translate, English by default, phrases handed in."""

from __future__ import annotations

from desktop.core.catalog import load_catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.summary_preview import ROW_LABELS, SECTION_TITLES, Phrases, Words, describe

Q = load_questionnaire()
CATALOG = load_catalog()
POLICY = Policy.defaults()

PLAIN = {
    "campaign": "2026-q4", "submission_id": "ab12", "app": "1.2", "questionnaire": {"version": 3},
    "tools": [{"tool": "chatgpt", "account_kind": "personal_free", "data_classes": ["source_code"]},
              {"tool": "other:chat"}],
    "spend": {"pays_out_of_pocket": True}, "reasons": [],
}


def rows(sections, key):
    return {row.label: row.value for row in next(s for s in sections if s.key == key).rows}


def test_sections_and_fixed_rows_carry_stable_keys_with_english_defaults():
    sections = describe(PLAIN, Words(Q, CATALOG, POLICY))
    assert [s.key for s in sections] == ["about", "tools", "training"]
    assert [s.title for s in sections] == [SECTION_TITLES[s.key] for s in sections]
    about = next(s for s in sections if s.key == "about")
    assert [row.key for row in about.rows] == ["campaign", "submission_id", "versions"]
    assert all(row.label == ROW_LABELS[row.key] for s in sections for row in s.rows if row.key in ROW_LABELS)
    assert rows(sections, "about")["Candor and questionnaire version"] == "1.2, questionnaire 3"
    tools = rows(sections, "tools")
    assert tools["Pays for AI tools personally"] == "yes"
    assert tools["A tool you added yourself (Chat assistants)"] == "—"
    assert tools["ChatGPT"] == "With my own free account; data: Source code"


def test_the_words_it_composes_come_from_the_phrases_handed_in():
    phrases = Phrases(yes="ja", no="nein", none="keine", own_tool="Selbst hinzugefügtes Tool (%1)",
                      data="Daten: %1", spend="Ausgaben: %1", submission_id="%1 (bleibt gleich)",
                      versions="%1, Fragebogen %2")
    sections = describe(PLAIN, Words(Q, CATALOG, POLICY, phrases=phrases))
    about = rows(sections, "about")
    assert about["Submission number"] == "ab12 (bleibt gleich)"
    assert about["Candor and questionnaire version"] == "1.2, Fragebogen 3"
    tools = rows(sections, "tools")
    assert tools["Pays for AI tools personally"] == "ja"
    assert "Selbst hinzugefügtes Tool (Chat assistants)" in tools
    assert tools["ChatGPT"] == "With my own free account; Daten: Source code"
