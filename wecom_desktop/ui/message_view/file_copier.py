"""Saving a copy of a downloaded file somewhere else, off the GUI thread (files may be large)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Delivery(QObject):
    finished = Signal(str, str)  # the target path, why it failed ("" when copied)


class _Copy(QRunnable):
    def __init__(self, source: str, target: str, delivery: _Delivery) -> None:
        super().__init__()
        self.source, self.target, self.delivery = source, target, delivery

    def run(self) -> None:
        try:
            shutil.copyfile(self.source, self.target)
        except OSError as exc:
            self.delivery.finished.emit(self.target, exc.strerror or str(exc))
        except ValueError as exc:  # a path no file system takes (a NUL in it)
            self.delivery.finished.emit(self.target, str(exc))
        else:
            self.delivery.finished.emit(self.target, "")


class FileCopier(QObject):
    """Copies files one at a time on its own thread."""

    finished = Signal(str, str)  # the target path, why it failed ("" when copied)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._delivery = _Delivery(self)
        self._delivery.finished.connect(self.finished)

    def copy(self, source: str, target: str) -> None:
        self._pool.start(_Copy(source, target, self._delivery))

    def shutdown(self) -> None:
        self._pool.waitForDone()
