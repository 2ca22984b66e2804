"""Participation codes: the format, and a check character that catches single typos and adjacent swaps."""

from __future__ import annotations

import pytest

from desktop.core.participation_code import ALPHABET, LENGTH, CodeError, display, new_code, normalize


def test_new_codes_are_valid_distinct_and_use_only_the_alphabet():
    codes = {new_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert len(code) == LENGTH and set(code) <= set(ALPHABET)
        assert normalize(code) == code
        assert normalize(display(code).lower()) == code


def test_the_alphabet_has_no_look_alikes():
    assert not set("01OIL") & set(ALPHABET)


def test_every_single_substitution_is_caught():
    for _ in range(20):
        code = new_code()
        for position in range(LENGTH):
            for char in ALPHABET:
                if char != code[position]:
                    typo = code[:position] + char + code[position + 1:]
                    with pytest.raises(CodeError, match="typing mistake"):
                        normalize(typo)


def test_every_adjacent_swap_is_caught():
    for _ in range(200):
        code = new_code()
        for position in range(LENGTH - 1):
            if code[position] != code[position + 1]:
                swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
                with pytest.raises(CodeError, match="typing mistake"):
                    normalize(swapped)


@pytest.mark.parametrize(("text", "words"), [
    ("", "No participation code"),
    ("K7MQ-P3XR-T9A", "11 characters"),
    ("K7MQ-P3XR-T9A0", "zero"),
])
def test_bad_input_names_the_problem(text, words):
    with pytest.raises(CodeError, match=words):
        normalize(text)
