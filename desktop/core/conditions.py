"""The `show_if` condition language: Python syntax, a tiny allow-listed subset, never `eval`.

A condition is parsed once with :mod:`ast` when the questionnaire loads. Parsing rejects every
node type that is not on the allow-list, so a condition can only read answers, compare them
and call three pure helpers. Evaluation walks the same tree.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any


class ConditionError(ValueError):
    """A condition that cannot be used; the message says what is wrong in it."""


def _answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, list, tuple, set, dict)):
        return len(value) > 0
    return True


def _count(value: Any) -> int:
    if isinstance(value, (list, tuple, set)):
        return len(value)
    return 1 if _answered(value) else 0


def _any_of(value: Any, codes: Any) -> bool:
    if not isinstance(codes, (list, tuple)):
        raise ConditionError("any_of() takes a question and a list of codes")
    if isinstance(value, (list, tuple, set)):
        return any(item in codes for item in value)
    return value in codes


FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "answered": (1, _answered),
    "count": (1, _count),
    "any_of": (2, _any_of),
}

_COMPARE = {
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
    ast.Lt: lambda a, b: a is not None and b is not None and a < b,
    ast.LtE: lambda a, b: a is not None and b is not None and a <= b,
    ast.Gt: lambda a, b: a is not None and b is not None and a > b,
    ast.GtE: lambda a, b: a is not None and b is not None and a >= b,
    ast.In: lambda a, b: b is not None and a in b,
    ast.NotIn: lambda a, b: b is None or a not in b,
}


@dataclass(frozen=True)
class Condition:
    """A parsed condition and the answer names it reads."""

    source: str
    tree: ast.Expression
    names: frozenset[str]

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        """True when the condition holds; unknown names read as ``None``."""
        try:
            return bool(_eval(self.tree.body, answers))
        except TypeError:
            # e.g. comparing a number with text: a condition that cannot hold is false.
            return False


def parse_condition(source: str) -> Condition:
    """Parse and vet ``source``; raise :class:`ConditionError` naming the offending part."""
    if not isinstance(source, str) or not source.strip():
        raise ConditionError("a condition must be a non-empty text")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ConditionError(f"not a valid condition: {exc.msg} (at character {exc.offset})") from exc
    names: set[str] = set()
    _vet(tree.body, names)
    return Condition(source=source, tree=tree, names=frozenset(names))


def _vet(node: ast.AST, names: set[str]) -> None:
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            _vet(value, names)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        _vet(node.operand, names)
    elif isinstance(node, ast.Compare):
        for op in node.ops:
            if type(op) not in _COMPARE:
                raise ConditionError(f"the operator {type(op).__name__} is not allowed")
        _vet(node.left, names)
        for comparator in node.comparators:
            _vet(comparator, names)
    elif isinstance(node, ast.Name):
        names.add(node.id)
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, (str, int, float, bool, type(None))):
            raise ConditionError(f"the value {node.value!r} is not allowed")
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            if not isinstance(element, ast.Constant):
                raise ConditionError("lists may only hold plain values such as \"code\" or 3")
            _vet(element, names)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            allowed = ", ".join(f"{name}()" for name in FUNCTIONS)
            raise ConditionError(f"only these functions may be called: {allowed}")
        arity, _ = FUNCTIONS[node.func.id]
        if node.keywords or len(node.args) != arity:
            raise ConditionError(f"{node.func.id}() takes {arity} argument(s)")
        for arg in node.args:
            _vet(arg, names)
    else:
        raise ConditionError(f"{type(node).__name__} is not allowed in a condition")


def _eval(node: ast.AST, answers: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return all(_eval(v, answers) for v in node.values)
        return any(_eval(v, answers) for v in node.values)
    if isinstance(node, ast.UnaryOp):
        return not _eval(node.operand, answers)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, answers)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _eval(comparator, answers)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Name):
        return answers.get(node.id)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(e, answers) for e in node.elts]
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)  # the checker allows only named functions
        _, function = FUNCTIONS[node.func.id]
        return function(*(_eval(a, answers) for a in node.args))
    raise ConditionError(f"{type(node).__name__} is not allowed in a condition")  # pragma: no cover


def unknown_names(condition: Condition, known: Collection[str]) -> list[str]:
    return sorted(name for name in condition.names if name not in known)
