"""Which randomized items a campaign's summaries carry: one list for the builder, the collector and the preview.

With randomized response on, every answer that leaves the laptop goes through the mechanism, and the
set of keys is the same for every employee of a campaign whatever they answered: it depends only on
the questionnaire, the tool catalog and the campaign's policy. This module says what that set is.

* Yes/no items (one randomized bit each): the two headline items ("used any AI tool that is not
  approved", "put any sensitive data into a tool that is not approved or into a personal account"),
  one per tool the policy does *not* approve (an approved tool's "used without approval" is false by
  definition, so no bit is sent for it: a structural zero), one per sensitive data class two ways
  (into an unapproved tool; into a personal account), paying out of pocket, one per reason (given for
  any tool: the reasons are asked per tool, but a bit per tool and reason would say which tools were
  picked), and one per option of the two multiple-choice training questions.
* Categorical items (k-ary randomized response): literacy, policy awareness, total monthly spend band,
  training received, training on work time, and each sentiment statement collapsed to disagree /
  neutral / agree. Each domain has ``not_answered`` as a value of its own, so an unanswered question
  is randomized like any answer and the key is always there.

:func:`shape_of` reads the same structure back from a summary, so the collector can refuse a summary
whose items differ from its campaign's (:func:`campaign_shape`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.catalog import Catalog
from desktop.core.policy import Policy
from desktop.core.questionnaire import Questionnaire
from desktop.core.tool_answers import question_feeding

#: Data classes whose disclosure is worth protecting; "public" and "none" carry no risk.
NOT_SENSITIVE = frozenset({"public", "none"})
#: The value a categorical item takes when its question was not answered (or was withheld).
NOT_ANSWERED = "not_answered"
#: Total monthly spend bands for the randomized spend item (codes of the spend question plus "none").
NO_SPEND = "none"
#: Questionnaire 3 dropped ``pressure_to_overstate`` ("I should report more AI use than I do"): the randomized
#: ``overstated`` asks what was done, ``pressure_to_use`` and ``ai_measured`` the pressure.
SENTIMENT_FIELDS = ("strategy_clear", "strategy_successful", "strategy_inclusive", "pressure_to_use",
                    "job_security_worry", "involvement_wish", "ai_helps",
                    "bad_prompts_blamed", "frustrated_rollout", "consider_leaving")
#: The five agreement answers, collapsed into the three groups the report shows.
AGREEMENT_GROUPS = {"strongly_disagree": "disagree", "disagree": "disagree", "neutral": "neutral",
                    "agree": "agree", "strongly_agree": "agree"}
AGREEMENT_GROUP_CODES = ("disagree", "neutral", "agree")
#: What a randomized sentiment statement can be sent as.
SENTIMENT_DOMAIN = (*AGREEMENT_GROUP_CODES, NOT_ANSWERED)
#: Categorical items of the summary's ``categories`` object: name -> the question feeding it.
CATEGORY_ITEMS = ("literacy", "policy_awareness")
#: Training questions: (summary key, the field the question feeds).
TRAINING_SINGLE = (("received", "training_received"), ("on_work_time", "training_on_work_time"))
TRAINING_MULTI = (("wanted", "training_wanted"), ("formats", "training_formats"))
#: How AI is run at work (questionnaire 2): single-choice items (k-ary) and multiple-choice items (one
#: bit per option), each named after the field its question feeds. ``overstated`` is the sensitive one.
WORKPLACE_SINGLE = ("access", "output_check", "help_most", "overstated")
WORKPLACE_MULTI = ("ai_measured", "connected")
#: The field the (per-tool) reasons question feeds.
REASONS = "tool.reasons"
#: Reason codes of questionnaires 1 and 2 that questionnaire 3 no longer offers (the rules unknown or unclear:
#: asked once by ``policy_awareness``; paying for it oneself: the tool's ``account_kind``). Summaries that carry
#: them stay valid.
LEGACY_REASONS = ("did_not_know_policy", "policy_unclear", "already_paid_personally")
HEADLINE_UNAPPROVED = "any_unapproved_use"
HEADLINE_SENSITIVE = "any_sensitive_data"


def known_tool_ids(catalog: Catalog, policy: Policy) -> list[str]:
    """Every tool a summary can name: the catalog's, the policy's own, and one "other" per category."""
    ids = list(catalog.ids())
    ids += [rule.id for rule in policy.tools if rule.id not in catalog]
    ids += [f"other:{category.code}" for category in catalog.categories]
    return ids


def _codes(questionnaire: Questionnaire, feeds: str) -> tuple[str, ...]:
    question = question_feeding(questionnaire, feeds)
    return question.codes if question else ()


@dataclass(frozen=True)
class RandomizedItems:
    """The randomized items of one campaign, in the order the summary lists them."""

    tools: tuple[str, ...]
    data_classes: tuple[str, ...]
    reasons: tuple[str, ...]
    #: name -> possible values (``not_answered`` included where a question can be left out).
    categories: Mapping[str, tuple[str, ...]]
    training_single: Mapping[str, tuple[str, ...]]
    training_multi: Mapping[str, tuple[str, ...]]
    sentiment: tuple[str, ...]
    workplace_single: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    workplace_multi: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """How many randomized answers one summary carries (each is epsilon-private on its own)."""
        bits = 2 + len(self.tools) + 2 * len(self.data_classes) + 1 + len(self.reasons)
        bits += sum(len(options) for options in self.training_multi.values())
        bits += sum(len(options) for options in self.workplace_multi.values())
        bits += len(self.workplace_single)
        return bits + len(self.categories) + len(self.training_single) + len(self.sentiment)

    def shape(self) -> dict[str, Any]:
        """The summary's ``randomized`` keys, as :func:`shape_of` reads them from a summary."""
        return {
            "headline": (HEADLINE_UNAPPROVED, HEADLINE_SENSITIVE),
            "unapproved_use": tuple(sorted(self.tools)),
            "data_to_unapproved": tuple(sorted(self.data_classes)),
            "data_to_personal": tuple(sorted(self.data_classes)),
            "reasons": tuple(sorted(self.reasons)),
            "categories": tuple(sorted(self.categories)),
            "training": tuple(sorted([*self.training_single, *self.training_multi])),
            "training_options": {key: tuple(sorted(options)) for key, options in sorted(self.training_multi.items())},
            "sentiment": tuple(sorted(self.sentiment)),
            "workplace": tuple(sorted([*self.workplace_single, *self.workplace_multi])),
            "workplace_options": {key: tuple(sorted(options))
                                  for key, options in sorted(self.workplace_multi.items())},
        }


