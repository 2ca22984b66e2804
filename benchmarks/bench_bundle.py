"""The bundle against its floor: the sizes the last ``./dev bundle`` (``.ci/build-bundle``) recorded.

Run: ``.venv/bin/python benchmarks/bench_bundle.py``. ``.ci/build-bundle`` builds dist/Candor from build.spec and, in
the same run and by the same recipe (``CANDOR_BUNDLE_FLOOR=1``: the same exclusions, filters and stripping), the
floor dist/CandorFloor, a bare PySide6 window (benchmarks/bare_window.py), and writes both folders' disk use
(``du -sk``) into dist/bundle-sizes.json; this reads that record. A second floor, dist/CandorStackFloor
(``CANDOR_BUNDLE_FLOOR=stack``: benchmarks/bare_stack_window.py, the bare window with keyring and its Secret Service
backend, pyrage, SQLite and QtCharts), shows what the libraries the design requires cost on their own.
Without a build there is nothing to report.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import report  # noqa: E402

RECORD = ROOT / "dist" / "bundle-sizes.json"


def measure() -> dict[str, Any]:
    if not RECORD.exists():
        print(f"bench_bundle: no {RECORD.relative_to(ROOT)}; build the bundle first (./dev bundle)", file=sys.stderr)
        return {}
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    bundle_mb, floor_mb = record["bundle_kb"] / 1024, record["floor_kb"] / 1024
    return {
        "bundle_mb": round(bundle_mb, 1),
        "bundle_floor_mb": round(floor_mb, 1),
        "bundle_vs_floor_ratio": round(bundle_mb / floor_mb, 3),
        "bundle_built": record.get("built", ""),
        **_stack_floor(record, bundle_mb),
    }


def _stack_floor(record: dict[str, Any], bundle_mb: float) -> dict[str, Any]:
    """The second floor (a record from before it was built has none): the bare window with the required libraries."""
    if "stack_floor_kb" not in record:
        return {}
    stack_mb = record["stack_floor_kb"] / 1024
    return {"bundle_stack_floor_mb": round(stack_mb, 1), "bundle_vs_stack_floor_ratio": round(bundle_mb / stack_mb, 3),
            "bundle_stack_floor_vs_floor_ratio": round(record["stack_floor_kb"] / record["floor_kb"], 3)}


def main() -> None:
    report(measure(), sys.argv[1:])


if __name__ == "__main__":
    main()
