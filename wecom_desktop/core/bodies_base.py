"""The body protocol shared by every message type, and the registry of types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from wecom_desktop.core import fields as f
from wecom_desktop.core.errors import MalformedMessage
from wecom_desktop.core.fields import JsonObject
from wecom_desktop.core.formatting import one_line
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate

CONTEXT = "MessageSummary"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A downloadable file inside a body (becomes a MediaRef once numbered)."""

    kind: str
    sdkfileid: str
    md5sum: str
    size: int | None
    filename: str = ""


# The kinds of file a body refers to; each has its own download switch.
MEDIA_KINDS = frozenset(
    {"image", "voice", "video", "file", "emotion", "meeting_voice_call", "voip_doc_share"}
)


def salvaged_files(value: object, kind: str, depth: int = 0) -> tuple[FileRef, ...]:
    """Every object with an `sdkfileid` in a body we cannot read: its files are still fetched."""
    if depth > f.SALVAGE_DEPTH:
        return ()
    if isinstance(value, str):  # an item's content is JSON text
        decoded = f.decoded_json(value)
        return () if decoded is None else salvaged_files(decoded, kind, depth + 1)
    if isinstance(value, list):
        return tuple(ref for item in value for ref in salvaged_files(item, kind, depth + 1))
    if not isinstance(value, dict):
        return ()
    found: list[FileRef] = []
    sdkfileid = value.get("sdkfileid")
    if isinstance(sdkfileid, str) and sdkfileid.strip():
        md5sum, filename = value.get("md5sum"), value.get("filename")
        try:
            size = f.integer(value, "filesize")
        except MalformedMessage:
            size = None
        found.append(
            FileRef(
                kind,
                sdkfileid,
                md5sum if isinstance(md5sum, str) else "",
                size,
                filename if isinstance(filename, str) else "",
            )
        )
    for item in value.values():
        found.extend(salvaged_files(item, kind, depth + 1))
    return tuple(found)


class Body:
    """A message type's typed body: how it reads, what it says, what to index and fetch."""

    msgtype: ClassVar[str] = ""
    body_keys: ClassVar[tuple[str, ...]] = ()  # where the body sits when it is not under msgtype

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> Body:
        raise NotImplementedError

    def summary(self, localize: Translate) -> str:
        raise NotImplementedError

    def texts(self) -> list[str]:
        return []

    def full_text(self, localize: Translate) -> str:
        """All the message says, as an export writes it: the summary, then each text the one-line
        summary cut short or flattened."""
        summary = self.summary(localize)
        return "\n".join([summary, *(text for text in self.texts() if text and text not in summary)])

    def files(self) -> list[FileRef]:
        return []

    def problems(self) -> list[str]:
        """Why (part of) the body could not be read; nested items report their own."""
        return []


def duration(localize: Translate, seconds: int | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    minutes, secs = divmod(seconds, 60)
    if minutes:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "{m}分{s}秒")).format(m=minutes, s=secs)
    return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "{s}秒")).format(s=secs)


BODY_TYPES: dict[str, type[Body]] = {}
B = TypeVar("B", bound=type[Body])


def register(msgtype: str, *body_keys: str) -> Callable[[B], B]:
    def decorate(cls: B) -> B:
        cls.msgtype = msgtype
        cls.body_keys = body_keys
        BODY_TYPES[msgtype] = cls
        return cls

    return decorate


@dataclass(frozen=True, slots=True)
class UnsupportedBody(Body):
    """An unknown type or a body without its type's shape: kept raw, shown as unsupported."""

    original_type: str
    reason: str
    salvaged: tuple[str, ...] = ()  # text found in the body, so unknown types stay searchable
    salvaged_files: tuple[FileRef, ...] = ()  # files it refers to, fetched before the server's copy expires

    def summary(self, localize: Translate) -> str:
        name = self.original_type or localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "未知"))
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[不支持的消息: {type}]")).format(
            type=one_line(name)
        )

    def problems(self) -> list[str]:
        return [self.reason]

    def texts(self) -> list[str]:
        return list(self.salvaged)

    def files(self) -> list[FileRef]:
        return list(self.salvaged_files)


@dataclass(frozen=True, slots=True)
class SwitchBody(Body):
    """The corp-switch log entry (action `switch`): an event, not a conversation message."""

    user: str
    time: int | None

    def summary(self, localize: Translate) -> str:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[切换企业] {user}")).format(
            user=one_line(self.user)
        )

    def texts(self) -> list[str]:
        return [self.user]


@dataclass(frozen=True, slots=True)
class EncryptedBody(Body):
    """Placeholder body of a record that could not be decrypted."""

    error: str

    def summary(self, localize: Translate) -> str:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[无法解密] {error}")).format(
            error=self.error
        )
