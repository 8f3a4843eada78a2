"""The conversation list as a Qt item model, loaded off the GUI thread and updated in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from sqlalchemy import Engine

from wecom_desktop.core.conversation import ConversationKind
from wecom_desktop.core.search_text import normalize
from wecom_desktop.store.queries import ConversationSummary, list_conversations
from wecom_desktop.ui.background_call import BackgroundCall
from wecom_desktop.ui.time_labels import full_time

_ROLE = Qt.ItemDataRole.UserRole
ConversationIdRole = _ROLE + 1
KindRole = _ROLE + 2
TitleRole = _ROLE + 3
MemberCountRole = _ROLE + 4
LastTimeRole = _ROLE + 5  # ms since the epoch, or None
SummaryRole = _ROLE + 6
ExternalRole = _ROLE + 7
MessageCountRole = _ROLE + 8
IsGroupRole = _ROLE + 9
FilterTextRole = _ROLE + 10  # normalised title and member names
ActivityRole = _ROLE + 11  # last time as a sortable number (no activity sorts last)

_TOOLTIP_NAMES = 20


class ConversationListModel(QAbstractListModel):
    """Every conversation of an archive; `reload()` re-reads them in a worker thread.

    Rows are updated by conversation id (changed rows in place, new rows appended), so views
    and proxies keep their selection and current item across a reload.
    """

    loaded = Signal(int)  # the number of conversations, after each completed load
    load_failed = Signal(str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._rows: list[ConversationSummary] = []
        self._filter_texts: list[str] = []
        self._row_of: dict[int, int] = {}
        self.has_loaded = False
        self._loader = BackgroundCall(lambda: list_conversations(engine, QCoreApplication.translate), self)
        self._loader.succeeded.connect(self.on_loaded)
        self._loader.failed.connect(self.load_failed)

    @property
    def loading(self) -> bool:
        return self._loader.running

    def reload(self) -> None:
        """Re-read the conversations in a worker thread (again, once a read in flight ends)."""
        self._loader.start()

    def shutdown(self) -> None:
        """Wait for a read in flight (one query: it cannot be interrupted)."""
        self._loader.wait()

    @Slot(object)
    def on_loaded(self, rows: list[ConversationSummary]) -> None:
        self.set_conversations(rows)
        self.has_loaded = True
        self.loaded.emit(len(rows))

    # -- rows -----------------------------------------------------------------------------------

    def set_conversations(self, rows: list[ConversationSummary]) -> None:
        """Replace the contents, row by row where a conversation stays."""
        fresh = {row.id: row for row in rows}
        for position in range(len(self._rows) - 1, -1, -1):
            if self._rows[position].id not in fresh:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                del self._filter_texts[position]
                self.endRemoveRows()
        kept = {row.id for row in self._rows}
        for position, row in enumerate(self._rows):
            self._rows[position] = fresh[row.id]
            self._filter_texts[position] = _filter_text(fresh[row.id])
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        added = [row for row in rows if row.id not in kept]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self._filter_texts.extend(_filter_text(row) for row in added)
            self.endInsertRows()
        self._row_of = {row.id: position for position, row in enumerate(self._rows)}

    def row_of(self, conversation_id: int) -> int | None:
        return self._row_of.get(conversation_id)

    def conversation(self, conversation_id: int) -> ConversationSummary | None:
        row = self._row_of.get(conversation_id)
        return None if row is None else self._rows[row]

    # -- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TitleRole):
            return row.title
        if role == ConversationIdRole:
            return row.id
        if role == ActivityRole:
            return row.last_msgtime if row.last_msgtime is not None else -1
        if role == LastTimeRole:
            return row.last_msgtime
        if role == SummaryRole:
            return row.last_summary
        if role == MemberCountRole:
            return row.member_count
        if role == MessageCountRole:
            return row.message_count
        if role == ExternalRole:
            return row.has_external
        if role == KindRole:
            return row.kind
        if role == IsGroupRole:
            return row.kind == ConversationKind.GROUP.value
        if role == FilterTextRole:
            return self._filter_texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: ConversationSummary) -> str:
        lines = [row.title]
        if row.kind == ConversationKind.GROUP.value:
            lines.append(
                self.tr("成员：{names}").format(names=listed_names(row.member_names, _TOOLTIP_NAMES))
            )
        lines.append(self.tr("{n} 条消息").format(n=row.message_count))
        if row.last_msgtime is not None:
            lines.append(self.tr("最后消息：{when}").format(when=full_time(row.last_msgtime)))
        return "\n".join(lines)


def listed_names(names: tuple[str, ...], limit: int) -> str:
    """The first `limit` names, "、"-separated, with "…" when there are more."""
    return "、".join(names[:limit]) + ("…" if len(names) > limit else "")


def _filter_text(row: ConversationSummary) -> str:
    return normalize("\n".join((row.title, *row.member_names)))
