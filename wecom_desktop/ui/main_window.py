"""The main window: conversations on the left, the threaded view on the right, search docked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QDateTime, QLocale, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.credentials import CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.store.key_versions import waiting_for_key
from wecom_desktop.store.queries import ArchiveOverview, archive_overview
from wecom_desktop.sync.session import SessionResult
from wecom_desktop.ui.about_dialog import AboutDialog
from wecom_desktop.ui.background_call import BackgroundCall
from wecom_desktop.ui.callback.callback_check_dialog import CallbackCheckDialog
from wecom_desktop.ui.completeness_dialog import CompletenessDialog
from wecom_desktop.ui.conversation_header import ConversationHeader
from wecom_desktop.ui.conversation_panel import ConversationPanel
from wecom_desktop.ui.export_dialog import ExportDialog
from wecom_desktop.ui.i18n import LANGUAGES, SOURCE_LANGUAGE, current_language, describe_error
from wecom_desktop.ui.import_dialog import ImportDialog
from wecom_desktop.ui.message_view.view import MessageView
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.search_panel import SearchPanel
from wecom_desktop.ui.settings.settings_dialog import SettingsDialog
from wecom_desktop.ui.sync.sync_panel import SyncPanel
from wecom_desktop.ui.sync.sync_worker import SyncRequest
from wecom_desktop.ui.theme import SCHEME_KEY, SCHEMES, apply_scheme, chosen_scheme
from wecom_desktop.ui.threads import CallWorker, run_with_progress

_STATE = "window/"


class MainWindow(QMainWindow):
    """The archive as an auditor reads it; asks the application to switch language or re-open."""

    language_requested = Signal(str)
    encrypt_requested = Signal()
    profile_removed = Signal(bool)

    def __init__(self, profile: Profile, engine: Engine, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.profile, self.engine, self.demo = profile, engine, demo
        self.settings = ProfileSettings(profile)
        title = self.tr("企业微信会话存档")
        self.setWindowTitle(title + (self.tr(" — 演示档案") if demo else ""))
        self.conversations = ConversationPanel(engine)
        self.messages = MessageView(engine, profile.media_dir)
        self.header = ConversationHeader()
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 4, 4, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.messages, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.conversations)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 770])
        self.setCentralWidget(self.splitter)
        self.search = SearchPanel(engine)
        self.search_dock = QDockWidget(self.tr("搜索"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.sync_panel = SyncPanel()
        self.archive_label = QLabel()
        self.archive_label.setObjectName("archiveStatus")
        self.statusBar().addWidget(self.archive_label, 1)
        self.statusBar().addPermanentWidget(self.sync_panel)
        self._build_actions()
        self.overview = BackgroundCall(lambda: archive_overview(engine), self)
        self.overview.succeeded.connect(self.on_overview)
        self._saved_key_versions: frozenset[int] = frozenset()  # since the last question, replaced whole
        self.waiting_count = BackgroundCall(
            lambda: sum(waiting_for_key(engine, version) for version in self._saved_key_versions), self
        )
        self.waiting_count.succeeded.connect(self.offer_retry)
        self.conversations.conversation_selected.connect(self.on_conversation_selected)
        self.conversations.model.loaded.connect(self.show_header)
        self.search.result_activated.connect(self.on_search_result_activated)
        self.messages.search_requested.connect(self.on_search_requested)
        self.sync_panel.sync_ended.connect(self.on_sync_ended)
        self.sync_panel.running_changed.connect(self.on_sync_running_changed)
        self.resize(1180, 760)
        self.restore_state()
        self.refresh_status()

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.sync_action = self._action(self.tr("同步(&S)"), "Ctrl+R", self.start_sync)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setEnabled(not self.demo)
        self.retry_action = self._action(
            self.tr("重新解密无法解密的记录并同步(&D)"), None, self.retry_undecryptable
        )
        self.retry_action.setObjectName("retryUndecryptableAction")
        self.retry_action.setEnabled(not self.demo)
        self.export_action = self._action(self.tr("导出(&E)…"), "Ctrl+E", self.export)
        self.import_action = self._action(self.tr("导入 JSONL(&I)…"), "Ctrl+I", self.import_jsonl)
        self.import_action.setObjectName("importAction")
        self.import_action.setEnabled(not self.demo)
        self.search_action = self._action(
            self.tr("搜索(&F)"), QKeySequence.StandardKey.Find, self.show_search
        )
        self.refresh_action = self._action(
            self.tr("刷新(&R)"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.settings_action = self._action(self.tr("设置(&P)…"), "Ctrl+,", self.open_settings)
        self.settings_action.setEnabled(not self.demo)
        quit_action = self._action(self.tr("退出(&Q)"), QKeySequence.StandardKey.Quit, self.close)
        about = self._action(self.tr("关于(&A)…"), None, self.show_about)
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        for action in (
            self.sync_action,
            self.retry_action,
            self.import_action,
            self.export_action,
            self.settings_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.refresh_action)
        language_menu = view_menu.addMenu(self.tr("语言(&L)"))
        group = QActionGroup(self)
        names = {SOURCE_LANGUAGE: "中文（简体）", "en": "English"}
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(names[language], self)
            action.setCheckable(True)
            action.setChecked(language == current_language())
            action.setData(language)
            action.triggered.connect(self.on_language_triggered)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[language] = action
        scheme_menu = view_menu.addMenu(self.tr("外观(&A)"))
        schemes = QActionGroup(self)
        scheme_names = {"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")}
        for scheme in SCHEMES:
            action = QAction(scheme_names[scheme], self)
            action.setCheckable(True)
            action.setChecked(scheme == chosen_scheme())
            action.setData(scheme)
            action.triggered.connect(self.on_scheme_triggered)
            schemes.addAction(action)
            scheme_menu.addAction(action)
        tools_menu = self.menuBar().addMenu(self.tr("工具(&T)"))
        self.callback_action = self._action(self.tr("回调检查(&C)…"), None, self.open_callback_checker)
        self.callback_action.setObjectName("callbackCheckAction")
        tools_menu.addAction(self.callback_action)
        self.completeness_action = self._action(self.tr("完整性报告(&R)…"), None, self.show_completeness)
        self.completeness_action.setObjectName("completenessAction")
        tools_menu.addAction(self.completeness_action)
        self.callback_dialog: CallbackCheckDialog | None = None
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(about)
        toolbar = QToolBar(self.tr("工具栏"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.sync_action, self.search_action, self.export_action, self.refresh_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- state --------------------------------------------------------------------------------

    def restore_state(self) -> None:
        stored = QSettings()
        geometry = stored.value(_STATE + "geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = stored.value(_STATE + "state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = stored.value(_STATE + "splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = self.settings.last_conversation
        if last is not None:
            self.conversations.select_conversation(last)

    def save_state(self) -> None:
        stored = QSettings()
        stored.setValue(_STATE + "geometry", self.saveGeometry())
        stored.setValue(_STATE + "state", self.saveState())
        stored.setValue(_STATE + "splitter", self.splitter.saveState())
        self.settings.last_conversation = self.messages.current_conversation_id
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.sync_panel.shutdown()
        self.overview.wait()
        self.waiting_count.wait()
        if self.callback_dialog is not None:
            self.callback_dialog.shutdown()
        for dialog in self.findChildren(ExportDialog):
            dialog.close()  # cancels a running export and waits for it: the archive may be closed next
        for importing in self.findChildren(ImportDialog):
            importing.shutdown()
        for report in self.findChildren(CompletenessDialog):
            report.shutdown()
        self.search.shutdown()
        self.conversations.shutdown()
        self.messages.shutdown()
        super().closeEvent(event)

    # -- navigation ---------------------------------------------------------------------------

    @Slot(int)
    def on_conversation_selected(self, conversation_id: int) -> None:
        if conversation_id != self.messages.current_conversation_id:
            self.messages.open_conversation(conversation_id)
        self.show_header()
        self.search.set_conversation_filter(None)

    @Slot(int, int)
    def on_search_result_activated(self, conversation_id: int, message_id: int) -> None:
        self.messages.show_message(conversation_id, message_id)
        self.conversations.select_conversation(conversation_id, notify=False)
        self.show_header()

    @Slot()
    def show_header(self) -> None:
        """The open conversation's title and figures, from the loaded list (after a sync, its new counts)."""
        shown = self.messages.current_conversation_id
        self.header.show_summary(None if shown is None else self.conversations.model.conversation(shown))

    @Slot(str)
    def on_search_requested(self, text: str) -> None:
        self.show_search()
        self.search.set_query(text)

    @Slot()
    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    @Slot()
    def refresh(self) -> None:
        self.conversations.reload()
        self.messages.refresh()
        self.refresh_status()

    # -- status bar ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        self.overview.start()

    @Slot(object)
    def on_overview(self, overview: ArchiveOverview) -> None:
        locale = QLocale()
        size = sum(
            path.stat().st_size
            for path in (
                self.profile.database,
                self.profile.database.with_name(self.profile.database.name + "-wal"),
            )
            if path.exists()
        )
        parts = [
            self.tr("{n} 条消息").format(n=locale.toString(overview.messages)),
            self.tr("{n} 个会话").format(n=locale.toString(overview.conversations)),
            self.tr("档案 {size}").format(size=locale.formattedDataSize(size)),
        ]
        if overview.last_sync_ms is None:
            parts.append(self.tr("尚未同步") if not self.demo else self.tr("演示档案"))
        else:
            when = locale.toString(
                QDateTime.fromMSecsSinceEpoch(overview.last_sync_ms), QLocale.FormatType.ShortFormat
            )
            outcome = {
                "ok": self.tr("成功"),
                "failed": self.tr("失败"),
                "cancelled": self.tr("已取消"),
                "running": self.tr("未完成"),
            }.get(overview.last_sync_outcome, overview.last_sync_outcome)
            parts.append(self.tr("上次同步 {when}（{outcome}）").format(when=when, outcome=outcome))
        self.archive_label.setText(" · ".join(parts))

    # -- sync ---------------------------------------------------------------------------------

    @Slot()
    def start_sync(self) -> None:
        self._sync(retry_undecryptable=False)

    @Slot()
    def retry_undecryptable(self) -> None:
        """Decrypt again the records stored undecryptable (after a key was added), then sync as usual."""
        self._sync(retry_undecryptable=True)

    def _sync(self, retry_undecryptable: bool) -> None:
        if self.demo or self.sync_panel.running:
            return
        request = SyncRequest(
            self.profile,
            self.settings.sdk_library,
            self.settings.proxy,
            self.settings.timeout_s,
            self.settings.download_media,
            retry_undecryptable,
        )
        self.sync_panel.start(self.engine, request, CredentialStore.for_folder(self.profile.root))

    @Slot(list)
    def on_keys_saved(self, versions: list[int]) -> None:
        """Count the records these keys may now decrypt (off the GUI thread: there may be millions)."""
        self._saved_key_versions |= set(versions)
        self.waiting_count.start()

    @Slot(object)
    def offer_retry(self, waiting: object) -> None:
        """After keys were added for versions with undecryptable records: decrypt them now? Asked
        once for keys saved in a row, by the count that includes them all."""
        if self.waiting_count.rerun_pending:
            return
        self._saved_key_versions = frozenset()
        if not isinstance(waiting, int) or not waiting or self.demo or self.sync_panel.running:
            return
        if self.confirm_retry(waiting):
            self.retry_undecryptable()

    # Seam for tests: the question sits behind one method.
    def confirm_retry(self, waiting: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("重新解密"),
            self.tr("新保存的私钥对应 {n} 条此前无法解密的记录。现在重新解密它们并同步？").format(
                n=QLocale().toString(waiting)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(bool)
    def on_sync_running_changed(self, running: bool) -> None:
        self.sync_action.setEnabled(not running and not self.demo)
        self.retry_action.setEnabled(not running and not self.demo)

    @Slot(object)
    def on_sync_ended(self, _result: SessionResult | None) -> None:
        self.refresh()

    # -- dialogs ------------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        shown = self.messages.current_conversation_id
        conversation = None if shown is None else self.conversations.model.conversation(shown)
        dialog = ExportDialog(self.engine, conversation, self.search.shown_search(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # safe: closing ends its export first
        dialog.open()

    @Slot()
    def import_jsonl(self) -> None:
        path = self.ask_import_file()
        if path is None:
            return
        dialog = ImportDialog(self.engine, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closes only once its import has ended
        dialog.imported.connect(self.refresh)
        dialog.open()

    # Seam for tests: the file dialog sits behind one method.
    def ask_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("导入已解密的消息（每行一个 JSON 对象）"),
            "",
            self.tr("JSON 行文件 (*.jsonl *.json *.txt *.log);;所有文件 (*)"),
        )
        return Path(name) if name else None

    @Slot()
    def open_settings(self) -> None:
        store = CredentialStore.for_folder(self.profile.root)
        outcome = run_with_progress(CallWorker(store.load), self, self.tr("正在读取系统钥匙串…"))
        if not outcome.ok:
            QMessageBox.warning(self, self.tr("无法读取凭据"), describe_error(outcome.value))
            return
        dialog = SettingsDialog(self.profile, self.engine, outcome.value, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a child of the window: gone once closed
        dialog.encrypt_requested.connect(self.encrypt_requested)
        dialog.keys_saved.connect(self.on_keys_saved)
        dialog.profile_removed.connect(self.profile_removed)
        dialog.open()

    @Slot()
    def open_callback_checker(self) -> None:
        if self.callback_dialog is None:
            self.callback_dialog = CallbackCheckDialog(self)
        self.callback_dialog.show()
        self.callback_dialog.raise_()
        self.callback_dialog.activateWindow()

    @Slot()
    def show_completeness(self) -> CompletenessDialog:
        dialog = CompletenessDialog(self.engine, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closing waits for its count first
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> None:
        dialog = AboutDialog(self.profile, self.settings.sdk_library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_scheme_triggered(self) -> None:
        action = self.sender()
        app = QApplication.instance()
        if isinstance(action, QAction) and isinstance(app, QApplication):
            QSettings().setValue(SCHEME_KEY, action.data())
            apply_scheme(app, str(action.data()))

    @Slot()
    def on_language_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data() != current_language():
            self.language_requested.emit(str(action.data()))
