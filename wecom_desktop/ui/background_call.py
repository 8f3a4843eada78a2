"""Re-running one read off the GUI thread, one run at a time, safe to drop while it runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wecom_desktop.ui.owning_thread import OwningThread
from wecom_desktop.ui.threads import CallWorker


class BackgroundCall(QObject):
    """`start()` runs `call` on a worker thread; asked again while running, it runs once more after."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, call: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self._worker: CallWorker | None = None
        self._thread: QThread | None = None
        self._again = False
        self._joined_early = 0  # runs joined by `wait()` whose `finished` is still on its way

    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def rerun_pending(self) -> bool:
        """Asked again while running: the result now arriving is already out of date."""
        return self._again

    def start(self) -> None:
        if self._worker is not None:
            self._again = True
            return
        worker = CallWorker(self.call)
        worker.succeeded.connect(self.on_worker_succeeded)
        worker.failed.connect(self.on_worker_failed)
        worker.finished.connect(self.on_worker_finished)
        thread = OwningThread(worker)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        self._worker, self._thread = worker, thread
        thread.start()

    def wait(self) -> None:
        """Block until a run in flight ends, and forget a pending re-run."""
        self._again = False
        if self._worker is not None:
            self._joined_early += 1
        self._join()

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._worker, self._thread = None, None

    @Slot(object)
    def on_worker_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    @Slot()
    def on_worker_finished(self) -> None:
        if self._joined_early:
            self._joined_early -= 1
            return
        self._join()
        if self._again:
            self._again = False
            self.start()
