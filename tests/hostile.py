"""Hostile inputs for the tests and for tools/fuzz_hostile.py: crafted files and a byte mutator.

The mutator is zzuf (Debian's ``zzuf``, installed by ./dev) when it is on the PATH, else a seeded
byte-level mutator of our own with the same kinds of damage (flipped bits, changed, inserted and
deleted bytes, a cut). Either way a (data, seed) pair always gives the same mutant.
"""

from __future__ import annotations

import base64
import io
import json
import random
import shutil
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

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


# --- summaries ----------------------------------------------------------------------------------------------


def crafted_summaries(envelope: bytes, plain: bytes) -> dict[str, bytes]:
    """The hostile summary files of issue 13, by file name, from one real age file and its plaintext."""
    armored = armor_text(envelope)
    lines = armored.split(b"\n")
    lines[3] = lines[3][:10] + "é".encode() + lines[3][12:]
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("candor-bomb.age", b"\0" * (8 << 20))
        packed.writestr("../candor-climb.age", envelope)
    return {
        "candor-crafted-1mib-stanzas.age": stanzas_to_fill(envelope, 1024 * 1024),
        "candor-crafted-314k-stanzas.age": stanzas_to_fill(envelope, 314 * 1024),
        "candor-crafted-stanzas-armored.txt": armor_text(stanzas_to_fill(envelope, 700 * 1024)),
        "candor-crafted-non-ascii-armor.txt": b"\n".join(lines),
        "candor-crafted-bom.json": b"\xef\xbb\xbf" + plain,
        "candor-crafted-plaintext.json": plain,
        "candor-crafted-deep.json": b"[" * 100_000 + b"]" * 100_000,
        "candor-crafted-deep-object.json": b'{"format": "candor-summary", "x": ' + b'{"a": ' * 50_000 + b"1"
                                           + b"}" * 50_001,
        "candor-crafted-header-only.age": envelope.split(b"\n---", 1)[0] + b"\n",
        "crafted-bomb-and-climb.zip": bomb.getvalue(),
    }


def armor_text(envelope: bytes) -> bytes:
    from desktop.exchange.envelope import armor

    return armor(envelope).encode("ascii")


def summary_seeds(envelopes: list[bytes], plains: list[bytes]) -> dict[str, bytes]:
    """Seed files to mutate: age files, armored texts, plaintext JSON, and a zip of age files."""
    seeds: dict[str, bytes] = {}
    for index, (envelope, plain) in enumerate(zip(envelopes, plains, strict=True)):
        seeds[f"candor-seed-{index}.age"] = envelope
        seeds[f"candor-seed-{index}.txt"] = armor_text(envelope)
        seeds[f"candor-seed-{index}.json"] = plain
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, envelope in enumerate(envelopes):
            archive.writestr(f"export/candor-seed-{index}.age", envelope)
    seeds["candor-seeds.zip"] = packed.getvalue()
    return seeds


def write_mutants(seeds: Mapping[str, bytes], out: Path, count: int, mutator: Mutator,
                  first_seed: int = 0) -> list[Path]:
    """``count`` mutants of the seeds, in turn, into ``out``; each name keeps its seed's suffix."""
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(seeds)
    paths = []
    for number in range(count):
        name = names[number % len(names)]
        stem, _, suffix = name.rpartition(".")
        path = out / f"{stem}-m{number:05d}.{suffix}"
        path.write_bytes(mutator.mutate(seeds[name], first_seed + number))
        paths.append(path)
    return paths


@dataclass
class FileOutcome:
    path: Path
    seconds: float
    code: str  # a reason code, or "imported" / "replaced" / "unchanged" / "skipped"
    message: str
    store_changed: bool = False

    @property
    def accepted(self) -> bool:
        return self.code in ("imported", "replaced")


def unexpected(outcome: FileOutcome) -> bool:
    """Whether ingest met an exception it did not foresee (it reports those instead of raising)."""
    return "unexpected problem" in outcome.message


def ingest_each(paths: Iterable[Path], identity, campaign, store) -> list[FileOutcome]:
    """Ingest each file on its own, in this process, timing it and noting whether the store changed."""
    from desktop.collector.ingest import ingest

    outcomes = []
    rows = store_rows(store)
    for path in paths:
        started = time.perf_counter()
        result = ingest([path], [identity], campaign, store, workers=0)
        seconds = time.perf_counter() - started
        before, rows = rows, store_rows(store)
        if result.rejected:
            code, message = result.rejected[0].reason_code, " | ".join(r.message for r in result.rejected)
        else:
            code = ("imported" if result.imported else "replaced" if result.replaced else
                    "unchanged" if result.unchanged else "skipped")
            message = ""
        outcomes.append(FileOutcome(path, seconds, code, message, store_changed=rows != before))
    return outcomes


def store_rows(store) -> list[str]:
    """Everything the collector store holds, as comparable text."""
    return sorted(json.dumps(summary, sort_keys=True) for summary in store.summaries())


# --- policies -----------------------------------------------------------------------------------------------


def policy_seeds(root: Path) -> dict[str, bytes]:
    """Seed policies to mutate: the shipped ones and a small one with every kind of table."""
    seeds = {path.name: path.read_bytes() for path in sorted((root / "resources" / "policy").glob("*.toml"))}
    seeds["small.toml"] = (
        b'[organization]\nname = "Acme"\n[campaign]\nid = "2026-q1"\n[privacy]\nmin_group_size = 5\n'
        b'epsilon = 1.1\n[[tools]]\nid = "chatgpt"\nstatus = "approved"\nnote = { en = "Use the team plan", '
        b'de = """Team"""}\n[[org_units]]\ncode = "sales"\nlabel = \'Sales\'\n')
    return seeds


def check_each_policy(paths: Iterable[Path], check: Callable[[Path], object]) -> list[tuple[Path, float, str]]:
    """Run ``check`` on each policy file, timing it; the third item names an exception that escaped, or ""."""
    outcomes = []
    for path in paths:
        started = time.perf_counter()
        try:
            check(path)
            escaped = ""
        except Exception as exc:  # noqa: BLE001 - what the fuzzing looks for
            escaped = f"{type(exc).__name__}: {exc}"
        outcomes.append((path, time.perf_counter() - started, escaped))
    return outcomes
