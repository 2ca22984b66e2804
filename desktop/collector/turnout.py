"""Participation against the codes issued and the people invited, for the campaign-wide report.

The report's participation part (desktop/collector/report_model.py ``Participation``) carries the number of
participation codes issued (``candor codes new``), the policy's ``campaign.invited`` and what the campaign's
summaries exceed. More summaries than either is a sign of forged or repeated summaries; every report format and
the collector's dashboard state it the same way, from :func:`bases` and :func:`warning`.
"""

from __future__ import annotations

import dataclasses
from typing import Any, NamedTuple

from desktop.collector.report_model import Report
from desktop.collector.report_sections import Participation

__all__ = ["EXCEEDS_CODES", "EXCEEDS_INVITED", "Base", "bases", "warning", "with_turnout"]

#: What the summaries exceed, in words, as ``Participation.exceeds`` holds it.
EXCEEDS_CODES = "the participation codes issued"
EXCEEDS_INVITED = "the people invited"


class Base(NamedTuple):
    """One number the summaries are set against."""

    #: ``codes_issued`` or ``invited``.
    code: str
    #: How many codes were issued, or people invited.
    number: int
    #: Whether the campaign's summaries exceed it.
    exceeded: bool


def with_turnout(report: Report, store: Any, campaign: str, invited: int | None, summaries: int) -> Report:
    """The campaign-wide report with participation against the codes issued and the people invited, and a flag
    when the summaries exceed either."""
    from desktop.collector.codes import participation

    issued = participation(store, campaign).issued or None
    exceeds = tuple(what for base, what in ((issued, EXCEEDS_CODES), (invited, EXCEEDS_INVITED))
                    if base and summaries > base)
    turnout = dataclasses.replace(report.participation, codes_issued=issued, invited=invited, exceeds=exceeds)
    return dataclasses.replace(report, participation=turnout)


def bases(participation: Participation) -> list[Base]:
    """The codes issued and the people invited, those that are known, in that order."""
    found = []
    for code, number, what in (("codes_issued", participation.codes_issued, EXCEEDS_CODES),
                               ("invited", participation.invited, EXCEEDS_INVITED)):
        if number:
            found.append(Base(code, number, what in participation.exceeds))
    return found


def warning(what: str) -> str:
    """The English warning for summaries exceeding ``what`` (one of :data:`EXCEEDS_CODES`, :data:`EXCEEDS_INVITED`)."""
    return (f"Warning: this campaign has more summaries than {what}. Some may be forged or sent twice; "
            "require participation codes (submission.require_code) and check how they were handed out.")
