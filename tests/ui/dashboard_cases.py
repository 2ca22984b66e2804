"""Reports built by hand for the collector dashboard tests: the report writers' hand-built report with both
leading figures set, one of them too uncertain to show as a plain number."""

from __future__ import annotations

import dataclasses

from tests.collector.report_cases import est
from tests.collector.report_cases import hand_report as _hand


def hand_report():
    """The writers' hand-built report, with both leading figures set (one of them too uncertain)."""
    report = _hand()
    prevalence = dataclasses.replace(report.prevalence, overall=est(0.62, 0.55, 0.69),
                                     sensitive=est(0.30, 0.05, 0.55, too_wide=True))
    return dataclasses.replace(report, prevalence=prevalence)
