"""Every screen in a generated pseudo-language: nothing hard-coded in English, nothing cut off.

The pseudo-translation accents every letter and makes each text about 40% longer (see
tests/pseudo_locale.py), for the interface strings and for the content files alike. A run of plain
ASCII letters left on screen is text that bypassed translation; a label whose text needs more room
than it was given is cut off. Proper names (tools, vendors, the organization, Candor) and what the
person typed are the only plain words allowed.
"""

from __future__ import annotations

import re

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton

from desktop.core import risk
from desktop.core.content import load_content
from desktop.ui.i18n import install_translators
from tests.pseudo_locale import PSEUDO, build_pseudo_resources, pseudo
from tests.ui.flows import press, start_by_keyboard
from tests.ui.screen_text import cut_off, screen_texts, untranslated

#: Words that are the same in every language: names, formats and key names.
ALWAYS_ALLOWED = {"Candor", "JSON", "CSV", "HTML", "PDF", "EUR", "USD", "GBP", "age", "Ctrl", "Alt", "Shift",
                  "Esc", "Tab", "Enter", "Return", "Globex", "Space"}


@pytest.fixture(scope="module")
def pseudo_resources(tmp_path_factory):
    return build_pseudo_resources(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_content(pseudo_resources, monkeypatch, isolated_locations):
    monkeypatch.setenv("CANDOR_RESOURCES", str(pseudo_resources))
    risk.default_texts.cache_clear()
    recipient = pyrage.x25519.Identity.generate().to_public()
    isolated_locations.managed.write_text(
        '[organization]\nname = "Globex"\n'
        f'[submission]\nrecipient = "{recipient}"\n'
        '[[org_units]]\ncode = "sales"\n'
        f'label = {{en = "Sales", {PSEUDO} = "{pseudo("Sales")}"}}\n'
        '[[org_units]]\ncode = "it"\n'
        f'label = {{en = "IT", {PSEUDO} = "{pseudo("IT")}"}}\n',
        encoding="utf-8",
    )
    content = load_content(None, env={}, locations=isolated_locations)
    install_translators(QApplication.instance(), PSEUDO)
    yield content
    install_translators(QApplication.instance(), "en")
    risk.default_texts.cache_clear()


def allowed_words(content) -> set[str]:
    words = set(ALWAYS_ALLOWED) | {content.policy.policy.campaign.id}
    words |= {"English", "Deutsch", "Français", "Español"}  # each language is named in its own words
    for tool in content.catalog.tools:
        words.update(re.findall(r"[A-Za-z]+", f"{tool.name} {tool.vendor}"))
    return words


def answer_what_is_unanswered(qtbot, wizard) -> None:
    """Click the first choice of every question on the page that has none chosen yet."""
    groups: dict[int, list] = {}
    for button in wizard.findChildren(QAbstractButton):
        if isinstance(button, (QRadioButton, QCheckBox)) and button.isVisible():
            groups.setdefault(id(button.parentWidget()), []).append(button)
    for buttons in groups.values():
        if not any(b.isChecked() for b in buttons):
            qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def check_screen(qtbot, root, content, where: str, failures: list[str]) -> None:
    QApplication.processEvents()  # queued shows and layout requests first
    try:  # a screen that was just shown lays itself out over a few events
        qtbot.waitUntil(lambda: not cut_off(root), timeout=1000)
    except qtbot.TimeoutError:
        failures.extend(f"{where}: cut off: {problem}" for problem in cut_off(root))
    for item in untranslated(screen_texts(root), allowed_words(content)):
        failures.append(f"{where}: {item.widget} {item.what} not translated: {item.text!r}")


def test_every_employee_screen_is_translated_and_nothing_is_cut_off(make_app, qtbot, pseudo_content, tmp_path,
                                                                   keyring_store):
    content = pseudo_content
    failures: list[str] = []
    employee = make_app(content, keyring_store, lang=PSEUDO)
    assert employee.unlock()
    check_screen(qtbot, employee.window, content, "welcome", failures)

    start_by_keyboard(qtbot, employee)
    qtbot.keyClicks(QApplication.focusWidget(), "chatgpt")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    seen = []
    for _ in range(60):
        if employee.results.page is not None:
            break
        seen.append(employee.session.ref.key)
        check_screen(qtbot, employee.window, content, f"wizard page {employee.session.ref.key}", failures)
        if employee.session.ref.key != "tools_used":  # ChatGPT is picked there already
            answer_what_is_unanswered(qtbot, employee.wizard)
        before = employee.session.ref.key  # the mnemonic is a pseudo letter now, so Next is clicked
        qtbot.mouseClick(employee.wizard.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: employee.session is None or employee.session.finished
                        or employee.session.ref.key != before)
    assert employee.results.page is not None, f"the walk did not reach the results; pages: {seen}"
    assert len(seen) >= 8
    check_screen(qtbot, employee.window, content, "results", failures)

    dialogs = []
    employee.results.open_export(employee.store, employee.draft_id, opener=dialogs.append)
    dialog = dialogs[0]
    dialog.show()
    qtbot.waitExposed(dialog)
    check_screen(qtbot, dialog, content, "export dialog", failures)
    dialog.close()

    employee.results.show_history(employee.store)
    check_screen(qtbot, employee.window, content, "history", failures)
    employee.open_settings()
    check_screen(qtbot, employee.window, content, "settings", failures)
    assert not failures, "\n".join(failures)


def test_the_pseudo_translation_is_what_the_screen_shows(make_app, qtbot, pseudo_content, tmp_path, keyring_store):
    """The check above can fail: in English, the same screen is full of plain words."""
    employee = make_app(pseudo_content, keyring_store, lang=PSEUDO)
    start = employee.window.welcome.start_button.text()
    assert start.startswith("⟦") and start.endswith("⟧")
    install_translators(QApplication.instance(), "en")
    english = make_app(pseudo_content, data=tmp_path / "en" / "data", keyring_store=keyring_store)
    assert untranslated(screen_texts(english.window), allowed_words(pseudo_content))


def test_the_collector_is_translated_and_nothing_is_cut_off(qtbot, pseudo_resources, monkeypatch,
                                                           isolated_locations, tmp_path):
    from desktop.commands.demo import write_demo_summaries
    from desktop.ui.collector.app import dashboard_builder
    from desktop.ui.collector.window import CollectorWindow

    monkeypatch.setenv("CANDOR_RESOURCES", str(pseudo_resources))
    identity = pyrage.x25519.Identity.generate()
    units = "".join(f'[[org_units]]\ncode = "{code}"\nlabel = {{en = "{label}", {PSEUDO} = "{pseudo(label)}"}}\n'
                    for code, label in (("sales", "Sales"), ("it", "IT"), ("legal", "Legal")))
    isolated_locations.managed.write_text(
        f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = "{identity.to_public()}"\n{units}',
        encoding="utf-8")
    content = load_content(None, env={}, locations=isolated_locations)
    install_translators(QApplication.instance(), PSEUDO)
    try:
        store_dir = tmp_path / "collector"
        window = CollectorWindow("2026-q4", store_dir, [identity], dashboard_builder(content, store_dir, PSEUDO))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        failures: list[str] = []
        check_screen(qtbot, window, content, "collector before import", failures)
        folder = tmp_path / "in"
        write_demo_summaries(120, folder, recipient=str(identity.to_public()), policy=content.policy.policy,
                             seed=5)
        (folder / "junk.age").write_bytes(b"this is not an age file")
        with qtbot.waitSignal(window.import_done, timeout=30000):
            window.start_import([folder])
        qtbot.waitUntil(lambda: window.dashboard.isVisible())  # the new dashboard is shown by a queued event
        tabs = window.dashboard
        assert tabs.count() >= 4
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check_screen(qtbot, window, content, f"collector tab {index}", failures)
        assert not failures, "\n".join(failures)
    finally:
        install_translators(QApplication.instance(), "en")


def test_a_policy_without_an_organization_name_is_named_in_the_language_too(make_app, qtbot, pseudo_resources,
        monkeypatch,
                                                                           isolated_locations, tmp_path,
                                                                           keyring_store):
    monkeypatch.setenv("CANDOR_RESOURCES", str(pseudo_resources))
    content = load_content(None, env={}, locations=isolated_locations)  # no policy file: no name, no recipient
    assert content.policy.policy.organization.name == "Your organization"
    install_translators(QApplication.instance(), PSEUDO)
    try:
        employee = make_app(content, keyring_store, lang=PSEUDO)
        failures: list[str] = []
        check_screen(qtbot, employee.window, content, "welcome without an organization name", failures)
        assert not failures, "\n".join(failures)
    finally:
        install_translators(QApplication.instance(), "en")
