"""Issue 15: the collector counts the new questions and every report shows them."""

from __future__ import annotations

import random

from desktop.collector.aggregate import aggregate
from desktop.collector.report_csv import rows
from desktop.collector.report_html import render_html
from desktop.core.answers import Answers
from desktop.core.catalog import load_catalog
from desktop.core.navigation import Navigator
from desktop.core.questionnaire_loader import load_questionnaire
from desktop.core.randomized_response import Memo
from desktop.core.summary import BuildContext, Choices, build_summary
from tests.collector.aggregate_cases import make_policy

Q, CATALOG = load_questionnaire(), load_catalog()


def summaries(policy, n, overstated):
    out = []
    for index in range(n):
        answers = Answers({"tools_used": ["chatgpt"], "account_kind@chatgpt": "personal_free",
                           "overstated": "both" if index < overstated else "no",
                           "connected": ["mail", "share_links"] if index % 2 else ["none"],
                           "access": "no_licence", "help_most": "clear_rules", "output_check": "usually",
                           "ai_measured": ["dashboards"]})
        ctx = BuildContext(Q, CATALOG, policy, "1.0.0", f"{index:032x}", Memo(), random.Random(index))
        out.append(build_summary(Navigator(Q).effective_answers(answers), answers.other_tools, ctx, Choices()))
    return out


def test_exact_summaries_are_counted_per_option_and_every_report_shows_them():
    policy = make_policy(False)
    report = aggregate(summaries(policy, 40, overstated=10), Q, CATALOG, policy)
    items = {item.id: item for item in report.workplace.items}
    overstated = {cell.code: cell.figure for cell in items["workplace_overstated"].cells}
    assert overstated["both"].count == 10 and overstated["no"].count == 30
    connected = {cell.code: cell.figure for cell in items["workplace_connected"].options}
    assert connected["mail"].count == 20 and connected["share_links"].count == 20
    assert report.to_dict()["workplace"]["workplace_access"]["cells"]
    html = render_html(report, organization="Acme")
    assert "How AI is run at work" in html and "reported more AI use" in html
    tables = {row["table"] for row in rows(report)}
    assert {"workplace_overstated", "workplace_connected"} <= tables


def test_randomized_summaries_are_estimated_with_the_campaigns_mechanism():
    policy = make_policy(True)
    report = aggregate(summaries(policy, 600, overstated=300), Q, CATALOG, policy)
    items = {item.id: item for item in report.workplace.items}
    both = next(cell.figure for cell in items["workplace_overstated"].cells if cell.code == "both")
    assert both.method == "randomized_response" and both.ci_low <= 0.5 <= both.ci_high
    mail = next(cell.figure for cell in items["workplace_connected"].options if cell.code == "mail")
    assert mail.ci_low <= 0.5 <= mail.ci_high
