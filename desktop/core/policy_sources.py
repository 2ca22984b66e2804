"""Reading the policy sources and resolving them into the effective policy.

Priority, highest first: the ``--policy`` flag, the ``CANDOR_POLICY`` environment variable,
the managed system location (set by IT, per OS), the user location, the policy bundled in
``resources/policy/default.toml``, then the built-in defaults.

Each single-valued field comes from the highest source that sets it. ``[[tools]]`` merge by
id (the higher source's entry wins whole); ``[[org_units]]`` is taken whole from the highest
source that sets it. A file with any problem is skipped whole, its problems are collected,
and the app carries on with the rest: an invalid policy never stops Candor from starting.

**The organization's control.** Where IT has put a policy out of the employee's reach, it is
mandatory for the fields that protect employees and decide where summaries go
(:func:`policy_effective.locked_fields`: every ``[privacy]`` and ``[submission]`` field), the way managed browser
and OS policies are. The *control* is the baked-in policy when the build has one (see
:func:`policy_locations.baked_marker_path`), otherwise the managed file when one exists. Locked fields then come
only from the control, and where it leaves one out, from the built-in defaults. Any other source
(the flag, the variable, the user's file, the managed file under a baked-in policy) may only make
privacy stricter (a larger ``min_group_size``, a smaller ``epsilon``, ``randomized_response = true``,
``allow_plaintext = false``); whatever else it sets for a locked field is refused and listed in
:attr:`EffectivePolicy.overrides`. The bundled file that was not baked in is Candor's own default
and is not consulted for locked fields while there is a control.

A managed file that exists but cannot be used (invalid, unreadable, a folder, a dangling link, or
changeable by the person running Candor: see :mod:`policy_trust`), or a baked-in policy that does
not match its build record, fails closed: locked fields take the built-in defaults and
:attr:`EffectivePolicy.blocks` turns export off until IT fixes it.

**Read once.** Each place is fetched once (existence, trust, its bytes) and kept in the result
(:attr:`EffectivePolicy.fetched`), then parsed and merged. The start-up resolves the policy for its first
window before the catalog has loaded; :func:`with_tool_ids` later checks the same sources, as read, against
the catalog, and :func:`with_flag` puts another ``--policy`` file over them (a trend's earlier campaigns),
so no policy file is read twice. Reading again on purpose (the file changed) is :mod:`policy_reload`'s.

The places live in :mod:`policy_locations`, the merge in :mod:`policy_merge`, the result in
:mod:`policy_effective`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from desktop.core.errors import ContentError, Problem
from desktop.core.policy_effective import (
    BAKED,
    BUILTIN,
    LOCKED_SECTIONS,
    BlockKind,
    EffectivePolicy,
    ExportBlock,
    FetchedSource,
    Override,
    PolicySource,
    SourceRead,
)
from desktop.core.policy_file import parse_policy_text
from desktop.core.policy_locations import ENV_VAR, PolicyLocations, baked_marker_path
from desktop.core.policy_merge import PolicyMerger
from desktop.core.policy_trust import Account, changeable
from desktop.core.regular_file import FileTooLarge, NotARegularFile, read_regular

#: A policy is a few kilobytes; anything far bigger is a wrong path, not a policy.
MAX_BYTES = 1024 * 1024


class PolicyFileMissing(ContentError):
    """The policy file does not exist (as opposed to existing with problems)."""


class PolicyFileUnusable(ContentError):
    """The policy file exists but cannot be read at all: ``kind`` is ``folder`` or ``unreadable``."""

    def __init__(self, problems: list[Problem], kind: BlockKind):
        super().__init__(problems)
        self.kind = kind



_MARKER = re.compile(r"sha256:([0-9a-f]{64})")


# ---------------------------------------------------------------------------------------------
# Reading one file
# ---------------------------------------------------------------------------------------------


def read_policy_bytes(path: Path) -> bytes:
    """The raw bytes of one policy file. Raises :class:`PolicyFileMissing`, :class:`PolicyFileUnusable`
    (a folder, a pipe or device, no permission, an I/O error) or :class:`ContentError` (too big)."""
    file = str(path)
    try:
        raw = read_regular(path, MAX_BYTES)  # a pipe or a device is refused unopened: reading one could block
    except (FileNotFoundError, NotADirectoryError) as error:
        raise PolicyFileMissing([Problem(file, "", "file not found; check the path")]) from error
    except (IsADirectoryError, NotARegularFile) as error:
        what = getattr(error, "what", "a folder")
        if what == "a folder":
            problem = Problem(file, "", "is a folder; name the policy file inside it")
            raise PolicyFileUnusable([problem], "folder") from error
        problem = Problem(file, "", f"is {what}, not a file, so it was not read; name the policy file itself")
        raise PolicyFileUnusable([problem], "unreadable") from error
    except FileTooLarge as error:
        raise ContentError.single(file, "is larger than 1 MB, far too big for a policy; check the path") from error
    except PermissionError as error:
        problem = Problem(file, "", "cannot be read (permission denied); make it readable for every user of this "
                                    "computer")
        raise PolicyFileUnusable([problem], "unreadable") from error
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or error
        raise PolicyFileUnusable([Problem(file, "", f"cannot be read: {reason}")], "unreadable") from error
    return raw


def parse_policy_bytes(raw: bytes, file: str, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError.single(
            file, f"is not UTF-8 text (byte {error.start + 1}); save it as UTF-8 in a text editor"
        ) from error
    return parse_policy_text(text, file, known_tool_ids)


def read_policy_file(path: Path, known_tool_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Read and validate one policy file. Raises :class:`ContentError` with every problem;
    :class:`PolicyFileMissing` (a ContentError) when there is no such file.
    """
    return parse_policy_bytes(read_policy_bytes(path), str(path), known_tool_ids)


