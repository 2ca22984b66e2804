"""Validate plain data against a JSON Schema and explain failures in plain words."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import ecma_regex
from desktop.core.errors import ContentError, Problem
from desktop.core.fast_schema import Check, Unsupported, compile_schema
from desktop.core.field_paths import Lines, join_path
from desktop.core.resources import resource

if TYPE_CHECKING:
    from jsonschema import ValidationError


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A schema from ``resources/schema/<name>.schema.json`` (the tests prove each is a valid schema)."""
    path: Path = resource("schema", f"{name}.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


class SchemaValidator:
    """One schema's checks: :attr:`fast`, the compiled yes/no check, and :attr:`reference`, jsonschema.

    Valid data, the everyday case, is confirmed by :attr:`fast` in microseconds without importing
    jsonschema (it is None when the schema uses a keyword the compiler lacks); only data it refuses
    goes to :attr:`reference`, built when first asked for, which also explains the problem.
    """

    def __init__(self, schema: dict[str, Any]):
        self.schema = schema
        try:
            self.fast: Check | None = compile_schema(schema)
        except Unsupported:  # a future schema keyword: jsonschema alone still checks everything, only slower
            self.fast = None

    @cached_property
    def reference(self) -> Any:
        """The jsonschema validator of the schema (see :func:`reference_validator`)."""
        return reference_validator(self.schema)


@cache
def schema_validator(name: str) -> SchemaValidator:
    """The one :class:`SchemaValidator` of ``resources/schema/<name>.schema.json``, for content and summaries."""
    return SchemaValidator(load_schema(name))


def reference_validator(schema: dict[str, Any]) -> Any:
    """A jsonschema Draft 2020-12 validator for ``schema`` whose patterns follow ECMA-262, as JSON Schema says."""
    return _ecma_validator_class()(schema)


@cache
def _ecma_validator_class() -> Any:
    """Draft202012Validator with ``pattern``, ``patternProperties`` and ``additionalProperties`` read through
    :mod:`ecma_regex` (jsonschema uses Python's ``re``, whose ``$`` also matches before a final line break)."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def matches(pattern: str, text: str) -> bool:
        try:
            return ecma_regex.search(pattern, text)
        except ecma_regex.UnsupportedPattern:
            return False  # a pattern that cannot be read correctly accepts nothing: never a wrong "valid"

    def pattern(validator: Any, expected: str, instance: Any, schema: Any) -> Iterable[ValidationError]:
        if validator.is_type(instance, "string") and not matches(expected, instance):
            yield ValidationError(f"{instance!r} does not match {expected!r}")

    def pattern_properties(validator: Any, patterns: Any, instance: Any, schema: Any) -> Iterable[ValidationError]:
        if not validator.is_type(instance, "object"):
            return
        for expected, subschema in patterns.items():
            for key, value in instance.items():
                if matches(expected, key):
                    yield from validator.descend(value, subschema, path=key, schema_path=expected)

    def additional_properties(validator: Any, extra: Any, instance: Any, schema: Any) -> Iterable[ValidationError]:
        if not validator.is_type(instance, "object"):
            return
        named = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        extras = [key for key in instance
                  if key not in named and not any(matches(expected, key) for expected in patterns)]
        if validator.is_type(extra, "object"):
            for key in extras:
                yield from validator.descend(instance[key], extra, path=key)
        elif extra is False and extras:
            listed = ", ".join(repr(key) for key in sorted(extras))
            yield ValidationError(f"Additional properties are not allowed ({listed} "
                                  f"{'was' if len(extras) == 1 else 'were'} unexpected)")

    return validators.extend(Draft202012Validator, {
        "pattern": pattern, "patternProperties": pattern_properties, "additionalProperties": additional_properties,
    })


def _location(error: ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path = join_path(path, part)
    return path


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    return json.dumps(value, default=str)


def _allowed_keys(error: ValidationError) -> list[str]:
    props = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return sorted(props)


def describe(error: ValidationError) -> tuple[str, str]:
    """(location, message) for one schema error, worded for the person fixing the file."""
    location = _location(error)
    kind = error.validator
    if kind is None and error.schema is False:  # a "false" schema: jsonschema names neither field nor rule
        return location, "holds a field that is not allowed here"
    if kind == "enum":
        allowed = ", ".join(v if isinstance(v, str) else json.dumps(v) for v in error.validator_value)
        return location, f"{_show(error.instance)} is not allowed; use one of: {allowed}"
    if kind == "const":
        return location, f"{_show(error.instance)} is not allowed; it must be {_show(error.validator_value)}"
    if kind == "additionalProperties":
        known = _allowed_keys(error)
        extras = sorted(set(error.instance) - set(known))
        messages = []
        for extra in extras:
            import difflib  # only for a problem to explain

            close = difflib.get_close_matches(extra, known, n=1)
            text = f"unknown field {extra!r}"
            text += f" (did you mean {close[0]!r}?)" if close else f"; known fields: {', '.join(known)}"
            messages.append(text)
        return location, "; ".join(messages)
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return location, f"required field {missing!r} is missing"
    if kind == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = " or ".join(expected)
        message = f"{_show(error.instance)} has the wrong type; expected {expected}"
        if isinstance(error.instance, bool) and "string" in str(expected):
            message += " (YAML reads yes, no, on and off as true or false: put the value in quotes)"
        return location, message
    if kind == "minimum":
        return location, f"{_show(error.instance)} is too small; the minimum is {error.validator_value}"
    if kind == "maximum":
        return location, f"{_show(error.instance)} is too large; the maximum is {error.validator_value}"
    if kind in ("exclusiveMinimum", "exclusiveMaximum"):
        side = "above" if kind == "exclusiveMinimum" else "below"
        return location, f"{_show(error.instance)} must be {side} {error.validator_value}"
    if kind == "pattern":
        hint = error.schema.get("description", "") if isinstance(error.schema, dict) else ""
        message = f"{_show(error.instance)} is not in the expected form"
        return location, f"{message}: {hint}" if hint else f"{message} ({error.validator_value})"
    if kind == "minItems":
        return location, f"needs at least {error.validator_value} item(s)"
    if kind == "minLength":
        return location, "must not be empty"
    if kind == "uniqueItems":
        return location, "has repeated items"
    return location, error.message


def problems(data: Any, schema_name: str, file: str, lines: Lines | None = None) -> list[Problem]:
    """Every schema problem in ``data``, sorted by position in the file."""
    checks = schema_validator(schema_name)
    if checks.fast is not None and checks.fast(data):
        return []
    validator = checks.reference  # the reference, for data the fast check refused
    found: list[Problem] = []
    for error in _leaf_errors(validator.iter_errors(data)):
        location, message = describe(error)
        line = line_for(_line_probe(error, location), lines)
        found.append(Problem(file=file, location=location, message=message, line=line))
    found.sort(key=lambda p: (p.line or 0, p.location))
    return found


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterable[ValidationError]:
    """For oneOf/anyOf failures, report the most relevant branch error instead of the summary."""
    for error in errors:
        if error.validator in ("oneOf", "anyOf") and error.context:
            deepest = max(error.context, key=lambda e: len(e.absolute_path))
            yield deepest
        else:
            yield error


def _line_probe(error: ValidationError, location: str) -> str:
    """For an unknown field, point at the field's own line rather than its parent's."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extras = sorted(set(error.instance) - set(_allowed_keys(error)))
        if extras:
            return join_path(location, extras[0])
    return location


def line_for(location: str, lines: Lines | None) -> int | None:
    if not lines:
        return None
    probe = location
    while True:
        if probe in lines:
            return lines[probe]
        if not probe:
            return None
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""


def check(data: Any, schema_name: str, file: str, lines: Lines | None = None) -> None:
    found = problems(data, schema_name, file, lines)
    if found:
        raise ContentError(found)
