"""The risk texts: the shipped file, and the messages for a broken one."""

from __future__ import annotations

import copy
import textwrap

import pytest
import yaml

from desktop.core.errors import ContentError
from desktop.core.resources import resource
from desktop.core.risk import TEXTS_FILE, default_texts, level_label, required_text_ids
from desktop.core.risk_results import Level
from desktop.core.risk_texts import GROUPED, PLACEHOLDERS, RiskTexts, load_risk_texts, parse_risk_texts

REQUIRED = required_text_ids()


def complete_data() -> dict:
    """A minimal valid texts file: every required id with a short English text."""
    data: dict = {"version": 1}
    for text_id in sorted(REQUIRED):
        parts = text_id.split(".")
        node = data
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = {"en": f"Text for {text_id}."}
    return data


def dump(data: dict) -> str:
    """YAML with one text table per line, so a text's line is its id's line."""
    return yaml.safe_dump(data, sort_keys=False, default_flow_style=None, width=1000)


def parse(data: dict) -> RiskTexts:
    return parse_risk_texts(dump(data), "texts.yaml", REQUIRED)


def problems(data: dict | str) -> list[str]:
    text = data if isinstance(data, str) else dump(data)
    with pytest.raises(ContentError) as caught:
        parse_risk_texts(text, "texts.yaml", REQUIRED)
    return [str(problem) for problem in caught.value.problems]


# --- the shipped file --------------------------------------------------------------------------------


def test_the_shipped_file_has_every_text_the_rules_use_and_no_other():
    texts = load_risk_texts(resource(*TEXTS_FILE), REQUIRED)
    assert texts.ids() == REQUIRED


def test_every_rule_code_has_a_text():
    ids = default_texts().ids()
    from desktop.core import risk_recommendations, risk_rules

    tables = {
        "status": risk_rules.STATUS_WEIGHTS,
        "account": risk_rules.ACCOUNT_WEIGHTS,
        "training": risk_rules.TRAINING_WEIGHTS,
        "data": risk_rules.DATA_WEIGHTS,
        "anonymized": risk_rules.ANONYMIZED_FACTORS,
    }
    for rule, table in tables.items():
        for code in table:
            assert f"reasons.{rule}.{code}" in ids
    for code, factor in {**risk_rules.ROUTE_FACTORS, **risk_rules.FREQUENCY_FACTORS}.items():
        rule = "route" if code in risk_rules.ROUTE_FACTORS else "frequency"
        assert (f"reasons.{rule}.{code}" in ids) == (factor != 1)
    for code in risk_rules.OVERRIDES:
        assert f"reasons.override.{code}" in ids
    for topic in risk_recommendations.LEARNING_TOPICS:
        assert f"learning.{topic}" in ids


def test_every_shipped_text_is_plain_and_uses_known_placeholders():
    texts = default_texts()
    for text_id in texts.ids():
        english = texts.table(text_id)["en"]
        assert english.strip() == english and english, text_id
        assert "  " not in english, text_id
        if not text_id.startswith("levels."):
            assert english[-1] in ".)}", f"{text_id} should end with a full stop"


def test_level_labels():
    assert [level_label(level) for level in Level] == ["Low", "Medium", "High", "Critical"]


def test_the_texts_are_read_once():
    assert default_texts() is default_texts()


# --- filling in -------------------------------------------------------------------------------------


def test_get_picks_the_language_and_falls_back_to_english():
    data = complete_data()
    data["levels"]["high"] = {"en": "High", "de": "Hoch"}
    texts = parse(data)
    assert texts.get("levels.high", "de") == "Hoch"
    assert texts.get("levels.high", "de_AT") == "Hoch"
    assert texts.get("levels.high", "fr") == "High"


def test_get_fills_placeholders_and_leaves_unfilled_ones_visible():
    data = complete_data()
    data["recommendations"]["switch"]["alternative"] = {"en": "Use {alternative} instead of {tool}."}
    texts = parse(data)
    assert texts.get("recommendations.switch.alternative", tool="Zeta", alternative="Acme") == (
        "Use Acme instead of Zeta."
    )
    assert texts.get("recommendations.switch.alternative", tool="Zeta") == "Use {alternative} instead of Zeta."


def test_a_braced_value_is_not_interpreted():
    texts = parse(complete_data())
    data = complete_data()
    data["reasons"]["status"]["approved"] = {"en": "{tool} is approved."}
    texts = parse(data)
    assert texts.get("reasons.status.approved", tool="{contact}") == "{contact} is approved."


