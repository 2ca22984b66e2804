"""The dashboard's participation line: the summaries against the codes issued and the people invited, and a
warning when they exceed either (the same statements as the report files, see desktop/collector/turnout.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from desktop.collector.report_sections import Participation
from desktop.collector.turnout import bases
from desktop.ui.formatting import integer


def turnout_labels(participation: Participation, respondents: str) -> list[QLabel]:
    """One label per number the summaries are set against, then a warning for each they exceed.
    ``respondents``: the campaign's respondents as the dashboard writes them."""
    lines: list[QLabel] = []
    warnings: list[QLabel] = []
    for base in bases(participation):
        if base.code == "codes_issued":
            line = QCoreApplication.translate("Dashboard", "Summaries against participation codes issued: %1 of %2.")
            warning = QCoreApplication.translate(
                "Dashboard", "Warning: this campaign has more summaries than participation codes issued. Some may "
                "be forged or sent twice; require participation codes (submission.require_code) and check how "
                "they were handed out.")
        else:
            line = QCoreApplication.translate("Dashboard", "Summaries against people invited: %1 of %2.")
            warning = QCoreApplication.translate(
                "Dashboard", "Warning: this campaign has more summaries than people invited. Some may be forged or "
                "sent twice; require participation codes (submission.require_code) and check how they were "
                "handed out.")
        label = QLabel(line.replace("%1", respondents).replace("%2", integer(base.number)))
        label.setObjectName(f"participationAgainst_{base.code}")
        lines.append(label)
        if base.exceeded:
            flag = QLabel(warning)
            flag.setObjectName(f"participationExceeds_{base.code}")
            flag.setAccessibleName(QCoreApplication.translate("Dashboard", "Warning"))
            bold = flag.font()
            bold.setBold(True)  # the word "Warning" leads it too: never shown by weight alone
            flag.setFont(bold)
            warnings.append(flag)
    for label in lines + warnings:
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lines + warnings
