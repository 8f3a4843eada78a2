"""Painting one row of the message view from its layout, in colours taken from the palette so
that light and dark themes both read well."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from wecom_desktop.ui.avatar import avatar_colour, avatar_letter
from wecom_desktop.ui.message_view.blocks import CardBlock, NoticeBlock, PictureBlock, RecordBlock
from wecom_desktop.ui.message_view.items import ItemKind, MessageItem
from wecom_desktop.ui.message_view.row_layout import (
    ICON,
    TILE,
    WRAP,
    PlacedBlock,
    RowFonts,
    RowLayout,
    card_text_width,
    text_height,
    wrap_flags,
)

Thumbnail = Callable[[str], QPixmap | None]  # a loaded thumbnail of a file, or None (yet)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


@dataclass(frozen=True)
class RowColors:
    text: QColor
    secondary: QColor
    bubble: QColor
    own_bubble: QColor
    inset: QColor  # a card's or placeholder's background inside a bubble
    pill: QColor
    link: QColor
    warning: QColor
    highlight: QColor
    selection: QColor

    @classmethod
    def of(cls, palette: QPalette) -> RowColors:
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightnessF() < 0.5
        bubble = mix(base, text, 0.10 if dark else 0.06)
        highlight = QColor(accent)
        highlight.setAlphaF(0.22)
        return cls(
            text=text,
            secondary=mix(text, base, 0.45),
            bubble=bubble,
            own_bubble=mix(base, accent, 0.30 if dark else 0.20),
            inset=mix(bubble, text, 0.05),
            pill=mix(base, text, 0.08),
            link=palette.color(QPalette.ColorRole.Link),
            warning=QColor("#e67e22") if dark else QColor("#b9500f"),
            highlight=highlight,
            selection=accent,
        )


@dataclass(frozen=True)
class RowState:
    selected: bool
    highlighted: bool
    expanded: bool


class RowPainter:
    """Draws rows with one set of fonts and colours."""

    def __init__(self, fonts: RowFonts, colors: RowColors, palette: QPalette, warning_icon: QPixmap) -> None:
        self.fonts, self.colors, self.warning_icon = fonts, colors, warning_icon
        self.text_context = QAbstractTextDocumentLayout.PaintContext()
        text_palette = QPalette(palette)  # a copy: the view's option (and its palette) is temporary
        text_palette.setColor(QPalette.ColorRole.Text, colors.text)
        self.text_context.palette = text_palette

    def paint(
        self,
        painter: QPainter,
        row: QRect,
        item: MessageItem,
        layout: RowLayout,
        state: RowState,
        thumbnail: Thumbnail,
    ) -> None:
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if state.highlighted:
                painter.fillRect(row, self.colors.highlight)
            painter.translate(row.topLeft())
            if layout.header is not None:
                self._pill(painter, layout.header, self.colors.pill)
                painter.setFont(self.fonts.small)
                painter.setPen(self.colors.secondary)
                painter.drawText(layout.header, _CENTER, item.day_text)
            if item.kind is ItemKind.BUBBLE:
                self._bubble(painter, item, layout, state, thumbnail)
            else:
                self._line(painter, item, layout)
        finally:
            painter.restore()

    def _pill(self, painter: QPainter, rect: QRect, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        radius = min(rect.height() / 2, 10)
        painter.drawRoundedRect(rect, radius, radius)

    def _line(self, painter: QPainter, item: MessageItem, layout: RowLayout) -> None:
        assert layout.line is not None and layout.line_text is not None
        warning = item.kind is ItemKind.WARNING
        fill = QColor(self.colors.warning)
        fill.setAlphaF(0.16)
        self._pill(painter, layout.line, fill if warning else self.colors.pill)
        if warning:
            icon_top = layout.line_text.top() + (layout.line_text.height() - ICON) // 2
            painter.drawPixmap(
                QRect(layout.line_text.left() - ICON - 6, icon_top, ICON, ICON), self.warning_icon
            )
        painter.setFont(self.fonts.small)
        painter.setPen(self.colors.text if warning else self.colors.secondary)
        painter.drawText(layout.line_text, WRAP | Qt.AlignmentFlag.AlignHCenter, item.line)

    def _bubble(
        self, painter: QPainter, item: MessageItem, layout: RowLayout, state: RowState, thumbnail: Thumbnail
    ) -> None:
        assert layout.avatar is not None and layout.name is not None and layout.bubble is not None
        fonts, colors = self.fonts, self.colors
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(avatar_colour(item.sender))
        painter.drawEllipse(layout.avatar)
        painter.setFont(fonts.bold)
        painter.setPen(QColor("white"))
        painter.drawText(layout.avatar, _CENTER, avatar_letter(item.sender_name))
        name = fonts.bold_metrics.elidedText(
            item.sender_name, Qt.TextElideMode.ElideRight, layout.name.width() // 2
        )
        name_width = fonts.bold_metrics.horizontalAdvance(name)
        time_rect = QRect(layout.name)
        painter.setPen(colors.text)
        if layout.right:
            painter.drawText(layout.name, _RIGHT, name)
            time_rect.setRight(layout.name.right() - name_width - 8)
            time_align = _RIGHT
        else:
            painter.drawText(layout.name, _LEFT, name)
            time_rect.setLeft(layout.name.left() + name_width + 8)
            time_align = _LEFT
        painter.setFont(fonts.small)
        painter.setPen(colors.secondary)
        painter.drawText(time_rect, time_align, item.time_text)
        painter.setBrush(colors.own_bubble if layout.right else colors.bubble)
        painter.setPen(QPen(colors.selection, 1.5) if state.selected else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(layout.bubble, 8, 8)
        if item.revoked:
            painter.setOpacity(0.6)
        for placed in layout.blocks:
            self._block(painter, placed, item, state, thumbnail)
        painter.setOpacity(1.0)
        if layout.revoked is not None:
            painter.setFont(fonts.small)
            painter.setPen(colors.secondary)
            painter.drawText(layout.revoked, _LEFT, item.revoked_text)

    def _block(
        self, painter: QPainter, placed: PlacedBlock, item: MessageItem, state: RowState, thumbnail: Thumbnail
    ) -> None:
        block = placed.block
        if placed.document is not None:
            painter.save()
            painter.translate(placed.rect.topLeft())
            placed.document.documentLayout().draw(painter, self.text_context)
            painter.restore()
        elif isinstance(block, CardBlock):
            self._card(painter, placed.rect, block, item.revoked)
        elif isinstance(block, PictureBlock):
            self._picture(painter, placed.rect, block, thumbnail)
        elif isinstance(block, RecordBlock):
            self._record(painter, placed, block, state.expanded, item.revoked)
        elif isinstance(block, NoticeBlock):
            rect = placed.rect
            painter.drawPixmap(QRect(rect.left(), rect.top(), ICON, ICON), self.warning_icon)
            painter.setFont(self.fonts.small)
            painter.setPen(self.colors.warning)
            painter.drawText(rect.adjusted(ICON + 6, 0, 0, 0), WRAP, block.text)

    def _font(self, font: QFont, struck: bool) -> QFont:
        return self.fonts.struck(font) if struck else font

    def _card(self, painter: QPainter, rect: QRect, card: CardBlock, struck: bool) -> None:
        fonts, colors = self.fonts, self.colors
        tile = QRect(rect.left(), rect.top(), TILE, TILE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(card.accent))
        painter.drawRoundedRect(tile, 6, 6)
        painter.setFont(fonts.bold)
        painter.setPen(QColor("white"))
        painter.drawText(tile, _CENTER, card.icon)
        text_x, text_width = rect.left() + TILE + 10, card_text_width(rect.width())
        title_height = text_height(fonts.bold_metrics, text_width, card.title or " ")
        painter.setFont(self._font(fonts.bold, struck))
        painter.setPen(colors.text)
        flags = wrap_flags(fonts.bold_metrics, text_width, card.title)
        painter.drawText(QRect(text_x, rect.top(), text_width, title_height), flags, card.title)
        painter.setFont(self._font(fonts.small, struck))
        painter.setPen(colors.secondary)
        y, step = rect.top() + title_height, fonts.small_metrics.lineSpacing()
        for line in card.lines:
            shown = fonts.small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_width)
            painter.drawText(QRect(text_x, y, text_width, step), _LEFT, shown)
            y += step
        if card.caption:
            caption_height = fonts.small_metrics.height()
            caption = QRect(rect.left(), rect.bottom() + 1 - caption_height, rect.width(), caption_height)
            painter.setPen(QPen(colors.pill, 1))
            painter.drawLine(rect.left(), caption.top() - 3, rect.right(), caption.top() - 3)
            painter.setFont(fonts.small)
            painter.setPen(colors.link if card.url or card.file else colors.secondary)
            painter.drawText(caption, _LEFT, card.caption)

    def _picture(self, painter: QPainter, rect: QRect, picture: PictureBlock, thumbnail: Thumbnail) -> None:
        pixmap = thumbnail(picture.path) if picture.path else None
        if pixmap is not None and not pixmap.isNull():
            painter.drawPixmap(rect, pixmap)
            return
        painter.setBrush(self.colors.inset)
        painter.setPen(QPen(self.colors.secondary, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
        if picture.path is None or pixmap is not None:  # not downloaded, or unreadable
            text = (
                picture.placeholder
                if picture.path is None
                else QCoreApplication.translate("MessageView", "无法显示图片")
            )
            painter.setFont(self.fonts.small)
            painter.setPen(self.colors.secondary)
            painter.drawText(rect.adjusted(6, 6, -6, -6), _CENTER | WRAP, text)

    def _record(
        self, painter: QPainter, placed: PlacedBlock, record: RecordBlock, expanded: bool, struck: bool
    ) -> None:
        fonts, colors, rect = self.fonts, self.colors, placed.rect
        painter.setFont(self._font(fonts.bold, struck))
        painter.setPen(colors.text)
        title_height = fonts.bold_metrics.height()
        title = fonts.bold_metrics.elidedText(record.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height), _LEFT, title)
        y, step = rect.top() + title_height + 6, fonts.small_metrics.lineSpacing()
        painter.setPen(QPen(colors.pill, 1))
        painter.drawLine(rect.left(), y - 3, rect.right(), y - 3)
        painter.setFont(self._font(fonts.small, struck))
        time_width = max((fonts.small_metrics.horizontalAdvance(e.time) for e in record.entries), default=0)
        for entry in record.entries[: placed.entries_shown]:
            painter.setPen(colors.secondary)
            painter.drawText(QRect(rect.left(), y, time_width, step), _LEFT, entry.time)
            left = rect.left() + time_width + (8 if time_width else 0)
            summary = fonts.small_metrics.elidedText(
                entry.summary, Qt.TextElideMode.ElideRight, rect.right() - left
            )
            painter.setPen(colors.text)
            painter.drawText(QRect(left, y, rect.right() - left, step), _LEFT, summary)
            y += step
        footer_height = fonts.small_metrics.height()
        footer = QRect(rect.left(), rect.bottom() + 1 - footer_height, rect.width(), footer_height)
        painter.setPen(QPen(colors.pill, 1))
        painter.drawLine(rect.left(), footer.top() - 3, rect.right(), footer.top() - 3)
        painter.setFont(fonts.small)
        if placed.toggles:
            painter.setPen(colors.link)
            label = (
                QCoreApplication.translate("MessageView", "收起")
                if expanded
                else QCoreApplication.translate("MessageView", "展开全部 {n} 条").format(
                    n=len(record.entries)
                )
            )
        else:
            painter.setPen(colors.secondary)
            label = QCoreApplication.translate("MessageView", "聊天记录")
        painter.drawText(footer, _LEFT, label)
