"""What to do: a short list of recommended actions, each derived from the figures that call for it.

:func:`recommended_actions` reads a :class:`~desktop.collector.report_model.Report` (already
through the privacy rules and the release ledger) and returns the actions its figures support.
Every action quotes the figures that triggered it (``evidence``), with their intervals and n.

An action is triggered only by a figure that is *supported*: shown (not withheld), precise enough
to act on (not "too uncertain"), and with its whole 95% interval at or above the rule's threshold
(exact figures, which have no interval, by their value). So no action rests on a withheld or a too
uncertain estimate, and an estimate of 30% with an interval of 18-42% does not trigger a rule
whose threshold is 25%.

The rules are a table (:data:`RULES`); each has a stable ``code`` (the dashboard translates by it),
its threshold(s) and the English sentence the report files print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.collector.report_figure import Cell, Distribution, Figure, MultiChoice
from desktop.collector.report_model import Report

#: Rule codes (stable: the dashboard's translations and the CSV/JSON use them).
LICENSE, TRAIN, GUIDANCE, ACCESS, OVERSTATE, OVERSTATE_UNIT, ROLLOUT, CHECK_OUTPUT = (
    "license_tool", "offer_training", "publish_guidance", "open_access", "ease_pressure", "talk_with_unit",
    "review_rollout", "check_output")

#: Thresholds (shares): a rule fires when a figure's whole interval is at or above its threshold.
THRESHOLDS = {
    LICENSE: 0.05,          # demand for one tool: paying for it themselves, or using it without approval
    "literacy_low": 0.25,   # rate their AI skills as beginner (or basic)
    "training_wanted": 0.25,  # want training on one topic
    GUIDANCE: 0.25,         # do not know the AI policy (not aware, only heard of it, think there is none)
    ACCESS: 0.15,           # no licence for the approved tool, or did not know it existed
    "pressure": 0.20,       # agree they feel pressure to overstate their AI use
    "overstated": 0.10,     # say they have reported more AI use or time saved than was true
    "consider_leaving": 0.15,  # agree that how AI is introduced makes them consider leaving
    "frustrated": 0.30,     # agree they are frustrated with how AI is introduced
    CHECK_OUTPUT: 0.10,     # rarely or never check AI output before it reaches a customer
}
#: At most this many tools are recommended for licensing (the highest priority first).
MAX_LICENSES = 3

#: The English sentence of each action; ``{subject}`` is a tool, a training topic or an org unit.
TEXTS = {
    LICENSE: "License {subject} centrally, with a business plan that does not train on inputs: employees already "
             "pay for it themselves or use it without approval.",
    TRAIN: "Offer AI training on work time, starting with “{subject}”: many rate their AI skills low and want "
           "training.",
    GUIDANCE: "Publish short, clear guidance on the AI policy and where to find it: many do not know it.",
    ACCESS: "Tell people which approved AI tools exist and give licences to those who need them: many have none "
            "or did not know.",
    OVERSTATE: "Talk with teams about the pressure to overstate AI use, and judge AI by outcomes rather than "
               "usage figures.",
    OVERSTATE_UNIT: "Talk with {subject} about the pressure to overstate AI use there.",
    ROLLOUT: "Review how AI is introduced, together with the people who use it: frustration is high enough to "
             "make some consider leaving.",
    CHECK_OUTPUT: "Agree on how AI output is checked before it reaches customers: some rarely or never check it.",
}


#: The answer words of evidence whose answer is not an option of the questionnaire.
ANSWER_WORDS = {"pays_personally": "pay for it themselves", "unapproved_use": "use it without approval",
                "agree": "agree"}


@dataclass(frozen=True)
class Evidence:
    """One figure an action rests on: the item and answer (``item``, ``code``), the question (or tool) and
    answer in words, and the figure."""

    item: str
    code: str
    question: str
    answer: str
    figure: Figure

    @property
    def label(self) -> str:
        return f"“{self.question}” {self.answer}"

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item, "code": self.code, "label": self.label, **self.figure.to_dict()}


@dataclass(frozen=True)
class Action:
    """One recommended action: its rule ``code``, the ``subject`` it names (or None), its English
    sentence and the figures that triggered it."""

    code: str
    subject: str | None
    text: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "subject": self.subject, "text": self.text,
                "evidence": [item.to_dict() for item in self.evidence]}


def supported(figure: Figure | None, threshold: float) -> bool:
    """Whether a figure may trigger an action: shown, not too uncertain, and its whole interval at or above
    ``threshold`` (an exact figure: its value)."""
    if figure is None or figure.suppressed or figure.too_wide or figure.estimate is None:
        return False
    low = figure.ci_low if figure.ci_low is not None else figure.estimate
    return low >= threshold


def _cells(item: Distribution | MultiChoice | None) -> tuple[Cell, ...]:
    if item is None:
        return ()
    return item.cells if isinstance(item, Distribution) else item.options


def _best(item: Distribution | MultiChoice | None, codes: Iterable[str], threshold: float) -> Evidence | None:
    """The supported cell among ``codes`` with the highest lower bound (a lower bound of their sum too)."""
    wanted = set(codes)
    found = [cell for cell in _cells(item) if cell.code in wanted and supported(cell.figure, threshold)]
    if not found or item is None:
        return None
    cell = max(found, key=lambda c: c.figure.ci_low if c.figure.ci_low is not None else c.figure.estimate or 0.0)
    return Evidence(item.id, cell.code, item.label, cell.label, cell.figure)


def _workplace(report: Report, name: str) -> Distribution | MultiChoice | None:
    return next((item for item in report.workplace.items if item.id == f"workplace_{name}"), None)


def _agree(report: Report, statement: str, threshold: float) -> Evidence | None:
    item = next((item for item in report.sentiment if item.id == statement), None)
    if item is None or not supported(item.agree, threshold):
        return None
    return Evidence(item.id, "agree", item.label, ANSWER_WORDS["agree"], item.agree)


def _action(code: str, evidence: Sequence[Evidence | None], subject: str | None = None) -> Action:
    return Action(code, subject, TEXTS[code].format(subject=subject or ""),
                  tuple(item for item in evidence if item is not None))


# --- the rules ----------------------------------------------------------------------------------


def _license(report: Report) -> list[Action]:
    actions: list[Action] = []
    for item in report.license_candidates:
        if len(actions) == MAX_LICENSES:
            break
        if supported(item.demand, THRESHOLDS[LICENSE]):
            what = "pays_personally" if item.basis == "pays_personally" else "unapproved_use"
            evidence = Evidence(f"license_candidates.{item.tool_id}", what, item.name, ANSWER_WORDS[what], item.demand)
            actions.append(_action(LICENSE, [evidence], item.name))
    return actions


def _train(report: Report) -> list[Action]:
    low = _best(report.literacy, ("beginner", "basic"), THRESHOLDS["literacy_low"])
    options = [cell for cell in report.training.wanted.options if cell.code != "none"]
    wanted = _best(report.training.wanted, (cell.code for cell in options), THRESHOLDS["training_wanted"])
    if low is None or wanted is None:
        return []
    return [_action(TRAIN, [low, wanted], wanted.answer)]


def _guidance(report: Report) -> list[Action]:
    unknown = _best(report.policy_awareness, ("not_aware", "heard_of_it", "no_policy_exists"), THRESHOLDS[GUIDANCE])
    return [_action(GUIDANCE, [unknown])] if unknown else []


def _access(report: Report) -> list[Action]:
    found = _best(_workplace(report, "access"), ("no_licence", "did_not_know"), THRESHOLDS[ACCESS])
    return [_action(ACCESS, [found])] if found else []


def _overstating(report: Report) -> list[Evidence]:
    """The statement of questionnaire 2 ("I should report more AI use than I do"), where a campaign has it, and the
    randomized question of what was actually reported (questionnaire 2 on; 3 asks only this one)."""
    pressure = _agree(report, "pressure_to_overstate", THRESHOLDS["pressure"])
    overstated = _best(_workplace(report, "overstated"), ("use", "time_saved", "both"), THRESHOLDS["overstated"])
    return [item for item in (pressure, overstated) if item is not None]


def _pressure(report: Report) -> list[Action]:
    found = _overstating(report)
    return [_action(OVERSTATE, found)] if found else []


def _rollout(report: Report) -> list[Action]:
    leaving = _agree(report, "consider_leaving", THRESHOLDS["consider_leaving"])
    frustrated = _agree(report, "frustrated_rollout", THRESHOLDS["frustrated"])
    return [_action(ROLLOUT, [leaving, frustrated])] if leaving or frustrated else []


def _check_output(report: Report) -> list[Action]:
    found = _best(_workplace(report, "output_check"), ("rarely",), THRESHOLDS[CHECK_OUTPUT])
    return [_action(CHECK_OUTPUT, [found])] if found else []


#: The rules, in the order the report lists their actions.
RULES: tuple[Callable[[Report], list[Action]], ...] = (
    _license, _train, _guidance, _access, _pressure, _rollout, _check_output)


def recommended_actions(report: Report, units: Sequence[Report] = ()) -> tuple[Action, ...]:
    """The actions the report's figures support (none while the report is held back).

    ``units`` are org-unit reports of the same campaign (each through the same privacy rules); a unit
    where the pressure to overstate AI use is high gets an action of its own. Without them, a whole-campaign
    report with its org units side by side uses the unit reports that comparison released (and only those).
    """
    if report.notice is not None:
        return ()
    if not units and report.units is not None:
        units = report.units.reports
    actions = [action for rule in RULES for action in rule(report)]
    for unit in units:
        if unit.notice is not None or unit.org_unit is None:
            continue
        found = _overstating(unit)
        if found:
            actions.append(_action(OVERSTATE_UNIT, found, unit.org_unit_label or unit.org_unit))
    return tuple(actions)
