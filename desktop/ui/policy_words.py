"""Values of the organization's policy as the interface shows them, in its language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core.policy import DEFAULT_ORGANIZATION_NAME, Organization
from desktop.core.policy_effective import ExportBlock, Override, PolicySource


def organization_name(organization: Organization) -> str:
    """The organization's name from its policy, or "Your organization" in the interface language."""
    if organization.name == DEFAULT_ORGANIZATION_NAME:
        return QCoreApplication.translate("PolicyWords", "Your organization",
                                          "stands in for the organization's name when its policy gives none")
    return organization.name


def source_words(source: PolicySource) -> str:
    """``/etc/candor/policy.toml (managed)`` with the kind of place in the interface language.

    The words keep the About dialog's context, where they were first shown (and translated).
    """
    kinds = {
        "managed": QCoreApplication.translate("AboutDialog", "managed", "a policy installed by IT for all users"),
        "user": QCoreApplication.translate("AboutDialog", "user", "a policy in this user's own settings"),
        "bundled": QCoreApplication.translate("AboutDialog", "bundled", "the policy that came with Candor"),
        "baked-in": QCoreApplication.translate("AboutDialog", "baked in",
                                               "a policy IT built into this copy of Candor"),
    }
    kind = kinds.get(source.label, source.label)  # --policy and CANDOR_POLICY are names to type: kept
    if source.path is None:
        return kind
    return QCoreApplication.translate("AboutDialog", "%1 (%2)", "a policy file and where it was found").replace(
        "%1", str(source.path)).replace("%2", kind)


def block_words(block: ExportBlock) -> str:
    """What is wrong with the organization's policy file, in words after its name."""
    words = {  # each follows "Your organization's policy <file> ..."; lupdate needs every comment written out
        "invalid": QCoreApplication.translate("PolicyWords", "has errors", "the organization's policy file ..."),
        "unreadable": QCoreApplication.translate("PolicyWords", "cannot be read", "the organization's policy file ..."),
        "folder": QCoreApplication.translate("PolicyWords", "is a folder, not a file",
                                             "the organization's policy file ..."),
        "changeable": QCoreApplication.translate("PolicyWords", "could be changed without administrator rights",
                                                 "the organization's policy file ..."),
        "altered": QCoreApplication.translate("PolicyWords", "was changed after Candor was built",
                                              "the organization's policy file ..."),
    }
    return words.get(block.kind, words["invalid"])


def export_block_sentence(block: ExportBlock) -> str:
    """Why nothing can be exported while the organization's policy cannot be used, and whom to tell."""
    return QCoreApplication.translate(
        "PolicyWords", "Your organization's policy %1 %2, so Candor will not export a summary until it is fixed. "
        "Please tell your IT team.").replace("%1", block.file).replace("%2", block_words(block))


def refused_words(refused: Sequence[Override]) -> str:
    """``submission.recipient, privacy.epsilon from /tmp/x.toml (CANDOR_POLICY)``, one part per source."""
    by_source: dict[PolicySource, list[str]] = {}
    for override in refused:
        by_source.setdefault(override.origin, []).append(override.field)
    parts = []
    for source, fields in by_source.items():
        part = QCoreApplication.translate("PolicyWords", "%1 from %2", "policy settings, then the file that set them")
        parts.append(part.replace("%1", ", ".join(fields)).replace("%2", source_words(source)))
    return "; ".join(parts)
