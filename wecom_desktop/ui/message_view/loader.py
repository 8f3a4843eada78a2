"""Page queries on one worker thread; results come back to the GUI thread as queued signals."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from wecom_desktop.store import message_pages
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.message_pages import Anchor, PageMessage
from wecom_desktop.ui.i18n import describe_error
from wecom_desktop.ui.message_view.items import MessageItem, build_item

log = logging.getLogger(__name__)


class PageKind(enum.Enum):
    NEWEST = "newest"
    OLDEST = "oldest"
    OLDER = "older"  # before `anchor`
    NEWER = "newer"  # after `anchor`
    AROUND = "around"  # around `message_id`


@dataclass(frozen=True, slots=True)
class PageRequest:
    generation: int  # the model's window generation; results of an older one are dropped
    conversation_id: int
    kind: PageKind
    limit: int
    anchor: Anchor | None = None
    message_id: int | None = None


@dataclass(frozen=True, slots=True)
class LoadedPage:
    request: PageRequest
    items: tuple[MessageItem, ...]  # oldest first


@dataclass(frozen=True, slots=True)
class LoadedRawJson:
    message_id: int
    text: str | None  # None when the message has no decrypted JSON


_READ_ERRORS = (SQLAlchemyError, ArchiveError)  # ArchiveError: a disk that failed under the archive


def _reason(error: Exception) -> str:
    """The database's own message, without the statement SQLAlchemy appends, or the store's own."""
    return str(error.orig) if isinstance(error, DBAPIError) else describe_error(error)


class _Latest:
    """The newest generation asked for; the worker skips requests of earlier ones."""

    generation = 0


class _LoaderWorker(QObject):
    page_loaded = Signal(object)  # LoadedPage
    raw_json_loaded = Signal(object)  # LoadedRawJson
    failed = Signal(object, str)  # the request (a PageRequest or a message id), the reason

    def __init__(self, engine: Engine, media_root: Path, latest: _Latest) -> None:
        super().__init__()
        self.engine, self.media_root, self.latest = engine, media_root, latest

    def _read(self, request: PageRequest) -> list[PageMessage]:
        engine, conversation, limit = self.engine, request.conversation_id, request.limit
        if request.kind is PageKind.NEWEST:
            return message_pages.newest(engine, conversation, limit)
        if request.kind is PageKind.OLDEST:
            return message_pages.oldest(engine, conversation, limit)
        if request.kind is PageKind.AROUND:
            assert request.message_id is not None
            return message_pages.around(engine, conversation, request.message_id, limit)
        assert request.anchor is not None
        if request.kind is PageKind.OLDER:
            return message_pages.older_than(engine, conversation, request.anchor, limit)
        return message_pages.newer_than(engine, conversation, request.anchor, limit)

    @Slot(object)
    def load_page(self, request: PageRequest) -> None:
        if request.generation < self.latest.generation:
            return  # the user has moved on; nobody waits for this page
        try:
            rows = self._read(request)
        except _READ_ERRORS as exc:
            log.warning("message page %s failed: %s", request.kind.value, _reason(exc))
            self.failed.emit(request, _reason(exc))
            return
        items = tuple(build_item(row, self.media_root) for row in rows)
        self.page_loaded.emit(LoadedPage(request, items))

    @Slot(int)
    def load_raw_json(self, message_id: int) -> None:
        try:
            text = message_pages.message_raw_json(self.engine, message_id)
        except _READ_ERRORS as exc:
            self.failed.emit(message_id, _reason(exc))
            return
        self.raw_json_loaded.emit(LoadedRawJson(message_id, text))


class PageLoader(QObject):
    """Reads pages and raw JSON of messages off the GUI thread, one request at a time."""

    page_loaded = Signal(object)  # LoadedPage
    raw_json_loaded = Signal(object)  # LoadedRawJson
    failed = Signal(object, str)  # the request (a PageRequest or a message id), the reason
    _page_requested = Signal(object)
    _raw_json_requested = Signal(int)

    def __init__(self, engine: Engine, media_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = _Latest()
        self._thread = QThread(self)
        self._thread.setObjectName("messagePageLoader")
        self._worker = _LoaderWorker(engine, media_root, self._latest)
        self._worker.moveToThread(self._thread)
        self._page_requested.connect(self._worker.load_page)
        self._raw_json_requested.connect(self._worker.load_raw_json)
        self._worker.page_loaded.connect(self.page_loaded)
        self._worker.raw_json_loaded.connect(self.raw_json_loaded)
        self._worker.failed.connect(self.failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def request_page(self, request: PageRequest) -> None:
        self._latest.generation = max(self._latest.generation, request.generation)
        self._page_requested.emit(request)

    def request_raw_json(self, message_id: int) -> None:
        self._raw_json_requested.emit(message_id)

    def shutdown(self) -> None:
        """Finish the request in progress, drop the queued ones and stop the thread."""
        self._thread.quit()
        self._thread.wait()