def check_policy_file(path: Path | str, known_tool_ids: Collection[str] | None = None) -> list[Problem]:
    """Every problem of one file, for ``candor policy check``; an empty list means valid."""
    try:
        read_policy_file(Path(path), known_tool_ids)
    except ContentError as error:
        return error.problems
    return []



# Each place is fetched once (the only step that touches the file system: existence, trust, the bytes) and then
# parsed (pure), so that the same fetched sources can be resolved again, with the catalog's tool ids, without
# reading any file twice.


def _fetch_plain(label: str, path: Path, named: bool) -> FetchedSource:
    try:
        raw = read_policy_bytes(path)
    except PolicyFileMissing:
        problems = [Problem(str(path), "", f"file not found; {label} names it, so check the path")] if named else []
        return FetchedSource(label, path, read=SourceRead(PolicySource(label, path, "absent"), problems=problems))
    except ContentError as error:
        return FetchedSource(label, path, read=SourceRead(PolicySource(label, path, "invalid"),
                                                          problems=error.problems))
    return FetchedSource(label, path, raw)


def _unusable(label: str, path: Path, kind: BlockKind, problems: list[Problem]) -> SourceRead:
    block = ExportBlock(str(path), kind, "; ".join(str(problem) for problem in problems))
    return SourceRead(PolicySource(label, path, "invalid"), problems=problems, block=block)


def _fetch_managed(path: Path, account: Account | None) -> FetchedSource:
    """The managed file, trusted only while the person running Candor cannot change it."""
    if not os.path.lexists(path):
        return FetchedSource("managed", path, read=SourceRead(PolicySource("managed", path, "absent")))
    found = changeable(path, account)
    if found is not None:
        message = (f"cannot be trusted as the managed policy, because {found}; make the file and every folder"
                   " above it writable by administrators only (for example owned by root, mode 0644 for the file"
                   " and 0755 for the folders), so that employees cannot change it; until then export is off")
        return FetchedSource("managed", path, read=_unusable("managed", path, "changeable",
                                                             [Problem(str(path), "", message)]))
    try:
        raw = read_policy_bytes(path)
    except PolicyFileMissing:  # lexists but not there: a link to nothing (or it went away just now)
        try:
            message = f"is a link to {os.readlink(path)}, which does not exist"
        except OSError:
            message = "disappeared while Candor was reading it"
        message += "; deploy the policy file itself; until then export is off"
        return FetchedSource("managed", path, read=_unusable("managed", path, "unreadable",
                                                             [Problem(str(path), "", message)]))
    except PolicyFileUnusable as error:
        return FetchedSource("managed", path, read=_unusable("managed", path, error.kind, error.problems))
    except ContentError as error:
        return FetchedSource("managed", path, read=_unusable("managed", path, "invalid", error.problems))
    return FetchedSource("managed", path, raw, guarded=True)


