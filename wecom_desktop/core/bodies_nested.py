"""Message types that contain other messages: chat records and mixed messages.

Their items carry `content` as a JSON *string* shaped like the base type's body, so each
item is decoded and parsed with that base type's own parser.
"""

from __future__ import annotations

from dataclasses import dataclass

from wecom_desktop.core import fields as f
from wecom_desktop.core.bodies_base import (
    BODY_TYPES,
    CONTEXT,
    MEDIA_KINDS,
    Body,
    FileRef,
    UnsupportedBody,
    register,
    salvaged_files,
)
from wecom_desktop.core.errors import MalformedMessage
from wecom_desktop.core.fields import JsonObject
from wecom_desktop.core.formatting import one_line
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate
from wecom_desktop.core.message_problems import IN_ITEM, NOT_LIST, NOT_OBJECT, UNKNOWN_ITEM

_CHATRECORD_PREFIX = "chatrecord"


def _base_type(item_type: str) -> str:
    """`ChatRecordText` → `text`; mixed items already use base names such as `image`."""
    lowered = item_type.lower()
    if lowered.startswith(_CHATRECORD_PREFIX) and len(lowered) > len(_CHATRECORD_PREFIX):
        lowered = lowered[len(_CHATRECORD_PREFIX) :]
    return lowered


def parse_item(item_type: str, content: object, where: str) -> Body:
    base = _base_type(item_type)
    body_type = BODY_TYPES.get(base)
    try:
        inner = f.embedded(content, where)
    except MalformedMessage as exc:
        return UnsupportedBody(item_type, str(exc), f.salvaged_texts(content))
    kind = base if base in MEDIA_KINDS else "file"
    if body_type is None:
        return UnsupportedBody(
            item_type,
            UNKNOWN_ITEM.text(where=where, type=item_type),
            f.salvaged_texts(inner),
            salvaged_files(inner, kind),
        )
    try:
        return body_type.parse(inner, {})
    except MalformedMessage as exc:
        return UnsupportedBody(
            item_type,
            IN_ITEM.text(where=where, problem=exc),
            f.salvaged_texts(inner),
            salvaged_files(inner, kind),
        )


def _items(body: JsonObject) -> list[object]:
    """A chat record's or mixed message's items; a list written as JSON text is read."""
    value = body.get("item")
    if isinstance(value, str) and (decoded := f.decoded_json(value)) is not None:
        value = decoded
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise MalformedMessage(NOT_LIST.text(key="item", kind=type(value).__name__))
    return value


def _item_fields(item: object, where: str) -> tuple[JsonObject, str, int | None] | UnsupportedBody:
    """An item's type and time; an item without them readable is kept as unsupported, with what it
    says and the files it names, and the other items of its message are read as usual."""
    if not isinstance(item, dict):
        problem = IN_ITEM.text(where=where, problem=NOT_OBJECT.text(key="item", kind=type(item).__name__))
    else:
        try:
            return item, f.text(item, "type"), f.milliseconds(item, "msgtime")
        except MalformedMessage as exc:
            problem = IN_ITEM.text(where=where, problem=exc)
    return UnsupportedBody("", problem, f.salvaged_texts(item), salvaged_files(item, "file"))


@dataclass(frozen=True, slots=True)
class ChatRecordItem:
    type: str
    msgtime: int | None  # milliseconds since the epoch, UTC (second values are converted)
    from_chatroom: bool
    body: Body


@register("chatrecord")
@dataclass(frozen=True, slots=True)
class ChatRecordBody(Body):
    title: str
    items: tuple[ChatRecordItem, ...]

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> ChatRecordBody:
        items = []
        for index, item in enumerate(_items(body)):
            if item is None:  # says nothing; the others keep their positions in the problems named
                continue
            where = f"chatrecord.item[{index}]"
            fields = _item_fields(item, where)  # msgtime: commented "ms" in the SDKs; the examples are in s
            if isinstance(fields, UnsupportedBody):
                items.append(ChatRecordItem("", None, False, fields))
                continue
            obj, item_type, msgtime = fields
            items.append(
                ChatRecordItem(
                    item_type,
                    msgtime,
                    f.boolean(obj, "from_chatroom"),
                    parse_item(item_type, obj.get("content"), where),
                )
            )
        return cls(f.text(body, "title"), tuple(items))

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[聊天记录]"))
        count = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "{n}条")).format(n=len(self.items))
        return f"{label} {one_line(self.title)} ({count})" if self.title else f"{label} ({count})"

    def texts(self) -> list[str]:
        return [self.title, *(text for item in self.items for text in item.body.texts())]

    def full_text(self, localize: Translate) -> str:
        return "\n".join([self.summary(localize), *(item.body.full_text(localize) for item in self.items)])

    def files(self) -> list[FileRef]:
        return [ref for item in self.items for ref in item.body.files()]

    def problems(self) -> list[str]:
        return [problem for item in self.items for problem in item.body.problems()]


@dataclass(frozen=True, slots=True)
class MixedPart:
    type: str
    body: Body


@register("mixed")
@dataclass(frozen=True, slots=True)
class MixedBody(Body):
    parts: tuple[MixedPart, ...]

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> MixedBody:
        parts = []
        for index, item in enumerate(_items(body)):
            if item is None:
                continue
            where = f"mixed.item[{index}]"
            fields = _item_fields(item, where)
            if isinstance(fields, UnsupportedBody):
                parts.append(MixedPart("", fields))
                continue
            obj, item_type, _ = fields
            parts.append(MixedPart(item_type, parse_item(item_type, obj.get("content"), where)))
        return cls(tuple(parts))

    def summary(self, localize: Translate) -> str:
        pieces = [part.body.summary(localize) for part in self.parts]
        return one_line(" ".join(piece for piece in pieces if piece)) or localize(
            CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[图文混排]")
        )

    def texts(self) -> list[str]:
        return [text for part in self.parts for text in part.body.texts()]

    def full_text(self, localize: Translate) -> str:
        return "\n".join(part.body.full_text(localize) for part in self.parts) or self.summary(localize)

    def files(self) -> list[FileRef]:
        return [ref for part in self.parts for ref in part.body.files()]

    def problems(self) -> list[str]:
        return [problem for part in self.parts for problem in part.body.problems()]
