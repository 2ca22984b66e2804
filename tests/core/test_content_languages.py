"""Every text in the content files is in English, German, French and Spanish, with the same placeholders."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml

from desktop.core.resources import resource

LANGUAGES = ("en", "de", "fr", "es")
CONTENT_FILES = ("questionnaire/assessment.yaml", "catalog/tools.yaml", "risk/texts.yaml")
PLACEHOLDER = re.compile(r"(?<!\{)\{[a-z_]+\}(?!\})")


def text_tables(node, path: str = ""):
    """(path, table) for every mapping with an ``en`` text, wherever it sits."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            yield path, node
        for key, value in node.items():
            yield from text_tables(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from text_tables(value, f"{path}[{index}]")


def problems_in(tables) -> list[str]:
    problems = []
    for path, table in tables:
        english = table["en"]
        for lang in LANGUAGES[1:]:
            text = table.get(lang)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{path}: no {lang} text")
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(english)):
                problems.append(f"{path}.{lang}: placeholders {PLACEHOLDER.findall(text)} differ from English "
                                f"{PLACEHOLDER.findall(english)}")
            if text.count(" — ") != english.count(" — "):
                problems.append(f"{path}.{lang}: the label/example separator ' — ' differs from English")
    return problems


@pytest.mark.parametrize("relative", CONTENT_FILES)
def test_every_content_text_has_all_four_languages(relative):
    data = yaml.safe_load(resource(*relative.split("/")).read_text(encoding="utf-8"))
    tables = list(text_tables(data))
    assert len(tables) > 50
    problems = problems_in(tables)
    assert not problems, f"{relative}:\n" + "\n".join(problems[:40])


def test_the_example_policy_shows_translated_labels():
    data = tomllib.loads(resource("policy", "example.toml").read_text(encoding="utf-8"))
    tables = list(text_tables(data))
    assert tables
    assert not problems_in(tables)


def test_the_check_finds_a_missing_language_and_a_lost_placeholder():
    tables = [("a", {"en": "Use {tool}", "de": "Nutzen Sie es", "fr": "Utilisez {tool}"})]
    assert problems_in(tables) == ["a.de: placeholders [] differ from English ['{tool}']", "a: no es text"]


def test_text_tables_hold_only_the_shipped_languages():
    data = yaml.safe_load(resource("questionnaire", "assessment.yaml").read_text(encoding="utf-8"))
    for _path, table in text_tables(data):
        assert set(table) <= set(LANGUAGES), f"unexpected keys in a text table: {sorted(set(table))}"
