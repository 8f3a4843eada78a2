"""Painting a search hit: where and who and when, then the snippet with its matches highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wecom_desktop.core.search_text import Snippet
from wecom_desktop.store.search_results import SearchHit
from wecom_desktop.ui.item_painting import draw_item_background, is_dark, secondary_colour, text_colour
from wecom_desktop.ui.search_results_model import HitRole
from wecom_desktop.ui.time_labels import short_time

PAD = 8
GAP = 4
SPACING = 6
ELLIPSIS = "…"
_LEAD = 0.7  # where the first match may end, as a share of the width, when the start is cut


def pieces(text: str, highlights: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """The text cut into runs, each marked highlighted or not."""
    runs: list[tuple[str, bool]] = []
    cursor = 0
    for begin, end in highlights:
        if begin > cursor:
            runs.append((text[cursor:begin], False))
        if end > begin:
            runs.append((text[begin:end], True))
        cursor = max(cursor, end)
    if cursor < len(text):
        runs.append((text[cursor:], False))
    return runs


class SnippetFitter:
    """Cuts a snippet to a width, keeping its first match in view (plain and bold metrics)."""

    def __init__(self, plain: QFontMetricsF, bold: QFontMetricsF) -> None:
        self.plain, self.bold = plain, bold

    def fit(self, snippet: Snippet, width: float) -> Snippet:
        text, highlights = snippet.text, snippet.highlights
        marked = [False] * len(text)
        for begin, end in highlights:
            marked[begin:end] = [True] * (end - begin)
        advances = [
            (self.bold if bold else self.plain).horizontalAdvance(char)
            for char, bold in zip(text, marked, strict=True)
        ]
        ellipsis = self.plain.horizontalAdvance(ELLIPSIS)
        start = 0
        if highlights and sum(advances[: highlights[0][1]]) > width - ellipsis:
            begin, end = highlights[0]
            used = ellipsis + sum(advances[begin:end])
            start = begin
            while start > 0 and used + advances[start - 1] <= width * _LEAD:
                start -= 1
                used += advances[start]
        stop, used = start, ellipsis if start else 0.0
        while stop < len(text) and used + advances[stop] <= width:
            used += advances[stop]
            stop += 1
        if stop < len(text):
            while stop > start and used + ellipsis > width:
                stop -= 1
                used -= advances[stop]
        fitted, kept = _cut(text, highlights, start, stop)
        if start:
            fitted, kept = ELLIPSIS + fitted, tuple((b + 1, e + 1) for b, e in kept)
        if stop < len(text):
            fitted += ELLIPSIS
        return Snippet(fitted, kept)


def _cut(
    text: str, highlights: tuple[tuple[int, int], ...], start: int, end: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """text[start:end] with the highlights moved and clipped to it."""
    kept = tuple(
        (max(begin, start) - start, min(finish, end) - start)
        for begin, finish in highlights
        if finish > start and begin < end
    )
    return text[start:end], kept


class SearchResultDelegate(QStyledItemDelegate):
    """Two lines per hit, all rows the same height."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.revoked_text = self.tr("（已撤回）")
        self.no_conversation_text = self.tr("（无会话）")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(240, 2 * PAD + 2 * line + GAP)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        draw_item_background(painter, opt)
        bold = QFont(opt.font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetricsF(opt.font), QFontMetricsF(bold)
        line = plain_metrics.height()
        left, right = opt.rect.left() + PAD, opt.rect.right() - PAD
        top = opt.rect.top() + PAD
        primary, secondary = text_colour(opt), secondary_colour(opt)

        when = short_time(hit.msgtime)
        when_width = plain_metrics.horizontalAdvance(when)
        painter.setPen(secondary)
        painter.setFont(opt.font)
        painter.drawText(QPointF(right - when_width, top + plain_metrics.ascent()), when)

        room = right - left - when_width - SPACING
        sender = hit.sender_name + (self.revoked_text if hit.revoked else "")
        sender_width = min(plain_metrics.horizontalAdvance(sender), room / 2)
        title = hit.conversation_title or self.no_conversation_text
        title_room = max(room - sender_width - SPACING, 0)
        title = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_room)
        painter.setPen(primary)
        painter.setFont(bold)
        painter.drawText(QPointF(left, top + bold_metrics.ascent()), title)
        painter.setPen(secondary)
        painter.setFont(opt.font)
        painter.drawText(
            QPointF(left + bold_metrics.horizontalAdvance(title) + SPACING, top + plain_metrics.ascent()),
            plain_metrics.elidedText(sender, Qt.TextElideMode.ElideRight, sender_width),
        )

        fitted = SnippetFitter(plain_metrics, bold_metrics).fit(hit.snippet, right - left)
        self._paint_snippet(painter, opt, fitted, QRectF(left, top + line + GAP, right - left, line), bold)
        painter.restore()

    def _paint_snippet(
        self, painter: QPainter, option: QStyleOptionViewItem, snippet: Snippet, rect: QRectF, bold: QFont
    ) -> None:
        dark = is_dark(option.palette)
        marker = QColor("#7a5d00") if dark else QColor("#ffe58f")
        marked_text = QColor("#ffffff") if dark else QColor("#000000")
        plain_metrics, bold_metrics = QFontMetricsF(option.font), QFontMetricsF(bold)
        x = rect.left()
        for run, marked in pieces(snippet.text.replace("\n", " "), snippet.highlights):
            metrics = bold_metrics if marked else plain_metrics
            width = metrics.horizontalAdvance(run)
            if marked:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(marker)
                painter.drawRoundedRect(QRectF(x, rect.top(), width, rect.height()), 2, 2)
                painter.setPen(marked_text)
                painter.setFont(bold)
            else:
                painter.setPen(text_colour(option))
                painter.setFont(option.font)
            painter.drawText(QPointF(x, rect.top() + metrics.ascent()), run)
            x += width
