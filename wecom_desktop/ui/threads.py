"""Running a one-shot QObject worker on its own QThread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal


class Worker(QObject):
    """A one-shot job. `run` must emit exactly one of succeeded/failed, then finished."""

    progress = Signal(object)  # a small dataclass or tuple describing the progress so far
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception that stopped the job
    finished = Signal()  # always last, on every path

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # the worker's contract: every failure becomes a signal
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def work(self) -> object:
        raise NotImplementedError


def start_worker(worker: Worker, parent: QObject | None) -> QThread:
    """Move `worker` to a new thread, start it, and clean both up when it finishes."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
