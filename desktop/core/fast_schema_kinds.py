"""The generated statements for the keywords that apply to one kind of value: objects, arrays, strings, numbers.

Each ``emit_*`` appends to ``out`` the lines that ``return False`` when the value in ``var`` breaks one of
``schema``'s keywords for that kind, at indentation ``depth``; :class:`~desktop.core.fast_schema_generator.Generator`
calls them for the kinds a schema's type allows. See :mod:`desktop.core.fast_schema` for what the check promises.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.fast_schema_terms import (
    ARRAY_KEYWORDS,
    NUMBER_KEYWORDS,
    NUMBER_TESTS,
    OBJECT_KEYWORDS,
    STRING_KEYWORDS,
    Generator,
    Unsupported,
    ecma_search,
    is_boolean_schema,
    refuse,
)


def emit_size_bounds(schema: Mapping[str, Any], least: str, most: str, var: str, out: list[str], pad: str) -> None:
    """``len(var)`` within the schema's ``least``/``most`` keywords (minItems/maxItems, minLength/maxLength,
    minProperties/maxProperties: lengths count code points in JSON Schema, as len() does on str)."""
    if least in schema:
        refuse(out, pad, f"len({var}) < {int(schema[least])}")
    if most in schema:
        refuse(out, pad, f"len({var}) > {int(schema[most])}")


def emit_object(gen: Generator, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
    if not OBJECT_KEYWORDS & set(schema):
        return
    pad = "    " * depth
    properties: Mapping[str, Any] = schema.get("properties") or {}
    required = schema.get("required") or ()
    extra = schema.get("additionalProperties", True)
    closed = extra is False and not schema.get("patternProperties")
    if closed and required and set(required) == set(properties):
        # Every property required and no other allowed: one comparison instead of a superset and a subset test.
        allowed = gen.constant(frozenset(properties), "A")
        refuse(out, pad, f"{var}.keys() != {allowed}")
    else:
        if required:
            refuse(out, pad, f"not {var}.keys() >= {gen.constant(frozenset(required), 'R')}")
        allowed = gen.constant(frozenset(properties), "A")
        if closed:
            refuse(out, pad, f"not {var}.keys() <= {allowed}")
    emit_size_bounds(schema, "minProperties", "maxProperties", var, out, pad)
    if "propertyNames" in schema:
        names = schema["propertyNames"]
        remembered = gen.remembered_strings(names)
        key = gen.name("k")
        loop: list[str] = []
        gen.emit(names, key, loop, depth + 2)
        if loop:
            if remembered is not None:  # names seen valid before: one subset test for all of them
                out.append(f"{pad}if not {var}.keys() <= {remembered}:")
                out.append(f"{pad}    for {key} in {var}:")
                out.extend("    " + line for line in loop)
            else:
                out.append(f"{pad}for {key} in {var}:")
                out.extend(line[4:] for line in loop)
    patterns: Mapping[str, Any] = schema.get("patternProperties") or {}
    if patterns:
        emit_pattern_properties(gen, properties, patterns, extra, var, out, depth)
        for name, sub in properties.items():
            emit_property(gen, name, sub, var, out, depth)
        return
    answers_only = is_boolean_schema(extra) if not properties else (
        all(is_boolean_schema(sub) for sub in properties.values()) and (extra is False or is_boolean_schema(extra)))
    if answers_only:
        # A map of yes/no answers, the bulk of a summary: one C-level pass over its values.
        refuse(out, pad, f"not {gen.constant(frozenset({bool}), 'B')}.issuperset(map(type, {var}.values()))")
        return
    present = frozenset(required)  # known to be there once the tests above have passed
    for name, sub in properties.items():
        emit_property(gen, name, sub, var, out, depth, present=name in present)
    if extra is not True and extra is not False:
        key, item = gen.name("k"), gen.name("w")
        block: list[str] = []
        gen.emit(extra, item, block, depth + 2)
        if block:
            out.append(f"{pad}for {key}, {item} in {var}.items():")
            out.append(f"{pad}    if {key} not in {allowed}:")
            out.extend(block)


def emit_property(gen: Generator, name: str, sub: Any, var: str, out: list[str], depth: int, *,
                  present: bool = False) -> None:
    """The tests of property ``name`` of the object in ``var``, when it has it; ``present``: the object is known to
    have it (a required property, after the required test), so it is read without asking first."""
    pad = "    " * depth
    item = gen.name("w")
    block: list[str] = []
    gen.emit(sub, item, block, depth + (0 if present else 1))
    if block and present:
        out.append(f"{pad}{item} = {var}[{name!r}]")
        out.extend(block)
    elif block:
        out.append(f"{pad}if {name!r} in {var}:")
        out.append(f"{pad}    {item} = {var}[{name!r}]")
        out.extend(block)


def emit_pattern_properties(gen: Generator, properties: Mapping[str, Any], patterns: Mapping[str, Any], extra: Any,
                            var: str, out: list[str], depth: int) -> None:
    """Each key matching a pattern meets that pattern's schema; the rest meet additionalProperties."""
    pad = "    " * depth
    key, item = gen.name("k"), gen.name("w")
    loop: list[str] = [f"{pad}for {key}, {item} in {var}.items():", f"{pad}    matched = False"]
    for pattern, sub in patterns.items():
        if not isinstance(pattern, str):
            raise Unsupported(f"patternProperties key {pattern!r}")
        matches = gen.constant(ecma_search(pattern), "P")
        block: list[str] = []
        gen.emit(sub, item, block, depth + 2)
        loop.append(f"{pad}    if {matches}({key}):")
        loop.append(f"{pad}        matched = True")
        loop.extend(block)
    allowed = gen.constant(frozenset(properties), "A")
    if extra is not True:
        block = []
        gen.emit(extra, item, block, depth + 2)
        if block:
            loop.append(f"{pad}    if not matched and {key} not in {allowed}:")
            loop.extend(block)
    out.extend(loop)


