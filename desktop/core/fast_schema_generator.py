"""Generates the fast schema check's Python source: the plumbing (names, constants, one function per schema
object), the dispatch of a schema's keywords by the kinds of value they apply to, and the keywords for any
value (type, const, enum, $ref, allOf, anyOf, oneOf, not, if/then/else).

The keywords of one kind of value are in :mod:`desktop.core.fast_schema_kinds`; what the check promises is in
:mod:`desktop.core.fast_schema`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.fast_schema_kinds import emit_array, emit_number, emit_object, emit_string
from desktop.core.fast_schema_terms import (
    ANNOTATIONS,
    KIND_TESTS,
    PYTHON_TYPES,
    SUPPORTED,
    Check,
    Unsupported,
    refuse,
    remembering_search,
)

_KIND_EMITTERS = (("object", emit_object), ("array", emit_array), ("string", emit_string), ("number", emit_number))


class Generator:
    """The source of one schema's check, built by :meth:`function` and compiled by :meth:`build`."""

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
        unknown = set(schema) - SUPPORTED
        if unknown:
            raise Unsupported(f"keyword(s) {', '.join(sorted(unknown))}")

        declared = schema.get("type")
        known_kind = self.emit_type(declared, var, out, pad) if declared is not None else None
        for kind, emitter in _KIND_EMITTERS:
            block: list[str] = []
            if known_kind is not None and known_kind != kind:
                continue  # the declared type already excludes this kind: its keywords cannot apply
            if known_kind == kind:
                emitter(self, schema, var, out, depth)
                continue
            emitter(self, schema, var, block, depth + 1)
            if block:
                out.append(f"{pad}if {KIND_TESTS[kind].format(v=var)}:")
                out.extend(block)
        self.emit_general(schema, var, out, depth)

    def emit_type(self, declared: Any, var: str, out: list[str], pad: str) -> str | None:
        """The type test; returns the kind the value is then known to be, when exactly one."""
        names = [declared] if isinstance(declared, str) else declared
        if not isinstance(names, list) or not names or any(
                not isinstance(n, str) or (n not in PYTHON_TYPES and n != "integer") for n in names):
            raise Unsupported(f"type {declared!r}")
        classes = {cls for n in names if n != "integer" for cls in PYTHON_TYPES[n]}
        if "integer" in names and float not in classes:
            test = (f"type({var}) in {self.constant(frozenset(classes | {int}), 'T')} or "
                    f"(type({var}) is float and {var}.is_integer())")
        elif len(classes) == 1:
            (only,) = classes
            test = f"{var} is True or {var} is False" if only is bool else \
                f"type({var}) is {self.constant(only, 'T')}"
        else:
            test = f"type({var}) in {self.constant(frozenset(classes), 'T')}"
        refuse(out, pad, f"not ({test})")
        if len(names) == 1 and names[0] in ("object", "array", "string", "number", "integer"):
            return "number" if names[0] == "integer" else names[0]
        return None

    def emit_general(self, schema: Mapping[str, Any], var: str, out: list[str], depth: int) -> None:
        pad = "    " * depth
        if "const" in schema:
            refuse(out, pad, f"not ({self.equals(var, schema['const'])})")
        if "enum" in schema:
            allowed = schema["enum"]
            if not isinstance(allowed, list) or not allowed:
                raise Unsupported("enum must be a non-empty list")
            if all(isinstance(option, str) for option in allowed):
                test = f"type({var}) is str and {var} in {self.constant(frozenset(allowed), 'E')}"
            else:
                test = " or ".join(f"({self.equals(var, option)})" for option in allowed)
            refuse(out, pad, f"not ({test})")
        if "$ref" in schema:
            refuse(out, pad, f"not {self.function(self.resolve(schema['$ref']))}({var})")
        if "allOf" in schema:
            for sub in self.subschemas(schema, "allOf"):
                self.emit(sub, var, out, depth)
        if "anyOf" in schema:
            tests = " or ".join(self.test(sub, var) for sub in self.subschemas(schema, "anyOf"))
            refuse(out, pad, f"not ({tests})")
        if "oneOf" in schema:
            tests = ", ".join(self.test(sub, var) for sub in self.subschemas(schema, "oneOf"))
            refuse(out, pad, f"[{tests}].count(True) != 1")
        if "not" in schema:
            refuse(out, pad, f"{self.test(schema['not'], var)}")
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
        if isinstance(schema, Mapping) and schema and set(schema) <= {"required"} | ANNOTATIONS \
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
            remembered, matches = remembering_search(pattern)
            self.patterns[pattern] = (self.constant(remembered, "S"), self.constant(matches, "P"))
        return self.patterns[pattern]

    def remembered_strings(self, schema: Any) -> str | None:
        """For a propertyNames schema that is exactly a string pattern: the set of names known to be valid."""
        target = self.resolve(schema["$ref"]) if isinstance(schema, Mapping) and set(schema) == {"$ref"} else schema
        if not isinstance(target, Mapping) or target.get("type") != "string" or "pattern" not in target:
            return None
        if set(target) - ANNOTATIONS - {"type", "pattern"}:
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
