"""The render-ready pieces of a message bubble.

Built in the loader thread (see body_blocks.py): everything the delegate paints is decided
there, so paint() only measures and draws.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from wecom_desktop.core.bodies_base import Body
from wecom_desktop.store.media_queue import MediaStatus
from wecom_desktop.store.message_pages import MediaFile

_URL = re.compile(r"https?://[^\s<>\"'，。、；：！？（）【】《》「」]+")
_URL_TAIL = ".,;:!?)]}'\""


@dataclass(frozen=True, slots=True)
class LocalFile:
    """A downloaded file of a message."""

    path: str  # absolute
    name: str  # suggested name when saving a copy


@dataclass(frozen=True, slots=True)
class TextBlock:
    text: str
    html: str = ""  # the text with its links as anchors; empty when it has none
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class CardBlock:
    """A typed card: an icon tile, a title, detail lines, a caption naming the type."""

    icon: str  # one character drawn on the tile
    accent: str  # the tile's colour, '#rrggbb'
    title: str
    lines: tuple[str, ...] = ()
    caption: str = ""
    url: str = ""  # opened by a click
    file: LocalFile | None = None  # opened by a click when there is no url


@dataclass(frozen=True, slots=True)
class PictureBlock:
    """An image or sticker: a thumbnail of the downloaded file, else a placeholder box."""

    path: str | None
    width: int  # natural size in pixels
    height: int
    placeholder: str
    file: LocalFile | None = None


@dataclass(frozen=True, slots=True)
class RecordEntry:
    time: str
    summary: str


@dataclass(frozen=True, slots=True)
class RecordBlock:
    """A forwarded chat record; collapsed it shows its first entries."""

    title: str
    entries: tuple[RecordEntry, ...]


@dataclass(frozen=True, slots=True)
class NoticeBlock:
    """Why (part of) a message could not be read."""

    text: str


Block = TextBlock | CardBlock | PictureBlock | RecordBlock | NoticeBlock


def linked_html(content: str) -> str:
    """The text as HTML with its http(s) URLs as links; empty when it has none."""
    pieces: list[str] = []
    position = 0
    for match in _URL.finditer(content):
        url = match.group().rstrip(_URL_TAIL)
        if not url.partition("://")[2]:
            continue
        start, end = match.start(), match.start() + len(url)
        pieces.append(html.escape(content[position:start]))
        pieces.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        position = end
    if not pieces:
        return ""
    pieces.append(html.escape(content[position:]))
    return "".join(pieces).replace("\n", "<br>")


def text_block(content: str, markdown: bool = False) -> TextBlock:
    return TextBlock(content, "" if markdown else linked_html(content), markdown)


def seconds(value: int | None) -> str:
    if value is None or value < 0:
        return ""
    minutes, secs = divmod(value, 60)
    if minutes:
        return QCoreApplication.translate("MessageItem", "{m}分{s}秒").format(m=minutes, s=secs)
    return QCoreApplication.translate("MessageItem", "{s}秒").format(s=secs)


def moment(msecs: int | None) -> str:
    """A point in time in the locale's short date and time format."""
    if msecs is None:
        return ""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(msecs), QLocale.FormatType.ShortFormat)


class MediaCursor:
    """Hands out a message's media rows in the order its bodies list their files."""

    def __init__(self, files: tuple[MediaFile, ...], media_root: Path) -> None:
        self._files = {file.part: file for file in files}
        self._root = media_root
        self._next = 0
        self.downloaded: list[LocalFile] = []

    def take(self, body: Body, name: str = "") -> LocalFile | None:
        """The downloaded file of `body` (its first one), consuming the parts it numbers."""
        refs = [ref for ref in body.files() if ref.sdkfileid]
        first: LocalFile | None = None
        for ref in refs:
            row = self._files.get(self._next)
            self._next += 1
            if row is None or row.status != MediaStatus.DOWNLOADED.value or not row.local_path:
                continue
            local = LocalFile(str(self._root / row.local_path), name or row.filename or ref.filename)
            self.downloaded.append(local)
            first = first or local
        return first