def emit_array(gen: Generator, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
    if not ARRAY_KEYWORDS & set(schema):
        return
    pad = "    " * depth
    emit_size_bounds(schema, "minItems", "maxItems", var, out, pad)
    items = schema.get("items", True)
    if not isinstance(items, Mapping | bool):
        raise Unsupported("items as a list (use prefixItems)")
    prefix = schema.get("prefixItems") or []
    if not isinstance(prefix, list):
        raise Unsupported("prefixItems must be a list")
    block: list[str]
    for index, sub in enumerate(prefix):
        item = gen.name("w")
        block = []
        gen.emit(sub, item, block, depth + 1)
        if block:
            out.append(f"{pad}if len({var}) > {index}:")
            out.append(f"{pad}    {item} = {var}[{index}]")
            out.extend(block)
    item = gen.name("w")
    block = []
    gen.emit(items, item, block, depth + 1)
    if block:  # in Draft 2020-12, items covers what follows the prefixItems
        out.append(f"{pad}for {item} in {var}[{len(prefix)}:]:" if prefix else f"{pad}for {item} in {var}:")
        out.extend(block)
    if schema.get("uniqueItems") is True:
        # Exact for strings; anything else is left to jsonschema (answering "invalid" is always safe).
        refuse(out, pad, f"{var} and (any(type(x) is not str for x in {var}) or len(set({var})) != len({var}))")


def emit_string(gen: Generator, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
    if not STRING_KEYWORDS & set(schema):
        return
    pad = "    " * depth
    emit_size_bounds(schema, "minLength", "maxLength", var, out, pad)
    if "pattern" in schema:
        remembered, matches = gen.pattern(schema["pattern"])
        refuse(out, pad, f"{var} not in {remembered} and not {matches}({var})")


def emit_number(gen: Generator, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
    pad = "    " * depth
    for keyword in sorted(NUMBER_KEYWORDS & set(schema)):
        bound = schema[keyword]
        if isinstance(bound, bool) or not isinstance(bound, int | float):
            raise Unsupported(f"{keyword} {bound!r}")
        refuse(out, pad, f"not {var} {NUMBER_TESTS[keyword]} {gen.constant(bound, 'N')}")