def test_asking_for_a_text_that_does_not_exist_names_it():
    texts = parse(complete_data())
    with pytest.raises(KeyError, match="reasons.status.banned"):
        texts.get("reasons.status.banned")


# --- broken files -----------------------------------------------------------------------------------


def test_a_missing_text_is_named_with_its_id_and_what_to_do():
    data = complete_data()
    del data["reasons"]["data"]["health"]
    (message,) = problems(data)
    # The line is that of the group the text belongs in.
    assert message == (
        f"texts.yaml, line {line_of(data, 'reasons', 'data') + 1}, reasons.data: the text 'reasons.data.health'"
        " is missing; add it with at least an English (en) version"
    )


def line_of(data: dict, *path: str) -> int:
    """1-based line of a key in the YAML that safe_dump writes for ``data``."""
    text = dump(data)
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("  " * depth + f"{path[depth]}:"):
            depth += 1
            if depth == len(path):
                return number
    raise AssertionError(path)


def test_a_misspelt_text_id_gets_a_suggestion():
    data = complete_data()
    data["reasons"]["data"]["helth"] = data["reasons"]["data"].pop("health")
    found = problems(data)
    assert any("reasons.data.helth: no rule uses the text 'reasons.data.helth' (did you mean 'reasons.data.health'?)"
               in message for message in found)
    assert any("'reasons.data.health' is missing" in message for message in found)


def test_an_unused_text_is_reported():
    data = complete_data()
    data["learning"]["knitting"] = {"en": "Knit."}
    assert problems(data) == [
        f"texts.yaml, line {line_of(data, 'learning', 'knitting')}, learning.knitting: no rule uses the text"
        " 'learning.knitting'; remove it or check its spelling"
    ]


def test_an_unknown_placeholder_is_reported():
    data = complete_data()
    data["reasons"]["status"]["approved"] = {"en": "{tol} is approved."}
    (message,) = problems(data)
    assert "reasons.status.approved.en: uses unknown placeholder(s) tol; use only" in message
    assert "{tool}" in message


def test_a_translation_must_use_the_same_placeholders():
    data = complete_data()
    data["reasons"]["status"]["approved"] = {"en": "{tool} is approved.", "de": "Ist erlaubt."}
    (message,) = problems(data)
    assert "reasons.status.approved.de: must use the same placeholders as the English text ({tool})" in message


def test_a_stray_brace_is_reported():
    data = complete_data()
    data["spend"]["none"] = {"en": "You pay {nothing."}
    (message,) = problems(data)
    assert "spend.none.en: has a stray brace" in message


def test_the_schema_requires_english():
    data = complete_data()
    data["levels"]["low"] = {"de": "Niedrig"}
    found = problems(data)
    assert any("levels.low: required field 'en' is missing" in message for message in found)


def test_an_unquoted_yes_key_is_explained():
    text = textwrap.dedent(
        """\
        version: 1
        levels: {low: {en: Low}}
        reasons:
          training:
            yes: {en: Trains.}
        recommendations: {x: {y: {en: Y.}}}
        learning: {a: {en: A.}}
        spend: {b: {en: B.}}
        """
    )
    found = problems(text)
    assert any("quote" in message.lower() for message in found), found


def test_an_unknown_top_level_table_is_refused():
    data = complete_data()
    data["greetings"] = {"hello": {"en": "Hi."}}
    found = problems(data)
    assert any("unknown field 'greetings'" in message for message in found)


def test_a_file_that_cannot_be_read_names_itself(tmp_path):
    with pytest.raises(ContentError, match="texts.yaml: file not found"):
        load_risk_texts(tmp_path / "texts.yaml", REQUIRED)


def test_grouped_tables_are_the_deep_ones():
    data = complete_data()
    assert set(GROUPED) == {key for key, value in data.items() if isinstance(value, dict)
                            and all("en" not in item for item in value.values())}


def test_placeholders_are_the_ones_the_code_fills():
    assert {"tool", "alternative", "setting", "contact", "count", "level", "amount", "currency"} == PLACEHOLDERS


def test_the_texts_object_is_read_only():
    texts = parse(complete_data())
    table = texts.table("levels.low")
    with pytest.raises(TypeError):
        table["en"] = "changed"  # type: ignore[index]
    assert copy.deepcopy(dict(table)) == {"en": "Text for levels.low."}
