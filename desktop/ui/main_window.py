"""The employee's main window: a policy banner when needed, then one page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop import __version__
from desktop.core.policy_effective import EffectivePolicy
from desktop.ui.policy_words import organization_name
from desktop.ui.prompts import Prompts
from desktop.ui.welcome_page import WelcomePage

if TYPE_CHECKING:
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.help_dialog import HelpDialog
    from desktop.ui.notice_bar import NoticeBar


def _banner_key(policy: EffectivePolicy) -> tuple[list[str], list[str]]:
    """What the policy banner says: it is built again only when this changes."""
    return [str(p) for p in policy.problems], [str(o) for o in policy.refused]


class MainWindow(QMainWindow):
    """Holds the pages; knows nothing of SQL, crypto or scoring."""

    #: Emitted when the employee asks to start; the app decides what opens.
    start_requested = Signal()
    settings_requested = Signal()

    def __init__(self, policy: EffectivePolicy, data_dir, prompts: Prompts | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.policy = policy
        self.data_dir = data_dir
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle(self.tr("Candor"))
        self.setObjectName("mainWindow")

        self.pages = QStackedWidget()
        self.welcome = self._make_welcome()
        self.pages.addWidget(self.welcome)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notices = QVBoxLayout()
        layout.addLayout(self.notices)
        self.banner: NoticeBar | None = None
        self._show_policy_problems()
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._initial_size()
        self.welcome.start_button.setFocus()  # the window opens with Start ready for Space

    def set_policy(self, policy: EffectivePolicy) -> None:
        """The policy in effect changed or was checked further (e.g. its tool ids against the catalog)."""
        said_before = _banner_key(self.policy)
        self.policy = policy
        if _banner_key(policy) != said_before:
            if self.banner is not None:
                self.notices.removeWidget(self.banner)
                self.banner.deleteLater()
                self.banner = None
            self._show_policy_problems()

    def _show_policy_problems(self) -> None:
        """One banner for the policy: files that could not be used, export turned off, changes refused."""
        effective = self.policy
        if not effective.problems and not effective.refused:
            return
        sentences = []
        if effective.blocks:
            files = ", ".join(sorted({block.file for block in effective.blocks}))
            sentences.append(self.tr(
                "%1 cannot be used, so exporting a summary is turned off until it is fixed. Candor still works "
                "and your answers are not affected. Please tell your IT team.").replace("%1", files))
        elif effective.problems:
            files = ", ".join(sorted({p.file for p in effective.problems}))
            sentences.append(self.tr(
                "%1 could not be used, so Candor is running without it. Your answers are not affected. Please "
                "tell your IT team.").replace("%1", files))
        if effective.refused:
            from desktop.ui.policy_words import refused_words

            sentences.append(self.tr(
                "Your organization's policy locks some settings, so these changes were not used: %1. If you did "
                "not make them, please tell your IT team.").replace("%1", refused_words(effective.refused)))
        heading = self.tr("Policy problem") if effective.problems else self.tr("Policy settings kept")
        details = [str(p) for p in effective.problems] + [str(o) for o in effective.refused]
        self.banner = self.add_notice(heading, " ".join(sentences), "\n".join(details))

    def _make_welcome(self) -> WelcomePage:
        policy = self.policy.policy
        welcome = WelcomePage(
            organization=organization_name(policy.organization),
            recipient_configured=bool(policy.submission.recipient),
            min_group_size=policy.privacy.min_group_size,
        )
        welcome.start_requested.connect(self.start_requested)
        welcome.about_requested.connect(self.show_about)
        welcome.settings_requested.connect(self.settings_requested)
        return welcome

    def retranslate(self) -> WelcomePage:
        """After the interface language changed: the title, menus and welcome page in the new language.

        The welcome page is built anew (its signals reconnected by the caller via ``welcome_replaced``);
        the pages the app owns (wizard, results, settings) are rebuilt by the app, from saved state.
        """
        self.setWindowTitle(self.tr("Candor"))
        self.menuBar().clear()
        self._build_menus()
        showing_welcome = self.pages.currentWidget() is self.welcome
        old = self.welcome
        self.welcome = self._make_welcome()
        self.pages.insertWidget(self.pages.indexOf(old), self.welcome)
        if showing_welcome:
            self.pages.setCurrentWidget(self.welcome)
        self.pages.removeWidget(old)
        old.deleteLater()
        return self.welcome

    def _initial_size(self) -> None:
        """Roomy for the content at the user's font size, never larger than the screen."""
        em = self.fontMetrics().horizontalAdvance("M")
        width, height = em * 84, em * 56
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _build_menus(self) -> None:
        # setShortcuts with a list, also for one: PySide6's setShortcut overloads build the Qt namespace (qt_names).
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        protects_action = QAction(self.tr("How Candor &protects you…"), self)
        protects_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        protects_action.triggered.connect(self.show_help)
        help_menu.addAction(protects_action)
        about_action = QAction(self.tr("&About Candor"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def add_notice(self, heading: str, summary: str, details: str = "", warning: bool = True) -> NoticeBar:
        from desktop.ui.notice_bar import NoticeBar  # with the first notice: see desktop.ui.qt_names

        notice = NoticeBar(heading, summary, details, warning)
        self.notices.addWidget(notice)
        return notice

    def add_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.add_page(page)
        self.pages.setCurrentWidget(page)
        self._focus_into(page)

    def show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.start_button.setFocus()  # Qt.FocusReason.OtherFocusReason, as _focus_into gives

    @staticmethod
    def _focus_into(page: QWidget) -> None:
        """Keyboard and screen reader users land on the new page, never on a page that went away."""
        from PySide6.QtCore import Qt  # not at the top: the first window does not build it (desktop.ui.qt_names)

        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            return  # the page placed the focus itself (the wizard puts it on the first question)
        widget: QWidget | None = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def policy_source_text(self) -> str:
        from desktop.ui.about_dialog import policy_source_words

        return policy_source_words(self.policy.sources)

    def show_help(self, _checked: bool = False, opener: Callable[[HelpDialog], None] | None = None) -> None:
        from desktop.ui.help_dialog import HelpDialog

        policy = self.policy.policy
        dialog = HelpDialog(organization_name(policy.organization), policy.organization.contact,
                            policy.privacy.min_group_size, self)
        (opener or (lambda d: d.exec()))(dialog)

    def show_about(self, _checked: bool = False, opener: Callable[[AboutDialog], None] | None = None) -> None:
        from desktop.ui.about_dialog import AboutDialog, policy_control_words  # not needed for the first window
        from desktop.ui.help_dialog import contact_words

        organization = self.policy.policy.organization
        dialog = AboutDialog(__version__, self.policy_source_text(), self.data_dir, self,
                             policy_control=policy_control_words(self.policy),
                             contact=contact_words(organization_name(organization), organization.contact))
        dialog.setObjectName("aboutDialog")
        (opener or (lambda d: d.exec()))(dialog)