def randomized_items(questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> RandomizedItems:
    """The randomized items summaries of this campaign carry (see the module docstring)."""
    q = questionnaire
    tools = tuple(tool for tool in known_tool_ids(catalog, policy)
                  if tool.startswith("other:") or policy.status_of(tool) != "approved")
    categories = {name: (*_codes(q, name), NOT_ANSWERED) for name in CATEGORY_ITEMS if _codes(q, name)}
    categories["spend_band"] = (NO_SPEND, *_codes(q, "tool.spend"))
    return RandomizedItems(
        tools=tools,
        data_classes=tuple(c for c in _codes(q, "tool.data_classes") if c not in NOT_SENSITIVE),
        reasons=_codes(q, REASONS),
        categories=categories,
        training_single={key: (*_codes(q, feeds), NOT_ANSWERED) for key, feeds in TRAINING_SINGLE
                         if _codes(q, feeds)},
        training_multi={key: _codes(q, feeds) for key, feeds in TRAINING_MULTI if _codes(q, feeds)},
        sentiment=tuple(name for name in SENTIMENT_FIELDS if question_feeding(q, name) is not None),
        workplace_single={name: (*_codes(q, name), NOT_ANSWERED) for name in WORKPLACE_SINGLE if _codes(q, name)},
        workplace_multi={name: _codes(q, name) for name in WORKPLACE_MULTI if _codes(q, name)},
    )


def campaign_shape(questionnaire: Questionnaire, catalog: Catalog, policy: Policy) -> dict[str, Any]:
    """The ``randomized`` keys every summary of the campaign must carry when randomized response is on."""
    return randomized_items(questionnaire, catalog, policy).shape()


def shape_of(randomized: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of a (schema-valid) summary's ``randomized`` object, in the form of :meth:`RandomizedItems.shape`."""
    training = randomized.get("training") or {}
    workplace = randomized.get("workplace") or {}
    return {
        "headline": tuple(key for key in (HEADLINE_UNAPPROVED, HEADLINE_SENSITIVE) if key in randomized),
        "unapproved_use": tuple(sorted(randomized.get("unapproved_use") or ())),
        "data_to_unapproved": tuple(sorted(randomized.get("data_to_unapproved") or ())),
        "data_to_personal": tuple(sorted(randomized.get("data_to_personal") or ())),
        "reasons": tuple(sorted(randomized.get("reasons") or ())),
        "categories": tuple(sorted(randomized.get("categories") or ())),
        "training": tuple(sorted(training)),
        "training_options": {key: tuple(sorted(value)) for key, value in sorted(training.items())
                             if isinstance(value, Mapping)},
        "sentiment": tuple(sorted(randomized.get("sentiment") or ())),
        "workplace": tuple(sorted(workplace)),
        "workplace_options": {key: tuple(sorted(value)) for key, value in sorted(workplace.items())
                              if isinstance(value, Mapping)},
    }


def shape_difference(expected: Mapping[str, Any], found: Mapping[str, Any]) -> str | None:
    """In words, the first way ``found`` differs from ``expected`` (None: the same items)."""
    for part, want in expected.items():
        have = found.get(part)
        if have == want:
            continue
        if isinstance(want, Mapping) and isinstance(have, Mapping):
            for key in sorted(set(want) | set(have)):
                if want.get(key) != have.get(key):
                    where = "workplace" if part == "workplace_options" else "training"
                    return _difference(f"{where}.{key}", want.get(key) or (), have.get(key) or ())
            continue
        return _difference(part, want, have or ())
    return None


def _difference(part: str, want: Any, have: Any) -> str:
    missing = [key for key in want if key not in have]
    extra = [key for key in have if key not in want]
    words = []
    if extra:
        words.append("it has " + ", ".join(map(str, extra[:3])) + (" and more" if len(extra) > 3 else ""))
    if missing:
        words.append("it lacks " + ", ".join(map(str, missing[:3])) + (" and more" if len(missing) > 3 else ""))
    return f"{part}: " + "; ".join(words)
