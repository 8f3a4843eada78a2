"""Painting a conversation row: avatar, title, member count, external badge, time, last message."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wecom_desktop.ui.avatar import paint_avatar
from wecom_desktop.ui.conversation_list_model import (
    ExternalRole,
    IsGroupRole,
    LastTimeRole,
    MemberCountRole,
    SummaryRole,
    TitleRole,
)
from wecom_desktop.ui.item_painting import draw_item_background, is_dark, secondary_colour, text_colour
from wecom_desktop.ui.time_labels import short_time

PAD = 8  # around the row's content
GAP = 4  # between the two lines
SPACING = 6  # between pieces on one line


class ConversationDelegate(QStyledItemDelegate):
    """Two-line rows of a uniform height (the view can then skip measuring every row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.external_text = self.tr("外部")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(240, 2 * PAD + 2 * line + GAP)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        draw_item_background(painter, opt)
        rect = opt.rect
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        title = str(index.data(TitleRole) or "")
        size = rect.height() - 2 * PAD
        paint_avatar(painter, QRect(rect.left() + PAD, rect.top() + PAD, size, size), title, opt.font)

        left = rect.left() + 2 * PAD + size + 2
        right = rect.right() - PAD
        top = rect.top() + PAD
        primary, secondary = text_colour(opt), secondary_colour(opt)

        when = short_time(index.data(LastTimeRole))
        when_width = metrics.horizontalAdvance(when)
        painter.setFont(opt.font)
        painter.setPen(secondary)
        painter.drawText(
            QRect(right - when_width, top, when_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )

        count = f"({index.data(MemberCountRole)})" if index.data(IsGroupRole) else ""
        count_width = metrics.horizontalAdvance(count) if count else 0
        external = bool(index.data(ExternalRole))
        badge_font = QFont(opt.font)
        badge_font.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.8))
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(self.external_text) + 8 if external else 0

        bold = QFont(opt.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        room = right - left - when_width - SPACING
        room -= (count_width + SPACING // 2) if count else 0
        room -= (badge_width + SPACING) if external else 0
        shown = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.setFont(bold)
        painter.setPen(primary)
        painter.drawText(
            QRect(left, top, max(room, 0), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
        x = left + bold_metrics.horizontalAdvance(shown)
        if count:
            x += SPACING // 2
            painter.setFont(opt.font)
            painter.setPen(secondary)
            painter.drawText(
                QRect(x, top, count_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                count,
            )
            x += count_width
        if external:
            x += SPACING
            badge = QRect(
                x, top + (line - badge_metrics.height() - 2) // 2, badge_width, badge_metrics.height() + 2
            )
            self._paint_badge(painter, badge, badge_font, is_dark(opt.palette))

        summary = str(index.data(SummaryRole) or "").replace("\n", " ")
        painter.setFont(opt.font)
        painter.setPen(secondary)
        painter.drawText(
            QRect(left, top + line + GAP, right - left, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(summary, Qt.TextElideMode.ElideRight, right - left),
        )
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, font: QFont, dark: bool) -> None:
        background, foreground = (
            (QColor("#4a2e0a"), QColor("#ffb155")) if dark else (QColor("#fff1e0"), QColor("#d46b08"))
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(foreground)
        painter.setBrush(background)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.external_text)
        painter.restore()
