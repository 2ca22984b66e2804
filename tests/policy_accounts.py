"""Who runs Candor, for policy tests: whether the managed file is out of their reach is decided by ownership.

Test files live under pytest's ``tmp_path``, which belongs to whoever runs the tests (root here, a
developer elsewhere), so resolving with the real account would find every test's managed file
changeable. Tests that are not about that resolve as :data:`BYSTANDER`, who owns none of them.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.policy_trust import Account

#: An account that owns no file of the test and is in none of their groups.
BYSTANDER = Account(uid=54321, gids=frozenset({54321}))
#: The made-up employee a file is handed to when the tests run as root.
EMPLOYEE_UID = 54322
#: As root the tests hand one file or folder to that employee, so the place found is exactly it; run as a
#: developer, who owns the whole test folder, a folder above it is found first.
EXACT_PLACE = os.getuid() == 0


def runner_owning(path: Path) -> Account:
    """The account of an employee who owns ``path`` (as root: the file is handed to a made-up employee)."""
    if os.getuid() == 0:
        os.chown(path, EMPLOYEE_UID, -1)
        return Account(uid=EMPLOYEE_UID, gids=frozenset({EMPLOYEE_UID}))
    current = Account.current()
    assert current is not None
    return current
