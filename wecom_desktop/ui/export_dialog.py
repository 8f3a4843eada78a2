"""Exporting the open conversation or the search results, off the GUI thread with progress."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QThread, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.export import ExportCancelled, ExportResult, ExportSelection, export_messages
from wecom_desktop.export.search_selection import search_selection
from wecom_desktop.store.queries import ConversationSummary
from wecom_desktop.store.search import Search, SearchCancelled
from wecom_desktop.ui.day_range import day_edit, day_range_ms, local_day
from wecom_desktop.ui.i18n import current_language, describe_error
from wecom_desktop.ui.search_panel import ShownSearch
from wecom_desktop.ui.threads import Worker, start_worker, stop_worker

FORMATS = ("html", "xlsx", "csv", "jsonl")
_QUERY_SHOWN = 40  # characters of a search's query the scope's label shows


class ExportWorker(Worker):
    """Exports a selection, or every hit of a search, which it first runs again in full."""

    def __init__(
        self, engine: Engine, scope: ExportSelection | ShownSearch, fmt: str, path: Path, language: str
    ) -> None:
        super().__init__()
        self.engine, self.scope, self.fmt, self.path, self.language = (engine, scope, fmt, path, language)
        self._cancel = threading.Event()
        self._search: Search | None = None

    def cancel(self) -> None:
        self._cancel.set()
        if self._search is not None:
            self._search.cancel()

    def work(self) -> ExportResult:
        scope = self.scope
        selection = scope if isinstance(scope, ExportSelection) else self._every_hit(scope)
        return export_messages(
            self.engine,
            selection,
            self.fmt,
            self.path,
            lambda done, total: self.progress.emit((done, total)),
            self._cancel,
            language=self.language,
            localize=QCoreApplication.translate,
        )

    def _every_hit(self, shown: ShownSearch) -> ExportSelection:
        self._search = Search(self.engine, shown.query, shown.filters)
        if self._cancel.is_set():  # cancelled before the search existed to be told
            raise ExportCancelled
        try:
            return search_selection(self._search, shown.query, self.language)
        except SearchCancelled as exc:
            raise ExportCancelled from exc


class ExportDialog(QDialog):
    """Scope (conversation or search results), format and file; then the export with a progress bar."""

    def __init__(
        self,
        engine: Engine,
        conversation: ConversationSummary | None,
        search: ShownSearch | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出"))
        self.setObjectName("exportDialog")
        self.engine = engine
        self.conversation, self.search = conversation, search
        self.conversation_scope = QRadioButton(
            self.tr("当前会话：{title}").format(title=conversation.title)
            if conversation is not None and conversation.title
            else self.tr("当前会话")
        )
        self.conversation_scope.setEnabled(conversation is not None)
        self.search_scope = QRadioButton(self._search_label(search))
        self.search_scope.setEnabled(search is not None)
        (self.conversation_scope if conversation is not None else self.search_scope).setChecked(True)
        self.days_check = QCheckBox(self.tr("只导出这些日期"))
        self.days_check.setObjectName("exportDaysEnabled")
        first, last = (
            (None, None) if conversation is None else (conversation.first_msgtime, conversation.last_msgtime)
        )
        self.since_edit = day_edit("exportSince", local_day(first))  # the conversation's first and last day
        self.until_edit = day_edit("exportUntil", local_day(last))
        days = QHBoxLayout()
        days.addWidget(self.days_check)
        days.addWidget(self.since_edit, 1)
        days.addWidget(QLabel("–"))
        days.addWidget(self.until_edit, 1)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        names = {
            "html": self.tr("HTML 聊天记录（可打印）"),
            "xlsx": self.tr("Excel 工作簿 (.xlsx)"),
            "csv": self.tr("CSV 表格 (.csv)"),
            "jsonl": self.tr("原始 JSON 行 (.jsonl，证据格式)"),
        }
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("范围"), self.conversation_scope)
        form.addRow("", self.search_scope)
        form.addRow(self.tr("日期"), days)
        form.addRow(self.tr("格式"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.worker: ExportWorker | None = None
        self.thread_: QThread | None = None
        self.result_path: Path | None = None
        self.conversation_scope.toggled.connect(self._show_days_enabled)
        self.days_check.toggled.connect(self._show_days_enabled)
        self._show_days_enabled()
        if conversation is None and search is None:
            self.status.setText(self.tr("请先打开一个会话或进行一次搜索。"))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.resize(520, 220)

    def _search_label(self, search: ShownSearch | None) -> str:
        if search is None:
            return self.tr("搜索结果")
        query = search.query.strip()
        if len(query) > _QUERY_SHOWN:
            query = query[: _QUERY_SHOWN - 1] + "…"
        what = (
            self.tr("搜索“{query}”的结果").format(query=query) if query else self.tr("按筛选条件搜索的结果")
        )
        shown = QLocale().toString(search.loaded)
        if search.complete:
            count = self.tr("{n} 条").format(n=shown)
        else:
            count = self.tr("全部，不只是已加载的 {n} 条").format(n=shown)
        return self.tr("{what}（{count}）").format(what=what, count=count)

    @Slot()
    def _show_days_enabled(self) -> None:
        """The days apply to the conversation; a search's own date filter already chose its hits."""
        conversation = self.conversation_scope.isChecked()
        self.days_check.setEnabled(conversation)
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(conversation and self.days_check.isChecked())

    def scope(self) -> ExportSelection | ShownSearch:
        if self.conversation_scope.isChecked() and self.conversation is not None:
            if not self.days_check.isChecked():
                return ExportSelection(conversation_id=self.conversation.id)
            since, until = day_range_ms(self.since_edit.date(), self.until_edit.date())
            return ExportSelection(conversation_id=self.conversation.id, since_ms=since, until_ms=until)
        assert self.search is not None  # the search scope is enabled only with a search
        return self.search

    # Seam for tests: the file dialog sits behind one method.
    def ask_destination(self, fmt: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), f"export.{fmt}", f"*.{fmt}")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{fmt}")

    @Slot()
    def on_save_clicked(self) -> None:
        if self.worker is not None:
            return
        fmt = str(self.format.currentData())
        path = self.ask_destination(fmt)
        if path is None:
            return
        worker = ExportWorker(self.engine, self.scope(), fmt, path, current_language())
        worker.progress.connect(self.on_worker_progress)
        worker.succeeded.connect(self.on_worker_succeeded)
        worker.failed.connect(self.on_worker_failed)
        worker.finished.connect(self.on_worker_finished)
        self.worker = worker
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.status.setText(self.tr("正在导出…"))
        self.thread_ = start_worker(worker, self)

    @Slot(object)
    def on_worker_progress(self, progress: tuple[int, int]) -> None:
        done, total = progress
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    @Slot(object)
    def on_worker_succeeded(self, result: ExportResult) -> None:
        self.result_path = result.path
        self.status.setText(self.tr("已导出 {n} 条消息到 {path}").format(n=result.count, path=result.path))

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("导出已取消，未留下文件。"))
            return
        text = describe_error(error)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("导出失败"), text)

    @Slot()
    def on_worker_finished(self) -> None:
        self._stop()
        self.bar.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if self.result_path is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))

    def _stop(self) -> None:
        stop_worker(self.worker, self.thread_)
        self.worker, self.thread_ = None, None

    # Closing cancels a running export and waits for it (nothing partial is left), so the dialog
    # can be deleted once closed: its thread, a child, has stopped by then.
    def done(self, result: int) -> None:  # the Cancel/Close button, Escape, the title bar
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # also when closed while hidden
        self._stop()
        super().closeEvent(event)
