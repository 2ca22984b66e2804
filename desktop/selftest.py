"""``candor self-test``: verify an installation, one line per check, exit 0 or 1.

It touches nothing of the employee's: the database check runs in a fresh temporary folder
(inside ``--data-dir`` when given, to prove that location works), the keyring check writes and
removes a throw-away entry, and the Qt check opens a window offscreen.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop import __version__

CANARY_PREFIX = "candor-self-test-canary-"


def check_content(policy_flag: str | None) -> str:
    from desktop.core.content import load_content
    from desktop.core.risk import default_texts

    content = load_content(policy_flag)
    default_texts()  # risk reasons and recommendations: raises when a text is missing or malformed
    questionnaire = content.questionnaire
    details = (
        f"questionnaire {questionnaire.id} v{questionnaire.version} "
        f"({sum(1 for _ in questionnaire.questions())} questions), catalog of {len(content.catalog)} tools"
    )
    if content.policy.problems:
        problems = "; ".join(str(p) for p in content.policy.problems)
        raise RuntimeError(f"{details}; the policy has problems: {problems}")
    return f"{details}; policy from {content.policy_source_text()}"


def check_database(data_dir: str | None) -> str:
    from desktop.storage.keyring_store import KeyringKeyStore
    from desktop.storage.memory_keyring import MemoryKeyring
    from desktop.storage.paths import ensure_private_dir, resolve_data_dir
    from desktop.storage.startup import open_store
    from desktop.storage.store import Store

    parent = ensure_private_dir(resolve_data_dir(data_dir)) if data_dir else Path(tempfile.gettempdir())
    folder = Path(tempfile.mkdtemp(prefix="self-test-", dir=parent))
    canary = CANARY_PREFIX + secrets.token_hex(8)
    keyring_store = KeyringKeyStore(MemoryKeyring())
    try:
        opened = open_store(folder, keyring_store)
        store = Store(opened.db, opened.keys.create_with_keyring())
        draft = store.new_assessment("self-test", "self-test", 1)
        store.save_state(draft, {"answers": {"values": {"note": canary}}})
        store.close()
        reopened = open_store(folder, keyring_store)
        again = Store(reopened.db, reopened.keys.unlock_with_keyring())
        value = again.load(draft).state["answers"]["values"]["note"]
        again.close()
        if value != canary:
            raise RuntimeError("the answer read back differs from the one written")
        for file in folder.iterdir():
            if canary.encode() in file.read_bytes():
                raise RuntimeError(f"an answer was found unencrypted in {file.name}")
        return f"created, encrypted (AES-256-GCM) and read back in {parent}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_keyring() -> str:
    from desktop.storage.keyring_store import KeyringKeyStore

    store = KeyringKeyStore()
    status = store.status()
    if not status.usable:
        return f"passphrase fallback (never plaintext): {status.problem}"
    probe = f"self-test-{secrets.token_hex(4)}"
    secret = secrets.token_bytes(32)
    store.set_key(probe, secret)
    try:
        if store.get_key(probe) != secret:
            raise RuntimeError(f"{status.backend_name} returned a different secret than was stored")
    finally:
        store.delete_key(probe)
    return f"{status.backend_name}: stored, read back and removed a test secret"


def check_qt() -> str:
    from desktop.ui.qt_check import check_qt_window

    return check_qt_window()


def check_languages() -> str:
    from desktop.ui.i18n import check_translations

    return check_translations()


def run_self_test(data_dir: str | None = None, policy_flag: str | None = None) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("content", lambda: check_content(policy_flag)),
        ("database", lambda: check_database(data_dir or os.environ.get("CANDOR_DATA_DIR"))),
        ("keyring", check_keyring),
        ("qt", check_qt),
        ("languages", check_languages),
    ]
    print(f"Candor {__version__} self-test")
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one readable line
            failed += 1
            print(f"FAIL  {name:<9} {exc}")
        else:
            print(f"ok    {name:<9} {detail}")
        sys.stdout.flush()
    print("all checks passed" if not failed else f"{failed} check(s) failed")
    return 1 if failed else 0
