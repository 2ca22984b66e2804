"""What the employee pays for AI tools out of their own pocket, estimated from amount bands.

The questionnaire asks for a monthly band per paid tool (``monthly: [low, high]`` in the
policy's currency), never an exact figure. A band counts at its midpoint; an open-ended band
(``high: null``, such as "more than 100") counts at :data:`OPEN_ENDED_FACTOR` times its lower
bound, since half again above the floor is a modest guess for "more than". A year is twelve
months. Tools whose spend was not answered are left out rather than guessed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.risk_texts import RiskTexts
from desktop.core.text import DEFAULT_LANGUAGE
from desktop.core.tool_answers import ToolAnswers

#: An open-ended band counts at this multiple of its lower bound.
OPEN_ENDED_FACTOR = 1.5
MONTHS_PER_YEAR = 12
#: Reimbursement answers that mean the employee carries none of the cost.
FULLY_REIMBURSED = frozenset({"yes_fully"})
TEXT_IDS = ("spend.none", "spend.unreimbursed", "spend.reimbursed")
#: Thousands separator per language; others use none.
_GROUPING = {"en": ",", "de": ".", "es": ".", "fr": "\u202f"}


class SpendLine(NamedTuple):
    tool_id: str
    name: str
    monthly_low: float
    monthly_high: float | None
    monthly_mid: float
    reimbursed: str | None


@dataclass(frozen=True)
class SpendSummary:
    per_tool: tuple[SpendLine, ...]
    monthly_mid_total: float
    yearly_mid_total: float
    currency: str
    hint: str
    #: The yearly estimate for the tools not fully paid back: what really leaves the employee's pocket.
    out_of_pocket_yearly_mid: float = 0.0

    @property
    def pays_personally(self) -> bool:
        return bool(self.per_tool)


def band_midpoint(low: float, high: float | None) -> float:
    """The middle of a band; for an open-ended band, ``low * OPEN_ENDED_FACTOR``."""
    if high is None:
        return low * OPEN_ENDED_FACTOR
    return (low + high) / 2


def whole_amount(value: float) -> float:
    """``value`` rounded to a whole amount, halves up (17.5 -> 18), as every figure is shown."""
    return float(math.floor(value + 0.5))


def format_amount(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A whole amount with the language's thousands separator: 1,234 (en), 1.234 (de)."""
    text = f"{round(value):,}"
    return text.replace(",", _GROUPING.get(lang.split("_")[0].split("-")[0], ""))


def summarize_spend(
    answers: Sequence[ToolAnswers],
    names: Mapping[str, str],
    currency: str,
    texts: RiskTexts,
    lang: str = DEFAULT_LANGUAGE,
    money: Callable[[float], str] | None = None,
) -> SpendSummary:
    """Per-tool bands, monthly and yearly totals, and a hint on getting the cost covered.

    ``money`` writes an amount with its currency as the screen does (the interface's locale), so the
    hint's figure reads like every other one there; without it, "1,234 EUR".
    """
    written = money or (lambda value: f"{format_amount(value, lang)} {currency}")
    lines = tuple(
        SpendLine(
            tool_id=item.tool_id,
            name=names.get(item.tool_id, item.tool_id),
            monthly_low=float(item.spend_band[0]),
            monthly_high=None if item.spend_band[1] is None else float(item.spend_band[1]),
            # Whole amounts, as shown: the totals are then the sums of the figures the person sees
            # (two tools at 18 a month make 36, not "about 35").
            monthly_mid=whole_amount(band_midpoint(float(item.spend_band[0]), item.spend_band[1])),
            reimbursed=item.reimbursed,
        )
        for item in answers
        if item.spend_band is not None
    )
    monthly = sum(line.monthly_mid for line in lines)
    own = [line for line in lines if line.reimbursed not in FULLY_REIMBURSED]
    out_of_pocket = MONTHS_PER_YEAR * sum(line.monthly_mid for line in own)
    if not lines:
        hint = texts.get("spend.none", lang)
    elif own:
        hint = texts.get("spend.unreimbursed", lang, amount=written(out_of_pocket), currency=currency)
    else:
        hint = texts.get("spend.reimbursed", lang, amount=written(MONTHS_PER_YEAR * monthly), currency=currency)
    return SpendSummary(
        per_tool=lines,
        monthly_mid_total=monthly,
        yearly_mid_total=MONTHS_PER_YEAR * monthly,
        currency=currency,
        hint=hint,
        out_of_pocket_yearly_mid=out_of_pocket,
    )
