from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from desktop.core.content import Content, load_content
from desktop.core.policy_locations import PolicyLocations
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.ui.prompts import Prompts
from tests.policy_accounts import BYSTANDER


class ScriptedPrompts(Prompts):
    """Answers dialogs from a script and records what the person was told.

    ``files``: the answers to the file and folder pickers, in order (a path, a list of paths for
    ``open_files``, or None for Cancel; none left is Cancel). ``asked`` records each picker's
    (kind, title, suggested name, filter), ``shown`` each notice's (kind, title, text).
    """

    def __init__(self, choices=(), confirms=(), files=()):
        super().__init__(None)
        self.choices = list(choices)
        self.confirms = list(confirms)
        self.files = list(files)
        self.shown: list[tuple[str, str, str]] = []
        self.asked: list[tuple[str, str, str, str]] = []

    def choose(self, title, text, choices):
        self.shown.append(("choose", title, text))
        return self.choices.pop(0) if self.choices else None

    def confirm(self, title, text, accept, reject):
        self.shown.append(("confirm", title, text))
        return self.confirms.pop(0) if self.confirms else False

    def inform(self, title, text):
        self.shown.append(("inform", title, text))

    def error(self, title, text):
        self.shown.append(("error", title, text))

    def warn(self, title, text):
        self.shown.append(("warn", title, text))

    def notice(self, title, text, details, name=""):
        self.shown.append(("notice", title, f"{text}\n\n{details}"))

    def _answer(self, kind, title, suggested="", file_filter=""):
        self.asked.append((kind, title, suggested, file_filter))
        answer = self.files.pop(0) if self.files else None
        return None if answer is None else answer if isinstance(answer, list) else str(answer)

    def save_file(self, title, suggested, file_filter):
        return self._answer("save_file", title, suggested, file_filter)

    def open_file(self, title, file_filter):
        return self._answer("open_file", title, "", file_filter)

    def open_files(self, title, file_filter):
        return [str(path) for path in self._answer("open_files", title, "", file_filter) or []]

    def open_folder(self, title):
        return self._answer("open_folder", title)


@pytest.fixture
def isolated_locations(tmp_path: Path) -> PolicyLocations:
    return PolicyLocations(managed=tmp_path / "managed.toml", user=tmp_path / "user.toml",
                           bundled=tmp_path / "bundled.toml", account=BYSTANDER)


@pytest.fixture
def content(isolated_locations) -> Content:
    return load_content(None, env={}, locations=isolated_locations)


@pytest.fixture
def identity():
    """A new compliance key pair; its public half is the recipient in ``campaign_content``'s policy."""
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def campaign_content(isolated_locations, identity):
    """A policy with a compliance key and org units, so every page and option can be shown."""
    isolated_locations.managed.write_text(
        f'[organization]\nname = "Globex"\n[campaign]\nid = "2026-q4"\n'
        f'[submission]\nrecipient = "{identity.to_public()}"\n'
        '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n[[org_units]]\ncode = "eng"\nlabel = "Engineering"\n')
    return load_content(None, env={}, locations=isolated_locations)


@pytest.fixture(scope="module")
def wizard_content():
    """The bundled questionnaire and catalog, as ``(questionnaire, catalog)``, for a wizard on its own."""
    from desktop.core.catalog import load_catalog
    from desktop.core.questionnaire_loader import load_questionnaire

    return load_questionnaire(), load_catalog()


@pytest.fixture
def keyring_store(memory_keyring) -> KeyringKeyStore:
    return KeyringKeyStore(memory_keyring)


@pytest.fixture
def make_app(qtbot, tmp_path):
    """Opens the employee app as Candor starts it, shown: ``make_app(content, keyring_store, ...)`` on the data
    folder ``tmp_path / "data"`` (or ``data=``), with scripted prompts unless ``prompts=`` is given."""
    from desktop.ui.employee_app import EmployeeApp

    def make(content: Content, keyring_store, *, data: Path | None = None, prompts: Prompts | None = None,
             **kwargs) -> EmployeeApp:
        employee = EmployeeApp(content, data or tmp_path / "data", keyring_store, prompts=prompts or ScriptedPrompts(),
                               **kwargs)
        qtbot.addWidget(employee.window)
        employee.window.show()
        qtbot.waitExposed(employee.window)
        return employee

    return make


