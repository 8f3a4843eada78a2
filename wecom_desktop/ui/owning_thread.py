"""Worker threads that may outlive the widget that started them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread


class OwningThread(QThread):
    """Owned by the application, and keeping its worker alive (Python side included) until it ends.

    A widget can be destroyed while its work runs; were the thread its child, or the worker
    referenced only from the widget, either would be deleted mid-run and take the process down.
    """

    def __init__(self, worker: QObject) -> None:
        super().__init__(QCoreApplication.instance())
        self.worker = worker
        worker.moveToThread(self)
        self.finished.connect(worker.deleteLater)
        self.finished.connect(self.deleteLater)
