"""The report's vocabulary: codes for groups the report makes itself, the tool statuses, role levels and
agreement groups in their report order, with their English labels."""

from __future__ import annotations

from desktop.core.policy import NOT_LISTED
from desktop.core.summary import NO_SPEND
from desktop.core.summary_items import NOT_ANSWERED

OTHER_UNITS = "other_units"
OTHER_LEVELS = "other_levels"
NOT_STATED = "not_stated"
SPECIAL_LABELS = {OTHER_UNITS: "Other units", OTHER_LEVELS: "Other roles", NOT_STATED: "Not stated",
                  NO_SPEND: "Nothing", NOT_ANSWERED: "Not answered"}

STATUS_COLUMNS = ("approved", "tolerated", "prohibited", NOT_LISTED)
STATUS_LABELS = {"approved": "Approved", "tolerated": "Tolerated", "prohibited": "Prohibited",
                 NOT_LISTED: "Not listed"}
ROLE_LEVELS = ("individual_contributor", "team_lead", "manager", "senior_leader")
#: Sentiment answers, in three groups (summary_items.AGREEMENT_GROUPS): disagreeing, neutral, agreeing.
AGREEMENT_GROUP_LABELS = {"disagree": "Disagree", "neutral": "Neutral", "agree": "Agree",
                          NOT_ANSWERED: "Not answered"}
PERCEPTION_ITEMS = ("strategy_clear", "strategy_successful", "strategy_inclusive")
#: License candidates: each risk factor (trains on inputs by default; prohibited) adds this
#: fraction of a tool's demand to its priority.
RISK_WEIGHT = 0.5
