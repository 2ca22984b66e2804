"""What the employee sees when the managed policy locks settings, or cannot be used (issue 13)."""

from __future__ import annotations

import pyrage
from PySide6.QtCore import Qt

from desktop.core.content import load_content
from desktop.core.policy_reload import reload_policy
from desktop.ui.about_dialog import AboutDialog
from tests.ui.flows import ANSWERS, complete

IT_KEY = str(pyrage.x25519.Identity.generate().to_public())
OTHER_KEY = str(pyrage.x25519.Identity.generate().to_public())


def open_about(qtbot, employee) -> AboutDialog:
    opened = []
    employee.window.show_about(opener=opened.append)
    qtbot.addWidget(opened[0])
    return opened[0]


def open_export(qtbot, employee):
    complete(employee, ANSWERS)
    opened = []
    employee.results.page.export_requested.disconnect()
    employee.results.page.export_requested.connect(
        lambda: employee.results.open_export(employee.store, employee.draft_id, opener=opened.append))
    button = employee.results.page.export_button
    button.setFocus()  # from the keyboard: with the banner above, the button may sit below the fold
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_managed_file_others_can_change_starts_with_the_banner_and_export_off(make_app, qtbot, tmp_path,
        keyring_store,
                                                                               isolated_locations):
    managed = isolated_locations.managed
    managed.write_text(f'[organization]\nname = "Acme"\n[submission]\nrecipient = "{IT_KEY}"\n')
    managed.chmod(0o666)
    isolated_locations.user.write_text(f'[submission]\nrecipient = "{OTHER_KEY}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    employee = make_app(content, keyring_store)

    banner = employee.window.banner
    assert banner is not None and banner.isVisible()
    assert banner.summary.text().startswith("<b>Policy problem:</b>")
    assert (f"{managed} cannot be used, so exporting a summary is turned off until it is fixed. Candor still works "
            "and your answers are not affected. Please tell your IT team.") in banner.summary.text()
    assert "cannot be trusted as the managed policy" in banner.details.text()
    assert "can be changed by every user of this computer" in banner.details.text()

    dialog = open_export(qtbot, employee)
    assert dialog.status.isVisible()
    assert dialog.status.text() == (
        f"Your organization's policy {managed} could be changed without administrator rights, so Candor will not "
        "export a summary until it is fixed. Please tell your IT team.")
    assert not dialog.save_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert employee.content.policy.policy.submission.recipient is None  # the user's key is not used either

    about = open_about(qtbot, employee)
    assert "could be changed without administrator rights" in about.control_label.text()


def test_refused_changes_are_named_in_the_banner_and_in_about(make_app, qtbot, tmp_path, keyring_store,
        isolated_locations):
    managed, user = isolated_locations.managed, isolated_locations.user
    managed.write_text(f'[submission]\nrecipient = "{IT_KEY}"\n')
    user.write_text(f'[submission]\nrecipient = "{OTHER_KEY}"\n[privacy]\nrandomized_response = false\n')
    content = load_content(None, env={}, locations=isolated_locations)
    employee = make_app(content, keyring_store)

    banner = employee.window.banner
    assert banner is not None and banner.isVisible()
    text = banner.summary.text()
    assert text.startswith("<b>Policy settings kept:</b>")
    assert (f"these changes were not used: privacy.randomized_response, submission.recipient from {user} (user). "
            "If you did not make them, please tell your IT team.") in text
    assert f'submission.recipient = "{OTHER_KEY}" from {user} (user): refused' in banner.details.text()

    about = open_about(qtbot, employee)
    assert about.control_label.text().splitlines() == [
        f"The compliance key, plaintext, drop folder and privacy settings come only from {managed} (managed); "
        "other files may only make privacy stricter.",
        f"Changes refused: privacy.randomized_response, submission.recipient from {user} (user).",
    ]
    assert employee.content.policy.policy.submission.recipient == IT_KEY


def test_about_says_nothing_of_locks_without_a_managed_policy(make_app, qtbot, content, tmp_path, keyring_store):
    employee = make_app(content, keyring_store)
    about = open_about(qtbot, employee)
    assert about.control_label.text() == "" and not about.control_label.isVisibleTo(about)


def test_a_changed_policy_is_read_again_as_the_same_account(content):
    fresh = reload_policy(content.policy, None)
    assert fresh.locations == content.policy.locations
    assert fresh.locations.account == content.policy.locations.account
