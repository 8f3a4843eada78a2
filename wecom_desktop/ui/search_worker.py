"""Running searches on a thread of their own: one at a time, the newest wins, pages on demand."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from sqlalchemy import Engine

from wecom_desktop.store.search import Search, SearchCancelled, SearchFilters
from wecom_desktop.store.search_results import SearchPager
from wecom_desktop.ui.owning_thread import OwningThread

_ABANDONED = -1  # a generation no request carries


@dataclass(frozen=True, slots=True)
class SearchRequest:
    generation: int  # increases with every change of query or filters
    query: str
    filters: SearchFilters
    page_size: int


class SearchWorker(QObject):
    """Lives on the search thread. `supersede` is the one method other threads call."""

    started = Signal(int)  # generation
    page_ready = Signal(int, object, bool)  # generation, list[SearchHit], exhausted
    failed = Signal(int, str)  # generation, error text
    cancelled = Signal(int)  # generation

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self._lock = threading.Lock()
        self._latest = 0
        self._search: Search | None = None
        self._pager: SearchPager | None = None
        self._pager_generation = 0

    def supersede(self, generation: int) -> None:
        """Any thread: only `generation` may run from now on; the running search is interrupted."""
        with self._lock:
            self._latest = generation
            if self._search is not None:
                self._search.cancel()

    @Slot()
    def abandon(self) -> None:
        """Called directly as the owner goes away: stop the search and let the thread end."""
        self.supersede(_ABANDONED)
        self.thread().quit()

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._latest

    @Slot(object)
    def search(self, request: SearchRequest) -> None:
        self.close_pager()
        if not self._current(request.generation):
            return
        try:
            search = Search(self.engine, request.query, request.filters)
        except Exception as exc:  # a failing search is reported, never raised into Qt
            self.failed.emit(request.generation, str(exc))
            return
        with self._lock:
            if request.generation != self._latest:
                return
            self._search = search
        self.started.emit(request.generation)
        self._pager = SearchPager(self.engine, search, QCoreApplication.translate)
        self._pager_generation = request.generation
        self._read(request.generation, request.page_size)

    @Slot(int, int)
    def more(self, generation: int, page_size: int) -> None:
        if self._pager is None or generation != self._pager_generation or not self._current(generation):
            return
        self._read(generation, page_size)

    def _read(self, generation: int, page_size: int) -> None:
        assert self._pager is not None
        try:
            hits = self._pager.next_page(page_size)
        except SearchCancelled:
            self.close_pager()
            self.cancelled.emit(generation)
            return
        except Exception as exc:
            self.close_pager()
            if self._current(generation):
                self.failed.emit(generation, str(exc))
            else:
                self.cancelled.emit(generation)  # interrupted just as it was superseded
            return
        exhausted = self._pager.exhausted
        if exhausted:
            self.close_pager()
        self.page_ready.emit(generation, hits, exhausted)

    @Slot()
    def close_pager(self) -> None:
        """Return the search's database connection (called on the search thread)."""
        if self._pager is not None:
            self._pager.close()
            self._pager = None
        with self._lock:
            self._search = None


class SearchRunner(QObject):
    """The GUI-thread handle of a SearchWorker and its thread, started on first use."""

    started = Signal(int)
    page_ready = Signal(int, object, bool)
    failed = Signal(int, str)
    cancelled = Signal(int)
    _search_requested = Signal(object)
    _more_requested = Signal(int, int)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._worker: SearchWorker | None = None
        self._thread: QThread | None = None

    def _ensure_started(self) -> SearchWorker:
        if self._worker is not None:
            return self._worker
        worker = SearchWorker(self.engine)
        thread = OwningThread(worker)
        self._search_requested.connect(worker.search)
        self._more_requested.connect(worker.more)
        worker.started.connect(self.started)
        worker.page_ready.connect(self.page_ready)
        worker.failed.connect(self.failed)
        worker.cancelled.connect(self.cancelled)
        self.destroyed.connect(worker.abandon, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.close_pager, Qt.ConnectionType.DirectConnection)
        thread.start()
        self._worker, self._thread = worker, thread
        return worker

    @property
    def search_thread(self) -> QThread | None:
        return self._thread

    def start(self, request: SearchRequest) -> None:
        self._ensure_started().supersede(request.generation)
        self._search_requested.emit(request)

    def more(self, generation: int, page_size: int) -> None:
        if self._worker is not None:
            self._more_requested.emit(generation, page_size)

    def supersede(self, generation: int) -> None:
        if self._worker is not None:
            self._worker.supersede(generation)

    def shutdown(self) -> None:
        """Interrupt the search, end the thread and wait for it."""
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return
        self._worker, self._thread = None, None
        self._search_requested.disconnect(worker.search)
        self._more_requested.disconnect(worker.more)
        self.destroyed.disconnect(worker.abandon)
        worker.supersede(_ABANDONED)
        thread.quit()
        thread.wait()
