"""Each test module stands alone: shared builders live in helper modules and fixtures in conftest.py.

A test module importing another one drags that module's tests and fixtures along and hides where a helper
lives; a new maintainer should find every shared piece in a module that is not itself a test.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
            [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
        found += [name for name in names
                  if name.startswith("tests.") and name.rsplit(".", 1)[-1].startswith("test_")]
    return found


def test_no_test_module_imports_another():
    offenders = {str(path.relative_to(TESTS)): names for path in sorted(TESTS.rglob("*.py"))
                 if (names := imported_test_modules(path))}
    assert offenders == {}


def test_the_check_sees_a_test_module_imported(tmp_path):
    sample = tmp_path / "test_sample.py"
    sample.write_text("from tests.ui.test_wizard import Run\nimport tests.core.test_policy\n", encoding="utf-8")
    assert imported_test_modules(sample) == ["tests.ui.test_wizard", "tests.core.test_policy"]
