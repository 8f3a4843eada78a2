"""Importing a JSONL file of decrypted messages, off the GUI thread, with progress and a report."""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP
from wecom_desktop.core.message import Message
from wecom_desktop.core.message_problems import shown_problems
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.sync.jsonl_import import ImportResult, import_jsonl
from wecom_desktop.ui.i18n import describe_error
from wecom_desktop.ui.threads import Worker, start_worker, stop_worker

NOTES_KEPT = 1000  # lines listed in the report; the counts cover every line


@dataclass(frozen=True, slots=True)
class ImportProgress:
    counts: ImportResult  # a copy: the import goes on counting in its own
    bytes_read: int
    size: int


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    result: ImportResult
    notes: list[str]  # the first NOTES_KEPT rejected lines and messages stored with a problem


_REJECTED = QT_TRANSLATE_NOOP("ImportDialog", "第 {line} 行：未导入，{reason}")
_PROBLEM = QT_TRANSLATE_NOOP("ImportDialog", "第 {line} 行：已保存，但有问题：{problem}")


def _translate(source: str) -> str:
    return QCoreApplication.translate("ImportDialog", source)


class ImportWorker(Worker):
    def __init__(self, engine: Engine, path: Path) -> None:
        super().__init__()
        self.engine, self.path = engine, path
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def work(self) -> ImportOutcome:
        notes: list[str] = []
        size = self.path.stat().st_size

        def note(text: str) -> None:
            if len(notes) < NOTES_KEPT:
                notes.append(text)

        def rejected(number: int, error: RejectedRecord) -> None:
            reason = error.render(QCoreApplication.translate)
            note(_translate(_REJECTED).format(line=number, reason=reason))

        def problem(number: int, message: Message) -> None:
            shown = shown_problems(message.problems, QCoreApplication.translate)
            note(_translate(_PROBLEM).format(line=number, problem=shown))

        def progress(result: ImportResult, bytes_read: int) -> None:
            self.progress.emit(ImportProgress(dataclasses.replace(result), bytes_read, size))

        result = import_jsonl(
            self.path, ArchiveWriter(self.engine), rejected, problem, progress, self._cancel
        )
        return ImportOutcome(result, notes)


class ImportDialog(QDialog):
    """Imports one file as soon as it opens; Cancel stops after the batch being written (kept)."""

    imported = Signal()  # the import stored messages: the window's lists are out of date

    def __init__(self, engine: Engine, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入 JSONL"))
        self.setObjectName("importDialog")
        self.path = path
        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)
        self.status = QLabel(self.tr("正在导入…"))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("importNotes")
        self.notes.setReadOnly(True)
        self.notes.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 200)
        self.outcome: ImportOutcome | None = None
        self.worker: ImportWorker | None = ImportWorker(engine, path)
        self.worker.progress.connect(self.on_worker_progress)
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.failed.connect(self.on_worker_failed)
        self.worker.finished.connect(self.on_worker_finished)
        self.thread_: QThread | None = start_worker(self.worker, self)

    def _counts(self, result: ImportResult) -> str:
        number = QLocale().toString
        return self.tr(
            "已导入 {imported} 条（其中 {problems} 条有问题），重复 {duplicates} 条，未导入 {rejected} 条"
        ).format(
            imported=number(result.imported),
            problems=number(result.problems),
            duplicates=number(result.duplicates),
            rejected=number(result.rejected),
        )

    @Slot(object)
    def on_worker_progress(self, progress: ImportProgress) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(1000 * progress.bytes_read / max(progress.size, 1)))
        self.status.setText(self._counts(progress.counts) + " …")

    @Slot(object)
    def on_worker_succeeded(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        result = outcome.result
        counts = self._counts(result)
        if result.failure is not None:
            text = describe_error(result.failure)
        elif result.cancelled:
            text = self.tr("导入已取消。{counts}；已导入的消息会保留，再次导入同一文件时会跳过它们。").format(
                counts=counts
            )
        else:
            text = counts + self.tr("。")
        self.status.setText(text)
        if outcome.notes:
            shown = outcome.notes
            hidden = result.rejected + result.problems - len(shown)
            if hidden > 0:
                shown = [*shown, self.tr("…另有 {n} 行未列出").format(n=QLocale().toString(hidden))]
            self.notes.setPlainText("\n".join(shown))
            self.notes.setVisible(True)
            self.resize(self.width(), max(self.height(), 420))
        if result.imported:
            self.imported.emit()

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):  # the file itself: typed archive errors are not OSErrors
            text = self.tr("无法读取 {path}：{error}").format(path=self.path, error=error.strerror or error)
        else:
            text = describe_error(error)
        self.status.setText(text)
        self.imported.emit()  # batches written before the failure are kept

    @Slot()
    def on_worker_finished(self) -> None:
        self._stop()
        self.bar.setVisible(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def reject(self) -> None:  # Cancel, Escape, the title bar: a running import stops, and says what it kept
        if self.worker is None:
            super().reject()
            return
        self.worker.cancel()
        self.status.setText(self.tr("正在取消，当前这批消息写完后停止…"))
        self.buttons.setEnabled(False)

    def shutdown(self) -> None:
        """Stops a running import after its current batch and waits for it (the window is closing)."""
        self._stop()
        self.close()

    def _stop(self) -> None:
        stop_worker(self.worker, self.thread_)
        self.worker, self.thread_ = None, None

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)
