"""The collector's main window: import with progress and Cancel, rejected files, the dashboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.collector.campaign_rules import CampaignRules
from desktop.collector.db_key import CollectorKeys
from desktop.ui.accessibility import mark_heading
from desktop.ui.collector.import_worker import ImportWorker
from desktop.ui.collector.view_worker import Counted, CountJob, busy_page
from desktop.ui.formatting import integer
from desktop.ui.prompts import Prompts
from desktop.ui.style import scaled_font


class CollectorWindow(QMainWindow):
    """Knows nothing of decryption or statistics: ``build_dashboard`` and the worker do that.

    ``build_dashboard`` is called with no argument for the whole campaign; when it lists ``scopes()``
    ((org unit or None, label) pairs), the window offers them and calls it with the org unit chosen,
    kept in ``scope`` for the report actions.

    ``views`` (desktop/ui/collector/views.py) builds the other views, each a tab beside the figures: org
    units side by side (``units_in_background()``: counted on the window's thread pool behind a busy page)
    and trends across campaigns (``trends()``); each is built when first opened, and again after an import.
    ``prompts`` asks the window's questions (desktop/ui/prompts.py).
    """

    import_done = Signal(object)

    def __init__(self, campaign: str, store_dir: Path, identities, build_dashboard: Callable[..., QWidget],
                 report_actions: Sequence[tuple[str, Callable[[], None]]] = (), parent: QWidget | None = None,
                 rules: CampaignRules | None = None, keys: CollectorKeys | None = None, views=None,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        # Every question the window and its report menu ask (file pickers, warnings), over this window.
        self.prompts = (prompts or Prompts()).within(self)
        self.setWindowTitle(self.tr("Candor collector — %1").replace("%1", campaign))
        self.setObjectName("collectorWindow")
        self.campaign = campaign
        #: The campaign's privacy settings, which every imported summary must have been made with.
        self.rules = rules
        self.store_dir = store_dir
        self.identities = identities
        #: The collector database's key, unlocked at start; the import opens the database with it.
        self.keys = keys
        self.build_dashboard = build_dashboard
        self.scope: str | None = None
        self.import_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.view_pool = QThreadPool(self)  # counts a view off the UI thread, one at a time
        self.view_pool.setMaxThreadCount(1)
        self.counting: dict[int, CountJob] = {}  # the latest count of each view's tab, until it is in
        self.view_jobs: list[CountJob] = []  # every count started, kept until the window closes: a job's
        # signal object must not be deleted from its pool thread, as it could be if the last reference went here

        title = QLabel(self.tr("Campaign %1").replace("%1", campaign))
        title.setFont(scaled_font(self.font(), 1.5, QFont.Weight.Bold))
        mark_heading(title, 1)
        self.import_button = QToolButton()
        self.import_button.setText(self.tr("&Import summaries"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setAccessibleName(self.tr("Import summaries"))
        menu = QMenu(self.import_button)
        self.import_folder_action = menu.addAction(self.tr("A folder…"), self.choose_folder)
        self.import_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_files_action = menu.addAction(self.tr("Files or zip archives…"), self.choose_files)
        self.import_files_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.addActions([self.import_folder_action, self.import_files_action])  # shortcuts work with the menu shut
        self.import_button.setMenu(menu)
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Export &report"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.report_button.setAccessibleName(self.tr("Export report"))
        report_menu = QMenu(self.report_button)
        for label, action in report_actions:
            report_menu.addAction(label, action)
        self.report_button.setMenu(report_menu)
        self.report_button.setEnabled(bool(report_actions))

        scopes = list(getattr(build_dashboard, "scopes", list)())
        self.scope_label = QLabel(self.tr("&Show figures for:"))
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(self.tr("Show figures for"))
        self.scope_label.setBuddy(self.scope_box)
        for unit, label in scopes:
            self.scope_box.addItem(label, unit)
        self.scope_box.currentIndexChanged.connect(self._scope_chosen)
        self.scope_label.setVisible(len(scopes) > 1)
        self.scope_box.setVisible(len(scopes) > 1)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        self.status = QLabel(self.tr("Import the summary files employees sent you. They are decrypted with "
                                     "your key on this computer; reports only ever show groups of people."))
        self.status.setObjectName("collectorStatus")
        self.status.setWordWrap(True)

        self.rejected = QTableWidget(0, 2)
        self.rejected.setAccessibleName(self.tr("Files that were not imported"))
        self.rejected.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was not imported")])
        self.rejected.verticalHeader().setVisible(False)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.rejected.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.hide()

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.report_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        central = QWidget()
        self.layout_ = QVBoxLayout(central)
        self.layout_.addLayout(top)
        scope_row = QHBoxLayout()  # under the buttons, as in the focus order: what the figures below are of
        scope_row.addWidget(self.scope_label)
        scope_row.addWidget(self.scope_box)
        scope_row.addStretch(1)
        self.layout_.addLayout(scope_row)
        self.layout_.addLayout(progress_row)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.rejected)
        self.dashboard = self._built_dashboard()
        self.views = QTabWidget()
        self.views.setObjectName("collectorViews")
        self.views.setAccessibleName(self.tr("Views"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.dashboard, self.tr("Fi&gures"))
        self.view_builders = view_builders(views)
        self._stale: set[int] = set()
        for label, _build in self.view_builders:
            self._stale.add(self.views.addTab(QWidget(), label))
        self.views.currentChanged.connect(self._view_chosen)
        self.layout_.addWidget(self.views, 1)
        self.setCentralWidget(central)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.views.count()):
            view_action = view_menu.addAction(self.views.tabText(index).replace("&", ""),
                                              lambda index=index: self.views.setCurrentIndex(index))  # type: ignore[misc]
            view_action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            self.addAction(view_action)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 100, em * 66)

    # -- importing ------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = self.prompts.open_folder(self.tr("Choose the folder with the summaries"))
        if folder:
            self.start_import([Path(folder)])

    def choose_files(self) -> None:
        files = self.prompts.open_files(self.tr("Choose summary files or zip archives"),
                                        self.tr("Summaries (*.age *.txt *.asc *.zip);;All files (*)"))
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, paths: Sequence[Path]) -> None:
        if self.import_thread is not None:
            return
        self.worker = ImportWorker(paths, self.identities, self.rules or self.campaign, self.store_dir,
                                   getattr(self.build_dashboard, "prepare", None), keys=self.keys)
        self.import_thread = QThread(self)
        self.worker.moveToThread(self.import_thread)
        self.import_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.import_folder_action.setEnabled(False)
        self.import_files_action.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self.import_thread.start()

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… nothing from this import will be kept."))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m files"))

    def _finished(self, result) -> None:
        self._stop_thread()
        if result.cancelled:
            self.status.setText(self.tr("Import cancelled. Nothing was changed."))
        else:
            text = self.tr("Imported %1, replaced %2, rejected %3.").replace(
                "%1", integer(result.imported)).replace("%2", integer(result.replaced)).replace(
                "%3", integer(len(result.rejected)))
            if result.unchanged:  # two sources, so English reads right without a translation file
                text += " " + (self.tr("%Ln file was already imported and is unchanged.", "", result.unchanged)
                               if result.unchanged == 1 else
                               self.tr("%Ln files were already imported and are unchanged.", "", result.unchanged))
            self.status.setText(text)
        self.rejected.setRowCount(len(result.rejected))
        for row, rejection in enumerate(result.rejected):
            self.rejected.setItem(row, 0, QTableWidgetItem(str(rejection.source)))
            reason = QTableWidgetItem(self.reason_text(rejection.reason_code))
            reason.setToolTip(rejection.message)  # the checker's exact finding, for a closer look
            self.rejected.setItem(row, 1, reason)
        self.rejected.setVisible(bool(result.rejected))
        rows_shown = min(len(result.rejected), 6) + 1
        self.rejected.setMaximumHeight(self.rejected.horizontalHeader().sizeHint().height()
                                       + self.rejected.verticalHeader().defaultSectionSize() * rows_shown)
        self.refresh_dashboard()
        self.import_done.emit(result)

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self.status.setText(self.tr("The import could not run: %1").replace("%1", message))
        self.import_done.emit(None)

    def _stop_thread(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)
        self.import_folder_action.setEnabled(True)
        self.import_files_action.setEnabled(True)
        if self.import_thread is not None:
            self.import_thread.quit()
            self.import_thread.wait()
            self.import_thread.deleteLater()
            if self.worker is not None:
                self.worker.deleteLater()
        self.import_thread, self.worker = None, None

    def reason_text(self, code: str) -> str:
        """Why a file was not imported, in the interface language; the details stay in the tooltip."""
        reasons = {
            "not_for_this_key": self.tr("It was encrypted for another key, not for this compliance team's key."),
            "damaged": self.tr("The file is damaged or was changed after it was encrypted."),
            "not_a_summary": self.tr("This is not a Candor summary."),
            "wrong_version": self.tr("It was made by a Candor version this collector cannot read; update Candor."),
            "wrong_campaign": self.tr("It belongs to another campaign."),
            "other_settings": self.tr("It was made with other privacy settings than this campaign's, so it was not "
                                      "counted."),
            "too_large": self.tr("It is far larger than any summary, so it was not read."),
            "unreadable": self.tr("The file could not be read (permissions or a disk problem)."),
            "no_code": self.tr("It carries no participation code, and this campaign requires one."),
            "bad_code": self.tr("Its participation code is mistyped or was not issued for this campaign."),
            "code_used": self.tr("Its participation code was already used by another installation."),
        }
        return reasons.get(code, code)

    def _scope_chosen(self, index: int) -> None:
        self.scope = self.scope_box.itemData(index)
        self.refresh_dashboard()

    def _built_dashboard(self) -> QWidget:
        return self.build_dashboard() if self.scope is None else self.build_dashboard(self.scope)

    def refresh_dashboard(self) -> None:
        fresh = self._built_dashboard()
        self._replace_view(0, fresh)
        self.dashboard = fresh
        self._stale = set(range(1, self.views.count()))  # the other views count the new summaries when opened
        self._view_chosen(self.views.currentIndex())

    def refresh_trends(self) -> None:
        """Build the trend view again (an earlier campaign's policy was added)."""
        for index, (_label, build) in enumerate(self.view_builders, start=1):
            if not isinstance(build, Counted) and build.__name__ == "trends":
                self._replace_view(index, build())

    def _view_chosen(self, index: int) -> None:
        several = self.scope_box.count() > 1  # "Show figures for" is about the figures tab only
        self.scope_label.setVisible(several and index == 0)
        self.scope_box.setVisible(several and index == 0)
        if index in self._stale:
            self._stale.discard(index)
            build = self.view_builders[index - 1][1]
            if isinstance(build, Counted):
                self._count_view(index, build)
            else:
                self._replace_view(index, build())

    def _count_view(self, index: int, build: Counted) -> None:
        job = CountJob(index, build.count)
        job.signals.done.connect(self._view_counted)
        self.counting[index] = job  # a count still running for this tab is now out of date
        self.view_jobs.append(job)
        self._replace_view(index, busy_page())
        self.view_pool.start(job)

    @Slot(object, object)
    def _view_counted(self, job: CountJob, outcome: object) -> None:
        if self.counting.get(job.index) is not job:
            return  # counted before the latest import: the newer count shows instead
        del self.counting[job.index]
        build = self.view_builders[job.index - 1][1]
        assert isinstance(build, Counted)
        try:
            view = build.show(outcome)
        except Exception:
            self._stale.add(job.index)  # the unexpected-error notice says so; opened again, it is counted again
            raise
        self._replace_view(job.index, view)

    def _replace_view(self, index: int, widget: QWidget) -> None:
        current = self.views.currentIndex()
        old = self.views.widget(index)
        label = self.views.tabText(index)
        self.views.blockSignals(True)
        self.views.removeTab(index)
        self.views.insertTab(index, widget, label)
        self.views.setCurrentIndex(current)
        self.views.blockSignals(False)
        if old is not None:
            old.hide()
            old.deleteLater()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.view_pool.waitForDone()  # a view's count writes its release; let it finish
        self.counting.clear()
        self.view_jobs.clear()
        if self.worker is not None:
            self.worker.cancel()
        if self.import_thread is not None:
            self.import_thread.quit()
            self.import_thread.wait()
        super().closeEvent(event)


def view_builders(views) -> list[tuple[str, Callable[[], QWidget] | Counted]]:
    """The tabs beside the figures that ``views`` can build, with their labels."""
    if views is None:
        return []
    return [(QCoreApplication.translate("CollectorWindow", "Org &units side by side"), views.units_in_background()),
            (QCoreApplication.translate("CollectorWindow", "Tre&nds across campaigns"), views.trends)]