@pytest.fixture
def open_export(qtbot, isolated_locations, keyring_store, make_app):
    """Completes an assessment under a policy with a new compliance key, then opens the export dialog with
    the results page's button: ``open_export(submission_lines, answers=..., activate=...)`` returns
    (employee, dialog, identity). ``submission_lines`` go into the policy's [submission] table."""
    from PySide6.QtCore import Qt

    from tests.ui.flows import ANSWERS, complete

    def open_dialog(submission_lines: str = "", *, answers: dict | None = None, activate: bool = False):
        identity = pyrage.x25519.Identity.generate()
        isolated_locations.managed.write_text(
            f'[campaign]\nid = "2026-q4"\n[submission]\nrecipient = "{identity.to_public()}"\n{submission_lines}')
        content = load_content(None, env={}, locations=isolated_locations)
        employee = make_app(content, keyring_store)
        complete(employee, ANSWERS if answers is None else answers)
        opened = []
        employee.results.page.export_requested.disconnect()
        employee.results.page.export_requested.connect(
            lambda: employee.results.open_export(employee.store, employee.draft_id, opener=opened.append))
        qtbot.mouseClick(employee.results.page.export_button, Qt.MouseButton.LeftButton)
        dialog = opened[0]
        qtbot.addWidget(dialog)
        dialog.show()
        if activate:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
        return employee, dialog, identity

    return open_dialog


@pytest.fixture
def open_collector(qtbot, tmp_path):
    """Opens the collector window as ``candor collector`` does, on ``tmp_path / "collector"``, shown:
    ``open_collector(identity, content, reports=True)`` with its report menu, or with ``actions`` of a test's
    own; its questions go to scripted prompts (``window.prompts.files``) unless ``prompts=`` is given. Returns
    (window, store_dir)."""
    from desktop.ui.collector.app import dashboard_builder, report_actions
    from desktop.ui.collector.window import CollectorWindow

    def open_window(identity, content: Content, *, reports: bool = False, actions=(), lang: str = "en",
                    prompts: Prompts | None = None):
        store_dir = tmp_path / "collector"
        holder: list[CollectorWindow] = []
        if reports:
            actions = report_actions(content, store_dir, lambda: holder[0])
        window = CollectorWindow("2026-q4", store_dir, [identity], dashboard_builder(content, store_dir, lang),
                                 actions, prompts=prompts or ScriptedPrompts())
        holder.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window, store_dir

    return open_window


@pytest.fixture
def window(qtbot, tmp_path, isolated_locations, open_collector):
    """The collector window on a campaign with 25 invited and 40 codes issued, after 30 summaries were
    imported through it, its dashboard shown."""
    from desktop.collector.codes import issue
    from desktop.collector.store import CollectorStore
    from desktop.commands.demo import write_demo_summaries

    identity = pyrage.x25519.Identity.generate()
    isolated_locations.managed.write_text(f'[campaign]\nid = "2026-q4"\ninvited = 25\n[submission]\n'
                                          f'recipient = "{identity.to_public()}"\n')
    content = load_content(None, env={}, locations=isolated_locations)
    store_dir = tmp_path / "collector"
    with CollectorStore.open(store_dir) as store:
        issue(store, "2026-q4", 40)
    shown, _ = open_collector(identity, content, reports=True)
    folder = tmp_path / "inbox"
    write_demo_summaries(30, folder, recipient=str(identity.to_public()), policy=content.policy.policy, seed=3)
    with qtbot.waitSignal(shown.import_done, timeout=30000):
        shown.start_import([folder])
    qtbot.waitUntil(lambda: shown.dashboard.objectName() == "collectorDashboard")
    return shown
