"""Wizard page change: from the click on Next to the new page laid out and painted.

Run: ``.venv/bin/python benchmarks/bench_wizard.py`` (about fifteen seconds). In one process,
offscreen: the wizard as the app shows it (window size of the main window), its session saving
every change to a real encrypted store, walks the whole questionnaire with a demo employee's
complete answers (at least three tools, so the per-tool pages repeat). Each step is timed from
the mouse click on Next until Qt has processed every event it caused (layout, paint). Between
clicks the walk pauses as a reader would (``READ_MS``); the wizard uses such pauses to prepare the
likely next page, so a second figure is taken with no pause at all (every page built on the click).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _app_fixture import isolated_content, open_encrypted_store, realistic_answers  # noqa: E402
from _common import percentile, report  # noqa: E402

SEEDS = (1, 2, 3, 4)
READ_MS = 150
BUDGET_MS = 16.0


def walk(app, content, seed: int, read_ms: int) -> list[float]:
    """Seconds per page change over one walk through the questionnaire."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.core.navigation import Navigator
    from desktop.core.session import AssessmentSession
    from desktop.ui.wizard import WizardPage

    store, _keys = open_encrypted_store()
    questionnaire, policy = content.questionnaire, content.policy.policy
    draft_id = store.new_assessment(policy.campaign.id, questionnaire.id, questionnaire.version)
    state = {"answers": realistic_answers(seed, policy).to_dict()}
    navigator = Navigator(questionnaire, org_units_offered=bool(policy.org_units))
    session = AssessmentSession.restore(navigator, state, lambda snapshot: store.save_state(draft_id, snapshot))
    wizard = WizardPage(session, content.catalog, policy)
    em = wizard.fontMetrics().horizontalAdvance("M")
    wizard.resize(em * 84, em * 56)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    QTest.qWait(read_ms)
    times: list[float] = []
    while navigator.next(session.ref, session.answers) is not None:  # the last click finishes: not a page change
        before = session.ref.key
        started = time.perf_counter()
        QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        app.processEvents()
        times.append(time.perf_counter() - started)
        if session.ref.key == before:
            raise RuntimeError(f"Next did not leave page {before!r}: the answer set misses a required answer")
        if read_ms:
            QTest.qWait(read_ms)
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
    store.close()
    return times


def measure() -> dict[str, Any]:
    import tempfile

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform warns on every window that it cannot pass size hints on: noise here.
    qInstallMessageHandler(lambda _kind, _context, text: None if "propagateSizeHints" in text
                           else print(text, file=sys.stderr))
    app = QApplication.instance() or QApplication([])
    content = isolated_content(Path(tempfile.mkdtemp(prefix="candor-bench-wizard-")))
    walk(app, content, 99, 0)  # warm-up: first-use costs of Qt classes are not a page change
    reading: list[float] = []
    hurried: list[float] = []
    for seed in SEEDS:
        reading += walk(app, content, seed, READ_MS)
        hurried += walk(app, content, seed, 0)
    return {
        "page_change_p95_ms": round(percentile(reading, 0.95) * 1000, 1),
        "page_change_median_ms": round(statistics.median(reading) * 1000, 1),
        "page_change_max_ms": round(max(reading) * 1000, 1),
        "page_change_no_pause_p95_ms": round(percentile(hurried, 0.95) * 1000, 1),
        "page_change_steps": len(reading),
    }


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
