"""The risk rules: the points table and how one tool's facts become a score and a level.

The model is deliberately simple enough to explain on one page (docs/risk-model.md, whose
tables a test checks against the ones below). For each tool:

1. Points for how the tool is reached: its status under the policy (:data:`STATUS_WEIGHTS`),
   the kind of account (:data:`ACCOUNT_WEIGHTS`) and whether the provider may train on what
   is typed (:data:`TRAINING_WEIGHTS`).
2. Points for each kind of data put in (:data:`DATA_WEIGHTS`), added up, then adjusted in
   this order: personal data always anonymized first counts at :data:`ANONYMIZED_FACTORS`;
   the whole is multiplied by how far the data travels (:data:`ROUTE_FACTORS`) and by how
   often the tool is used (:data:`FREQUENCY_FACTORS`). Each step is rounded half up.
3. The score is the sum; :data:`LEVEL_THRESHOLDS` turn it into a level, and two overrides
   raise it to critical (:func:`apply_rules`).

Every rule that fires becomes a reason carrying its points (a reduction carries a negative
number), so the reasons of a tool always add up to its score. Also here: how an answer and
the catalog say where the data goes (:func:`account_kind_of`, :func:`route_of`,
:func:`trains_for`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.catalog import Tier, Tool, Trains
from desktop.core.risk_results import Level

# ---------------------------------------------------------------------------------------------
# The rule table. docs/risk-model.md shows these numbers; tests/core/test_risk_doc.py keeps
# the two in step.
# ---------------------------------------------------------------------------------------------

#: Points for the tool's status under the organization's policy.
STATUS_WEIGHTS: dict[str, int] = {"prohibited": 25, "not_listed": 10, "tolerated": 5, "approved": 0}

#: Points for how the employee reaches the tool.
ACCOUNT_WEIGHTS: dict[str, int] = {
    "personal_free": 10,
    "browser_extension": 10,
    "personal_paid": 6,
    "not_sure": 5,
    "api_key": 4,
    "local_model": 0,
    "company_provided": 0,
}

#: Answers stored before ``api_or_local`` was split in two, read as the code the tool implies:
#: a tool that runs on the computer (by the catalog, or an "other" tool filed under local
#: models) becomes ``local_model``, anything else ``api_key``.
LEGACY_ACCOUNT_KINDS: dict[str, tuple[str, str]] = {"api_or_local": ("local_model", "api_key")}

#: Factor on the data points by the country where the provider stores what is typed (the
#: catalog's ``data_location``): a legal system where the organization has no say over access.
LOCATION_FACTORS: dict[str, float] = {"CN": 1.25}

#: Kinds of data that count as nothing from work: with only these, the level is at most low.
NO_WORK_DATA: tuple[str, ...] = ("none", "public")

#: Points for what the provider may do with the input: ``yes`` it trains by default and the
#: employee has not opted out; ``unknown`` no source says and no opt-out; ``protected`` the
#: employee has opted out; ``no`` the provider says it does not train.
TRAINING_WEIGHTS: dict[str, int] = {"yes": 10, "unknown": 5, "protected": 0, "no": 0}

#: Points per kind of data put into the tool; several kinds add up.
DATA_WEIGHTS: dict[str, int] = {
    "credentials": 30,
    "health": 30,
    "customer_personal": 30,
    "source_code": 20,
    "employee_data": 20,
    "financial_unreleased": 20,
    "legal_contracts": 20,
    "strategy_mna": 20,
    "meeting_recordings": 20,
    "internal": 8,
    "public": 0,
    "none": 0,
}
#: Data about people, which removing names and details first really does protect.
PERSONAL_CLASSES: tuple[str, ...] = ("customer_personal", "employee_data", "health")
#: Kinds of data that make any use of a prohibited tool critical.
SENSITIVE_CLASSES: tuple[str, ...] = tuple(code for code, weight in DATA_WEIGHTS.items() if weight >= 20)

#: Factor on the personal-data points by the anonymization answer; other answers count fully.
ANONYMIZED_FACTORS: dict[str, float] = {"yes_always": 0.5}

#: Factor on the data points by where the data goes (see :func:`route_of`).
ROUTE_FACTORS: dict[str, float] = {"sanctioned": 0.2, "on_device": 0.2, "company_account": 0.5, "external": 1.0}

#: Factor on the data points by how often the tool is used; unanswered counts as 1.
FREQUENCY_FACTORS: dict[str, float] = {"daily": 1.5, "weekly": 1.25, "monthly": 1.0, "rarely": 0.75}

#: Lowest score of each level, highest first.
LEVEL_THRESHOLDS: tuple[tuple[int, Level], ...] = (
    (70, Level.CRITICAL),
    (40, Level.HIGH),
    (20, Level.MEDIUM),
    (0, Level.LOW),
)

#: Accounts the employee holds privately: credentials pasted there are critical even in an approved tool.
PERSONAL_ACCOUNTS: tuple[str, ...] = ("personal_free", "personal_paid", "browser_extension")
#: Level overrides and the level each sets at least: credentials anywhere else (an approved
#: tool through a work account, or a tool on the computer) are still at least high.
OVERRIDES: dict[str, Level] = {
    "credentials": Level.CRITICAL,
    "prohibited_sensitive": Level.CRITICAL,
    "credentials_anywhere": Level.HIGH,
}
#: The cap when nothing from work goes in (only :data:`NO_WORK_DATA` answered).
NO_WORK_DATA_CAP = Level.LOW
#: Tools at high or above that raise the overall level one step.
MANY_HIGH = 3

#: Which catalog tiers describe an account kind; other kinds get the tool's default (consumer) tier.
TIER_KINDS_BY_ACCOUNT: dict[str, tuple[str, ...]] = {
    "company_provided": ("business",),
    "api_key": ("api",),
    "local_model": ("local",),
}



# ---------------------------------------------------------------------------------------------
# Applying the rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolFacts:
    """Everything the rules look at for one tool, already reduced to codes."""

    status: str
    account_kind: str | None = None
    #: A :data:`TRAINING_WEIGHTS` key, or ``None`` when the rule does not apply (sanctioned route).
    training: str | None = None
    data_classes: tuple[str, ...] = ()
    anonymized: str | None = None
    route: str = "external"
    frequency: str | None = None
    #: Where the provider stores the input (a :data:`LOCATION_FACTORS` key), if it matters.
    location: str | None = None
    #: The personal paid plan keeps input out of training (by the catalog): its own reason text.
    paid_plan_protects: bool = False


def half_up(value: float) -> int:
    """Round to a whole number, halves up (2.5 -> 3), ignoring float noise."""
    return math.floor(round(value, 6) + 0.5)


def level_for(score: int) -> Level:
    return next(level for lowest, level in LEVEL_THRESHOLDS if score >= lowest)


def apply_rules(facts: ToolFacts) -> tuple[list[tuple[str, int]], int, Level]:
    """The rule hits ``(code, points)`` in firing order, the score and the level."""
    hits: list[tuple[str, int]] = [(f"status.{facts.status}", STATUS_WEIGHTS[facts.status])]
    if facts.account_kind in ACCOUNT_WEIGHTS:
        code = facts.account_kind
        if code == "personal_paid" and facts.paid_plan_protects:
            hits.append(("account.personal_paid_not_trained", ACCOUNT_WEIGHTS[code]))
        else:
            hits.append((f"account.{code}", ACCOUNT_WEIGHTS[code]))
    if facts.training is not None:
        hits.append((f"training.{facts.training}", TRAINING_WEIGHTS[facts.training]))

    classes = [code for code in DATA_WEIGHTS if code in facts.data_classes]
    hits.extend((f"data.{code}", DATA_WEIGHTS[code]) for code in classes)
    data = sum(DATA_WEIGHTS[code] for code in classes)

    def step(code: str, after: int) -> None:
        nonlocal data
        if after != data:
            hits.append((code, after - data))
            data = after

    anonymized = ANONYMIZED_FACTORS.get(facts.anonymized or "", 1.0)
    step(
        f"anonymized.{facts.anonymized}",
        half_up(sum(DATA_WEIGHTS[c] * (anonymized if c in PERSONAL_CLASSES else 1.0) for c in classes)),
    )
    step(f"route.{facts.route}", half_up(data * ROUTE_FACTORS[facts.route]))
    if facts.route == "external" and facts.location in LOCATION_FACTORS:
        step(f"location.{facts.location.lower()}", half_up(data * LOCATION_FACTORS[facts.location]))
    step(f"frequency.{facts.frequency}", half_up(data * FREQUENCY_FACTORS.get(facts.frequency or "", 1.0)))

    answered = [code for code in facts.data_classes if code in DATA_WEIGHTS]
    if answered and all(code in NO_WORK_DATA for code in answered):
        # the highest score still at the cap: one below the next level's lowest score
        highest = next(lowest for lowest, level in LEVEL_THRESHOLDS if level == NO_WORK_DATA_CAP.raised()) - 1
        total = sum(points for _, points in hits)
        if total > highest:
            hits.append(("cap.no_work_data", highest - total))

    score = sum(points for _, points in hits)
    level = level_for(score)
    overrides = []
    if "credentials" in classes:
        # on the computer they stay in local history files: still high, not critical
        personal = facts.route != "on_device" and (
            facts.status != "approved" or facts.account_kind in PERSONAL_ACCOUNTS
        )
        overrides.append(("override.credentials" if personal else "override.credentials_anywhere", 0))
    if facts.status == "prohibited" and any(code in SENSITIVE_CLASSES for code in classes):
        overrides.append(("override.prohibited_sensitive", 0))
    for code, _ in overrides:
        level = max(level, OVERRIDES[code.removeprefix("override.")])
    return overrides + hits, score, level


def overall_level(levels: Iterable[Level]) -> Level:
    """The highest tool level, one step higher when :data:`MANY_HIGH` or more tools are high or above."""
    levels = list(levels)
    if not levels:
        return Level.LOW
    top = max(levels)
    if sum(level >= Level.HIGH for level in levels) >= MANY_HIGH:
        return top.raised()
    return top


def runs_locally(tool: Tool | None, category: str) -> bool:
    """Whether the tool, used as installed, runs on the computer: the catalog's first tier is
    a local one, or an "other" tool is filed under local models."""
    if tool is None:
        return category == "local_model"
    return tool.tiers[0].kind == "local"


def account_kind_of(answer: str | None, tool: Tool | None, category: str) -> str | None:
    """The account kind the rules use, by where the data actually goes.

    Old stored answers are mapped (:data:`LEGACY_ACCOUNT_KINDS`). A tool that runs on the
    computer (Ollama, LM Studio) stays there however the person put it ("my own free
    account"), unless the answer is an API key or cloud model (Ollama's ``:cloud`` models), a
    work account or a browser extension. "A local model on my computer" for a tool that has no
    local version is read as the tool's ordinary personal use (its consumer tier).
    """
    if answer in LEGACY_ACCOUNT_KINDS:
        local, other = LEGACY_ACCOUNT_KINDS[answer]
        return local if runs_locally(tool, category) else other
    if answer in ("personal_free", "personal_paid", "not_sure") and runs_locally(tool, category):
        return "local_model"
    if answer == "local_model" and tool is not None and not any(tier.kind == "local" for tier in tool.tiers):
        return "not_sure"
    return answer


def route_of(status: str, account_kind: str | None, category: str, tool: Tool | None) -> str:
    """Where the data goes: a :data:`ROUTE_FACTORS` key (``account_kind`` as :func:`account_kind_of` gives it).

    ``sanctioned``: a company account for an approved tool. ``company_account``: a company
    account for a tool the policy does not approve. ``on_device``: a model running on the
    computer. ``external``: everything else, an API key and a ``:cloud`` model included.
    """
    if account_kind == "company_provided":
        return "sanctioned" if status == "approved" else "company_account"
    if account_kind == "local_model":
        return "on_device"
    return "external"


def tiers_for(tool: Tool, account_kind: str | None) -> list[Tier]:
    """The catalog tiers an account kind uses: business for company accounts, api for an API
    key, local for a model on the computer, else the consumer tier (the first tier when there is none)."""
    kinds = TIER_KINDS_BY_ACCOUNT.get(account_kind or "")
    if kinds:
        matching = [tier for tier in tool.tiers if tier.kind in kinds]
        if matching:
            return matching
    consumer = [tier for tier in tool.tiers if tier.kind == "consumer"]
    return consumer[:1] or list(tool.tiers[:1])


def trains_for(tool: Tool | None, account_kind: str | None) -> Trains:
    """Whether the provider trains on input for this way of using the tool; tiers that disagree: unknown."""
    if tool is None:
        return Trains.UNKNOWN
    if account_kind not in TIER_KINDS_BY_ACCOUNT:
        return tool.trains_on_inputs_by_default
    values = {tier.trains_on_inputs for tier in tiers_for(tool, account_kind)}
    return values.pop() if len(values) == 1 else Trains.UNKNOWN


def training_finding(trains: Trains, no_training: str | None) -> str:
    if trains is Trains.NO:
        return "no"
    if no_training == "on":
        return "protected"
    return "yes" if trains is Trains.YES else "unknown"
