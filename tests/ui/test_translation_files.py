"""The .ts files: complete for German, French and Spanish, in step with the code, placeholders intact."""

from __future__ import annotations

import re
import runpy
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TOOL = runpy.run_path(str(ROOT / "tools" / "translations.py"))
LANGUAGES = TOOL["LANGUAGES"]
PLACEHOLDERS = re.compile(r"%L?\d|%n|\{[a-z_]+\}")


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated forms, for every message still in use."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in {"vanished", "obsolete"}:
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            if translation.get("type") == "unfinished":
                forms = []
            found[(name, message.findtext("source"))] = forms
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """What lupdate finds in the code right now."""
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    subprocess.run([TOOL["qt_tool"]("lupdate"), "-silent", *TOOL["source_files"](), "-ts", str(ts)],
                   cwd=ROOT, check=True)
    return set(messages_any(ts))


def messages_any(ts: Path) -> list[tuple[str, str]]:
    return [(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_is_translated(lang, extracted):
    found = messages(TOOL["ts_path"](lang))
    missing = sorted(key for key in extracted if not found.get(key))
    assert not missing, (f"{len(missing)} strings in candor_{lang}.ts are new or unfinished; run ./dev i18n and "
                         f"translate them: {missing[:10]}")
    assert 'type="unfinished"' not in TOOL["ts_path"](lang).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang):
    problems = []
    for (context, source), forms in messages(TOOL["ts_path"](lang)).items():
        for form in forms:
            if sorted(set(PLACEHOLDERS.findall(form))) != sorted(set(PLACEHOLDERS.findall(source))):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append(f"{context}: {source!r} -> {form!r}: keyboard accelerator lost or added")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_translation_loads(lang, tmp_path):
    qm = tmp_path / f"candor_{lang}.qm"
    subprocess.run([TOOL["qt_tool"]("lrelease"), "-silent", str(TOOL["ts_path"](lang)), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SettingsPage", "Settings") not in {"", "Settings"}
