"""Schema patterns mean what ECMA-262 says, in the fast check and in jsonschema alike (issue 13)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core import ecma_regex
from desktop.core.ecma_regex import UnsupportedPattern, compile_pattern, translate
from desktop.core.fast_schema import Unsupported, compile_schema
from desktop.core.schema_check import load_schema, reference_validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = sorted((ROOT / "resources" / "schema").glob("*.schema.json"))
NODE = shutil.which("node")

#: Strings on which Python's re and ECMA-262 disagree for a naive translation.
TRICKY = [
    "", "a", "gemini", "gemini\n", "gemini\r", "\ngemini", "gemini\n\n", "ge\nmini", "chatgpt", "other:chat",
    "other:chat\n", "default", "default\n", "2026-q4", "1.2", "1.2\n", "0123456789abcdef0123456789abcdef",
    "0123456789abcdef0123456789abcdef\n", "١٢٣", "٣", "x\u00a0y", "x\ufeffy", "x\x1cy", "x\x85y", "x\u2028y",
    "\u2029", "https://example.com/a b", "https://example.com/a\u00a0b", "https://example.com/x\n",
    "it@example.com", "it@example.com\n", "EUR", "EUR\n", "de", "de_DE", "de_DE\n", "ß", "Ä", "_", "a-b",
    "a_b", "ABC", "é", "\U0001f600", "a.b", "a\u200ab",
]
#: Patterns beyond the shipped ones, for the parts of the translation the schemas do not use yet.
EXTRA_PATTERNS = [
    r"^\d+$", r"^\w+$", r"^\s+$", r"\S", r"^.$", r"^[^\s/]+$", r"\bgem", r"a\B", r"^[\d\-]+$", r"^[-a]$",
    r"^[a-]$", r"^(?:ab|cd)$", r"^(?!x).+", r"^a{2,}$", r"^\x41\u0042$", r"^[\w.]+$", r"^[^]$", r"^[]$",
    r"^\u{1F600}$", r"^[&~|]+$", r"^\cJ$", r"^\t\v\f$", r"\.", r"^\0$",
]


def schema_patterns() -> list[str]:
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "pattern" and isinstance(value, str):
                    found.append(value)
                elif key == "patternProperties" and isinstance(value, dict):
                    found.extend(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in SCHEMAS:
        walk(json.loads(path.read_text(encoding="utf-8")))
    return sorted(set(found))


def test_every_shipped_pattern_is_translated():
    patterns = schema_patterns()
    assert len(patterns) >= 10
    for pattern in patterns:
        compile_pattern(pattern)


def test_dollar_is_the_very_end():
    assert ecma_regex.search("^[a-z]+$", "gemini")
    assert not ecma_regex.search("^[a-z]+$", "gemini\n")
    assert not ecma_regex.search(r"^\d$", "٣")  # Arabic-Indic three: a digit to Python, not to ECMA-262


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?<name>a)", r"\p{L}", r"(?i)a", r"a{,3}", r"\A", r"\Z", "a]",
                                     "[a", "\\", r"[\S]", r"(?P<x>a)", r"\k<x>", r"\q", r"[\d-z]"])
def test_what_is_not_translated_is_refused_not_guessed(pattern):
    with pytest.raises(UnsupportedPattern):
        compile_pattern(pattern)
    with pytest.raises(Unsupported):
        compile_schema({"type": "string", "pattern": pattern})


def test_jsonschema_accepts_nothing_for_a_pattern_it_cannot_read():
    assert not reference_validator({"type": "string", "pattern": r"(a)\1"}).is_valid("aa")


TOOL_KEYS = ["gemini", "gemini\n", "chatgpt\n", "Gemini", "other:chat", "other:chat\n", "other:nothing", "x" * 64,
             "x" * 65, "-gemini", "gemi ni", "gemini\r", "\ngemini", "gemini\u2028"]


@pytest.mark.parametrize("key", TOOL_KEYS)
def test_a_tool_id_key_means_the_same_to_both_validators(key):
    """propertyNames over the tool id pattern: 'gemini\\n' used to pass both validators."""
    schema = load_schema("summary")
    tools = {"type": "object", "propertyNames": {"$ref": "#/$defs/tool_id"}, "$defs": schema["$defs"]}
    expected = ecma_regex.search(schema["$defs"]["tool_id"]["pattern"], key)
    assert compile_schema(tools)({key: True}) is expected
    assert reference_validator(tools).is_valid({key: True}) is expected
    assert expected is (key in ("gemini", "other:chat", "x" * 64))


def test_pattern_properties_and_additional_properties_follow_ecma_in_jsonschema():
    schema = {"type": "object", "patternProperties": {"^[a-z]{2}$": {"type": "string"}},
              "additionalProperties": False}
    for value, valid in (({"de": "x"}, True), ({"de\n": "x"}, False), ({"de": 1}, False)):
        assert reference_validator(schema).is_valid(value) is valid
        assert compile_schema(schema)(value) is valid


@pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs)")
def test_the_translation_agrees_with_node_regexp():
    """Every shipped pattern and some more, on strings where Python and ECMA-262 part ways: node decides."""
    patterns = schema_patterns() + EXTRA_PATTERNS
    script = ("const [patterns, texts] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "console.log(JSON.stringify(patterns.map(p => texts.map(t => new RegExp(p, 'u').test(t)))));")
    done = subprocess.run([NODE, "-e", script], input=json.dumps([patterns, TRICKY]), capture_output=True,
                          text=True, timeout=60, check=True)
    verdicts = json.loads(done.stdout)
    disagreements = [(pattern, text) for pattern, row in zip(patterns, verdicts, strict=True)
                     for text, node_says in zip(TRICKY, row, strict=True)
                     if ecma_regex.search(pattern, text) is not node_says]
    assert disagreements == []


def test_translations_read_as_intended():
    assert translate("^[a-z]+$") == "^[a-z]+\\Z"
    assert translate(r"^\d$") == "^[0-9]\\Z"


AJV_VERSION = "8.20.0"


def ajv_folder() -> Path | None:
    """Ajv as `./dev setup` installs it from npm, in a cache folder outside the repository; None when it is not
    there. The test never installs it itself: tests do not touch the network."""
    import os

    folder = Path(os.environ.get("CANDOR_AJV_DIR") or Path.home() / ".cache" / "candor-tests" / f"ajv-{AJV_VERSION}")
    return folder if (folder / "node_modules" / "ajv" / "package.json").is_file() else None


@pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs npm)")
def test_the_published_summary_schema_compiles_in_ajv_strict_mode(tmp_path):
    folder = ajv_folder()
    if folder is None:
        pytest.skip("Ajv is not installed (./dev setup installs it where npm is available)")
    script = """
