"""Start the employee app: one QApplication, the content, the window, then unlock the store."""

from __future__ import annotations

import logging
import os
import sys
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core.errors import CandorError
from desktop.core.policy_sources import resolve_policy
from desktop.core.resources import resource
from desktop.storage.paths import resolve_data_dir
from desktop.ui import accessibility
from desktop.ui.i18n import choose_language, install_translators
from desktop.ui.idle import when_first_idle
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.prompts import Prompts
from desktop.ui.single_instance import SingleInstance
from desktop.ui.style import APP_STYLE
from desktop.ui.theme import ThemeSwitcher
from desktop.ui.unexpected_notice import install_window_notice


def configure_application(app: QApplication) -> None:
    app.setApplicationName("Candor")
    app.setApplicationDisplayName("Candor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Candor")
    app.setDesktopFileName("candor")
    app.setWindowIcon(QIcon(str(resource("icons", "candor.svg"))))
    app.setStyleSheet(APP_STYLE)
    accessibility.install()


def start_logging(data_path, content) -> None:
    from desktop.app_log import setup_logging  # after the first window shows, like the log itself

    try:
        setup_logging(data_path)
        logging.getLogger("candor.app").info("Candor %s started; policy from %s", __version__,
                                             content.policy_source_text())
    except (OSError, CandorError) as exc:  # a read-only data folder must not stop the app; the store says why
        print(f"candor: cannot write the log in {data_path}: {exc}", file=sys.stderr)


def run_app(data_dir: str | None = None, policy_flag: str | None = None, lang: str | None = None,
            prompts: Prompts | None = None) -> int:
    """Show the welcome window first, then load what it does not need: content, storage, the log.

    The first window needs only the policy (whose organization, recipient and group size the welcome
    page names); the questionnaire, the catalog (which also checks the policy's tool ids) and the
    encrypted store load as soon as the window is on screen and the event loop is idle. A click in
    that moment waits in the event queue; nothing is lost. ``prompts``: the questions and notices
    (default: the dialogs, over the window once there is one).
    """
    os.umask(0o077)  # everything Candor writes is private to this user
    asks = prompts or Prompts()  # before the window, and once it is hidden: dialogs of their own
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    configure_application(app)
    early = choose_language(lang, None)  # the flag or the system's, until the saved choice is read
    install_translators(app, early)
    try:
        data_path = resolve_data_dir(data_dir)
    except CandorError as exc:
        return cannot_start(exc, asks)
    preferences = Preferences(data_path)
    language = choose_language(lang, preferences.language)
    if language != early:
        install_translators(app, language)
    instance = SingleInstance(data_path)
    if not instance.acquire():
        asks.inform(QCoreApplication.translate("CandorApp", "Candor is already open"),
                    QCoreApplication.translate(
                        "CandorApp", "Candor is already running for this data folder. Switch to its window; your "
                        "answers are safe there."))
        return 0
    themes = ThemeSwitcher(app)  # built once, like the preferences: the app below gets both
    themes.apply(preferences.theme)
    # The policy is resolved once, here: the first window names what it needs of it, and the content loaded
    # after the window shows checks the same sources, as read now, against the catalog.
    policy = resolve_policy(policy_flag, os.environ, None)
    window = MainWindow(policy, data_path, prompts)
    restore_hooks = install_window_notice(window.prompts)
    window.show()
    running: list[object] = []  # keeps the app object alive for the event loop

    def after_the_window_shows() -> None:
        from desktop.core.content import load_content
        from desktop.ui.employee_app import EmployeeApp

        try:
            content = load_content(policy=policy)
        except CandorError as exc:
            window.hide()
            app.exit(cannot_start(exc, asks))
            return
        start_logging(data_path, content)
        employee = EmployeeApp(content, data_path, lang=language, window=window, preferences=preferences,
                               themes=themes)
        running.append(employee)
        employee.unlock()

    when_first_idle(after_the_window_shows, window)
    try:
        return app.exec()
    finally:
        restore_hooks()
        instance.release()


def cannot_start(exc: CandorError, prompts: Prompts) -> int:
    prompts.error(QCoreApplication.translate("CandorApp", "Candor cannot start"),
                  QCoreApplication.translate(
                      "CandorApp", "%1\n\nCandor's own files are damaged or missing: please reinstall Candor.",
                      "%1 is the problem found").replace("%1", str(exc)))
    print(f"candor: {exc}", file=sys.stderr)
    return 1
