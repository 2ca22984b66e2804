"""The org units side by side in the report files: the same figures as the comparison, withheld ones marked."""

from __future__ import annotations

import json

from desktop.collector.aggregate import build_report
from desktop.collector.report_csv import render_csv, rows
from desktop.collector.report_html import render_html
from desktop.collector.report_json import report_text
from desktop.collector.report_text import figure_text
from desktop.collector.tally import tally
from desktop.collector.unit_compare import KEYS, with_units
from desktop.collector.unit_report import TABLE
from tests.collector.suppression_cases import CATALOG, POLICY, Q, plain, tool


def _report():
    summaries = ([plain(unit="eng", tools=[tool("chatgpt")]) for _ in range(12)]
                 + [plain(unit="eng", pays=True) for _ in range(12)]
                 + [plain(unit="sales", tools=[tool("chatgpt")]) for _ in range(10)]
                 + [plain(unit="sales") for _ in range(10)]
                 + [plain(unit="legal", tools=[tool("chatgpt")]) for _ in range(2)]
                 + [plain(tools=[tool("chatgpt")]) for _ in range(6)] + [plain() for _ in range(6)])
    counts = tally(summaries, Q, CATALOG, POLICY)
    return with_units(build_report(counts), counts)


def test_every_writer_carries_the_comparison_figure_for_figure():
    report = _report()
    comparison = report.units
    assert comparison is not None and {row.code for row in comparison.rows} >= {"eng", "sales", "other_units"}
    csv_rows = {(row["row"], row["column"]): row for row in rows(report) if row["table"] == TABLE}
    document = json.loads(report_text(report))["units"]
    by_code = {row["code"]: row for row in document["rows"]}
    html = render_html(report, organization="Example")
    assert "Org units side by side" in html
    for row in comparison.rows:
        for key in KEYS:
            figure = row.figures[key]
            cell = csv_rows[(row.code, key)]
            assert cell["suppressed"] == ("yes" if figure.suppressed else "no")
            assert by_code[row.code][key] == figure.to_dict()
            if figure.suppressed:
                assert cell["estimate"] == "" and cell["count"] == "" and cell["reason"] == figure.reason
            else:
                assert float(cell["estimate"]) == round(figure.estimate, 6)
                assert figure_text(figure, report.k) in html
    assert csv_rows[("whole", "overall")]["estimate"] == str(round(report.prevalence.overall.estimate, 6))
    assert csv_rows[("eng", "overall")]["estimate"] == "0.5"


def test_an_org_units_own_report_has_no_comparison():
    summaries = [plain(unit="eng") for _ in range(10)] + [plain(unit="sales") for _ in range(10)]
    counts = tally(summaries, Q, CATALOG, POLICY)
    report = with_units(build_report(counts, org_unit="eng"), counts)
    assert report.units is None
    assert TABLE not in render_csv(report) and "units" not in json.loads(report_text(report))
