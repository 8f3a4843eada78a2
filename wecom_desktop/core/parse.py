"""Decrypted message JSON → typed Message."""

from __future__ import annotations

import json
from typing import Any

from wecom_desktop.core import bodies_media, bodies_nested, bodies_text  # noqa: F401 - registers the types
from wecom_desktop.core import fields as f
from wecom_desktop.core.bodies_base import (
    BODY_TYPES,
    CONTEXT,
    MEDIA_KINDS,
    Body,
    SwitchBody,
    UnsupportedBody,
    salvaged_files,
)
from wecom_desktop.core.bodies_text import RevokeBody
from wecom_desktop.core.conversation import conversation_for
from wecom_desktop.core.errors import MalformedMessage, RejectedRecord
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wecom_desktop.core.message import MediaRef, Message, MessageStatus
from wecom_desktop.core.message_problems import MISSING_BODY, MISSING_TYPE, NOT_OBJECT, UNKNOWN_TYPE

SWITCH = "switch"
# vote's fields sit at the top level of the message in the SDK structs: the message itself is
# the body when it carries at least one of them
_TOP_LEVEL_BODIES = {"vote": ("votetitle", "voteitem", "votetype", "voteid")}


def decode_object(raw_json: str) -> dict[str, Any]:
    try:
        obj = f.loads(raw_json)
    except json.JSONDecodeError as exc:
        raise not_json(exc) from exc
    except RecursionError as exc:
        raise RejectedRecord(QT_TRANSLATE_NOOP("RejectedRecord", "JSON 嵌套过深")) from exc
    if not isinstance(obj, dict):
        raise RejectedRecord(
            QT_TRANSLATE_NOOP("RejectedRecord", "不是 JSON 对象，而是 {kind}"), kind=json_kind(obj)
        )
    return obj


def not_json(error: json.JSONDecodeError) -> RejectedRecord:
    return RejectedRecord(
        QT_TRANSLATE_NOOP("RejectedRecord", "不是有效的 JSON：{error}（第 {column} 列）"),
        error=error.msg,
        column=error.colno,
    )


