"""A parsed archive message and the undecryptable record kept in its place."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wecom_desktop.core.conversation import ConversationKey
from wecom_desktop.core.message_problems import SEPARATOR

if TYPE_CHECKING:
    from wecom_desktop.core.bodies_base import Body


class MessageStatus(enum.StrEnum):
    OK = "ok"
    UNSUPPORTED = "unsupported"  # unknown msgtype or a body that does not have its type's shape
    UNDECRYPTABLE = "undecryptable"  # kept encrypted with the reason, to retry later


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A file to fetch with GetMediaData; `part` numbers the message's files (nested items included)."""

    part: int
    kind: str
    sdkfileid: str
    md5sum: str
    size: int | None
    filename: str


@dataclass(frozen=True, slots=True)
class Message:
    msgid: str
    action: str
    sender: str
    recipients: tuple[str, ...]
    roomid: str
    msgtime: int | None  # milliseconds since the epoch, UTC
    msgtype: str
    body: Body
    raw_json: str  # the decrypted JSON exactly as received, control characters included
    status: MessageStatus
    problems: tuple[str, ...]  # why the message is unsupported, as the archive states it (message_problems)
    summary: str
    index_text: str
    media: tuple[MediaRef, ...]
    conversation: ConversationKey | None
    seq: int | None = None
    publickey_ver: int | None = None
    revoked_msgid: str = ""  # for a revoke record: the msgid it revokes
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def problem(self) -> str:
        """The problems as the archive stores them, in one text."""
        return SEPARATOR.join(self.problems)


@dataclass(frozen=True, slots=True)
class EncryptedRecord:
    """A chatdata record that could not be decrypted; stored whole so it can be retried."""

    msgid: str
    seq: int | None
    publickey_ver: int | None
    encrypt_random_key: str
    encrypt_chat_msg: str
    error: str