const Ajv2020 = require(process.argv[1] + "/node_modules/ajv/dist/2020");
const warnings = [];
const logger = {log() {}, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" "))};
const ajv = new Ajv2020({strict: true, strictRequired: true, allErrors: true, logger});
const validate = ajv.compile(JSON.parse(require("fs").readFileSync(0, "utf8")));
const ok = process.argv.slice(2).map(text => validate(JSON.parse(text)));
console.log(JSON.stringify({warnings, ok}));
"""
    import pyrage
    from pyrage import x25519

    from desktop.commands.demo import write_demo_summaries
    from desktop.core.policy import Policy

    key = x25519.Identity.generate()
    write_demo_summaries(1, tmp_path / "demo", recipient=str(key.to_public()), policy=Policy.defaults(), seed=1)
    summary = json.loads(pyrage.decrypt(next((tmp_path / "demo").glob("*.age")).read_bytes(), [key]))
    bad = {**summary, "randomized": {**summary["randomized"], "unapproved_use": {"gemini\n": True}}}
    done = subprocess.run([NODE, "-e", script, str(folder), json.dumps(summary), json.dumps(bad)],
                          input=(ROOT / "resources" / "schema" / "summary.schema.json").read_text(encoding="utf-8"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {"warnings": [], "ok": [True, False]}