def _fetch_bundled(path: Path) -> FetchedSource:
    """The bundled policy: a default, or, with a build record beside it, the baked-in control."""
    marker = baked_marker_path(path)
    if not os.path.lexists(marker):
        return _fetch_plain("bundled", path, False)

    def altered(message: str) -> FetchedSource:
        return FetchedSource(BAKED, path, read=_unusable(BAKED, path, "altered", [Problem(str(path), "", message)]))

    reinstall = "; reinstall Candor from your IT team's package (until then export is off)"
    try:
        with open(marker, "rb") as handle:
            record = _MARKER.fullmatch(handle.read(200).decode("ascii", "replace").strip())
    except OSError as error:
        return altered(f"its build record {marker} cannot be read ({error.strerror or error}){reinstall}")
    if record is None:
        return altered(f"its build record {marker} is damaged{reinstall}")
    try:
        raw = read_policy_bytes(path)
    except PolicyFileMissing:
        return altered(f"the policy baked into this build is missing, though {marker} records one{reinstall}")
    except PolicyFileUnusable as error:
        return FetchedSource(BAKED, path, read=_unusable(BAKED, path, error.kind, error.problems))
    except ContentError as error:
        return FetchedSource(BAKED, path, read=_unusable(BAKED, path, "invalid", error.problems))
    import hashlib  # only for a baked policy: the usual start does not load OpenSSL's bindings

    if hashlib.sha256(raw).hexdigest() != record.group(1):
        return altered(f"is not the policy baked in when Candor was built (its SHA-256 differs from the one in"
                       f" {marker}), so it was changed afterwards{reinstall}")
    return FetchedSource(BAKED, path, raw, guarded=True)


def _parse(fetched: FetchedSource, known: Collection[str] | None) -> SourceRead:
    """What one fetched place gives: its data, or its problems (a control's turn export off)."""
    if fetched.read is not None:
        return fetched.read
    assert fetched.raw is not None and fetched.path is not None
    label, path = fetched.label, fetched.path
    try:
        data = parse_policy_bytes(fetched.raw, str(path), known)
    except ContentError as error:
        if fetched.guarded:
            return _unusable(label, path, "invalid", error.problems)
        return SourceRead(PolicySource(label, path, "invalid"), problems=error.problems)
    return SourceRead(PolicySource(label, path, "found"), data)


# ---------------------------------------------------------------------------------------------
# Resolving
# ---------------------------------------------------------------------------------------------


def _fetch_flag(path: Path) -> FetchedSource:
    """The ``--policy`` file: named by the person, so its absence is a problem to report."""
    return _fetch_plain("--policy", path, True)


def resolve_policy(
    flag: str | os.PathLike[str] | None,
    env: str | os.PathLike[str] | Mapping[str, str] | None,
    known_tool_ids: Collection[str] | None,
    locations: PolicyLocations | None = None,
) -> EffectivePolicy:
    """Find, validate and merge every policy source into the effective policy. Never raises.

    ``flag`` is the ``--policy`` value; ``env`` is either the environment (a mapping, read for
    ``CANDOR_POLICY``) or that variable's value. ``locations`` defaults to this system's
    managed, user and bundled paths and the account running Candor; tests pass their own.
    Each file is read once; :func:`with_tool_ids` resolves the same sources again, as read.
    """
    if locations is None:
        locations = PolicyLocations.for_this_system()
    env_value = env.get(ENV_VAR) if isinstance(env, Mapping) else env
    account = locations.account
    looks: list[tuple[str, Path | None, Callable[[Path], FetchedSource]]] = [
        ("--policy", _as_path(flag), _fetch_flag),
        (ENV_VAR, _as_path(env_value), lambda path: _fetch_plain(ENV_VAR, path, True)),
        ("managed", locations.managed, lambda path: _fetch_managed(path, account)),
        ("user", locations.user, lambda path: _fetch_plain("user", path, False)),
        ("bundled", locations.bundled, _fetch_bundled),
    ]
    fetched = tuple(_fetch(label, path, fetch) for label, path, fetch in looks)
    return _merged(fetched, known_tool_ids, locations)


