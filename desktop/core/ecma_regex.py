"""JSON Schema patterns with the meaning JSON Schema gives them (ECMA-262), run on Python's ``re``.

A schema's ``pattern`` is an ECMA-262 regular expression, and Python's ``re`` reads the same text
differently in ways that matter to a validator: ``$`` also matches before a final line break (so
``^[a-z]+$`` let ``"gemini\\n"`` through), ``\\d`` and ``\\w`` take every script's digits and letters,
``\\s`` is another set of spaces, and ``.`` crosses a line or paragraph separator. This module
translates a pattern into a Python expression that matches exactly what ECMA-262 (with the ``u``
flag, as Ajv uses, and no other flags) matches: ``$`` becomes ``\\Z`` (the very end), the class
escapes become the explicit ASCII or ECMA sets, ``.`` excludes ECMA's four line terminators.

What ECMA-262 reads differently in ways not worth translating (backreferences, named groups,
Unicode property escapes, lookbehind of varying length, the ``u`` flag's syntax errors) raises
:class:`UnsupportedPattern` instead of being half-translated; a test proves every pattern Candor
ships is translated, and agrees with node's own RegExp on tricky strings.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: ECMA-262 WhiteSpace and LineTerminator: what its \s matches (Python's \s differs: \x1c-\x1f, \x85, no \ufeff).
_ECMA_SPACES = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_", "s": _ECMA_SPACES}
_WORD = "[A-Za-z0-9_]"
_OUTSIDE = {
    "d": "[0-9]", "D": "[^0-9]", "w": _WORD, "W": "[^A-Za-z0-9_]", "s": f"[{_ECMA_SPACES}]",
    "S": f"[^{_ECMA_SPACES}]",
    "b": f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))",
    "B": f"(?:(?<={_WORD})(?={_WORD})|(?<!{_WORD})(?!{_WORD}))",
}
_CONTROL = {"t": "\\t", "n": "\\n", "r": "\\r", "f": "\\x0c", "v": "\\x0b"}
_SYNTAX = set("^$\\.*+?()[]{}|/")
_QUANTIFIER = re.compile(r"\{[0-9]+(?:,[0-9]*)?\}")
_HEX2 = re.compile(r"[0-9A-Fa-f]{2}")
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")
_BRACED_HEX = re.compile(r"\{([0-9A-Fa-f]{1,6})\}")
_GROUP_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*>")


class UnsupportedPattern(ValueError):
    """The pattern uses ECMA-262 syntax this translation does not cover, or is not a valid pattern."""


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` (ECMA-262) as a compiled Python expression with the same matches; use ``.search``."""
    translated = translate(pattern)
    try:
        return re.compile(translated)
    except re.error as exc:
        raise UnsupportedPattern(f"{pattern!r} is not a pattern Candor can read: {exc}") from None


def search(pattern: str, text: str) -> bool:
    """Whether ECMA-262's ``RegExp(pattern, "u").test(text)`` is true."""
    return compile_pattern(pattern).search(text) is not None


def translate(pattern: str) -> str:
    """The Python ``re`` source that matches what the ECMA-262 ``pattern`` matches."""
    if not isinstance(pattern, str):
        raise UnsupportedPattern(f"a pattern must be a string, not {type(pattern).__name__}")
    return _Translator(pattern).run()