def json_kind(value: object) -> str:
    """The JSON name of a decoded value's type (array, not list)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def message_id(obj: dict[str, Any]) -> str:
    msgid = obj.get("msgid")
    if isinstance(msgid, int) and not isinstance(msgid, bool):
        msgid = str(msgid)
    if msgid is None or msgid == "":
        raise RejectedRecord(QT_TRANSLATE_NOOP("RejectedRecord", "缺少 msgid，无法去重，未导入"))
    if not isinstance(msgid, str):
        raise RejectedRecord(
            QT_TRANSLATE_NOOP("RejectedRecord", "msgid 不是文本而是 {kind}，无法去重，未导入"),
            kind=json_kind(msgid),
        )
    return msgid


def parse_message(raw_json: str, localize: Translate = untranslated) -> Message:
    """Parse one decrypted message. Raises RejectedRecord only when there is no message to keep."""
    obj = decode_object(raw_json)
    msgid = message_id(obj)
    problems: list[str] = []

    def field(reader: Any, key: str, default: Any) -> Any:
        try:
            return reader(obj, key)
        except MalformedMessage as exc:
            problems.append(str(exc))
            return default

    action = field(f.text, "action", "")
    sender = field(f.text, "from", "")
    recipients = field(f.id_list, "tolist", ())
    roomid = field(f.text, "roomid", "")
    msgtime = field(f.stored_milliseconds, "msgtime", None)
    msgtype = field(f.text, "msgtype", "")
    seq = field(f.stored_integer, "seq", None)
    publickey_ver = field(f.stored_integer, "publickey_ver", None)
    body: Body
    if action == SWITCH and msgtype in ("", SWITCH):
        msgtype = SWITCH
        msgtime = field(f.stored_milliseconds, "time", None) or msgtime
        body = SwitchBody(field(f.text, "user", ""), msgtime)
    else:
        body = _parse_body(obj, msgtype)
    problems[:0] = body.problems()
    files = [ref for ref in body.files() if ref.sdkfileid]  # numbered without gaps
    return Message(
        msgid=msgid,
        action=action,
        sender=sender,
        recipients=tuple(recipients),
        roomid=roomid,
        msgtime=msgtime,
        msgtype=msgtype,
        body=body,
        raw_json=raw_json,
        status=MessageStatus.UNSUPPORTED if problems else MessageStatus.OK,
        problems=tuple(problems),
        summary=body.summary(localize),
        index_text="\n".join(text for text in body.texts() if text),
        media=tuple(
            MediaRef(part, ref.kind, ref.sdkfileid, ref.md5sum, _storable_size(ref.size), ref.filename)
            for part, ref in enumerate(files)
        ),
        conversation=None
        if msgtype == SWITCH or isinstance(body, SwitchBody)
        else conversation_for(sender, tuple(recipients), roomid, msgtype),
        seq=seq,
        publickey_ver=publickey_ver,
        revoked_msgid=body.pre_msgid if isinstance(body, RevokeBody) else "",
    )


def _storable_size(size: int | None) -> int | None:
    """A file size as the archive can keep it; an impossible one is unknown (the download checks md5)."""
    return size if size is None or 0 <= size < 2**63 else None


def localized_summary(body: str | None, stored: str, localize: Translate) -> str:
    """A stored message's summary in the reader's language; stored summaries are in the source language."""
    if not body:
        return stored
    try:
        return parse_message(body, localize).summary
    except RejectedRecord:
        return stored


def translates_summaries(localize: Translate) -> bool:
    """False when `localize` leaves summaries in the source language, so stored ones can be shown as they are."""
    probe = QT_TRANSLATE_NOOP("MessageSummary", "[图片]")
    return localize(CONTEXT, probe) != probe


# Envelope fields, which are not part of any body.
_ENVELOPE = frozenset(
    {"msgid", "action", "from", "tolist", "roomid", "msgtime", "msgtype", "seq", "publickey_ver"}
)


def _object_at(obj: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The object under `key`, also where a tool wrote it as a JSON string."""
    value = obj.get(key)
    if isinstance(value, str):
        value = f.decoded_json(value)
    return value if isinstance(value, dict) else None


def _parse_body(obj: dict[str, Any], msgtype: str) -> Body:
    body_type = BODY_TYPES.get(msgtype)
    if body_type is None:
        source = obj.get(msgtype) if isinstance(obj.get(msgtype), dict) else obj.get("info")
        if not isinstance(source, dict):
            source = {key: value for key, value in obj.items() if key not in _ENVELOPE}
        reason = UNKNOWN_TYPE.text(type=msgtype) if msgtype else MISSING_TYPE.text()
        return UnsupportedBody(msgtype, reason, f.salvaged_texts(source), salvaged_files(source, "file"))
    keys = (msgtype, *body_type.body_keys)
    top_level = _TOP_LEVEL_BODIES.get(msgtype, ())
    body_obj = next(
        (found for key in keys if (found := _object_at(obj, key)) is not None),
        obj if any(key in obj for key in top_level) else None,
    )
    if body_obj is None:
        wrong = next((key for key in keys if obj.get(key) is not None), None)
        if wrong is not None:
            return UnsupportedBody(msgtype, NOT_OBJECT.text(key=wrong, kind=type(obj[wrong]).__name__))
        return UnsupportedBody(msgtype, MISSING_BODY.text(keys=" or ".join(f"'{key}'" for key in keys)))
    try:
        return body_type.parse(body_obj, obj)
    except MalformedMessage as exc:
        kind = msgtype if msgtype in MEDIA_KINDS else "file"
        return UnsupportedBody(msgtype, str(exc), f.salvaged_texts(body_obj), salvaged_files(body_obj, kind))
