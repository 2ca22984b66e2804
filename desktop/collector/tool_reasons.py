"""Why people use each tool rather than one the company provides: the per-tool reasons of exact summaries.

From questionnaire 3 on, the reasons are asked for each tool the company did not provide, and an exact
summary carries them in ``tools[].reasons`` (its top-level ``reasons``, the reasons given for any tool,
feeds the report's overall reasons table as before). A randomized summary carries only the overall bits:
a bit per tool and reason would say which tools were picked. So this table exists for exact summaries
only, like the data classes by tool status.

Each row is one tool: of the respondents who gave reasons for it, the share who gave each reason. A row
is listed only when at least k respondents gave reasons for the tool (a row withheld for fewer would
still say that someone did); every cell obeys the same rule as any exact share (fewer than k with or
without the answer: withheld), and in an org-unit report also the rule on the rest of the campaign.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop.collector import privacy_rules as rules
from desktop.collector.report_figure import EXACT, Cell, MultiChoice
from desktop.collector.report_sections import ToolFigure
from desktop.core.summary_items import REASONS

if TYPE_CHECKING:  # the builder lives in figures; tally imports this module
    from desktop.collector.figures import FigureBuilder

#: Counting families: respondents who gave reasons for a tool (key: the tool id), and for a tool and a
#: reason (key: ``tool|reason``).
ANSWERED = "tool_reasons_answered"
GIVEN = "tool_reasons"


def count_tool_reasons(pending: Mapping[str, list[Any]], tools: Iterable[Mapping[str, Any]]) -> None:
    """Queue one exact summary's per-tool reasons; each person counts once per tool (two typed-in tools of one
    category are one ``other:<category>``)."""
    answered: set[str] = set()
    given: set[str] = set()
    for item in tools:
        reasons = item.get("reasons")
        if reasons:
            answered.add(item["tool"])
            given.update(f"{item['tool']}|{code}" for code in reasons)
    if answered:
        pending[ANSWERED].extend(answered)
        pending[GIVEN].extend(given)


def reasons_by_tool(builder: FigureBuilder, tools: Sequence[ToolFigure]) -> tuple[MultiChoice, ...]:
    """One row per tool of ``tools`` that at least k respondents gave reasons for (exact summaries only)."""
    exact = builder.sel.exact
    if builder.withheld or builder.sel.randomized() or exact is None or exact.n == 0:
        return ()
    codes = builder.codes(REASONS)
    labels = builder.option_labels(REASONS)
    rows = []
    for tool in tools:
        n = exact.get(ANSWERED, tool.id)
        if n < builder.k:
            continue
        rest_n = builder.rest.exact.get(ANSWERED, tool.id) if builder.rest is not None and builder.rest.exact else 0
        respondents = builder.exact_count(n, rules.COMPLEMENTARY if rules.is_small(rest_n, builder.k) else None)
        cells = []
        for code in codes:
            key = f"{tool.id}|{code}"

            def part(group: Any, key: str = key, tool_id: str = tool.id) -> tuple[int, int]:
                stratum = group.exact
                return (0, 0) if stratum is None else (stratum.get(GIVEN, key), stratum.get(ANSWERED, tool_id))

            cells.append(Cell(code, labels.get(code, code), builder.exact_share(exact.get(GIVEN, key), n,
                                                                                builder.linked(part))))
        rows.append(MultiChoice(f"reasons:{tool.id}", tool.name, respondents, tuple(cells), EXACT))
    return tuple(rows)
