"""Participation codes: one-time codes a trustee hands out, one per invited person.

Format
    12 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L), shown in three groups
    of four: ``K7MQ-P3XR-T9AC``. The first 11 carry about 54 bits of randomness (:mod:`secrets`); the
    last is a check character.

Check character
    A weighted sum modulo 31 (a prime): ``sum((i + 1) * value(c_i)) % 31 == 0`` over all 12 characters.
    Every weight is non-zero and no two neighbours share a weight, so any single mistyped character and
    any swap of two adjacent different characters changes the sum and is caught (because 31 is prime).
    It catches typos only; it is no protection against guessing (the 54 random bits are).

Entering
    Case, spaces and hyphens do not matter; ``normalize`` gives the canonical 12 characters or raises
    :class:`CodeError` naming the problem in words a person can act on.
"""

from __future__ import annotations

import secrets

from desktop.core.errors import CandorError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BASE = len(ALPHABET)  # 31, a prime
LENGTH = 12
_VALUES = {char: index for index, char in enumerate(ALPHABET)}
_SEPARATORS = " -\t"
#: Characters people type for one the alphabet leaves out, and what to say about them.
_LOOK_ALIKES = {"0": "zero", "O": "the letter O", "1": "one", "I": "the letter I", "L": "the letter L"}


class CodeError(CandorError, ValueError):
    """A participation code as entered cannot be right; the message says what to check."""


def _check_value(body: str) -> int:
    """The value of the check character that makes the weighted sum of ``body`` + it zero modulo 31."""
    total = sum((position + 1) * _VALUES[char] for position, char in enumerate(body))
    weight = len(body) + 1
    # weight * x == -total (mod 31): multiply by the inverse of the weight (31 is prime).
    return (-total * pow(weight, -1, BASE)) % BASE


def new_code() -> str:
    """A fresh random code, canonical (12 characters, no separators)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH - 1))
    return body + ALPHABET[_check_value(body)]


def display(code: str) -> str:
    """``K7MQP3XRT9AC`` as ``K7MQ-P3XR-T9AC``."""
    return "-".join(code[start:start + 4] for start in range(0, len(code), 4))


def normalize(text: str) -> str:
    """The canonical form of a code as a person typed or pasted it; raises CodeError if it cannot be right."""
    cleaned = "".join(char for char in text.strip().upper() if char not in _SEPARATORS)
    if not cleaned:
        raise CodeError("No participation code was entered. Type the code from your card, such as K7MQ-P3XR-T9AC.")
    for char in cleaned:
        if char not in _VALUES:
            what = _LOOK_ALIKES.get(char)
            hint = f" Codes never contain {what}; check that character on your card." if what else ""
            raise CodeError(f"The participation code contains {char!r}, which no code contains.{hint} "
                            "Codes use the digits 2-9 and the letters A-Z without I, L and O.")
    if len(cleaned) != LENGTH:
        raise CodeError(f"The participation code has {len(cleaned)} characters, but codes have {LENGTH} "
                        "(three groups of four). Check that you typed all of it.")
    total = sum((position + 1) * _VALUES[char] for position, char in enumerate(cleaned))
    if total % BASE:
        raise CodeError("The participation code has a typing mistake: its last character does not match the "
                        "others. Check each character against your card, especially neighbouring ones.")
    return cleaned


def is_valid(text: str) -> bool:
    try:
        normalize(text)
    except CodeError:
        return False
    return True
