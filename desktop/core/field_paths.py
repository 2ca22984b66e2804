"""Where a value sits in a content or policy file: its field path and the line it came from."""

from __future__ import annotations

#: Field path ("tools[0].status") -> line number in the file it was read from.
Lines = dict[str, int]


def join_path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else str(key)
