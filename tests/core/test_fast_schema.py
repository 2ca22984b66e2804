"""The generated schema check agrees with jsonschema, and never calls valid what jsonschema would not."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pyrage import x25519

from desktop.commands.demo import write_demo_summaries
from desktop.core.fast_schema import Unsupported, compile_schema, schema_source
from desktop.core.policy import Policy
from desktop.core.schema_check import load_schema, reference_validator

SCHEMA = load_schema("summary")
REFERENCE = reference_validator(SCHEMA)  # jsonschema, with ECMA-262 patterns
FAST = compile_schema(SCHEMA)


def _demo(tmp: Path, *, randomized: bool) -> list[dict]:
    identity = x25519.Identity.generate()
    policy = Policy.defaults()
    policy = dataclasses.replace(policy, privacy=dataclasses.replace(policy.privacy, randomized_response=randomized))
    out = tmp / f"demo-{randomized}"
    write_demo_summaries(8, out, recipient=str(identity.to_public()), policy=policy, seed=11)
    return [json.loads(pyrage.decrypt(path.read_bytes(), [identity])) for path in sorted(out.glob("*.age"))]


@pytest.fixture(scope="module")
def summaries(tmp_path_factory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("fast-schema")
    return _demo(tmp, randomized=True) + _demo(tmp, randomized=False)


def _strings(schema) -> set[str]:
    """Every string the schema mentions (enum values, consts, property names): likely-valid mutations."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            found |= _strings(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _strings(value)
    elif isinstance(schema, str):
        found.add(schema)
    return found


INTERESTING = sorted(_strings(SCHEMA) | {"", "0.1", "default", "default\n", "chatgpt", "other:chat", "other:nope",
                                          "a" * 32, "0" * 32, "Chatgpt", "candor-summary"})
SCALARS = (st.none() | st.booleans() | st.integers(-2, 3) | st.sampled_from([1.0, 0.5, 1e300, -0.0])
           | st.floats() | st.sampled_from(INTERESTING))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.sampled_from(INTERESTING), inner, max_size=3), max_leaves=6)


def _mutate(data, summary: dict, others: list[dict]) -> dict:
    """Change one spot of a summary: replace a value (with random JSON, or with the value another summary
    has there, which is often valid), drop a key, add a key, or duplicate a list item."""
    mutated = copy.deepcopy(summary)
    node, path = mutated, []
    while True:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if not children or data.draw(st.booleans()):
            break
        key, child = data.draw(st.sampled_from(children))
        if not isinstance(child, dict | list):
            break
        node, path = child, [*path, key]
    action = data.draw(st.sampled_from(["replace", "borrow", "drop", "add", "duplicate"]))
    if isinstance(node, dict) and node:
        key = data.draw(st.sampled_from(sorted(node)))
        if action == "drop":
            del node[key]
        elif action == "add":
            node[data.draw(st.sampled_from(INTERESTING))] = data.draw(VALUES)
        elif action == "borrow":
            donor = data.draw(st.sampled_from(others))
            for step in [*path, key]:
                donor = donor.get(step) if isinstance(donor, dict) else None
            node[key] = copy.deepcopy(donor)
        else:
            node[key] = data.draw(VALUES)
    elif isinstance(node, list):
        if action == "duplicate" and node:
            node.append(node[0])
        else:
            node.append(data.draw(VALUES))
    return mutated


def test_real_summaries_are_valid_for_both(summaries):
    assert len(summaries) == 16
    assert any("randomized" in s for s in summaries) and any("tools" in s for s in summaries)
    for summary in summaries:
        assert REFERENCE.is_valid(summary)
        assert FAST(summary) is True


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_summaries_get_the_same_verdict(summaries, data):
    summary = data.draw(st.sampled_from(summaries))
    mutated = _mutate(data, summary, summaries)
    assert FAST(mutated) == REFERENCE.is_valid(mutated)


@pytest.mark.parametrize("change", [
    lambda s: s.__setitem__("format_version", True),  # true is not 1 in JSON Schema
    lambda s: s.__setitem__("format_version", 1),
    lambda s: s.__setitem__("campaign", "Default"),
    lambda s: s["privacy"].__setitem__("randomized_items", 1.5),
    lambda s: s["privacy"].__setitem__("epsilon_per_item", 0),
    lambda s: s["privacy"].__setitem__("epsilon_total", "1"),
    lambda s: s["privacy"].__setitem__("epsilon_per_item", 1e-6),  # the crafted epsilon that drags estimates
    lambda s: s["privacy"].__setitem__("epsilon_per_item", 3.5),
    lambda s: s["randomized"]["training"].__setitem__("wanted", ["prompting"]),
    lambda s: s["randomized"].__setitem__("training", {}),
    lambda s: s.__setitem__("training", {}),  # sent as it is next to randomized answers
    lambda s: s.__setitem__("name", "Alex"),
    lambda s: s.pop("submission_id"),
])
def test_single_changes_that_make_a_summary_invalid(summaries, change):
    summary = copy.deepcopy(summaries[0])
    change(summary)
    assert REFERENCE.is_valid(summary) is False
    assert FAST(summary) is False


