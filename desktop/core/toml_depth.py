"""How deeply a TOML text nests, measured in one pass before any parser sees it.

``tomllib`` parses arrays and inline tables by recursion, and every dotted key or table header
part makes one more level of nested tables, which the rest of Candor (schema checks, merging)
walks by recursion too. 600 nested arrays in 1.2 KB raise RecursionError; a header of 200,000
dotted parts takes tomllib over ten seconds. So a policy is measured first, and one nesting deeper
than :data:`MAX_DEPTH` is refused without being parsed.

The measure: a table header ``[a.b]`` is 2 levels (an array of tables ``[[a.b]]`` 3), a key
``c.d = ...`` under it adds 2, an array adds one level for its items, an inline table's keys add
their parts. The scan knows TOML's strings and comments (brackets and dots inside them do not
count) and never under-counts what a parser would build; on text that is not valid TOML it still
ends, in time linear in the text, and the parser then reports the syntax error.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: The deepest real policy nests 4 levels (``[[tools]]`` with ``note = { en = "..." }``); 16 leaves
#: room for any future field while staying far below where tomllib, the schema check or the merge
#: would recurse dangerously (hundreds of levels).
MAX_DEPTH = 16

_SIGNIFICANT = re.compile(r'"""|\'\'\'|["\'#\[\]{},=.\n]')
_BASIC_END = re.compile(r'\\.|"|\n', re.S)
_MULTILINE_BASIC_END = re.compile(r'\\.|"""', re.S)


class TooDeep(NamedTuple):
    depth: int
    line: int


def too_deep(text: str, limit: int = MAX_DEPTH) -> TooDeep | None:
    """Where ``text`` first nests deeper than ``limit`` levels (the depth reached and its 1-based line), or None."""
    stack: list[tuple[str, int]] = []  # open arrays ("[") and inline tables ("{") with the depth inside them
    mode = "key"  # "key": reading a (dotted) key; "header": inside [ ]; "value": after "="
    base = 0  # depth of the current [table] header
    parts = 1  # parts of the key or header being read
    value_depth = 0  # depth of the value being read
    array_of_tables = False
    position = 0
    length = len(text)

    def here(depth: int, at: int) -> TooDeep:
        return TooDeep(depth, text.count("\n", 0, at) + 1)

    while position < length:
        found = _SIGNIFICANT.search(text, position)
        if found is None:
            break
        token = found.group()
        at = found.start()
        position = found.end()
        if token in ('"', "'", '"""', "'''"):
            position = _string_end(text, token, position)
            continue
        if token == "#":
            newline = text.find("\n", position)
            position = length if newline < 0 else newline
            continue
        if mode == "header":
            if token == ".":
                parts += 1
                if parts > limit:  # a runaway header: no need to read it to its end
                    return here(parts, at)
            elif token == "]" or token == "\n":
                base = parts + (1 if array_of_tables else 0)
                if base > limit:
                    return here(base, at)
                mode, parts = "key", 1
            continue
        if mode == "key":
            if token == ".":
                parts += 1
                if (stack[-1][1] if stack else base) + parts > limit:
                    return here((stack[-1][1] if stack else base) + parts, at)
            elif token == "=":
                value_depth = (stack[-1][1] if stack else base) + parts
                if value_depth > limit:
                    return here(value_depth, at)
                mode = "value"
            elif token == "[" and not stack:  # only a table header can open with "[" where a key is expected
                mode, parts = "header", 1
                array_of_tables = text.startswith("[", position)
                if array_of_tables:
                    position += 1
            elif token == "}" and stack:  # an empty inline table, or one ending after a comma
                stack.pop()
                mode = "value"
                value_depth = stack[-1][1] if stack and stack[-1][0] == "[" else value_depth
            elif token == "\n" and not stack:
                parts = 1
            continue
        # mode == "value"
        if token in "[{":
            inside = value_depth + 1 if token == "[" else value_depth
            if value_depth + 1 > limit:
                return here(value_depth + 1, at)
            stack.append((token, inside))
            if token == "[":
                value_depth = inside
            else:
                mode, parts = "key", 1
        elif token in "]}":
            if stack:
                stack.pop()
            if stack and stack[-1][0] == "[":
                value_depth = stack[-1][1]
        elif token == ",":
            if stack and stack[-1][0] == "{":
                mode, parts = "key", 1
        elif token == "\n" and not stack:
            mode, parts = "key", 1
    return None


def _string_end(text: str, quote: str, position: int) -> int:
    """Where the string opened by ``quote`` (ending just before ``position``) ends; the text's end if never."""
    length = len(text)
    if quote == "'''":
        end = text.find("'''", position)
        return length if end < 0 else _past_quotes(text, end + 3, "'")
    if quote == "'":
        ends = [i for i in (text.find("'", position), text.find("\n", position)) if i >= 0]
        return min(ends) + 1 if ends else length
    pattern = _MULTILINE_BASIC_END if quote == '"""' else _BASIC_END
    for found in pattern.finditer(text, position):
        token = found.group()
        if token == '"""':
            return _past_quotes(text, found.end(), '"')
        if token in ('"', "\n"):
            return found.end()
    return length


def _past_quotes(text: str, position: int, quote: str) -> int:
    """A multi-line string may end in up to two more quotes (``""""`` is one quote, then the end)."""
    for _ in range(2):
        if text.startswith(quote, position):
            position += 1
    return position
