"""A sliding window over one conversation's messages, filled page by page by the loader."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from wecom_desktop.store.message_pages import Anchor
from wecom_desktop.ui.message_view.items import ItemKind, MessageItem
from wecom_desktop.ui.message_view.loader import LoadedPage, PageKind, PageLoader, PageRequest

MessageItemRole = Qt.ItemDataRole.UserRole + 1
MessageIdRole = Qt.ItemDataRole.UserRole + 2
DayHeaderRole = Qt.ItemDataRole.UserRole + 3  # a date header goes above this row
HighlightRole = Qt.ItemDataRole.UserRole + 4  # the message a search hit opened
ExpandedRole = Qt.ItemDataRole.UserRole + 5  # a chat record shows all its items

PAGE_SIZE = 100
WINDOW_CAP = 3000  # rows kept; the far end is trimmed beyond this
HIGHLIGHT_MS = 4000


class Placement(enum.Enum):
    """Where the view scrolls once the window changed."""

    BOTTOM = "bottom"
    TOP = "top"
    CENTER = "center"  # on `WindowChange.message_id`
    KEEP = "keep"  # the message the user was looking at stays where it was


@dataclass(frozen=True, slots=True)
class WindowChange:
    placement: Placement
    message_id: int | None = None
    opened: bool = False  # the first page of a newly opened conversation
    replaced: bool = True  # all rows are new (else a page was added at one end)


class MessageListModel(QAbstractListModel):
    """At most WINDOW_CAP consecutive messages of a conversation, oldest first."""

    window_about_to_change = Signal()  # the view notes what it shows, to keep it in place
    window_changed = Signal(object)  # WindowChange, once the rows are in
    load_failed = Signal(str)  # why a page could not be read

    def __init__(self, loader: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._items: list[MessageItem] = []
        self._conversation: int | None = None
        self._generation = 0
        self._awaiting: WindowChange | None = None  # a whole new window is being read
        self._pending: dict[PageKind, Anchor] = {}  # pages in flight at an end → where they continue
        self._at_oldest = self._at_newest = True
        self._highlight: int | None = None
        self._expanded: set[int] = set()
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self.clear_highlight)
        loader.page_loaded.connect(self._on_page_loaded)
        loader.failed.connect(self._on_failed)

    # -- state -------------------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        return self._conversation

    @property
    def at_oldest(self) -> bool:
        return self._at_oldest

    @property
    def at_newest(self) -> bool:
        return self._at_newest

    @property
    def loading(self) -> bool:
        """Whether a new window is being read (the rows shown, if any, are the previous one)."""
        return self._awaiting is not None

    def item(self, row: int) -> MessageItem:
        return self._items[row]

    def row_of(self, message_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == message_id), None)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = index.row()
        item = self._items[row]
        if role == MessageItemRole:
            return item
        if role == MessageIdRole:
            return item.id
        if role == DayHeaderRole:
            return item.day is not None and (row == 0 or self._items[row - 1].day != item.day)
        if role == HighlightRole:
            return item.id == self._highlight
        if role == ExpandedRole:
            return item.id in self._expanded
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                f"{item.sender_name} {item.time_text}\n{item.copy_text}"
                if item.sender_name
                else item.copy_text
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._items[index.row()].kind is ItemKind.BUBBLE:
            flags |= Qt.ItemFlag.ItemIsEditable  # the read-only editor lets the text be selected
        return flags

    # -- windows -----------------------------------------------------------------------------

    def open(self, conversation_id: int | None) -> None:
        """Show `conversation_id` from its newest messages (None: show nothing)."""
        self._new_window(conversation_id, PageKind.NEWEST, WindowChange(Placement.BOTTOM, opened=True))

    def jump_to_oldest(self) -> None:
        if self._conversation is not None:
            self._new_window(self._conversation, PageKind.OLDEST, WindowChange(Placement.TOP))

    def jump_to_newest(self) -> None:
        if self._conversation is not None:
            self._new_window(self._conversation, PageKind.NEWEST, WindowChange(Placement.BOTTOM))

    def show_message(self, conversation_id: int, message_id: int) -> None:
        """A window around `message_id`, centred on it and highlighted."""
        opened = conversation_id != self._conversation
        change = WindowChange(Placement.CENTER, message_id, opened=opened)
        self._new_window(conversation_id, PageKind.AROUND, change, message_id)

    def reload(self, keep_message_id: int | None) -> None:
        """Read the window again (after a sync): around `keep_message_id`, else the newest page."""
        if self._conversation is None:
            return
        if keep_message_id is None:
            self._new_window(self._conversation, PageKind.NEWEST, WindowChange(Placement.BOTTOM))
        else:
            change = WindowChange(Placement.KEEP, keep_message_id)
            self._new_window(self._conversation, PageKind.AROUND, change, keep_message_id)

    def _new_window(
        self, conversation_id: int | None, kind: PageKind, change: WindowChange, message_id: int | None = None
    ) -> None:
        self._generation += 1
        self._pending.clear()
        self.clear_highlight()
        if conversation_id != self._conversation:
            self.beginResetModel()
            self._items, self._expanded = [], set()
            self._at_oldest = self._at_newest = True
            self.endResetModel()
            self._conversation = conversation_id
        if conversation_id is None:
            self._awaiting = None
            self.window_changed.emit(change)
            return
        self._awaiting = change
        self._request(kind, message_id=message_id)

    def _request(self, kind: PageKind, anchor: Anchor | None = None, message_id: int | None = None) -> None:
        assert self._conversation is not None
        limit = PAGE_SIZE + 1 if kind is PageKind.AROUND else PAGE_SIZE
        request = PageRequest(self._generation, self._conversation, kind, limit, anchor, message_id)
        self._loader.request_page(request)

    def load_older(self) -> bool:
        """Read the page before the window; False when there is none or it is on its way."""
        if (
            self._awaiting is not None
            or self._at_oldest
            or PageKind.OLDER in self._pending
            or not self._items
        ):
            return False
        anchor = self._anchor(self._items[0])
        self._pending[PageKind.OLDER] = anchor
        self._request(PageKind.OLDER, anchor)
        return True

    def load_newer(self) -> bool:
        """Read the page after the window; False when there is none or it is on its way."""
        if (
            self._awaiting is not None
            or self._at_newest
            or PageKind.NEWER in self._pending
            or not self._items
        ):
            return False
        anchor = self._anchor(self._items[-1])
        self._pending[PageKind.NEWER] = anchor
        self._request(PageKind.NEWER, anchor)
        return True

    @staticmethod
    def _anchor(item: MessageItem) -> Anchor:
        return (item.msgtime, item.id)

    # -- results -----------------------------------------------------------------------------

    @Slot(object)
    def _on_page_loaded(self, page: LoadedPage) -> None:
        request = page.request
        if request.generation != self._generation or request.conversation_id != self._conversation:
            return  # a page of a window or conversation the user has left
        if request.kind in (PageKind.OLDER, PageKind.NEWER):
            self._extend(page)
        else:
            self._replace(page)

    @Slot(object, str)
    def _on_failed(self, request: object, reason: str) -> None:
        if not isinstance(request, PageRequest) or request.generation != self._generation:
            return
        self._pending.pop(request.kind, None)
        self._awaiting = None
        self.load_failed.emit(reason)

    def _replace(self, page: LoadedPage) -> None:
        request, items = page.request, list(page.items)
        change = self._awaiting or WindowChange(Placement.BOTTOM)
        self._awaiting = None
        if request.kind is PageKind.AROUND:
            target = next((row for row, item in enumerate(items) if item.id == request.message_id), None)
            if target is None:  # gone (replaced by a retried decryption): show the newest instead
                self._awaiting = WindowChange(Placement.BOTTOM, opened=change.opened)
                self._request(PageKind.NEWEST)
                return
            before, after = request.limit // 2, request.limit - request.limit // 2 - 1
            at_oldest, at_newest = target < before, len(items) - target - 1 < after
        else:
            short = len(items) < request.limit
            at_oldest = short or request.kind is PageKind.OLDEST
            at_newest = short or request.kind is PageKind.NEWEST
        self.window_about_to_change.emit()
        self.beginResetModel()
        self._items = items
        self._at_oldest, self._at_newest = at_oldest, at_newest
        self.endResetModel()
        if change.placement is Placement.CENTER and change.message_id is not None:
            self.highlight(change.message_id)
        self.window_changed.emit(change)

    def _extend(self, page: LoadedPage) -> None:
        request, items = page.request, list(page.items)
        expected = self._pending.pop(request.kind, None)
        older = request.kind is PageKind.OLDER
        edge = self._items[0] if older else self._items[-1]
        if expected != request.anchor or self._anchor(edge) != request.anchor:
            return  # the window moved since this page was asked for
        if len(items) < request.limit:
            if older:
                self._at_oldest = True
            else:
                self._at_newest = True
        if not items:
            return
        self.window_about_to_change.emit()
        if older:
            self.beginInsertRows(QModelIndex(), 0, len(items) - 1)
            self._items[:0] = items
            self.endInsertRows()
            first_before = self.index(len(items))
            self.dataChanged.emit(first_before, first_before, [DayHeaderRole])
        else:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()
        self._trim(keep_start=older)
        self.window_changed.emit(WindowChange(Placement.KEEP, replaced=False))

    def _trim(self, keep_start: bool) -> None:
        excess = len(self._items) - WINDOW_CAP
        if excess <= 0:
            return
        if keep_start:
            self.beginRemoveRows(QModelIndex(), WINDOW_CAP, len(self._items) - 1)
            del self._items[WINDOW_CAP:]
            self.endRemoveRows()
            self._at_newest = False
        else:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._items[:excess]
            self.endRemoveRows()
            self._at_oldest = False
            first = self.index(0)
            self.dataChanged.emit(first, first, [DayHeaderRole])

    # -- highlight and expansion -------------------------------------------------------------

    def highlight(self, message_id: int) -> None:
        """Highlight a message of the window for a few seconds."""
        self.clear_highlight()
        self._highlight = message_id
        self._emit_changed(message_id, HighlightRole)
        self._highlight_timer.start()

    @Slot()
    def clear_highlight(self) -> None:
        self._highlight_timer.stop()
        previous, self._highlight = self._highlight, None
        if previous is not None:
            self._emit_changed(previous, HighlightRole)

    @property
    def highlighted(self) -> int | None:
        return self._highlight

    def toggle_expanded(self, row: int) -> None:
        message_id = self._items[row].id
        self._expanded ^= {message_id}
        self._emit_changed(message_id, ExpandedRole)

    def _emit_changed(self, message_id: int, role: int) -> None:
        row = self.row_of(message_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [role])
