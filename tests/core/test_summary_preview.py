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
    "privacy": {"randomized_response": False, "epsilon_per_item": None, "randomized_items": 0, "epsilon_total": None},
}


def rows(sections, key):
    return {row.label: row.value for row in next(s for s in sections if s.key == key).rows}


def test_sections_and_fixed_rows_carry_stable_keys_with_english_defaults():
    sections = describe(PLAIN, Words(Q, CATALOG, POLICY))
    assert [s.key for s in sections] == ["about", "tools", "training"]
    assert [s.title for s in sections] == [SECTION_TITLES[s.key] for s in sections]
    about = next(s for s in sections if s.key == "about")
    assert [row.key for row in about.rows] == ["campaign", "submission_id", "versions", "privacy"]
    assert rows(sections, "about")["How your answers are protected"].startswith("Randomized response is off")
    assert not any(row.randomized for s in sections for row in s.rows)
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


def randomized_summary(**privacy):
    from desktop.core.answers import Answers
    from desktop.core.navigation import Navigator
    from desktop.core.randomized_response import Memo
    from desktop.core.summary import BuildContext, Choices, build_summary

    policy = Policy.from_data({"campaign": {"id": "2026-q4"}, "privacy": privacy})
    answers = Answers({"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_paid", "literacy": "basic"})
    ctx = BuildContext(Q, CATALOG, policy, "1.2.0", "ab" * 16, Memo())
    return build_summary(Navigator(Q).effective_answers(answers), answers.other_tools, ctx, Choices())


def test_every_randomized_field_is_marked_and_says_what_may_differ():
    summary = randomized_summary()
    sections = describe(summary, Words(Q, CATALOG, POLICY))
    assert [s.key for s in sections] == ["about", "randomized", "training", "sentiment_randomized",
                                        "workplace"]
    randomized_rows = [row for s in sections if s.key != "about" for row in s.rows]
    assert randomized_rows and all(row.randomized and row.note.startswith("Randomized:") for row in randomized_rows)
    notes = {row.note for row in randomized_rows}
    assert "Randomized: each yes/no here was sent as you answered with a chance of 75% and flipped otherwise, " \
           "so it may differ from your answer." in notes
    assert any("with a chance of 50%, otherwise as one of the 3 other answers" in note for note in notes)  # k = 4
    guarantee = rows(sections, "about")["How your answers are protected"]
    assert "at most 3 times as often as any other answer (epsilon 1.099 per answer)" in guarantee
    assert f"carries {summary['privacy']['randomized_items']} randomized answers" in guarantee
    assert "answers that go together say more than one alone" in guarantee
    headline = rows(sections, "randomized")
    assert headline["Used any AI tool that is not approved"] in ("yes", "no")


def test_the_preview_shows_each_tools_reasons_and_what_ai_is_used_for_in_words():
    summary = dict(PLAIN, tools=[{"tool": "chatgpt", "account_kind": "personal_paid",
                                  "reasons": ["no_licence", "more_convenient"]}],
                   reasons=["more_convenient", "no_licence"], tasks=["coding"])
    tools = rows(describe(summary, Words(Q, CATALOG, POLICY, lang="de")), "tools")
    assert tools["ChatGPT"] == ("Mit meinem eigenen kostenpflichtigen Konto; why: Es gibt ein freigegebenes Tool, "
                                "aber ich habe keine Lizenz, Es ist einfach bequemer")
    assert tools[ROW_LABELS["reasons"]] == ("Es ist einfach bequemer, "
                                           "Es gibt ein freigegebenes Tool, aber ich habe keine Lizenz")
    assert tools["Wofür nutzen Sie KI-Tools bei der Arbeit?"] == "Code schreiben oder prüfen"
