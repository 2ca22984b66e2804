"""Load YAML content files safely, remembering which line each value came from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from desktop.core.errors import ContentError
from desktop.core.field_paths import Lines, join_path

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
__all__ = ["Lines", "join_path", "load_yaml", "parse_yaml"]


def _record_lines(node: yaml.Node, path: str, lines: Lines) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                _record_lines(value_node, join_path(path, key_node.value), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, join_path(path, index), lines)


def _scalars(node: yaml.Node | None) -> Iterator[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(key)
            yield from _scalars(value)


def _bad_date_line(node: yaml.Node | None) -> int | None:
    constructor = yaml.constructor.SafeConstructor()
    for scalar in _scalars(node):
        if scalar.tag == "tag:yaml.org,2002:timestamp":
            try:
                constructor.construct_yaml_timestamp(scalar)
            except ValueError:
                return scalar.start_mark.line + 1
    return None


def parse_yaml(text: str, file: str) -> tuple[Any, Lines]:
    """Parse ``text`` with the safe loader; return the data and a path -> line map.

    Syntax errors become a :class:`ContentError` naming the file and line.
    """
    node = None
    try:
        # One parse (libyaml's when installed, some twenty times faster): the node tree gives the
        # lines, and the same tree is built into the data.
        node = yaml.compose(text, Loader=_LOADER)
        data = _LOADER("").construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or str(exc)
        raise ContentError.single(file, f"not valid YAML: {problem}", line=line) from exc
    except yaml.YAMLError as exc:
        raise ContentError.single(file, f"not valid YAML: {exc}") from exc
    except ValueError as exc:
        # The syntax is fine but a value cannot be built, e.g. 2026-02-30 (no such day).
        line = _bad_date_line(node)
        if line is None:
            raise ContentError.single(file, f"a value cannot be read: {exc}") from exc
        raise ContentError.single(
            file, f"a date cannot be read ({exc}); write a real calendar date as YYYY-MM-DD", line=line
        ) from exc
    lines: Lines = {}
    if node is not None:
        _record_lines(node, "", lines)
    return data, lines


def load_yaml(path: Path) -> tuple[Any, Lines]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ContentError.single(str(path), "file not found; reinstall Candor or fix the path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError.single(str(path), f"cannot be read: {exc}") from exc
    return parse_yaml(text, str(path))
