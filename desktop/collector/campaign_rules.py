"""One mechanism per campaign: what every summary of a campaign must have been made with.

A summary made with randomized response off (or with another epsilon, or with other items) cannot
be pooled with the campaign's others without harm: pooled in, its exact answers can be read back
from a report, and a crafted epsilon drags the debiased estimates. So the campaign's policy fixes
the mechanism, and ingest refuses every summary that differs (reason ``other_settings``), never
pools it. The items a randomized summary carries must be exactly the campaign's
(:func:`desktop.core.summary_items.campaign_shape`): the same tools, data classes, reasons,
categories, training options and statements.

The campaign's policy also says whether a summary may arrive unencrypted: only where it sets
``submission.allow_plaintext = true`` (a trial without a compliance key) does ingest read a summary
that was never encrypted; everywhere else such a file is refused (``other_settings``), since anybody
could have written it and it travelled readable.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.summary_items import (
    HEADLINE_SENSITIVE,
    HEADLINE_UNAPPROVED,
    randomized_items,
    shape_difference,
    shape_of,
)

#: The summary records epsilon rounded to six decimals.
_EPSILON_TOLERANCE = 5e-6


@dataclass(frozen=True)
class CampaignRules:
    """The campaign id and the privacy settings its summaries must have been made with."""

    campaign: str
    randomized_response: bool
    epsilon: float
    #: The ``randomized`` keys of the campaign's summaries (see summary_items.campaign_shape).
    shape: Mapping[str, Any]
    #: How many randomized items each summary carries.
    items: int = 0
    #: Whether the campaign's policy lets summaries travel unencrypted (``submission.allow_plaintext``).
    allow_plaintext: bool = False
    #: Whether every summary must carry a participation code issued for the campaign (``submission.require_code``).
    require_code: bool = False
    #: What the campaign's summaries are counted with (questionnaire, catalog, policy), when the rules come from
    #: :meth:`for_policy`: ingest then keeps the campaign's stored counts up to date (tally_cache.CountsKeeper).
    counting: tuple[Questionnaire, Catalog, Policy] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def for_policy(cls, questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> CampaignRules:
        privacy = policy.privacy
        items = randomized_items(questionnaire, catalog, policy)
        return cls(policy.campaign.id, privacy.randomized_response, privacy.epsilon, items.shape(), items.count,
                   allow_plaintext=policy.submission.allow_plaintext,
                   require_code=policy.submission.require_code, counting=(questionnaire, catalog, policy))

    def difference(self, summary: Mapping[str, Any]) -> str | None:
        """How a schema-valid summary of this campaign differs from its settings, in words; None if it does not."""
        privacy = summary["privacy"]
        mechanism = mechanism_difference(privacy, self.randomized_response, self.epsilon)
        if mechanism or not self.randomized_response:
            return mechanism
        randomized = summary["randomized"]
        found = None if self._same_shape(randomized) else shape_difference(self.shape, shape_of(randomized))
        if found:
            return f"it carries other items than this campaign's summaries ({found})"
        if privacy.get("randomized_items") != self.items or not math.isclose(
                privacy.get("epsilon_total") or 0.0, self.items * self.epsilon, rel_tol=1e-5):
            return (f"it states {privacy.get('randomized_items')!r} randomized items and a total epsilon of "
                    f"{privacy.get('epsilon_total')!r}, but it carries {self.items}")
        return None

    @cached_property
    def _key_sets(self) -> dict[str, Any] | None:
        """:attr:`shape` as sets of keys (options: key -> set), for :meth:`_same_shape`; None when a set would not
        say exactly what the sorted tuple says (a key twice, or parts other than those shape_of reads)."""
        if set(self.shape) != set(_FLAT_PARTS) | {"headline"} | {part for pair in _OPTION_PARTS for part in pair}:
            return None
        sets: dict[str, Any] = {}
        for part, want in self.shape.items():
            if part == "headline":
                continue
            subs = want if isinstance(want, Mapping) else {None: want}
            if not all(isinstance(sub, tuple) and len(set(sub)) == len(sub) for sub in subs.values()):
                return None
            sets[part] = {key: frozenset(sub) for key, sub in want.items()} if isinstance(want, Mapping) else \
                frozenset(want)
        return sets

    @cached_property
    def _plan(self) -> tuple[tuple[bool, bool], tuple[tuple[str, Any], ...],
                             tuple[tuple[str, Any, dict[str, Any]], ...]] | None:
        """:attr:`_key_sets` laid out for :meth:`_same_shape`: which headline keys are there, then each flat part's
        key set and each option part's with its options' sets; None when no summary can be told the same by sets
        (then :meth:`difference` always compares in full, as when a headline tuple no filtering gives)."""
        sets, headline = self._key_sets, self.shape.get("headline")
        if sets is None or tuple(key for key in _HEADLINE if key in (headline or ())) != headline:
            return None
        present = (HEADLINE_UNAPPROVED in headline, HEADLINE_SENSITIVE in headline)
        return (present, tuple((part, sets[part]) for part in _FLAT_PARTS),
                tuple((part, sets[part], sets[options]) for part, options in _OPTION_PARTS))

    def _same_shape(self, randomized: Mapping[str, Any]) -> bool:
        """True only when ``shape_of(randomized) == self.shape``, told from key sets without sorting them; False
        also where sets cannot tell (lists instead of objects): :meth:`difference` then compares in full."""
        plan = self._plan
        if plan is None:
            return False
        (unapproved, sensitive), flat, optioned = plan
        if (HEADLINE_UNAPPROVED in randomized) is not unapproved or (HEADLINE_SENSITIVE in randomized) is not sensitive:
            return False
        get = randomized.get
        for part, want in flat:
            value = get(part)
            if value:  # an object with these keys (a list, or anything else, is never the same as a set)
                if type(value) is not dict or value.keys() != want:
                    return False
            elif want:  # none given (shape_of reads it as no keys): the same only if the campaign has none
                return False
        for part, want, wanted in optioned:
            value = get(part)
            if not value:
                if want or wanted:
                    return False
                continue
            if type(value) is not dict or value.keys() != want:
                return False
            found = 0
            for key, sub in value.items():
                if isinstance(sub, Mapping):
                    if key not in wanted or _keys(sub) != wanted[key]:
                        return False
                    found += 1
            if found != len(wanted):
                return False
        return True

_HEADLINE = (HEADLINE_UNAPPROVED, HEADLINE_SENSITIVE)
_FLAT_PARTS = ("unapproved_use", "data_to_unapproved", "data_to_personal", "reasons", "categories", "sentiment")
_OPTION_PARTS = (("training", "training_options"), ("workplace", "workplace_options"))
_NO_KEYS: frozenset[str] = frozenset()


def _keys(value: Any) -> Any:
    """The keys ``tuple(sorted(value or ()))`` lists, as a set, where a set says the same (an object's keys are
    unique); None for anything else (never equal to a set)."""
    if not value:
        return _NO_KEYS
    return value.keys() if type(value) is dict else None


def mechanism_difference(privacy: Mapping[str, Any], randomized_response: bool, epsilon: float) -> str | None:
    """How a summary's ``privacy`` part differs from a campaign's mechanism (randomized response on or off,
    and its epsilon), in words; None when it was made with the same one."""
    randomized = bool(privacy.get("randomized_response"))
    if randomized != randomized_response:
        return ("randomized response is " + ("on" if randomized else "off") + " in it, but "
                + ("on" if randomized_response else "off") + " in this campaign")
    found = privacy.get("epsilon_per_item")
    if randomized and (not isinstance(found, int | float) or
                       not math.isclose(found, epsilon, rel_tol=0, abs_tol=_EPSILON_TOLERANCE)):
        return f"its epsilon is {found!r}, this campaign's is {epsilon:.6g}"
    return None
