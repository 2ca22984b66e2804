"""Content is checked by the compiled schema check first; jsonschema explains only what it rejects."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest
import yaml
from jsonschema import Draft202012Validator

from desktop.core import schema_check
from desktop.core.fast_schema import compile_schema
from desktop.core.resources import resource

SCHEMAS = ("questionnaire", "catalog", "policy", "risk_texts", "summary")
CONTENT = {"questionnaire": ("questionnaire", "assessment.yaml"), "risk_texts": ("risk", "texts.yaml")}


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_schema_is_valid_and_compiles(name):
    schema = schema_check.load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema_check.schema_validator(name).fast is not None


@pytest.mark.parametrize("name", sorted(CONTENT))
def test_shipped_content_passes_both_checks(name):
    data = yaml.safe_load(resource(*CONTENT[name]).read_text(encoding="utf-8"))
    assert schema_check.schema_validator(name).fast(data)
    assert Draft202012Validator(schema_check.load_schema(name)).is_valid(data)


def test_a_broken_text_is_still_explained_with_file_field_and_problem():
    data = yaml.safe_load(resource("risk", "texts.yaml").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    broken["levels"]["low"]["de"] = ""
    assert not schema_check.schema_validator("risk_texts").fast(broken)
    found = schema_check.problems(broken, "risk_texts", "texts.yaml")
    assert [(p.location, p.message) for p in found] == [("levels.low.de", "must not be empty")]


LANGUAGE_TABLE = {"type": "object", "required": ["en"], "properties": {"en": {"type": "string", "minLength": 1}},
                  "patternProperties": {"^[a-z]{2}$": {"type": "string", "minLength": 1}},
                  "additionalProperties": False}
BAND = {"type": "array", "prefixItems": [{"type": "number", "minimum": 0},
                                         {"type": ["number", "null"], "minimum": 0}], "items": {"type": "string"}}


@pytest.mark.parametrize(("schema", "value"), [
    (LANGUAGE_TABLE, {"en": "a"}), (LANGUAGE_TABLE, {"en": "a", "de": "b"}), (LANGUAGE_TABLE, {"en": "a", "de": ""}),
    (LANGUAGE_TABLE, {"en": "a", "pt_BR": "x"}), (LANGUAGE_TABLE, {"de": "x"}), (LANGUAGE_TABLE, {"en": "", "de": "x"}),
    (LANGUAGE_TABLE, {"en": "a", "de": 3}),
    (BAND, [1, 2]), (BAND, [1, None]), (BAND, [-1, 2]), (BAND, [1, -2]), (BAND, [1]), (BAND, []),
    (BAND, [1, 2, "x"]), (BAND, [1, 2, 3]), (BAND, ["a", 1]),
])
def test_pattern_properties_and_prefix_items_agree_with_jsonschema(schema, value):
    assert compile_schema(schema)(value) == schema_check.reference_validator(schema).is_valid(value)


def test_starting_with_valid_content_does_not_import_jsonschema():
    code = ("import sys; from desktop.core.content import load_content; load_content(None, env={}); "
            "print('jsonschema' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_schema_has_one_validator_whose_reference_uses_ecma_patterns(name):
    checks = schema_check.schema_validator(name)
    assert checks is schema_check.schema_validator(name)
    assert checks.reference is checks.reference  # built once, when first needed
    assert checks.fast is not None
    # the reference reads patterns as ECMA-262 (Python's "$" also matches before a final line break)
    assert not type(checks.reference)({"type": "string", "pattern": "^x$"}).is_valid("x\n")
