"""Sizing, painting and clicks of message rows; row layouts are cached per message and width."""

from __future__ import annotations

import enum
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from wecom_desktop.ui.message_view.blocks import CardBlock, LocalFile, PictureBlock, RecordBlock
from wecom_desktop.ui.message_view.items import MessageItem
from wecom_desktop.ui.message_view.model import (
    DayHeaderRole,
    ExpandedRole,
    HighlightRole,
    MessageItemRole,
    MessageListModel,
)
from wecom_desktop.ui.message_view.row_layout import RowFonts, RowLayout, row_layout
from wecom_desktop.ui.message_view.row_painter import RowColors, RowPainter, RowState
from wecom_desktop.ui.message_view.thumbnails import ThumbnailCache

LAYOUTS_KEPT = 800  # full layouts (with their text documents)
HEIGHTS_KEPT = 20_000  # row heights: every row of the window, and rows trimmed from it since


class HitKind(enum.Enum):
    LINK = "link"
    FILE = "file"
    TOGGLE = "toggle"


@dataclass(frozen=True, slots=True)
class Hit:
    kind: HitKind
    url: str = ""
    file: LocalFile | None = None


_LayoutKey = tuple[int, bool, bool]  # message id, day header above, expanded


class MessageDelegate(QStyledItemDelegate):
    """Draws each message as its bubble (or line) and turns clicks on links, files and chat
    records into signals."""

    link_activated = Signal(QUrl)  # a link in a message was clicked
    file_action = Signal(int, str, str)  # message id, the downloaded file's path, "open" | "save"

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._self_side: frozenset[str] = frozenset()
        self._width = 0
        self._fonts: tuple[str, RowFonts] | None = None
        self._painter: tuple[tuple[str, int], RowPainter] | None = None
        self._layouts: OrderedDict[_LayoutKey, RowLayout] = OrderedDict()
        self._heights: dict[_LayoutKey, int] = {}

    # -- configuration -----------------------------------------------------------------------

    @property
    def self_side_senders(self) -> frozenset[str]:
        return self._self_side

    @self_side_senders.setter
    def self_side_senders(self, senders: set[str] | frozenset[str]) -> None:
        self._self_side = frozenset(senders)
        self.clear_caches()

    def set_width(self, width: int) -> bool:
        """The width rows are laid out at (the viewport's); True when it changed."""
        if width == self._width:
            return False
        self._width = width
        self.clear_caches()
        return True

    def clear_caches(self) -> None:
        self._layouts.clear()
        self._heights.clear()

    # -- layout ------------------------------------------------------------------------------

    def _row_fonts(self, option: QStyleOptionViewItem) -> RowFonts:
        key = option.font.key()
        if self._fonts is None or self._fonts[0] != key:
            self._fonts = (key, RowFonts(option.font))
            self.clear_caches()
        return self._fonts[1]

    def layout_for(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[MessageItem, RowLayout]:
        item: MessageItem = index.data(MessageItemRole)
        key = (item.id, bool(index.data(DayHeaderRole)), bool(index.data(ExpandedRole)))
        fonts = self._row_fonts(option)
        layout = self._layouts.get(key)
        if layout is None:
            width = self._width or option.rect.width()
            layout = row_layout(item, fonts, width, key[1], key[2], item.sender in self._self_side)
            self._layouts[key] = layout
            if len(self._heights) >= HEIGHTS_KEPT:
                self._heights.clear()
            self._heights[key] = layout.height
            if len(self._layouts) > LAYOUTS_KEPT:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return item, layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = index.data(MessageItemRole)
        if item is None:
            return QSize(0, 0)
        height = self._heights.get((item.id, bool(index.data(DayHeaderRole)), bool(index.data(ExpandedRole))))
        if height is None:
            height = self.layout_for(option, index)[1].height
        return QSize(self._width or option.rect.width(), height)

    # -- painting ----------------------------------------------------------------------------

    def _row_painter(self, option: QStyleOptionViewItem) -> RowPainter:
        fonts = self._row_fonts(option)
        palette = option.palette
        key = (option.font.key(), palette.cacheKey())
        if self._painter is None or self._painter[0] != key:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            self._painter = (key, RowPainter(fonts, RowColors.of(palette), palette, icon))
        return self._painter[1]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item, layout = self.layout_for(option, index)
        state = RowState(
            selected=bool(option.state & QStyle.StateFlag.State_Selected),
            highlighted=bool(index.data(HighlightRole)),
            expanded=bool(index.data(ExpandedRole)),
        )
        self._row_painter(option).paint(painter, option.rect, item, layout, state, self._thumbnail)

    def _thumbnail(self, path: str) -> QPixmap | None:
        return self.thumbnails.get(path)

    # -- clicks ------------------------------------------------------------------------------

    def hit(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, point: QPoint
    ) -> Hit | None:
        """What a click at `point` (viewport coordinates) on the row of `index` would do."""
        _, layout = self.layout_for(option, index)
        inside = point - option.rect.topLeft()
        for placed in layout.blocks:
            if not placed.rect.contains(inside):
                continue
            block = placed.block
            if placed.document is not None:
                local = QPointF(inside - placed.rect.topLeft())
                anchor = placed.document.documentLayout().anchorAt(local)
                return Hit(HitKind.LINK, url=anchor) if anchor else None
            if isinstance(block, CardBlock) and block.url:
                return Hit(HitKind.LINK, url=block.url)
            if isinstance(block, CardBlock | PictureBlock) and block.file is not None:
                return Hit(HitKind.FILE, file=block.file)
            if isinstance(block, RecordBlock) and placed.toggles:
                return Hit(HitKind.TOGGLE)
        return None

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() != QEvent.Type.MouseButtonRelease
            or not isinstance(event, QMouseEvent)
            or event.button() != Qt.MouseButton.LeftButton
        ):
            return super().editorEvent(event, model, option, index)
        found = self.hit(option, index, event.position().toPoint())
        if found is None:
            return False
        item: MessageItem = index.data(MessageItemRole)
        if found.kind is HitKind.LINK:
            self.link_activated.emit(QUrl(found.url))
        elif found.kind is HitKind.FILE and found.file is not None:
            self.file_action.emit(item.id, found.file.path, "open")
        elif isinstance(model, MessageListModel):
            model.toggle_expanded(index.row())
            self.sizeHintChanged.emit(model.index(index.row(), 0))
        return True

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        found = self.hit(option, index, event.pos()) if index.isValid() else None
        if found is not None and found.kind is HitKind.LINK:
            QToolTip.showText(event.globalPos(), found.url, view)
            return True
        QToolTip.hideText()
        return True

    # -- the read-only editor that makes text selectable -------------------------------------

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        item: MessageItem = index.data(MessageItemRole)
        editor = QPlainTextEdit(parent)
        editor.setObjectName("messageTextSelector")
        editor.setReadOnly(True)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setPlainText(item.copy_text)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        pass  # the text is set when the editor is made; nothing in it can change

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        pass  # read-only

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        _, layout = self.layout_for(option, index)
        bubble = layout.bubble if layout.bubble is not None else layout.line
        if bubble is not None:
            editor.setGeometry(bubble.translated(option.rect.topLeft()))
