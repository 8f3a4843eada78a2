"""Running one-shot QObject workers on their own QThreads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


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
    # Direct: the thread ends its own loop. Queued, the quit waits for the GUI thread's events, and a
    # caller waiting on the thread from a nested loop that `finished` already ended waits forever.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread


class Cancellable(Protocol):
    def cancel(self) -> None: ...


def stop_worker(worker: Cancellable | None, thread: QThread | None) -> None:
    """Asks a running worker to stop and waits for its thread to end (a dialog closing, a job done)."""
    if worker is not None:
        worker.cancel()
    if thread is not None:
        thread.quit()
        thread.wait()


class CallWorker(Worker):
    """Runs one callable off the GUI thread (a keyring call may wait on an unlock prompt)."""

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self.call = call

    def work(self) -> object:
        return self.call()


@dataclass
class Outcome:
    ok: bool = False
    value: object = None  # the result, or the exception when not ok


class _Collector(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop, self.outcome = loop, Outcome()

    @Slot(object)
    def on_succeeded(self, value: object) -> None:
        self.outcome = Outcome(True, value)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self.outcome = Outcome(False, error)

    @Slot()
    def on_finished(self) -> None:
        self.loop.quit()


def run_with_progress(worker: Worker, parent: QWidget | None, label: str) -> Outcome:
    """Run `worker` behind a busy, non-cancellable progress dialog; the window keeps painting."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    collector = _Collector(loop)
    worker.succeeded.connect(collector.on_succeeded)
    worker.failed.connect(collector.on_failed)
    worker.finished.connect(collector.on_finished)
    thread = start_worker(worker, None)
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return collector.outcome
