"""Hostile inputs for the tests and for tools/fuzz_hostile.py: crafted files and a byte mutator.

The mutator is zzuf (Debian's ``zzuf``, installed by ./dev) when it is on the PATH, else a seeded
byte-level mutator of our own with the same kinds of damage (flipped bits, changed, inserted and
deleted bytes, a cut). Either way a (data, seed) pair always gives the same mutant.
"""

from __future__ import annotations

import base64
import random
import shutil
import subprocess

#: Share of bytes zzuf changes in each mutant (its -r): a few per summary-sized file.
ZZUF_RATIO = "0.0005:0.02"


def with_stanzas(envelope: bytes, count: int) -> bytes:
    """``envelope`` (a binary age file) with ``count`` extra X25519 stanzas for keys nobody holds.

    The stanzas are well formed, so only their number is wrong: age would try each collector key
    on each of them.
    """
    rng = random.Random(count)
    first_line, rest = envelope.split(b"\n", 1)
    stanza_args = base64.b64encode(rng.randbytes(32)).rstrip(b"=")
    body = base64.b64encode(rng.randbytes(32)).rstrip(b"=")
    stanza = b"-> X25519 " + stanza_args + b"\n" + body + b"\n"
    return first_line + b"\n" + stanza * count + rest


def stanzas_to_fill(envelope: bytes, size: int) -> bytes:
    """``envelope`` padded with extra stanzas to about ``size`` bytes (a 1 MiB one: about 10,000 stanzas)."""
    one = len(with_stanzas(envelope, 1)) - len(envelope)
    return with_stanzas(envelope, max(0, (size - len(envelope)) // one))


def nested_arrays(depth: int) -> str:
    return f"[privacy]\nx = {'[' * depth}{']' * depth}\n"


def nested_inline_tables(depth: int) -> str:
    return "[privacy]\nx = " + "{a = " * depth + "1" + "}" * depth + "\n"


def deep_header(depth: int) -> str:
    return "[" + ".".join(["a"] * depth) + "]\nk = 1\n"


def deep_dotted_key(depth: int) -> str:
    return ".".join(["a"] * depth) + " = 1\n"


def crafted_policies() -> dict[str, str]:
    """The deeply nested policies of issue 13 (each made RecursionError or took seconds)."""
    return {
        "600 nested arrays": nested_arrays(600),
        "600 nested inline tables": nested_inline_tables(600),
        "20,000-level header": deep_header(20_000),
        "20,000-level dotted key": deep_dotted_key(20_000),
        "200,000-level header": deep_header(200_000),
        "array of tables 20,000 deep": "[[" + ".".join(["a"] * 20_000) + "]]\n",
    }


class Mutator:
    """Mutants of seed files: ``mutate(data, seed)``. ``tool`` says which mutator is in use."""

    def __init__(self, prefer_zzuf: bool = True):
        self.zzuf = shutil.which("zzuf") if prefer_zzuf else None
        self.tool = "zzuf" if self.zzuf else "built-in"

    def mutate(self, data: bytes, seed: int) -> bytes:
        if self.zzuf:
            done = subprocess.run([self.zzuf, "-s", str(seed), "-r", ZZUF_RATIO], input=data,
                                  capture_output=True, timeout=30, check=True)
            return done.stdout
        return mutate_bytes(data, seed)

    def mutate_many(self, data: bytes, seeds: range) -> list[bytes]:
        """Mutants for a range of seeds (zzuf makes them in one process: ``-s a:b`` runs once per seed)."""
        return [self.mutate(data, seed) for seed in seeds]


def mutate_bytes(data: bytes, seed: int) -> bytes:
    """A seeded byte-level mutation: a few bit flips, byte changes, insertions, deletions, maybe a cut."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not out:
            out.extend(rng.randbytes(rng.randint(1, 16)))
            continue
        at = rng.randrange(len(out))
        action = rng.random()
        if action < 0.35:
            out[at] ^= 1 << rng.randrange(8)
        elif action < 0.6:
            out[at] = rng.choice((0, 0x0A, 0x22, 0x2D, 0x3E, 0x5B, 0x7B, 0x7D, 0xFF, rng.randrange(256)))
        elif action < 0.75:
            out[at:at] = rng.choice((b"\n", b"-> ", b"[", b"{", b"\xef\xbb\xbf", b"\\u0000", rng.randbytes(4)))
        elif action < 0.9:
            del out[at:at + rng.randint(1, 32)]
        else:
            repeat = out[at:at + rng.randint(1, 64)]
            out[at:at] = repeat * rng.randint(1, 200)
    if rng.random() < 0.1:
        del out[rng.randrange(len(out) + 1):]
    return bytes(out)
