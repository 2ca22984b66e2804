from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt

from desktop import __version__
from desktop.core.content import load_content
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.ui.about_dialog import AboutDialog
from tests.ui.conftest import ScriptedPrompts
from tests.ui.screen_text import visible_text


def test_welcome_tells_what_is_stored_what_leaves_and_who_reads(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    text = visible_text(employee.window)
    assert "Stays on this computer" in text and "encrypted" in text
    assert "Only a summary leaves, if you choose" in text and "see every field before it goes" in text
    assert "Who can read it" in text
    # The default policy names no recipient: the page says nothing can be sent, rather than promising.
    assert "has not set up summary collection yet" in text
    assert "never connects to the internet" in text
    assert employee.window.welcome.start_button.text() == "Start the assessment"
    assert employee.window.banner is None


def test_who_can_read_names_the_organization_and_k(make_app, qtbot, tmp_path, keyring_store, isolated_locations):
    import pyrage

    recipient = str(pyrage.x25519.Identity.generate().to_public())
    isolated_locations.managed.write_text(
        f'[organization]\nname = "Globex"\n[privacy]\nmin_group_size = 7\n[submission]\nrecipient = "{recipient}"\n'
    )
    content = load_content(None, env={}, locations=isolated_locations)
    employee = make_app(content, keyring_store)
    text = visible_text(employee.window)
    assert "Only the compliance team of Globex can open a summary" in text
    assert "fewer than 7 people" in text


def test_invalid_policy_shows_a_banner_and_starts_on_defaults(make_app, qtbot, tmp_path, keyring_store,
        isolated_locations):
    isolated_locations.managed.write_text('[[tools]]\nid = "chatgpt"\nstatus = "aproved"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    employee = make_app(content, keyring_store)
    banner = employee.window.banner
    assert banner is not None and banner.isVisible()
    assert "Policy problem" in banner.summary.text()
    assert "Please tell your IT team" in banner.summary.text()
    details = banner.details.text()
    assert str(isolated_locations.managed) in details
    assert "tools[0].status: 'aproved' is not allowed; use one of: approved, tolerated, prohibited" in details
    assert content.policy.policy.status_of("chatgpt") == "not_listed"
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_about_shows_version_policy_source_and_data_dir(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    opened = []
    employee.window.show_about(opener=opened.append)
    dialog: AboutDialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.policy_label.text() == "built-in defaults only"
    assert dialog.data_label.text() == str(tmp_path / "data")


def test_about_button_opens_the_dialog(make_app, qtbot, content, tmp_path, keyring_store, monkeypatch):
    employee = make_app(content, keyring_store)
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(employee.window.welcome.about_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].windowTitle() == "About Candor"


def test_unlock_with_a_working_keyring_is_silent(make_app, qtbot, content, tmp_path, keyring_store):
    prompts = ScriptedPrompts()
    employee = make_app(content, keyring_store, prompts=prompts)
    assert employee.unlock()
    assert prompts.shown == []
    assert (tmp_path / "data" / "candor.db").exists()
    assert keyring_store.get_key(employee.gate.opened.keys.install_id) is not None


def test_no_keyring_asks_for_a_passphrase_never_plaintext(make_app, qtbot, content, tmp_path):
    asked = []

    def ask(creating, explanation, error):
        asked.append((creating, explanation))
        return "correct horse battery"

    employee = make_app(content, KeyringKeyStore(fail.Keyring()), ask_passphrase=ask)
    assert employee.unlock()
    creating, explanation = asked[0]
    assert creating is True
    assert "cannot be used right now" in explanation and "Choose your passphrase below" in explanation
    assert "no system keyring Candor can use" in explanation
    assert "fail Keyring" not in explanation and "found no backend" not in explanation  # no developer text
    assert employee.gate.opened.keys.mode() == "passphrase"
    kept = employee.window.welcome.cards[0].body.text()
    assert "passphrase" in kept and "password manager" not in kept  # says where the key really is


def test_declining_the_passphrase_leaves_a_clear_status(make_app, qtbot, content, tmp_path):
    employee = make_app(content, KeyringKeyStore(fail.Keyring()),
                        ask_passphrase=lambda *_: None)
    assert not employee.unlock()
    status = employee.window.welcome.status
    assert status.isVisible()
    assert "Candor needs a key to encrypt your answers" in status.text()


def test_start_opens_the_assessment_and_resumes_after_restart(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    qtbot.mouseClick(employee.window.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: employee.wizard is not None and employee.wizard.isVisible())
    picker = content.questionnaire.question("tools_used")
    employee.session.answer(picker, ["chatgpt"])
    employee.window.close()

    again = make_app(content, keyring_store)
    assert again.unlock()
    assert again.window.welcome.start_button.text() == "Continue where you left off"
    qtbot.mouseClick(again.window.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.session is not None)
    assert again.session.value(picker) == ["chatgpt"]


def test_a_damaged_database_is_moved_aside_and_the_app_goes_on(make_app, qtbot, content, tmp_path, keyring_store):
    data = tmp_path / "data"
    data.mkdir()
    (data / "candor.db").write_bytes(b"this is not a database at all" * 100)
    prompts = ScriptedPrompts()
    employee = make_app(content, keyring_store, prompts=prompts)
    assert employee.unlock()
    kind, title, text = prompts.shown[0]
    assert kind == "inform" and title == "Your saved answers could not be read"
    kept = sorted(data.glob("candor.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert kept[0].name in text
    assert employee.store.current_draft("default") is None  # a fresh, working store


def test_a_key_gone_from_the_keyring_offers_retry_or_delete_never_a_crash(make_app, qtbot, content, tmp_path,
        keyring_store):
    first = make_app(content, keyring_store)
    assert first.unlock()
    install_id = first.gate.opened.keys.install_id
    first.store.new_assessment("default", "candor-assessment", 1)
    first.window.close()
    keyring_store.delete_key(install_id)  # e.g. the user cleared their password manager

    not_now = ScriptedPrompts(choices=[2])
    again = make_app(content, keyring_store, prompts=not_now)
    assert not again.unlock()
    kind, title, text = not_now.shown[0]
    assert kind == "choose" and title == "Your answers cannot be unlocked"
    assert "Try again" not in text and "cannot be read by anyone any more" in text
    assert (tmp_path / "data" / "candor.db").exists()  # nothing was deleted without asking
    assert again.window.welcome.status.isVisible()
    again.window.close()

    delete = ScriptedPrompts(choices=[1], confirms=[True])
    third = make_app(content, keyring_store, prompts=delete)
    assert third.unlock()
    assert [kind for kind, *_ in delete.shown] == ["choose", "confirm"]
    assert third.store.current_draft("default") is None
    assert third.gate.opened.keys.install_id != install_id


def test_delete_all_my_data_also_removes_damaged_copies_and_the_log(make_app, qtbot, content, tmp_path, keyring_store):
    from desktop.app_log import setup_logging, shutdown_logging

    data = tmp_path / "data"
    data.mkdir()
    (data / "candor.db").write_bytes(b"garbage" * 100)
    setup_logging(data)
    try:
        prompts = ScriptedPrompts(confirms=[True])
        employee = make_app(content, keyring_store, prompts=prompts)
        assert employee.unlock()
        assert list(data.glob("candor.db.damaged-*")) and (data / "logs").is_dir()
        assert employee.delete_all_data()
    finally:
        shutdown_logging()
    assert not data.exists() or list(data.iterdir()) == []