def test_integral_floats_are_integers_as_in_jsonschema(summaries):
    summary = copy.deepcopy(summaries[0])
    summary["format_version"] = 2.0
    summary["questionnaire"]["version"] = 1.0
    assert REFERENCE.is_valid(summary) and FAST(summary)


def test_subclasses_are_never_called_valid_when_jsonschema_disagrees(summaries):
    class Loud(dict):
        pass

    summary = Loud(copy.deepcopy(summaries[0]))
    assert FAST(summary) is False  # stricter than jsonschema: the collector then asks jsonschema
    assert REFERENCE.is_valid(summary)


# --- the compiler on its own -----------------------------------------------------------------------------

SMALL_SCHEMAS = [
    {"oneOf": [{"type": "integer"}, {"minimum": 2}]},
    {"not": {"enum": ["a", 1, None, True]}},
    {"type": ["string", "null"], "minLength": 2, "maxLength": 3},
    {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "number", "exclusiveMaximum": 2}},
    {"properties": {"a": {"const": 1}}, "required": ["a"], "minProperties": 1, "maxProperties": 2},
    {"$defs": {"node": {"type": "object", "properties": {"next": {"$ref": "#/$defs/node"}},
                        "additionalProperties": False}}, "$ref": "#/$defs/node"},
    {"if": {"type": "string"}, "then": {"pattern": "^x"}, "else": {"type": "boolean"}},
    {"anyOf": [{"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}, {"type": "array"}]},
    {"additionalProperties": {"type": "boolean"}},
    True,
    False,
]


@settings(max_examples=150, deadline=None)
@given(value=VALUES, index=st.integers(0, len(SMALL_SCHEMAS) - 1))
def test_small_schemas_agree_with_jsonschema(value, index):
    schema = SMALL_SCHEMAS[index]
    assert compile_schema(schema)(value) == reference_validator(schema).is_valid(value)


OBJECTS = {
    "closed, all required": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"enum": ["x", "y"]}},
                             "required": ["a", "b"], "additionalProperties": False},
    "closed, some required": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"enum": ["x", "y"]}},
                              "required": ["a"], "additionalProperties": False},
    "untyped, all required": {"properties": {"a": {"type": "string"}}, "required": ["a"],
                              "additionalProperties": False},
    "open, all required": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
    "answers, all required": {"type": "object", "properties": {"a": {"type": "boolean"}, "b": {"type": "boolean"}},
                              "required": ["a", "b"], "additionalProperties": False},
}
OBJECT_VALUES = [{}, {"a": "s"}, {"a": "s", "b": "x"}, {"a": 1, "b": "x"}, {"a": "s", "b": "z"}, {"b": "x"},
                 {"a": "s", "b": "x", "c": 1}, {"a": "s", "c": 1}, {"a": "s", "b": ["x"]}, {"a": True, "b": False},
                 {"a": True}, {"a": 1, "b": 0}, [], "a", None, 1]


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_required_and_closed_objects_agree_with_jsonschema(name):
    schema = OBJECTS[name]
    check, reference = compile_schema(schema), Draft202012Validator(schema)
    assert [check(value) for value in OBJECT_VALUES] == [reference.is_valid(value) for value in OBJECT_VALUES]


def test_a_required_property_is_read_without_asking_whether_it_is_there():
    source = schema_source(OBJECTS["closed, some required"])
    assert "v['a']" in source and "'a' in v" not in source and "'b' in v" in source
    assert ".keys() != " in schema_source(OBJECTS["closed, all required"])  # one comparison, not two


@settings(max_examples=150, deadline=None)
@given(value=st.lists(SCALARS, max_size=4))
def test_unique_items_is_only_decided_for_strings(value):
    schema = {"uniqueItems": True}
    fast, reference = compile_schema(schema)(value), Draft202012Validator(schema).is_valid(value)
    assert not fast or reference
    if all(isinstance(item, str) for item in value):
        assert fast == reference


@pytest.mark.parametrize("schema", [
    {"unevaluatedProperties": False},
    {"dependentRequired": {"a": ["b"]}},
    {"$ref": "https://example.com/other.json"},
    {"$ref": "#/$defs/missing"},
    {"const": [1, 2]},
    {"type": "decimal"},
    {"items": [{"type": "string"}]},
])
def test_unknown_keywords_and_forms_refuse_to_compile(schema):
    with pytest.raises(Unsupported):
        compile_schema(schema)


def test_generated_source_names_no_value_but_property_names():
    source = schema_source(SCHEMA)
    assert "def " in source and "v['submission_id']" in source
    assert "strongly_agree" not in source  # enum values travel as constants, never as code


def test_remembered_strings_are_bounded():
    from desktop.core import fast_schema

    check = compile_schema({"type": "string", "pattern": "^[0-9a-f]+$"})
    for number in range(fast_schema.REMEMBERED_STRINGS + 100):
        assert check(f"{number:x}")
    assert not check("xyz")
    remembered = [value for value in check.__globals__.values() if isinstance(value, set)]
    assert remembered and all(len(kept) <= fast_schema.REMEMBERED_STRINGS for kept in remembered)
