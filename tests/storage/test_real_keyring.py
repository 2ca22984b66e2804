"""The data key in a real Secret Service (GNOME Keyring), end to end.

Run by ``.ci/real-keyring-tests``, which starts a throwaway D-Bus session and
keyring and sets CANDOR_REAL_KEYRING=1; then an unusable keyring is a failure,
not a skip. ``pytest -m real_keyring`` runs them too (skipping when there is no
usable Secret Service); a plain ``pytest`` skips them, so it never touches a
developer's own keyring. They use a service name of their own and clean up.
"""

from __future__ import annotations

import os
import uuid

import pytest

from desktop.storage.keyring_store import KeyringKeyStore, account_for
from desktop.storage.startup import open_store
from desktop.storage.store import Store
from desktop.storage.wipe import delete_all_data

pytestmark = pytest.mark.real_keyring

REQUIRED = os.environ.get("CANDOR_REAL_KEYRING") == "1"


def _unavailable(reason: str):
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


def _asked_for(config: pytest.Config) -> bool:
    """True when the run selected this marker on purpose (``-m real_keyring``) or the CI script runs it."""
    expression = " ".join(str(config.getoption("markexpr") or "").split())
    return REQUIRED or ("real_keyring" in expression and "not real_keyring" not in expression)


@pytest.fixture
def secret_service_store(request: pytest.FixtureRequest) -> KeyringKeyStore:
    if not _asked_for(request.config):
        pytest.skip("uses the real system keyring: run with -m real_keyring, or .ci/real-keyring-tests")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _unavailable("DBUS_SESSION_BUS_ADDRESS is unset: no D-Bus session to find a Secret Service on")
    from keyring.backends import SecretService

    # A service name of its own, so nothing a person keeps under "Candor" is ever touched.
    store = KeyringKeyStore(SecretService.Keyring(), service=f"Candor-test-{uuid.uuid4().hex}")
    status = store.status()
    if not status.usable:
        _unavailable(f"the Secret Service keyring is not usable: {status.problem}")
    return store


def test_key_lives_in_the_secret_service_and_dies_with_wipe(secret_service_store, tmp_path):
    from keyring.backends import SecretService

    data_dir = tmp_path / "Candor"
    opened = open_store(data_dir, secret_service_store, kdf_n=2**10)
    key = opened.keys.create_with_keyring()
    install_id = opened.keys.install_id
    store = Store(opened.db, key)
    assessment_id = store.new_assessment("c-2025", "candor-core", 1)
    store.save_state(assessment_id, {"answers": {"q": "kept in the real keyring"}})
    store.close()

    # A fresh backend object and a fresh database handle: only the keyring connects them.
    fresh = KeyringKeyStore(SecretService.Keyring(), service=secret_service_store.service)
    reopened = open_store(data_dir, fresh, kdf_n=2**10)
    assert reopened.keys.mode() == "keyring"
    assert reopened.keys.unlock_with_keyring() == key
    assert Store(reopened.db, key).load(assessment_id).state == {"answers": {"q": "kept in the real keyring"}}

    result = delete_all_data(data_dir, reopened.keys)

    assert result.key_removed is True
    assert result.keyring_problem is None
    assert not data_dir.exists()
    service = secret_service_store.service
    assert SecretService.Keyring().get_password(service, account_for(install_id)) is None
    assert KeyringKeyStore(SecretService.Keyring(), service=service).get_key(install_id) is None