class _Translator:
    def __init__(self, pattern: str):
        self.pattern = pattern
        self.at = 0
        self.out: list[str] = []

    def fail(self, what: str) -> UnsupportedPattern:
        return UnsupportedPattern(f"{self.pattern!r}: {what} (at {self.at}) is not translated from ECMA-262")

    def run(self) -> str:
        pattern = self.pattern
        while self.at < len(pattern):
            char = pattern[self.at]
            if char == "\\":
                self.out.append(self.escape(in_class=False))
            elif char == "[":
                self.out.append(self.char_class())
            elif char == ".":
                self.out.append("[^\\n\\r\\u2028\\u2029]")
                self.at += 1
            elif char == "$":
                self.out.append("\\Z")
                self.at += 1
            elif char == "(":
                self.out.append(self.group_opening())
            elif char == "{":
                quantifier = _QUANTIFIER.match(pattern, self.at)
                if quantifier is None:
                    raise self.fail("a '{' that is not a quantifier")
                self.out.append(quantifier.group())
                self.at = quantifier.end()
            elif char in "}]":
                raise self.fail(f"a lone {char!r}")
            else:
                self.out.append(char)  # literals, ^ | ) * + ? mean the same in both
                self.at += 1
        return "".join(self.out)

    def group_opening(self) -> str:
        pattern, at = self.pattern, self.at
        if not pattern.startswith("(?", at):
            self.at += 1
            return "("
        for opening in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
            if pattern.startswith(opening, at):
                self.at += len(opening)
                return opening  # a lookbehind Python cannot take (varying length) fails when compiled
        name = _GROUP_NAME.match(pattern, at + 3) if pattern.startswith("(?<", at) else None
        if name is not None:
            raise self.fail("a named group")
        raise self.fail("a '(?' group")

    def escape(self, *, in_class: bool) -> str:
        pattern = self.pattern
        if self.at + 1 >= len(pattern):
            raise self.fail("a pattern ending in a backslash")
        char = pattern[self.at + 1]
        self.at += 2
        if in_class:
            if char in _CLASS_ESCAPES:
                return _CLASS_ESCAPES[char]
            if char in "DWS":
                raise self.fail(f"\\{char} inside a class")
            if char == "b":
                return "\\x08"
            if char == "-":
                return "\\-"
        elif char in _OUTSIDE:
            return _OUTSIDE[char]
        if char in _CONTROL:
            return _CONTROL[char]
        if char in _SYNTAX:
            return "\\" + char
        if char == "0" and not pattern[self.at:self.at + 1].isdigit():
            return "\\x00"
        if char == "x":
            digits = _HEX2.match(pattern, self.at)
            if digits is None:
                raise self.fail("\\x without two hex digits")
            self.at = digits.end()
            return "\\x" + digits.group()
        if char == "u":
            braced = _BRACED_HEX.match(pattern, self.at)
            if braced is not None and int(braced.group(1), 16) <= 0x10FFFF:
                self.at = braced.end()
                return f"\\U{int(braced.group(1), 16):08x}"
            digits = _HEX4.match(pattern, self.at)
            if digits is None:
                raise self.fail("\\u without four hex digits")
            self.at = digits.end()
            return "\\u" + digits.group()
        if char == "c" and pattern[self.at:self.at + 1].isascii() and pattern[self.at:self.at + 1].isalpha():
            letter = pattern[self.at]
            self.at += 1
            return f"\\x{ord(letter) % 32:02x}"
        raise self.fail(f"the escape \\{char}")

    def char_class(self) -> str:
        pattern = self.pattern
        self.at += 1
        negated = pattern.startswith("^", self.at)
        if negated:
            self.at += 1
        if pattern.startswith("]", self.at):  # ECMA: [] matches nothing, [^] any character
            self.at += 1
            return "[\\s\\S]" if negated else "(?!)"
        items: list[str] = []
        first = True
        while True:
            if self.at >= len(pattern):
                raise self.fail("a class without its ']'")
            char = pattern[self.at]
            if char == "]":
                self.at += 1
                break
            if char == "\\":
                piece = self.escape(in_class=True)
                if piece in _CLASS_ESCAPES.values() and pattern.startswith("-", self.at) \
                        and not pattern.startswith("-]", self.at):
                    raise self.fail("a range from a class escape")
                items.append(piece)
            elif char == "-":
                at_edge = first or pattern.startswith("]", self.at + 1)
                items.append("\\-" if at_edge else "-")
                self.at += 1
            elif char in "[&~|":  # literal in ECMA; Python reads [ and doubled &~| as set syntax to come
                items.append("\\" + char)
                self.at += 1
            else:
                items.append(char)
                self.at += 1
            first = False
        return ("[^" if negated else "[") + "".join(items) + "]"
