"""The assessment wizard: renders the Qt-free :class:`~desktop.core.session.AssessmentSession`."""

from __future__ import annotations

from desktop.ui.wizard.wizard_page import WizardPage

__all__ = ["WizardPage"]
