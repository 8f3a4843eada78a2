"""Search hits as a Qt list model that asks for its next page when a view scrolls to the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from wecom_desktop.store.search_results import SearchHit
from wecom_desktop.ui.time_labels import full_time

_ROLE = Qt.ItemDataRole.UserRole
HitRole = _ROLE + 1  # the SearchHit
MessageIdRole = _ROLE + 2
ConversationIdRole = _ROLE + 3


class SearchResultsModel(QAbstractListModel):
    """The hits loaded so far; `more_wanted` asks the owner for the next page."""

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.more_available = False  # the search has more pages
        self.fetching = False  # a page was asked for and has not arrived

    def clear(self) -> None:
        self.beginResetModel()
        self.hits = []
        self.more_available = False
        self.fetching = False
        self.endResetModel()

    def append(self, hits: list[SearchHit], more_available: bool) -> None:
        self.fetching = False
        self.more_available = more_available
        if hits:
            start = len(self.hits)
            self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
            self.hits.extend(hits)
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.more_available and not self.fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HitRole:
            return hit
        if role == MessageIdRole:
            return hit.message_id
        if role == ConversationIdRole:
            return hit.conversation_id
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.snippet.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.conversation_title}\n{hit.sender_name} · {full_time(hit.msgtime)}\n{hit.summary}"
        return None
