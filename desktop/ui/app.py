"""Start the employee app: one QApplication, the content, the window, then unlock the store."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.app_log import setup_logging
from desktop.core.content import load_content
from desktop.core.errors import CandorError
from desktop.core.resources import resource
from desktop.storage.keyring_store import KeyringKeyStore
from desktop.storage.paths import resolve_data_dir
from desktop.ui.employee_app import EmployeeApp
from desktop.ui.i18n import choose_language, install_translators
from desktop.ui.preferences import Preferences
from desktop.ui.single_instance import SingleInstance
from desktop.ui.style import APP_STYLE


def configure_application(app: QApplication) -> None:
    app.setApplicationName("Candor")
    app.setApplicationDisplayName("Candor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Candor")
    app.setDesktopFileName("candor")
    app.setWindowIcon(QIcon(str(resource("icons", "candor.svg"))))
    app.setStyleSheet(APP_STYLE)


def run_app(data_dir: str | None = None, policy_flag: str | None = None, lang: str | None = None) -> int:
    os.umask(0o077)  # everything Candor writes is private to this user
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    install_translators(app, choose_language(lang, None))  # the flag or the system's, until the saved choice is read
    try:
        content = load_content(policy_flag)
        data_path = resolve_data_dir(data_dir)
    except CandorError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("CandorApp", "Candor cannot start"),
                             QCoreApplication.translate(
                                 "CandorApp", "%1\n\nCandor's own files are damaged or missing: please reinstall "
                                 "Candor.", "%1 is the problem found").replace("%1", str(exc)))
        print(f"candor: {exc}", file=sys.stderr)
        return 1
    language = choose_language(lang, Preferences(data_path).language)
    install_translators(app, language)
    instance = SingleInstance(data_path)
    if not instance.acquire():
        QMessageBox.information(None, QCoreApplication.translate("CandorApp", "Candor is already open"),
                                QCoreApplication.translate(
                                    "CandorApp", "Candor is already running for this data folder. Switch to its "
                                    "window; your answers are safe there."))
        return 0
    try:
        setup_logging(data_path)
        logging.getLogger("candor.app").info("Candor %s started; policy from %s", __version__,
                                             content.policy_source_text())
    except (OSError, CandorError) as exc:  # a read-only data folder must not stop the app; the store says why
        print(f"candor: cannot write the log in {data_path}: {exc}", file=sys.stderr)
    employee = EmployeeApp(content, data_path, KeyringKeyStore(), lang=language)
    employee.window.show()
    QTimer.singleShot(0, employee.unlock)
    try:
        return app.exec()
    finally:
        instance.release()
