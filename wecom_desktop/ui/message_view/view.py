"""The threaded message view: a paged list of bubbles that keeps the reader's place."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QStackedLayout,
    QStyleOptionViewItem,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.core.file_names import runs_programs, saving_name
from wecom_desktop.core.formatting import one_line
from wecom_desktop.ui.message_view.delegate import MessageDelegate
from wecom_desktop.ui.message_view.file_copier import FileCopier
from wecom_desktop.ui.message_view.items import ItemKind, MessageItem
from wecom_desktop.ui.message_view.loader import PageLoader
from wecom_desktop.ui.message_view.model import (
    MessageIdRole,
    MessageItemRole,
    MessageListModel,
    Placement,
    WindowChange,
)
from wecom_desktop.ui.message_view.raw_json_dialog import RawJsonDialog
from wecom_desktop.ui.message_view.thumbnails import ThumbnailCache

SEARCH_TEXT_LIMIT = 40  # characters of a message's text that "show in search results" searches for
_BOTTOM_SLACK = 4  # pixels from the end that still count as "at the bottom"


class MessageListView(QListView):
    """The list itself: Home/End jumps, Ctrl+C, and a hand cursor over what can be clicked."""

    jump_requested = Signal(bool)  # True: to the oldest message, False: to the newest
    copy_requested = Signal()

    def __init__(self, delegate: MessageDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep_bottom = False  # set before anything makes Qt call doItemsLayout
        self.message_delegate = delegate
        self.setObjectName("messageView")
        self.setItemDelegate(delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)  # the window is capped; sizes are cached
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A scroll bar that came and went would change the width every row is laid out at.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)

    def option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.jump_requested.emit(event.key() == Qt.Key.Key_Home)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        bar = self.verticalScrollBar()
        at_bottom = bar.maximum() > 0 and bar.value() >= bar.maximum() - _BOTTOM_SLACK
        super().resizeEvent(event)
        if self.message_delegate.set_width(self.viewport().width()):
            # QListView lays a top-to-bottom list out again only when its height changes.
            self._keep_bottom = self._keep_bottom or at_bottom
            self.scheduleDelayedItemsLayout()

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        if self._keep_bottom:
            self._keep_bottom = False
            self.scrollToBottom()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        point = event.position().toPoint()
        index = self.indexAt(point)
        clickable = (
            index.isValid() and self.message_delegate.hit(self.option_for(index), index, point) is not None
        )
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )


class MessageView(QWidget):
    """One conversation's messages, read page by page off the GUI thread."""

    first_page_shown = Signal(int)  # a newly opened conversation's first page is laid out
    search_requested = Signal(str)  # "show in search results": the text to search for

    def __init__(self, engine: Engine, media_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = PageLoader(engine, media_root, self)
        self.thumbnails = ThumbnailCache(self)
        self.copier = FileCopier(self)
        self.model = MessageListModel(self.loader, self)
        self.delegate = MessageDelegate(self.thumbnails, self)
        self.list = MessageListView(self.delegate)
        self.list.setModel(self.model)
        self.empty = QLabel()
        self.empty.setObjectName("messageViewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self._anchor: tuple[int, int] | None = None  # top visible message id, its bottom edge
        self._restoring = False
        self._failure = ""
        self.model.window_about_to_change.connect(self.on_model_window_about_to_change)
        self.model.window_changed.connect(self.on_model_window_changed)
        self.model.load_failed.connect(self.on_model_load_failed)
        self.list.verticalScrollBar().valueChanged.connect(self.check_edges)
        self.list.jump_requested.connect(self.on_list_jump_requested)
        self.list.copy_requested.connect(self.copy_selected_text)
        self.list.customContextMenuRequested.connect(self.on_list_context_menu)
        self.delegate.link_activated.connect(self.on_delegate_link_activated)
        self.delegate.file_action.connect(self.on_delegate_file_action)
        self.thumbnails.ready.connect(self.list.viewport().update)
        self.copier.finished.connect(self.on_copier_finished)
        self._show_state()

    # -- public API --------------------------------------------------------------------------

    @property
    def current_conversation_id(self) -> int | None:
        return self.model.conversation_id

    @property
    def self_side_senders(self) -> frozenset[str]:
        """Senders whose bubbles sit on the right (the archive owner's side, when known)."""
        return self.delegate.self_side_senders

    @self_side_senders.setter
    def self_side_senders(self, senders: set[str] | frozenset[str]) -> None:
        self.delegate.self_side_senders = senders
        self.list.doItemsLayout()

    def open_conversation(self, conversation_id: int | None) -> None:
        self._failure = ""
        self.model.open(conversation_id)
        self._show_state()

    def show_message(self, conversation_id: int, message_id: int) -> None:
        """Open `conversation_id` scrolled to `message_id`, highlighted."""
        self._failure = ""
        row = self.model.row_of(message_id) if conversation_id == self.current_conversation_id else None
        if row is None or self.model.loading:
            self.model.show_message(conversation_id, message_id)
            self._show_state()
            return
        index = self.model.index(row)
        self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.list.setCurrentIndex(index)
        self.model.highlight(message_id)

    def refresh(self) -> None:
        """Read the conversation again (after a sync), keeping the reader's place: at the bottom
        new messages appear, elsewhere the message at the top stays where it is."""
        if self.current_conversation_id is None or self.model.loading:
            return
        anchor = self._top_anchor()
        self.model.reload(None if self.at_bottom() or anchor is None else anchor[0])

    def jump_to_oldest(self) -> None:
        if self.model.at_oldest and not self.model.loading:
            self.list.scrollToTop()
        else:
            self.model.jump_to_oldest()

    def jump_to_newest(self) -> None:
        if self.model.at_newest and not self.model.loading:
            self.list.scrollToBottom()
        else:
            self.model.jump_to_newest()

    def at_bottom(self) -> bool:
        bar = self.list.verticalScrollBar()
        return self.model.at_newest and bar.value() >= bar.maximum() - _BOTTOM_SLACK

    def shutdown(self) -> None:
        self.loader.shutdown()
        self.thumbnails.shutdown()
        self.copier.shutdown()

    # -- keeping the place -------------------------------------------------------------------

    def _top_anchor(self) -> tuple[int, int] | None:
        index = self.list.indexAt(QPoint(1, 1))
        if not index.isValid():
            return None
        return int(index.data(MessageIdRole)), self.list.visualRect(index).bottom()

    @Slot()
    def on_model_window_about_to_change(self) -> None:
        self._anchor = self._top_anchor()

    @Slot(object)
    def on_model_window_changed(self, change: WindowChange) -> None:
        self._restoring = True
        try:
            if change.replaced:
                self.delegate.clear_caches()
            self._show_state()
            self.list.doItemsLayout()
            self._place(change)
        finally:
            self._restoring = False
        conversation = self.current_conversation_id
        if change.opened and conversation is not None:
            self.first_page_shown.emit(conversation)
        # Let the view settle before asking for more (a window shorter than the viewport).
        QTimer.singleShot(0, self, self.check_edges)  # dropped if the view is gone by then

    def _place(self, change: WindowChange) -> None:
        placement, anchor = change.placement, self._anchor
        if placement is Placement.KEEP and anchor is not None:
            row = self.model.row_of(anchor[0])
            if row is not None:
                bar = self.list.verticalScrollBar()
                bar.setValue(bar.value() + self.list.visualRect(self.model.index(row)).bottom() - anchor[1])
                return
        if placement is Placement.CENTER and change.message_id is not None:
            row = self.model.row_of(change.message_id)
            if row is not None:
                index = self.model.index(row)
                self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                self.list.setCurrentIndex(index)
                return
        if placement is Placement.TOP:
            self.list.scrollToTop()
        else:
            self.list.scrollToBottom()

    @Slot()
    def check_edges(self) -> None:
        """Near the top, read the older page; near the bottom, the newer one."""
        if self._restoring or self.current_conversation_id is None:
            return
        bar = self.list.verticalScrollBar()
        margin = self.list.viewport().height()
        if bar.value() <= margin:
            self.model.load_older()
        if bar.value() >= bar.maximum() - margin:
            self.model.load_newer()

    @Slot(str)
    def on_model_load_failed(self, reason: str) -> None:
        self._failure = reason
        self._show_state()

    def _show_state(self) -> None:
        text = ""
        if self._failure:
            text = self.tr("无法读取消息：{reason}").format(reason=self._failure)
        elif self.current_conversation_id is None:
            text = self.tr("选择一个会话以查看消息")
        elif self.model.rowCount() == 0:
            text = self.tr("正在加载…") if self.model.loading else self.tr("这个会话没有消息")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty if text else self.list)

    # -- commands ----------------------------------------------------------------------------

    @Slot(bool)
    def on_list_jump_requested(self, oldest: bool) -> None:
        if oldest:
            self.jump_to_oldest()
        else:
            self.jump_to_newest()

    def selected_item(self) -> MessageItem | None:
        index = self.list.currentIndex()
        return index.data(MessageItemRole) if index.isValid() else None

    @Slot()
    def copy_selected_text(self) -> None:
        item = self.selected_item()
        if item is not None:
            QGuiApplication.clipboard().setText(item.copy_text)

    def context_menu(self, item: MessageItem) -> QMenu:
        menu = QMenu(self)
        clipboard = QGuiApplication.clipboard()
        copy_text = menu.addAction(self.tr("复制文本"), lambda: clipboard.setText(item.copy_text))
        copy_text.setObjectName("copyTextAction")
        copy_text.setEnabled(bool(item.copy_text))
        menu.addAction(self.tr("复制消息 ID"), lambda: clipboard.setText(item.msgid)).setObjectName(
            "copyMsgidAction"
        )
        menu.addAction(self.tr("查看原始 JSON"), lambda: self.show_raw_json(item)).setObjectName(
            "rawJsonAction"
        )
        search = menu.addAction(
            self.tr("在搜索结果中显示"), lambda: self.search_requested.emit(search_text(item))
        )
        search.setObjectName("searchAction")
        if item.files:
            menu.addSeparator()
        for file in item.files:
            opened = menu.addAction(self.tr("打开文件"), partial(self.open_file, file.path))
            saved = menu.addAction(self.tr("另存为…"), partial(self.save_copy, file.path, file.name))
            opened.setObjectName("openFileAction")
            saved.setObjectName("saveFileAction")
            if len(item.files) > 1:
                name = one_line(file.name, SEARCH_TEXT_LIMIT)
                opened.setText(self.tr("打开文件 {name}").format(name=name))
                saved.setText(self.tr("另存为… {name}").format(name=name))
        return menu

    @Slot(QPoint)
    def on_list_context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = self.context_menu(index.data(MessageItemRole))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(point))

    def show_raw_json(self, item: MessageItem) -> RawJsonDialog:
        dialog = RawJsonDialog(self.loader, item.id, item.msgid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot(QUrl)
    def on_delegate_link_activated(self, url: QUrl) -> None:
        self.open_external(url)

    @Slot(int, str, str)
    def on_delegate_file_action(self, message_id: int, path: str, action: str) -> None:
        if action == "save":
            self.save_copy(path, Path(path).name)
        else:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Open a downloaded file with the desktop's program for it; a type that runs programs
        (its extension is the sender's choice) only once the user confirms."""
        if runs_programs(path) and not self.confirm_running(Path(path).suffix):
            return
        self.open_external(QUrl.fromLocalFile(path))

    def save_copy(self, path: str, name: str) -> None:
        target = self.ask_save_path(saving_name(name, Path(path).name))
        if not target:
            return
        self.copier.copy(path, target)

    @Slot(str, str)
    def on_copier_finished(self, target: str, error: str) -> None:
        if error:
            self.show_error(self.tr("无法保存文件 {path}：{reason}").format(path=target, reason=error))

    # -- the seams to the desktop (replaced in tests) ---------------------------------------

    def open_external(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def ask_save_path(self, name: str) -> str:
        return QFileDialog.getSaveFileName(self, self.tr("另存为"), str(Path.home() / name))[0]

    def confirm_running(self, extension: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("打开文件"),
            self.tr(
                "这个文件的类型（{extension}）打开时会运行程序。它来自聊天记录，可能不安全。\n"
                "如只需留存或查看，请使用“另存为…”。仍要打开吗？"
            ).format(extension=extension),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("消息"), text)


def search_text(item: MessageItem) -> str:
    """What "show in search results" looks for: the start of the message's text, else its msgid."""
    if item.kind is ItemKind.BUBBLE and item.copy_text:
        return one_line(item.copy_text.split("\n", 1)[0], SEARCH_TEXT_LIMIT).rstrip("…")
    return item.msgid
