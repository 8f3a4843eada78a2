"""Filtering the conversation list by a substring of title or member names, and its orders."""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from wecom_desktop.core.search_text import normalize
from wecom_desktop.ui.conversation_list_model import (
    ActivityRole,
    FilterTextRole,
    MessageCountRole,
    TitleRole,
)


class ConversationOrder(enum.Enum):
    ACTIVITY = "activity"  # newest last message first
    TITLE = "title"
    MESSAGES = "messages"  # most messages first


_SORTING = {
    ConversationOrder.ACTIVITY: (ActivityRole, Qt.SortOrder.DescendingOrder),
    ConversationOrder.TITLE: (TitleRole, Qt.SortOrder.AscendingOrder),
    ConversationOrder.MESSAGES: (MessageCountRole, Qt.SortOrder.DescendingOrder),
}


class ConversationFilterModel(QSortFilterProxyModel):
    """Case- and width-insensitive substring filter; sorted by last activity unless told otherwise."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setDynamicSortFilter(True)
        self.setSortLocaleAware(True)
        self.set_order(ConversationOrder.ACTIVITY)

    def set_order(self, order: ConversationOrder) -> None:
        role, direction = _SORTING[order]
        self.setSortRole(role)
        self.sort(0, direction)

    def set_filter_text(self, text: str) -> None:
        needle = normalize(text).strip()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return bool(self._needle)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        text = source.data(source.index(source_row, 0, source_parent), FilterTextRole)
        return isinstance(text, str) and self._needle in text
