"""The conversation list as a Qt item model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt

from wecom_desktop.store.queries import ConversationSummary

ConversationIdRole = Qt.ItemDataRole.UserRole + 1


class ConversationListModel(QAbstractListModel):
    """Conversations, most recently active first."""

    def __init__(self, conversations: list[ConversationSummary]) -> None:
        super().__init__()
        self._rows = conversations

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = ""
            if row.last_msgtime is not None:
                when = QDateTime.fromMSecsSinceEpoch(row.last_msgtime).toString("yyyy-MM-dd HH:mm")
            return f"{row.title}\n{when}  {row.last_summary}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == ConversationIdRole:
            return row.id
        return None