def _fetch(label: str, path: Path | None, fetch: Callable[[Path], FetchedSource]) -> FetchedSource:
    if path is None:
        return FetchedSource(label, None, read=SourceRead(PolicySource(label, None, "absent")))
    return fetch(path)


def with_tool_ids(resolved: EffectivePolicy, known_tool_ids: Collection[str]) -> EffectivePolicy:
    """``resolved`` resolved again from the sources as they were read, now checking tool ids against the
    catalog's (``known_tool_ids``): what :func:`resolve_policy` with those ids would have given, reading
    no file again. The start-up resolves the policy for the first window before the catalog loads."""
    if resolved.fetched is None:
        raise ValueError("with_tool_ids needs a policy from resolve_policy, which keeps what it read")
    return _merged(resolved.fetched, known_tool_ids, resolved.locations)


def with_flag(resolved: EffectivePolicy, flag: str | os.PathLike[str] | None,
              known_tool_ids: Collection[str] | None) -> EffectivePolicy:
    """The policy with ``flag`` as its ``--policy`` file over the other sources of ``resolved``: the flag's file
    is read now, every other source is taken as it was read for ``resolved`` (a trend's earlier campaigns, each
    from its own file over the same environment, managed, user and bundled policies)."""
    if resolved.fetched is None:
        raise ValueError("with_flag needs a policy from resolve_policy, which keeps what it read")
    first = _fetch("--policy", _as_path(flag), _fetch_flag)
    return _merged((first, *resolved.fetched[1:]), known_tool_ids, resolved.locations)


def _merged(fetched: tuple[FetchedSource, ...], known_tool_ids: Collection[str] | None,
            locations: PolicyLocations | None) -> EffectivePolicy:
    reads = [_parse(source, known_tool_ids) for source in fetched]
    control = _control(reads)
    merger = PolicyMerger()
    for read in reads:
        if read.data is None:
            continue
        if control is None:
            merger.add(read.data, read.source)
        else:
            merger.add(_without_locked(read.data), read.source)
    overrides: list[Override] = []
    if control is not None:
        others = [read for read in reads if read is not control and read.data is not None
                  and read.source.label != "bundled"]
        overrides = merger.lock(control, others)
    policy, provenance, conflicts = merger.result()
    sources = [read.source for read in reads] + [PolicySource(BUILTIN, None, "found")]
    problems = [problem for read in reads for problem in read.problems] + conflicts
    return EffectivePolicy(
        policy, provenance, problems, sources,
        control=control.source if control else None,
        overrides=overrides,
        blocks=[read.block for read in reads if read.block is not None],
        fields_set={read.source.label: _fields_of(read.data) for read in reads if read.data is not None},
        locations=locations,
        fetched=fetched,
    )


def _control(reads: list[SourceRead]) -> SourceRead | None:
    """The baked-in policy when there is one, otherwise the managed file when it exists (even broken)."""
    by_label = {read.source.label: read for read in reads}
    baked = by_label.get(BAKED)
    if baked is not None:
        return baked
    managed = by_label["managed"]
    return managed if managed.source.status != "absent" else None


def _as_path(value: str | os.PathLike[str] | None) -> Path | None:
    if value is None or str(value).strip() == "":
        return None
    return Path(os.path.expanduser(os.fspath(value)))


def _without_locked(data: dict[str, Any]) -> dict[str, Any]:
    return {section: table for section, table in data.items() if section not in LOCKED_SECTIONS}


def _fields_of(data: dict[str, Any]) -> list[str]:
    fields = [f"{section}.{key}" for section, table in data.items() if section not in ("tools", "org_units")
              for key in table]
    fields += [f"tools.{entry['id']}" for entry in data.get("tools", [])]
    return fields + (["org_units"] if "org_units" in data else [])

