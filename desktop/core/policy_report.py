"""Plain-text output of ``candor policy check`` and ``candor policy show``.

A policy holds no secrets (the recipient is a public key), so everything is printed.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Collection, Iterable, Mapping, Sequence

from desktop.core.errors import Problem
from desktop.core.policy import NOT_LISTED, NOT_SET, SECTIONS, Policy, Privacy, format_value
from desktop.core.policy_effective import EffectivePolicy, PolicySource, locked_fields

__all__ = ["NOT_SET", "check_report", "control_summary", "format_value", "privacy_explanation", "show_report"]


def check_report(problems: Sequence[Problem], file: str, privacy: Privacy | None = None) -> str:
    """One line per problem, or an OK line naming ``file`` (and, given ``privacy``, what it protects)."""
    if not problems:
        ok = f"OK: {file} is a valid Candor policy"
        return ok if privacy is None else f"{ok}\n{privacy_explanation(privacy)}"
    return "\n".join(str(problem) for problem in problems)


def privacy_explanation(privacy: Privacy) -> str:
    """What the privacy settings mean for one answer, in words an IT packager can pass on."""
    k = privacy.min_group_size
    lines = [f"Minimum group size: {k}. No figure is shown for fewer than {k} respondents."]
    if not privacy.randomized_response:
        lines.append("Randomized response: off. Every answer is sent exactly as given; only the minimum group size "
                     "protects employees, and a summary read on its own says what its author answered.")
        return "\n".join(lines)
    eps = privacy.epsilon
    odds = math.exp(eps)
    keep = odds / (1.0 + odds)
    lines.append(f"Randomized response: on, epsilon {eps:.4g} per answer. The true answer is sent {odds:.3g} times as "
                 f"often as another ({keep:.0%} of yes/no answers are sent as given, {1 - keep:.0%} flipped), so no "
                 "single answer proves anything about its author. Every summary carries many such answers, and "
                 "answers that go together say more than one alone.")
    return "\n".join(lines)


def show_report(effective: EffectivePolicy) -> str:
    """Sources looked at, problems, then every effective field with its value and its source."""
    policy, provenance = effective.policy, effective.provenance
    parts = [_sources_block(effective.sources), control_summary(effective)]
    if effective.problems:
        lines = ["Problems (a file with problems is ignored as a whole):"]
        lines += [f"  {problem}" for problem in effective.problems]
        parts.append("\n".join(lines))
    if effective.refused:
        assert effective.control is not None  # only a control refuses overrides
        lines = [f"Refused overrides ({effective.control.description} locks these fields):"]
        lines += [f"  {override}" for override in effective.refused]
        parts.append("\n".join(lines))
    applied = [override for override in effective.overrides if override.applied]
    if applied:
        lines = ["Stricter overrides in effect (other sources may make privacy stricter, never weaker):"]
        lines += [f"  {override}" for override in applied]
        parts.append("\n".join(lines))
    locked = set(locked_fields()) if effective.control is not None else set()
    parts.append(_fields_block(policy, provenance, locked))
    parts.append(_tools_block(policy, provenance))
    parts.append(_org_units_block(policy, provenance))
    return "\n\n".join(parts)


def control_summary(effective: EffectivePolicy) -> str:
    """Whether a managed or baked-in policy locks the protective fields, and whether export is off."""
    control = effective.control
    if control is None:
        return ("Locked fields: none. There is no managed or baked-in policy, so every field comes from the highest"
                " source that sets it, and --policy, CANDOR_POLICY or the user's file can change any of them.")
    lines = [f"Locked fields: only {control.description} sets them (where it leaves one out, the built-in default"
             " applies):",
             f"  {', '.join(locked_fields())}",
             "  Other sources may only make privacy stricter: a larger min_group_size, a smaller epsilon,"
             " randomized_response = true, allow_plaintext = false."]
    for block in effective.blocks:
        lines.append(f"Export is OFF until this is fixed: {block.file} {block.words} (see Problems below).")
    return "\n".join(lines)


def _sources_block(sources: Iterable[PolicySource]) -> str:
    rows = [(source.label, _path_text(source), source.status) for source in sources]
    return "Policy sources, highest priority first:\n" + _table(rows, indent=2)


def _path_text(source: PolicySource) -> str:
    if source.path is not None:
        return str(source.path)
    if source.status == "found":  # the built-in defaults
        return "-"
    return "(not given)"


def _fields_block(policy: Policy, provenance: Mapping[str, str], locked: Collection[str] = ()) -> str:
    rows = []
    for section in SECTIONS:
        values = getattr(policy, section)
        for item in dataclasses.fields(values):
            path = f"{section}.{item.name}"
            source = provenance.get(path, "") + (" [locked]" if path in locked else "")
            rows.append((path, format_value(getattr(values, item.name)), source))
    return "Effective policy:\n" + _table([("field", "value", "from"), *rows], indent=2)


def _tools_block(policy: Policy, provenance: Mapping[str, str]) -> str:
    if not policy.tools:
        return f"Tools: no rules; every catalog tool has the status {NOT_LISTED}."
    rows = [("id", "status", "alternative", "name", "category", "from", "note")]
    for rule in policy.tools:
        rows.append(
            (
                rule.id,
                rule.status,
                rule.alternative or "-",
                rule.name or "-",
                rule.category or "-",
                provenance.get(f"tools.{rule.id}", ""),
                rule.note_in() or "-",
            )
        )
    footer = f"  Catalog tools without a rule have the status {NOT_LISTED}."
    return "Tools:\n" + _table(rows, indent=2) + "\n" + footer


def _org_units_block(policy: Policy, provenance: Mapping[str, str]) -> str:
    source = provenance.get("org_units", "")
    if not policy.org_units:
        return f"Org units: none offered (from {source})"
    rows = [("code", "label")]
    for unit in policy.org_units:
        labels = "; ".join(f"{lang}: {text}" for lang, text in unit.label.items())
        rows.append((unit.code, labels if len(unit.label) > 1 else unit.label_in()))
    return f"Org units (from {source}):\n" + _table(rows, indent=2)


def _table(rows: Sequence[Sequence[str]], indent: int = 0) -> str:
    widths = [max(len(row[col]) for row in rows) for col in range(len(rows[0]))]
    pad = " " * indent
    out = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        out.append((pad + "  ".join(cells)).rstrip())
    return "\n".join(out)
