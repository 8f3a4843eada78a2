"""The geometry of one row of the message view: an optional day header, then a bubble under
its sender's name, or a centred system or warning line.

Every rectangle is relative to the row's top-left corner. A layout is computed once per
(message, width, header, expanded) and kept by the delegate, so sizeHint and paint stay cheap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

from wecom_desktop.ui.message_view.blocks import (
    Block,
    CardBlock,
    NoticeBlock,
    PictureBlock,
    RecordBlock,
    TextBlock,
)
from wecom_desktop.ui.message_view.items import ItemKind, MessageItem

MARGIN = 12  # left and right of a row
AVATAR = 34
GAP = 8  # avatar to bubble
ROW_PAD = 6  # above and below a row's content
PAD_X, PAD_Y = 10, 8  # inside a bubble
BLOCK_GAP = 8
BUBBLE_SHARE = 0.65  # of the viewport width
CARD_WIDTH = 300
TILE = 38  # a card's icon tile
PICTURE_BOX = 220
PLACEHOLDER_BOX = 140  # a picture that was not downloaded
RECORD_PREVIEW = 3  # chat record entries shown while collapsed
LINE_SHARE = 0.8  # system lines wrap at this share of the width
ICON = 16
WRAP = Qt.TextFlag.TextWordWrap


class RowFonts:
    """The fonts a row uses, derived from the view's font."""

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        size = font.pointSizeF()
        if size > 0:
            self.small.setPointSizeF(max(size * 0.85, 7.0))
        else:
            self.small.setPixelSize(max(round(font.pixelSize() * 0.85), 9))
        self.metrics = QFontMetrics(self.base)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)

    def struck(self, font: QFont) -> QFont:
        copy = QFont(font)
        copy.setStrikeOut(True)
        return copy


@dataclass
class PlacedBlock:
    block: Block
    rect: QRect
    document: QTextDocument | None = None  # text blocks
    entries_shown: int = 0  # record blocks
    toggles: bool = False  # record blocks with more entries than the preview


@dataclass
class RowLayout:
    height: int
    right: bool = False
    header: QRect | None = None  # the day pill
    avatar: QRect | None = None
    name: QRect | None = None
    bubble: QRect | None = None
    blocks: list[PlacedBlock] = field(default_factory=list)
    revoked: QRect | None = None
    line: QRect | None = None  # the pill of a system or warning line
    line_text: QRect | None = None


# WeCom markdown names three font colours Qt does not know (it would paint them black, unreadable
# on a dark bubble); these mid tones read on light and dark backgrounds alike.
_WECOM_FONT_COLORS = {"info": "#2f9e44", "comment": "#868e96", "warning": "#e8590c"}
_FONT_COLOR = re.compile(r"(<font\b[^>]*?\bcolor\s*=\s*[\"']?)(info|comment|warning)\b", re.IGNORECASE)


def wecom_markdown(text: str) -> str:
    """WeCom's markdown with its named font colours spelled as colours Qt knows."""
    return _FONT_COLOR.sub(lambda m: m.group(1) + _WECOM_FONT_COLORS[m.group(2).lower()], text)


