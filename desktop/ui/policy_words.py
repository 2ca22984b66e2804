"""Values of the organization's policy as the interface shows them, in its language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.policy import DEFAULT_ORGANIZATION_NAME, Organization


def organization_name(organization: Organization) -> str:
    """The organization's name from its policy, or "Your organization" in the interface language."""
    if organization.name == DEFAULT_ORGANIZATION_NAME:
        return QCoreApplication.translate("PolicyWords", "Your organization",
                                          "stands in for the organization's name when its policy gives none")
    return organization.name
