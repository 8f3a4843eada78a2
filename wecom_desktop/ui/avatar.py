"""Letter avatars: a coloured circle with the first character of a name."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter

# Mid-tone colours that carry white text on light and dark backgrounds alike.
_COLOURS = (
    "#5b8ff9",
    "#5ad8a6",
    "#f6903d",
    "#e8684a",
    "#6dc8ec",
    "#9270ca",
    "#ff9d4d",
    "#269a99",
    "#ff99c3",
    "#5d7092",
)


def avatar_colour(name: str) -> QColor:
    """A colour that stays the same for the same name on every run."""
    return QColor(_COLOURS[zlib.crc32(name.encode("utf-8")) % len(_COLOURS)])


def avatar_letter(name: str) -> str:
    for char in name:
        if char.isalnum():
            return char.upper()
    return "#"


def paint_avatar(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(name))
    painter.drawEllipse(rect)
    letter_font = QFont(font)
    letter_font.setBold(True)
    letter_font.setPixelSize(max(8, round(rect.height() * 0.42)))
    painter.setFont(letter_font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, avatar_letter(name))
    painter.restore()
