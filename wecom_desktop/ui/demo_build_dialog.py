"""The progress dialog shown while the demo archive is built on a worker thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from wecom_desktop.profile import Profile
from wecom_desktop.ui.demo_build_worker import DemoBuildWorker
from wecom_desktop.ui.threads import start_worker


class DemoBuildDialog(QProgressDialog):
    """Runs a DemoBuildWorker; its slots run on the GUI thread, so the worker never touches widgets."""

    def __init__(self, profile: Profile, messages: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("演示档案"))
        self.setLabelText(self.tr("正在生成演示档案…"))
        self.setCancelButtonText(self.tr("取消"))
        self.setRange(0, messages)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.completed = False
        self.error: BaseException | None = None
        self.worker = DemoBuildWorker(profile, messages)
        self.worker.progress.connect(self.on_worker_progress)
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.failed.connect(self.on_worker_failed)
        self.worker.finished.connect(self.on_worker_finished)
        # QProgressDialog hides itself on cancel; the worker must finish its batch first.
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self.on_cancel_requested)
        self.thread_ = start_worker(self.worker, self)

    def reject(self) -> None:  # Escape or the window's close button
        self.canceled.emit()

    @Slot()
    def on_cancel_requested(self) -> None:
        self.worker.cancel.set()
        self.setLabelText(self.tr("正在取消…"))
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)

    @Slot(object)
    def on_worker_progress(self, done_total: tuple[int, int]) -> None:
        self.setValue(done_total[0])

    @Slot(object)
    def on_worker_succeeded(self, result: object) -> None:
        self.completed = not self.worker.cancel.is_set()

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        self.error = error

    @Slot()
    def on_worker_finished(self) -> None:
        self.thread_.quit()
        self.thread_.wait()
        if self.error is not None:
            self.show_error(str(self.error))
        self.done(0)

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, self.windowTitle(), text)
