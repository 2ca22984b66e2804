"""A fast yes/no JSON Schema check, generated once, for the keywords the summary schema uses.

``jsonschema`` takes over a millisecond per summary, ten times the cost of decrypting it, which
would make the collector's import crawl. This module translates a schema into the source of a plain
Python function (nested ``if`` statements, set operations on keys, no call per value) and compiles
it once; the function answers only "valid or not", in a few microseconds.

Its "valid" is trusted and its "invalid" re-checked: the collector asks it first and asks
``jsonschema`` (the reference, which also explains the problem) only when it says no. So wherever
exact agreement would be costly the generated check errs towards "invalid": types are checked on
the exact classes ``json.loads`` produces, and ``uniqueItems`` is decided only for strings. It never
says "valid" where ``jsonschema`` (Draft 2020-12, no format checking) would not. A schema using a
keyword outside the supported set raises :class:`Unsupported` when compiled rather than being
half-checked.

Patterns (``pattern``, ``patternProperties``, and so ``propertyNames``) mean what JSON Schema says,
ECMA-262, not what Python's ``re`` makes of the same text: they go through :mod:`ecma_regex`, and a
pattern it cannot translate makes the schema :class:`Unsupported` here too.

Only values from the schema are placed in the generated code, and only as ``repr`` of strings
(property names); every other value is passed in as a named constant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.core.ecma_regex import UnsupportedPattern, compile_pattern

Check = Callable[[Any], bool]

#: Keywords that never affect validity (annotations, and containers reached only through ``$ref``).
_ANNOTATIONS = frozenset({
    "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "default", "examples",
    "deprecated", "readOnly", "writeOnly", "format", "$anchor",
})
_OBJECT_KEYWORDS = frozenset({
    "properties", "required", "additionalProperties", "propertyNames", "minProperties", "maxProperties",
    "patternProperties",
})
_ARRAY_KEYWORDS = frozenset({"items", "prefixItems", "uniqueItems", "minItems", "maxItems"})
_STRING_KEYWORDS = frozenset({"pattern", "minLength", "maxLength"})
_NUMBER_KEYWORDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_GENERAL_KEYWORDS = frozenset({"type", "const", "enum", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
                               "$ref"})
_SUPPORTED = (_ANNOTATIONS | _OBJECT_KEYWORDS | _ARRAY_KEYWORDS | _STRING_KEYWORDS | _NUMBER_KEYWORDS
              | _GENERAL_KEYWORDS)

#: The Python classes json.loads gives each JSON type ("integer" also takes floats such as 1.0).
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,), "null": (type(None),),
    "number": (int, float),
}
#: Whether a keyword applies to a value must match jsonschema exactly (isinstance), or a subclass
#: would skip a check; these are the tests jsonschema's type checker uses.
_KIND_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
}
_NUMBER_TESTS = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}
#: How many valid strings each ``pattern`` remembers (summaries repeat the same few dozen ids).
REMEMBERED_STRINGS = 4096


class Unsupported(ValueError):
    """The schema uses a keyword or form this compiler does not handle; use ``jsonschema`` alone."""


def compile_schema(schema: Mapping[str, Any] | bool) -> Check:
    """A function telling whether a JSON value (as ``json.loads`` returns it) is valid under ``schema``."""
    generator = _Generator(schema)
    entry = generator.function(schema)
    return generator.build(entry)


def schema_source(schema: Mapping[str, Any] | bool) -> str:
    """The generated Python source, for reading and debugging."""
    generator = _Generator(schema)
    generator.function(schema)
    return "\n".join(generator.lines)


def _ecma_search(pattern: str) -> Callable[[str], Any]:
    try:
        return compile_pattern(pattern).search
    except UnsupportedPattern as exc:
        raise Unsupported(str(exc)) from None


def _remembering_search(pattern: str) -> tuple[set[str], Callable[[str], bool]]:
    """A pattern test that remembers the strings it accepted (exact: validity depends on the string alone)."""
    search = _ecma_search(pattern)
    remembered: set[str] = set()

    def matches(text: str) -> bool:
        if search(text) is None:
            return False
        if len(remembered) < REMEMBERED_STRINGS:
            remembered.add(text)
        return True

    return remembered, matches


class _Generator:
    def __init__(self, root: Mapping[str, Any] | bool):
        self.root = root
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.functions: dict[int, str] = {}  # id(schema) -> generated function name
        self.patterns: dict[str, tuple[str, str]] = {}
        self.counter = 0

    # -- plumbing -----------------------------------------------------------------------------------------

    def name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def constant(self, value: Any, prefix: str = "K") -> str:
        name = self.name(prefix)
        self.constants[name] = value
        return name

    def build(self, entry: str) -> Check:
        namespace: dict[str, Any] = dict(self.constants)
        exec(compile("\n".join(self.lines), "<summary schema check>", "exec"), namespace)  # noqa: S102
        return namespace[entry]

    def function(self, schema: Any) -> str:
        """Generate ``def fN(v): ...; return True`` for ``schema``; returns its name (one per schema object)."""
        key = id(schema)
        if key in self.functions:
            return self.functions[key]
        name = self.name("f")
        self.functions[key] = name  # registered first, so a recursive $ref calls it by name
        body: list[str] = []
        self.emit(schema, "v", body, 1)
        self.lines.extend([f"def {name}(v):", *body, "    return True", ""])
        return name

    # -- statements that "return False" when the value in ``var`` is invalid -----------------------------

    def emit(self, schema: Any, var: str, out: list[str], depth: int) -> None:
        pad = "    " * depth
        if schema is True:
            return
        if schema is False:
            out.append(f"{pad}return False")
            return
        if not isinstance(schema, Mapping):
            raise Unsupported(f"a schema must be an object or a boolean, not {type(schema).__name__}")
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise Unsupported(f"keyword(s) {', '.join(sorted(unknown))}")

        declared = schema.get("type")
        known_kind = self.emit_type(declared, var, out, pad) if declared is not None else None
        for kind, emitter in (("object", self.emit_object), ("array", self.emit_array),
                              ("string", self.emit_string), ("number", self.emit_number)):
            block: list[str] = []
            if known_kind is not None and known_kind != kind:
                continue  # the declared type already excludes this kind: its keywords cannot apply
            if known_kind == kind:
                emitter(schema, var, out, depth)
                continue
            emitter(schema, var, block, depth + 1)
            if block:
                out.append(f"{pad}if {_KIND_TESTS[kind].format(v=var)}:")
                out.extend(block)
        self.emit_general(schema, var, out, depth)

    def emit_type(self, declared: Any, var: str, out: list[str], pad: str) -> str | None:
        """The type test; returns the kind the value is then known to be, when exactly one."""
        names = [declared] if isinstance(declared, str) else declared
        if not isinstance(names, list) or not names or any(
                not isinstance(n, str) or (n not in _PYTHON_TYPES and n != "integer") for n in names):
            raise Unsupported(f"type {declared!r}")
        classes = {cls for n in names if n != "integer" for cls in _PYTHON_TYPES[n]}
        if "integer" in names and float not in classes:
            test = (f"type({var}) in {self.constant(frozenset(classes | {int}), 'T')} or "
                    f"(type({var}) is float and {var}.is_integer())")
        elif len(classes) == 1:
            (only,) = classes
            test = f"{var} is True or {var} is False" if only is bool else \
                f"type({var}) is {self.constant(only, 'T')}"
        else:
            test = f"type({var}) in {self.constant(frozenset(classes), 'T')}"
        out.append(f"{pad}if not ({test}):")
        out.append(f"{pad}    return False")
        if len(names) == 1 and names[0] in ("object", "array", "string", "number", "integer"):
            return "number" if names[0] == "integer" else names[0]
        return None

    def emit_object(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        if not _OBJECT_KEYWORDS & set(schema):
            return
        pad = "    " * depth
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = schema.get("required") or ()
        extra = schema.get("additionalProperties", True)
        if required:
            out.append(f"{pad}if not {var}.keys() >= {self.constant(frozenset(required), 'R')}:")
            out.append(f"{pad}    return False")
        allowed = self.constant(frozenset(properties), "A")
        if extra is False and not schema.get("patternProperties"):
            out.append(f"{pad}if not {var}.keys() <= {allowed}:")
            out.append(f"{pad}    return False")
        if "minProperties" in schema:
            out.append(f"{pad}if len({var}) < {int(schema['minProperties'])}:")
            out.append(f"{pad}    return False")
        if "maxProperties" in schema:
            out.append(f"{pad}if len({var}) > {int(schema['maxProperties'])}:")
            out.append(f"{pad}    return False")
        if "propertyNames" in schema:
            names = schema["propertyNames"]
            remembered = self.remembered_strings(names)
            key = self.name("k")
            loop: list[str] = []
            self.emit(names, key, loop, depth + 2)
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
            self.emit_pattern_properties(properties, patterns, extra, var, out, depth)
            for name, sub in properties.items():
                self.emit_property(name, sub, var, out, depth)
            return
        subs = [properties[name] for name in properties]
        if subs and all(_is_boolean_schema(sub) for sub in subs) and (extra is False or _is_boolean_schema(extra)):
            # A map of yes/no answers, the bulk of a summary: one C-level pass over its values.
            out.append(f"{pad}if not set(map(type, {var}.values())) <= {self.constant(frozenset({bool}), 'B')}:")
            out.append(f"{pad}    return False")
            return
        if not properties and _is_boolean_schema(extra):
            out.append(f"{pad}if not set(map(type, {var}.values())) <= {self.constant(frozenset({bool}), 'B')}:")
            out.append(f"{pad}    return False")
            return
        for name, sub in properties.items():
            self.emit_property(name, sub, var, out, depth)
        if extra is not True and extra is not False:
            key, item = self.name("k"), self.name("w")
            block: list[str] = []
            self.emit(extra, item, block, depth + 2)
            if block:
                out.append(f"{pad}for {key}, {item} in {var}.items():")
                out.append(f"{pad}    if {key} not in {allowed}:")
                out.extend(block)

    def emit_property(self, name: str, sub: Any, var: str, out: list[str], depth: int) -> None:
        pad = "    " * depth
        item = self.name("w")
        block: list[str] = []
        self.emit(sub, item, block, depth + 1)
        if block:
            out.append(f"{pad}if {name!r} in {var}:")
            out.append(f"{pad}    {item} = {var}[{name!r}]")
            out.extend(block)

    def emit_pattern_properties(self, properties: Mapping[str, Any], patterns: Mapping[str, Any], extra: Any,
                                var: str, out: list[str], depth: int) -> None:
        """Each key matching a pattern meets that pattern's schema; the rest meet additionalProperties."""
        pad = "    " * depth
        key, item = self.name("k"), self.name("w")
        loop: list[str] = [f"{pad}for {key}, {item} in {var}.items():", f"{pad}    matched = False"]
        for pattern, sub in patterns.items():
            if not isinstance(pattern, str):
                raise Unsupported(f"patternProperties key {pattern!r}")
            matches = self.constant(_ecma_search(pattern), "P")
            block: list[str] = []
            self.emit(sub, item, block, depth + 2)
            loop.append(f"{pad}    if {matches}({key}):")
            loop.append(f"{pad}        matched = True")
            loop.extend(block)
        allowed = self.constant(frozenset(properties), "A")
        if extra is not True:
            block = []
            self.emit(extra, item, block, depth + 2)
            if block:
                loop.append(f"{pad}    if not matched and {key} not in {allowed}:")
                loop.extend(block)
        out.extend(loop)

    def emit_array(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        if not _ARRAY_KEYWORDS & set(schema):
            return
        pad = "    " * depth
        if "minItems" in schema:
            out.append(f"{pad}if len({var}) < {int(schema['minItems'])}:")
            out.append(f"{pad}    return False")
        if "maxItems" in schema:
            out.append(f"{pad}if len({var}) > {int(schema['maxItems'])}:")
            out.append(f"{pad}    return False")
        items = schema.get("items", True)
        if not isinstance(items, Mapping | bool):
            raise Unsupported("items as a list (use prefixItems)")
        prefix = schema.get("prefixItems") or []
        if not isinstance(prefix, list):
            raise Unsupported("prefixItems must be a list")
        block: list[str]
        for index, sub in enumerate(prefix):
            item = self.name("w")
            block = []
            self.emit(sub, item, block, depth + 1)
            if block:
                out.append(f"{pad}if len({var}) > {index}:")
                out.append(f"{pad}    {item} = {var}[{index}]")
                out.extend(block)
        item = self.name("w")
        block = []
        self.emit(items, item, block, depth + 1)
        if block:  # in Draft 2020-12, items covers what follows the prefixItems
            out.append(f"{pad}for {item} in {var}[{len(prefix)}:]:" if prefix else f"{pad}for {item} in {var}:")
            out.extend(block)
        if schema.get("uniqueItems") is True:
            # Exact for strings; anything else is left to jsonschema (answering "invalid" is always safe).
            out.append(f"{pad}if {var} and (any(type(x) is not str for x in {var}) or len(set({var})) != len({var})):")
            out.append(f"{pad}    return False")

    def emit_string(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        if not _STRING_KEYWORDS & set(schema):
            return
        pad = "    " * depth
        # Lengths count code points in JSON Schema, as len() does on str.
        if "minLength" in schema:
            out.append(f"{pad}if len({var}) < {int(schema['minLength'])}:")
            out.append(f"{pad}    return False")
        if "maxLength" in schema:
            out.append(f"{pad}if len({var}) > {int(schema['maxLength'])}:")
            out.append(f"{pad}    return False")
        if "pattern" in schema:
            remembered, matches = self.pattern(schema["pattern"])
            out.append(f"{pad}if {var} not in {remembered} and not {matches}({var}):")
            out.append(f"{pad}    return False")

    def emit_number(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        pad = "    " * depth
        for keyword in sorted(_NUMBER_KEYWORDS & set(schema)):
            bound = schema[keyword]
            if isinstance(bound, bool) or not isinstance(bound, int | float):
                raise Unsupported(f"{keyword} {bound!r}")
            out.append(f"{pad}if not {var} {_NUMBER_TESTS[keyword]} {self.constant(bound, 'N')}:")
            out.append(f"{pad}    return False")

    def emit_general(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        pad = "    " * depth
        if "const" in schema:
            out.append(f"{pad}if not ({self.equals(var, schema['const'])}):")
            out.append(f"{pad}    return False")
        if "enum" in schema:
            allowed = schema["enum"]
            if not isinstance(allowed, list) or not allowed:
                raise Unsupported("enum must be a non-empty list")
            if all(isinstance(option, str) for option in allowed):
                test = f"type({var}) is str and {var} in {self.constant(frozenset(allowed), 'E')}"
            else:
                test = " or ".join(f"({self.equals(var, option)})" for option in allowed)
            out.append(f"{pad}if not ({test}):")
            out.append(f"{pad}    return False")
        if "$ref" in schema:
            out.append(f"{pad}if not {self.function(self.resolve(schema['$ref']))}({var}):")
            out.append(f"{pad}    return False")
        if "allOf" in schema:
            for sub in self.subschemas(schema, "allOf"):
                self.emit(sub, var, out, depth)
        if "anyOf" in schema:
            tests = " or ".join(self.test(sub, var) for sub in self.subschemas(schema, "anyOf"))
            out.append(f"{pad}if not ({tests}):")
            out.append(f"{pad}    return False")
        if "oneOf" in schema:
            tests = ", ".join(self.test(sub, var) for sub in self.subschemas(schema, "oneOf"))
            out.append(f"{pad}if [{tests}].count(True) != 1:")
            out.append(f"{pad}    return False")
        if "not" in schema:
            out.append(f"{pad}if {self.test(schema['not'], var)}:")
            out.append(f"{pad}    return False")
        if "if" in schema:
            then_block: list[str] = []
            else_block: list[str] = []
            self.emit(schema.get("then", True), var, then_block, depth + 1)
            self.emit(schema.get("else", True), var, else_block, depth + 1)
            out.append(f"{pad}if {self.test(schema['if'], var)}:")
            out.extend(then_block or [f"{pad}    pass"])
            out.append(f"{pad}else:")
            out.extend(else_block or [f"{pad}    pass"])

    # -- helpers ------------------------------------------------------------------------------------------

    def test(self, schema: Any, var: str) -> str:
        """A boolean expression for "``var`` is valid under ``schema``": inline when simple, else a call."""
        if isinstance(schema, Mapping) and schema and set(schema) <= {"required"} | _ANNOTATIONS \
                and isinstance(schema.get("required"), list):
            # Only ``required`` (as in the summary's "none of these keys" rule): one set comparison.
            required = self.constant(frozenset(schema["required"]), "R")
            return f"(not isinstance({var}, dict) or {var}.keys() >= {required})"
        return f"{self.function(schema)}({var})"

    def equals(self, var: str, expected: Any) -> str:
        """An expression true when ``var`` equals ``expected`` the way jsonschema compares (1 is not true)."""
        if isinstance(expected, str):
            return f"type({var}) is str and {var} == {self.constant(expected, 'C')}"
        if expected is True or expected is False or expected is None:
            return f"{var} is {expected!r}"
        if isinstance(expected, int | float):
            return f"type({var}) in {self.constant(frozenset({int, float}), 'T')} and " \
                   f"{var} == {self.constant(expected, 'C')}"
        raise Unsupported(f"const/enum value {expected!r} (only strings, numbers, booleans and null are compiled)")

    def pattern(self, pattern: Any) -> tuple[str, str]:
        """Names of (the set of strings known to match, the test) for ``pattern``; one pair per pattern."""
        if not isinstance(pattern, str):
            raise Unsupported(f"pattern {pattern!r}")
        if pattern not in self.patterns:
            remembered, matches = _remembering_search(pattern)
            self.patterns[pattern] = (self.constant(remembered, "S"), self.constant(matches, "P"))
        return self.patterns[pattern]

    def remembered_strings(self, schema: Any) -> str | None:
        """For a propertyNames schema that is exactly a string pattern: the set of names known to be valid."""
        target = self.resolve(schema["$ref"]) if isinstance(schema, Mapping) and set(schema) == {"$ref"} else schema
        if not isinstance(target, Mapping) or target.get("type") != "string" or "pattern" not in target:
            return None
        if set(target) - _ANNOTATIONS - {"type", "pattern"}:
            return None
        return self.pattern(target["pattern"])[0]  # the very set the pattern test fills

    @staticmethod
    def subschemas(schema: Mapping[str, Any], keyword: str) -> list[Any]:
        subs = schema[keyword]
        if not isinstance(subs, list) or not subs:
            raise Unsupported(f"{keyword} must be a non-empty list")
        return subs

    def resolve(self, reference: Any) -> Any:
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise Unsupported(f"$ref {reference!r} (only references inside the schema are compiled)")
        target: Any = self.root
        pointer = reference[1:]
        if not pointer:
            return target
        if not pointer.startswith("/"):
            raise Unsupported(f"$ref {reference!r} (anchors are not compiled)")
        for part in pointer[1:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, Mapping) and key in target:
                target = target[key]
            elif isinstance(target, list) and key.isdigit() and int(key) < len(target):
                target = target[int(key)]
            else:
                raise Unsupported(f"$ref {reference!r} points at nothing")
        return target


def _is_boolean_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and dict(schema) == {"type": "boolean"}
