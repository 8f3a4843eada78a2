"""The conversation list on the left of the main window: filter box, order, list, count."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.ui.conversation_list_delegate import ConversationDelegate
from wecom_desktop.ui.conversation_list_model import ConversationIdRole, ConversationListModel
from wecom_desktop.ui.conversation_sort_filter import ConversationFilterModel, ConversationOrder


class ConversationPanel(QWidget):
    """Lists an archive's conversations; reports the one the user picks."""

    conversation_selected = Signal(int)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConversationListModel(engine, self)
        self.proxy = ConversationFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("conversationFilter")
        self.filter_edit.setPlaceholderText(self.tr("筛选会话"))
        self.filter_edit.setClearButtonEnabled(True)
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("conversationOrder")
        self.order_combo.setToolTip(self.tr("排序方式"))
        for text, order in (
            (self.tr("最近活动"), ConversationOrder.ACTIVITY),
            (self.tr("名称"), ConversationOrder.TITLE),
            (self.tr("消息数"), ConversationOrder.MESSAGES),
        ):
            self.order_combo.addItem(text, order.value)

        self.view = QListView()
        self.view.setObjectName("conversationList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ConversationDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.count_label = QLabel()
        self.count_label.setObjectName("conversationCount")
        small = QFont(self.count_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.count_label.setFont(small)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a caption, not content

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.order_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._wanted: tuple[int, bool] | None = None  # a selection asked for before the list loaded
        self._notify = True
        self._reported: int | None = None  # the conversation last announced as selected
        self._scroll: int | None = None

        self.filter_edit.textChanged.connect(self.on_filter_changed)
        self.filter_edit.returnPressed.connect(self.on_filter_return)
        self.order_combo.currentIndexChanged.connect(self.on_order_changed)
        self.view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.model.loaded.connect(self.on_loaded)
        self.model.load_failed.connect(self.on_load_failed)
        self.count_label.setText(self.tr("正在读取会话…"))
        self.model.reload()

    # -- public ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the list (after a sync), keeping the selection and the scroll position."""
        self._scroll = self.view.verticalScrollBar().value()
        self.model.reload()

    def shutdown(self) -> None:
        self.model.shutdown()

    def select_conversation(self, conversation_id: int, notify: bool = True) -> None:
        """Select and show a conversation; `conversation_selected` follows if it changed and `notify`."""
        if not self.model.has_loaded:
            self._wanted = (conversation_id, notify)
            return
        row = self.model.row_of(conversation_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        self._notify = notify
        try:
            self.view.setCurrentIndex(index)
        finally:
            self._notify = True
        self.view.scrollTo(index)

    def current_conversation_id(self) -> int | None:
        value = self.view.currentIndex().data(ConversationIdRole)
        return value if isinstance(value, int) else None

    # -- slots ----------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        conversation_id = current.data(ConversationIdRole)
        if not isinstance(conversation_id, int) or conversation_id == self._reported:
            return
        self._reported = conversation_id
        if self._notify:
            self.conversation_selected.emit(conversation_id)

    @Slot(str)
    def on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if not self.view.currentIndex().isValid() and self._reported is not None:
            # The selected conversation is back in view after the filter was widened.
            row = self.model.row_of(self._reported)
            index = self.proxy.mapFromSource(self.model.index(row)) if row is not None else QModelIndex()
            if index.isValid():
                self.view.setCurrentIndex(index)
        self._show_count()

    @Slot()
    def on_filter_return(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()

    @Slot(int)
    def on_order_changed(self, position: int) -> None:
        self.proxy.set_order(ConversationOrder(self.order_combo.itemData(position)))
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    @Slot(int)
    def on_loaded(self, _count: int) -> None:
        if self._scroll is not None:
            self.view.verticalScrollBar().setValue(self._scroll)
            self._scroll = None
        if self._wanted is not None:
            conversation_id, notify = self._wanted
            self._wanted = None
            self.select_conversation(conversation_id, notify)
        self._show_count()

    @Slot(str)
    def on_load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("无法读取会话：{error}").format(error=message))

    def _show_count(self) -> None:
        if not self.model.has_loaded:
            return
        locale = QLocale()
        total = locale.toString(self.model.rowCount())
        if self.proxy.filtering:
            text = self.tr("显示 {shown} 个，共 {n} 个会话").format(
                shown=locale.toString(self.proxy.rowCount()), n=total
            )
        else:
            text = self.tr("共 {n} 个会话").format(n=total)
        self.count_label.setText(text)
