"""What the fast schema check is generated from: the keywords it supports, the Python tests it writes for JSON
types, and its pattern tests (ECMA-262, remembering the strings they accepted).

See :mod:`desktop.core.fast_schema` for what the check promises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from desktop.core.ecma_regex import UnsupportedPattern, compile_pattern

Check = Callable[[Any], bool]

#: Keywords that never affect validity (annotations, and containers reached only through ``$ref``).
ANNOTATIONS = frozenset({
    "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "default", "examples",
    "deprecated", "readOnly", "writeOnly", "format", "$anchor",
})
OBJECT_KEYWORDS = frozenset({
    "properties", "required", "additionalProperties", "propertyNames", "minProperties", "maxProperties",
    "patternProperties",
})
ARRAY_KEYWORDS = frozenset({"items", "prefixItems", "uniqueItems", "minItems", "maxItems"})
STRING_KEYWORDS = frozenset({"pattern", "minLength", "maxLength"})
NUMBER_KEYWORDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
GENERAL_KEYWORDS = frozenset({"type", "const", "enum", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
                              "$ref"})
SUPPORTED = ANNOTATIONS | OBJECT_KEYWORDS | ARRAY_KEYWORDS | STRING_KEYWORDS | NUMBER_KEYWORDS | GENERAL_KEYWORDS

#: The Python classes json.loads gives each JSON type ("integer" also takes floats such as 1.0).
PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,), "null": (type(None),),
    "number": (int, float),
}
#: Whether a keyword applies to a value must match jsonschema exactly (isinstance), or a subclass
#: would skip a check; these are the tests jsonschema's type checker uses.
KIND_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
}
NUMBER_TESTS = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}
#: How many valid strings each ``pattern`` remembers (summaries repeat the same few dozen ids).
REMEMBERED_STRINGS = 4096


class Generator(Protocol):
    """What the keywords of one kind of value (desktop/core/fast_schema_kinds.py) ask of the generator."""

    def name(self, prefix: str) -> str: ...

    def constant(self, value: Any, prefix: str = "K") -> str: ...

    def emit(self, schema: Any, var: str, out: list[str], depth: int) -> None: ...

    def pattern(self, pattern: Any) -> tuple[str, str]: ...

    def remembered_strings(self, schema: Any) -> str | None: ...


class Unsupported(ValueError):
    """The schema uses a keyword or form this compiler does not handle; use ``jsonschema`` alone."""


def ecma_search(pattern: str) -> Callable[[str], Any]:
    """``search`` of the ECMA-262 ``pattern``; Unsupported when it cannot be translated."""
    try:
        return compile_pattern(pattern).search
    except UnsupportedPattern as exc:
        raise Unsupported(str(exc)) from None


def remembering_search(pattern: str) -> tuple[set[str], Callable[[str], bool]]:
    """A pattern test that remembers the strings it accepted (exact: validity depends on the string alone)."""
    search = ecma_search(pattern)
    remembered: set[str] = set()

    def matches(text: str) -> bool:
        if search(text) is None:
            return False
        if len(remembered) < REMEMBERED_STRINGS:
            remembered.add(text)
        return True

    return remembered, matches


def refuse(out: list[str], pad: str, condition: str) -> None:
    """Append the generated statement "when ``condition``, the value is invalid" (at indentation ``pad``)."""
    out.append(f"{pad}if {condition}:")
    out.append(f"{pad}    return False")


def is_boolean_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and dict(schema) == {"type": "boolean"}