def text_document(block: TextBlock, font: QFont, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    if block.markdown:
        document.setMarkdown(wecom_markdown(block.text))
    elif block.html:
        document.setHtml(block.html)
    else:
        document.setPlainText(block.text)
    document.setTextWidth(width)
    ideal = math.ceil(document.idealWidth()) + 1
    if ideal < width:
        document.setTextWidth(ideal)
    return document


def wrap_flags(metrics: QFontMetrics, width: int, text: str) -> int:
    """Wrap at words, or anywhere when a word (a long id or URL) is wider than `width`."""
    bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
    return int(WRAP) if bounds.width() <= width else int(Qt.TextFlag.TextWrapAnywhere)


def text_height(metrics: QFontMetrics, width: int, text: str) -> int:
    flags = wrap_flags(metrics, width, text)
    return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


def card_text_width(width: int) -> int:
    return width - TILE - 10


def _card_size(block: CardBlock, fonts: RowFonts, available: int) -> QSize:
    width = min(available, CARD_WIDTH)
    texts = text_height(fonts.bold_metrics, card_text_width(width), block.title or " ")
    texts += len(block.lines) * fonts.small_metrics.lineSpacing()
    height = max(TILE, texts)
    if block.caption:
        height += 6 + fonts.small_metrics.height()
    return QSize(width, height)


def picture_size(block: PictureBlock, available: int) -> QSize:
    box = min(available, PICTURE_BOX if block.path else PLACEHOLDER_BOX)
    width, height = block.width, block.height
    scale = min(1.0, box / width, box / height)
    return QSize(max(40, round(width * scale)), max(40, round(height * scale)))


def _record_size(
    block: RecordBlock, fonts: RowFonts, available: int, expanded: bool
) -> tuple[QSize, int, bool]:
    toggles = len(block.entries) > RECORD_PREVIEW
    shown = len(block.entries) if expanded or not toggles else RECORD_PREVIEW
    height = fonts.bold_metrics.height() + 6 + shown * fonts.small_metrics.lineSpacing()
    height += 6 + fonts.small_metrics.height()  # the footer: caption or the toggle
    return QSize(min(available, CARD_WIDTH), height), shown, toggles


def _notice_size(block: NoticeBlock, fonts: RowFonts, available: int) -> QSize:
    text_width = available - ICON - 6
    bounds = fonts.small_metrics.boundingRect(QRect(0, 0, text_width, 100_000), WRAP, block.text)
    return QSize(bounds.width() + ICON + 6, max(ICON, bounds.height()))


def _place(block: Block, fonts: RowFonts, available: int, expanded: bool, struck: bool) -> PlacedBlock:
    if isinstance(block, TextBlock):
        document = text_document(block, fonts.struck(fonts.base) if struck else fonts.base, available)
        extent = document.size()
        return PlacedBlock(
            block, QRect(0, 0, math.ceil(extent.width()), math.ceil(extent.height())), document
        )
    if isinstance(block, CardBlock):
        return PlacedBlock(block, QRect(QPoint(0, 0), _card_size(block, fonts, available)))
    if isinstance(block, PictureBlock):
        return PlacedBlock(block, QRect(QPoint(0, 0), picture_size(block, available)))
    if isinstance(block, RecordBlock):
        size, shown, toggles = _record_size(block, fonts, available, expanded)
        return PlacedBlock(block, QRect(QPoint(0, 0), size), entries_shown=shown, toggles=toggles)
    return PlacedBlock(block, QRect(QPoint(0, 0), _notice_size(block, fonts, available)))


def _header(item: MessageItem, fonts: RowFonts, width: int) -> tuple[QRect, int]:
    metrics = fonts.small_metrics
    pill = QSize(metrics.horizontalAdvance(item.day_text) + 24, metrics.height() + 8)
    rect = QRect((width - pill.width()) // 2, 10, pill.width(), pill.height())
    return rect, rect.bottom() + 1 + 6


def _line(item: MessageItem, fonts: RowFonts, width: int, top: int, layout: RowLayout) -> int:
    icon = ICON + 6 if item.kind is ItemKind.WARNING else 0
    available = max(60, int(width * LINE_SHARE) - 20 - icon)
    bounds = fonts.small_metrics.boundingRect(
        QRect(0, 0, available, 100_000), WRAP | Qt.AlignmentFlag.AlignHCenter, item.line
    )
    text_size = QSize(bounds.width(), max(bounds.height(), ICON if icon else 0))
    pill = QSize(text_size.width() + icon + 20, text_size.height() + 8)
    layout.line = QRect((width - pill.width()) // 2, top + ROW_PAD, pill.width(), pill.height())
    layout.line_text = QRect(
        layout.line.left() + 10 + icon, layout.line.top() + 4, text_size.width(), text_size.height()
    )
    return layout.line.bottom() + 1 + ROW_PAD


def _bubble(
    item: MessageItem, fonts: RowFonts, width: int, top: int, expanded: bool, layout: RowLayout
) -> int:
    right = layout.right
    inner_max = max(80, min(int(width * BUBBLE_SHARE), width - 2 * MARGIN - AVATAR - GAP) - 2 * PAD_X)
    placed = [_place(block, fonts, inner_max, expanded, item.revoked) for block in item.blocks]
    inner_width = max([block.rect.width() for block in placed] + [24])
    inner_height = sum(block.rect.height() for block in placed) + BLOCK_GAP * max(0, len(placed) - 1)
    inner_height = max(inner_height, fonts.metrics.height())
    top += ROW_PAD
    avatar_x = width - MARGIN - AVATAR if right else MARGIN
    layout.avatar = QRect(avatar_x, top, AVATAR, AVATAR)
    content_x = avatar_x - GAP if right else avatar_x + AVATAR + GAP
    name_width = max(40, width - 2 * MARGIN - AVATAR - GAP)
    name_height = fonts.bold_metrics.height()
    layout.name = QRect(content_x - name_width if right else content_x, top, name_width, name_height)
    bubble_width = inner_width + 2 * PAD_X
    bubble_x = content_x - bubble_width if right else content_x
    layout.bubble = QRect(bubble_x, top + name_height + 3, bubble_width, inner_height + 2 * PAD_Y)
    y = layout.bubble.top() + PAD_Y
    for block in placed:
        block.rect.moveTo(layout.bubble.left() + PAD_X, y)
        y += block.rect.height() + BLOCK_GAP
    layout.blocks = placed
    bottom = max(layout.bubble.bottom(), layout.avatar.bottom()) + 1
    if item.revoked_text:
        text_width = fonts.small_metrics.horizontalAdvance(item.revoked_text) + 2
        x = layout.bubble.right() + 1 - text_width if right else layout.bubble.left()
        layout.revoked = QRect(x, layout.bubble.bottom() + 4, text_width, fonts.small_metrics.height())
        bottom = max(bottom, layout.revoked.bottom() + 1)
    return bottom + ROW_PAD


def row_layout(
    item: MessageItem, fonts: RowFonts, width: int, header: bool, expanded: bool, right: bool
) -> RowLayout:
    layout = RowLayout(0, right=right and item.kind is ItemKind.BUBBLE)
    top = 0
    if header and item.day_text:
        layout.header, top = _header(item, fonts, width)
    if item.kind is ItemKind.BUBBLE:
        layout.height = _bubble(item, fonts, width, top, expanded, layout)
    else:
        layout.height = _line(item, fonts, width, top, layout)
    return layout
