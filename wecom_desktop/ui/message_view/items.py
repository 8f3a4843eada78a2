"""A stored message turned into an immutable, render-ready item (in the loader thread)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from wecom_desktop.core.bodies_base import SwitchBody
from wecom_desktop.core.bodies_text import AgreeBody, DisagreeBody, RevokeBody
from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.message import MessageStatus
from wecom_desktop.core.message_problems import shown_problems
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.message_pages import PageMessage
from wecom_desktop.ui.message_view.blocks import (
    Block,
    CardBlock,
    LocalFile,
    MediaCursor,
    NoticeBlock,
    RecordBlock,
    TextBlock,
    moment,
)
from wecom_desktop.ui.message_view.body_blocks import body_blocks


class ItemKind(enum.Enum):
    BUBBLE = "bubble"  # a message from someone, in a bubble under their name
    SYSTEM = "system"  # an event: a centred grey line
    WARNING = "warning"  # a record that cannot be shown: a centred warning line


@dataclass(frozen=True, slots=True)
class MessageItem:
    id: int
    msgid: str
    msgtype: str
    kind: ItemKind
    msgtime: int | None
    day: int | None  # the local calendar day (Julian day number), for day separators
    day_text: str
    time_text: str
    sender: str
    sender_name: str  # display name, else the id
    blocks: tuple[Block, ...]
    line: str  # the text of a system or warning line
    revoked_text: str  # "撤回于 …" when the message was revoked, else empty
    copy_text: str
    files: tuple[LocalFile, ...]  # downloaded files, for open / save

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_text)


def _block_text(block: Block) -> str:
    if isinstance(block, TextBlock):
        return block.text
    if isinstance(block, CardBlock):
        return "\n".join(line for line in (block.title, *block.lines) if line)
    if isinstance(block, RecordBlock):
        return "\n".join([block.title, *(f"{entry.time} {entry.summary}".strip() for entry in block.entries)])
    if isinstance(block, NoticeBlock):
        return block.text
    return ""


def _revoked_text(message: PageMessage, when: QDateTime | None) -> str:
    if message.revoked_by_msgid is None:
        return ""
    if message.revoke_msgtime is None:
        return QCoreApplication.translate("MessageItem", "已撤回")
    revoked = QDateTime.fromMSecsSinceEpoch(message.revoke_msgtime)
    if when is not None and when.date() == revoked.date():
        shown = QLocale().toString(revoked.time(), QLocale.FormatType.ShortFormat)
    else:
        shown = moment(message.revoke_msgtime)
    return QCoreApplication.translate("MessageItem", "撤回于 {time}").format(time=shown)


def _system_line(body: object, name: str) -> str:
    if isinstance(body, RevokeBody):
        return QCoreApplication.translate("MessageItem", "{name} 撤回了一条消息").format(name=name)
    if isinstance(body, AgreeBody):
        return QCoreApplication.translate("MessageItem", "{name} 同意会话存档").format(name=name)
    if isinstance(body, DisagreeBody):
        return QCoreApplication.translate("MessageItem", "{name} 拒绝会话存档").format(name=name)
    if isinstance(body, SwitchBody):
        return QCoreApplication.translate("MessageItem", "{name} 切换企业").format(name=body.user or name)
    return ""


def build_item(message: PageMessage, media_root: Path) -> MessageItem:
    when = QDateTime.fromMSecsSinceEpoch(message.msgtime) if message.msgtime is not None else None
    locale = QLocale()
    name = message.sender_name or message.sender
    kind, line = ItemKind.BUBBLE, ""
    blocks: list[Block] = []
    files = MediaCursor(message.media, media_root)
    if message.status == MessageStatus.UNDECRYPTABLE.value or message.body is None:
        kind = ItemKind.WARNING
        line = QCoreApplication.translate("MessageItem", "无法解密的消息：{reason}").format(
            reason=message.problem or message.summary
        )
    else:
        try:
            parsed = parse_message(message.body, QCoreApplication.translate)
        except RejectedRecord as exc:
            kind, line = ItemKind.WARNING, exc.render(QCoreApplication.translate)
        else:
            line = _system_line(parsed.body, name)
            if line:
                kind = ItemKind.SYSTEM
            else:
                blocks = body_blocks(parsed.body, files)
                if message.status == MessageStatus.UNSUPPORTED.value:
                    blocks.append(
                        NoticeBlock(
                            QCoreApplication.translate("MessageItem", "无法完整显示：{reason}").format(
                                reason=shown_problems(
                                    parsed.problems or (message.problem,), QCoreApplication.translate
                                )
                            )
                        )
                    )
    copy_text = "\n".join(text for text in map(_block_text, blocks) if text) or line or message.summary
    return MessageItem(
        id=message.id,
        msgid=message.msgid,
        msgtype=message.msgtype,
        kind=kind,
        msgtime=message.msgtime,
        day=when.date().toJulianDay() if when is not None else None,
        day_text=locale.toString(when.date(), QLocale.FormatType.LongFormat) if when is not None else "",
        time_text=locale.toString(when.time(), QLocale.FormatType.ShortFormat) if when is not None else "",
        sender=message.sender,
        sender_name=name,
        blocks=tuple(blocks),
        line=line,
        revoked_text=_revoked_text(message, when),
        copy_text=copy_text,
        files=tuple(files.downloaded),
    )
