"""``candor self-test``: verify an installation, one line per check, exit 0 or 1.

It touches nothing of the employee's: the database check runs in a fresh temporary folder
(inside ``--data-dir`` when given, to prove that location works), the keyring check writes and
removes a throw-away entry, the Qt check opens a window offscreen and
the text check draws letters into an image to prove fonts are found and render.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    from desktop.core.policy_effective import EffectivePolicy
    from desktop.core.policy_locations import PolicyLocations

CANARY_PREFIX = "candor-self-test-canary-"


class CheckWarning(Exception):  # noqa: N818 - not an error: the check passed, with something IT should see
    """A check that passed but found something IT should look at; printed as ``warn``."""


def check_content(policy: EffectivePolicy) -> str:
    """The questionnaire, the catalog and the risk texts load (``policy``: the policy as resolved, not read again)."""
    from desktop.core.content import load_content
    from desktop.core.risk import default_texts

    content = load_content(policy=policy)
    default_texts()  # risk reasons and recommendations: raises when a text is missing or malformed
    questionnaire = content.questionnaire
    return (
        f"questionnaire {questionnaire.id} v{questionnaire.version} "
        f"({sum(1 for _ in questionnaire.questions())} questions), catalog of {len(content.catalog)} tools"
    )


def check_policy(policy: EffectivePolicy) -> str:
    """The policy resolves without problems; a control that cannot be used fails; overrides warn."""
    from desktop.core.catalog import load_catalog
    from desktop.core.content import Content
    from desktop.core.policy_sources import with_tool_ids

    effective = with_tool_ids(policy, set(load_catalog().ids()))
    blocks = [f"export is OFF until this is fixed: {block.detail}" for block in effective.blocks]
    named = {block.file for block in effective.blocks}
    others = [str(problem) for problem in effective.problems if problem.file not in named]
    if blocks or others:
        raise RuntimeError("; ".join(blocks + (["the policy has problems: " + "; ".join(others)] if others else [])))
    origin = Content.source_text(effective)
    if effective.control is None:
        detail = (f"from {origin}; no managed or baked-in policy, so --policy, CANDOR_POLICY or the user's file "
                  "can set any field")
    else:
        detail = (f"from {origin}; {effective.control.description} alone sets the recipient, plaintext, "
                  "drop folder and privacy fields")
    overrides = effective.override_fields()
    if overrides:
        set_by = "; ".join(f"{source} sets {', '.join(fields)}" for source, fields in overrides.items())
        detail += f"; set where the employee can change it (a test override left behind?): {set_by}"
        if effective.refused:
            assert effective.control is not None  # only a control refuses overrides
            refused = ", ".join(f"{o.field} from {o.source}" for o in effective.refused)
            detail += f"; refused, because {effective.control.description} locks them: {refused}"
        raise CheckWarning(detail)
    return detail


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


#: Seconds the keyring check waits for the keyring to answer. A Secret Service registered on D-Bus
#: that never replies would otherwise hang the self-test (and the installer that runs it).
KEYRING_TIMEOUT = 5.0


def check_keyring() -> str:
    """Store, read back and remove a test secret; a keyring that does not answer in
    :data:`KEYRING_TIMEOUT` seconds counts as none (Candor then asks for a passphrase)."""
    from desktop.storage.keyring_store import KeyringKeyStore

    store = KeyringKeyStore()
    outcome: list[tuple[bool, object]] = []
    worker = threading.Thread(target=lambda: outcome.append(_attempt(_keyring_round_trip, store)),
                              name="self-test keyring", daemon=True)  # a stuck call must not keep us alive
    worker.start()
    worker.join(KEYRING_TIMEOUT)
    if not outcome:
        return (f"passphrase fallback (never plaintext): the system keyring ({store.found_backend_name}) did not "
                f"answer within {KEYRING_TIMEOUT:g} seconds; Candor will protect the answers with a passphrase. "
                "Check that the Secret Service (gnome-keyring, KWallet) is running and unlocked")
    done, value = outcome[0]
    if not done:
        assert isinstance(value, BaseException)
        raise value  # the check's own failure, as before
    return str(value)


def _attempt(check: Callable[..., str], *args: object) -> tuple[bool, object]:
    try:
        return True, check(*args)
    except Exception as exc:  # noqa: BLE001 - handed back to the caller's thread, which raises it
        return False, exc


def _keyring_round_trip(store) -> str:
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


def check_text() -> str:
    from desktop.ui.text_check import check_text_rendering

    return check_text_rendering()


def check_languages() -> str:
    from desktop.ui.i18n import check_translations

    return check_translations()


def run_self_test(data_dir: str | None = None, policy_flag: str | None = None,
                  env: Mapping[str, str] | None = None, locations: PolicyLocations | None = None) -> int:
    """Every check, one line each; ``env`` and ``locations`` (the policy's places) are for tests."""
    from desktop.core.policy_sources import resolve_policy

    # Resolved once, for both checks that need it (the first check to run resolves it), and never read again.
    policy = functools.cache(lambda: resolve_policy(policy_flag, os.environ if env is None else env, None,
                                                    locations))
    checks: list[tuple[str, Callable[[], str]]] = [
        ("content", lambda: check_content(policy())),
        ("policy", lambda: check_policy(policy())),
        ("database", lambda: check_database(data_dir or os.environ.get("CANDOR_DATA_DIR"))),
        ("keyring", check_keyring),
        ("qt", check_qt),
        ("text", check_text),
        ("languages", check_languages),
    ]
    print(f"Candor {__version__} self-test")
    failed = warned = 0
    for name, check in checks:
        try:
            detail = check()
        except CheckWarning as warning:
            warned += 1
            print(f"warn  {name:<9} {warning}")
        except Exception as exc:  # noqa: BLE001 - every failure becomes one readable line
            failed += 1
            print(f"FAIL  {name:<9} {exc}")
        else:
            print(f"ok    {name:<9} {detail}")
        sys.stdout.flush()
    if failed:
        print(f"{failed} check(s) failed")
    else:
        print("all checks passed" + (f", with {warned} warning(s) to look at" if warned else ""))
    return 1 if failed else 0
