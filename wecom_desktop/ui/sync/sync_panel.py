"""The sync controls in the status bar: progress with counts, rate and seq, Cancel, and errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QThread, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QWidget
from sqlalchemy import Engine

from wecom_desktop.credentials import CredentialStore
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.sync.media import MediaProgress
from wecom_desktop.sync.pipeline import SyncProgress
from wecom_desktop.sync.session import SessionResult
from wecom_desktop.ui.elided_label import ElidedLabel
from wecom_desktop.ui.i18n import describe_error
from wecom_desktop.ui.sync.sync_worker import SyncRequest, SyncWorker
from wecom_desktop.ui.threads import start_worker, stop_worker


class SyncPanel(QWidget):
    """Starts a SyncWorker, shows its progress, and reports how it ended."""

    running_changed = Signal(bool)
    sync_ended = Signal(object)  # SessionResult, or None when the sync could not start or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.label = ElidedLabel()
        self.label.setObjectName("syncLabel")
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.worker: SyncWorker | None = None
        self.thread_: QThread | None = None
        self.error_box: QMessageBox | None = None
        self._result: SessionResult | None = None
        self._progressed = False  # whether the running sync reported any progress
        self._show_running(False)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, engine: Engine, request: SyncRequest, store: CredentialStore) -> bool:
        if self.running:
            return False
        worker = SyncWorker(engine, request, store)
        worker.progress.connect(self.on_worker_progress)
        worker.succeeded.connect(self.on_worker_succeeded)
        worker.failed.connect(self.on_worker_failed)
        worker.finished.connect(self.on_worker_finished)
        self.worker, self._result, self._progressed = worker, None, False
        self.label.setText(self.tr("正在连接企业微信…"))
        self.bar.setRange(0, 0)
        self._show_running(True)
        self.thread_ = start_worker(worker, self)
        return True

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.label.setText(self.tr("正在取消（当前批次写完后停止）…"))
            self.cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        """Cancel a running sync and wait for it (the window is closing)."""
        self.cancel()
        stop_worker(None, self.thread_)
        self.worker, self.thread_ = None, None

    @Slot(object)
    def on_worker_progress(self, progress: SyncProgress | MediaProgress) -> None:
        self._progressed = True
        locale = QLocale()
        if isinstance(progress, MediaProgress):
            self.bar.setRange(0, max(progress.files_total, 1))
            self.bar.setValue(progress.files_done)
            text = self.tr("正在下载媒体 {done}/{total} · {size}").format(
                done=locale.toString(progress.files_done),
                total=locale.toString(progress.files_total),
                size=locale.formattedDataSize(progress.bytes),
            )
            self.label.setText(_with_note(text, progress))
            return
        self.bar.setRange(0, 0)
        text = self.tr("已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒").format(
            stored=locale.toString(progress.stored),
            bad=locale.toString(progress.undecryptable),
            seq=progress.seq,
            rate=locale.toString(round(progress.rate)),
        )
        self.label.setText(_with_note(text, progress))

    @Slot(object)
    def on_worker_succeeded(self, result: SessionResult) -> None:
        stored = QLocale().toString(result.sync.progress.stored)
        if result.error is not None:
            self._report(result.error)
            self.label.setText(self.tr("同步失败（已存 {n} 条）").format(n=stored))
        elif result.cancelled:
            self.label.setText(self.tr("同步已取消（已存 {n} 条，下次从断点继续）").format(n=stored))
        else:
            self.label.setText(self.tr("同步完成：新增 {n} 条").format(n=stored))
        self._result = result

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        self._report(error)
        self.label.setText(
            self.tr("同步中断：已保存的消息不受影响，下次从断点继续")
            if self._progressed
            else self.tr("同步未能开始")
        )
        self._result = None

    @Slot()
    def on_worker_finished(self) -> None:
        stop_worker(None, self.thread_)
        self.worker, self.thread_ = None, None
        self._show_running(False)
        self.sync_ended.emit(self._result)  # last, so listeners see the panel idle

    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.running_changed.emit(running)

    def _report(self, error: BaseException) -> None:
        text = describe_error(error)
        code = getattr(error, "code", None)
        if isinstance(error, SdkError) and code is not None:
            text = f"[{code}] {text}"
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("同步失败"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("syncError")
        box.open()  # window-modal, without a nested event loop
        self.error_box = box


def _with_note(text: str, progress: SyncProgress | MediaProgress) -> str:
    """The progress text led by why the run waits, if it does, in the interface language: when
    the bar is short of room, the counts are what is cut."""
    if progress.note_text is None:
        return text
    return f"{progress.note_text.render(QCoreApplication.translate)} · {text}"
