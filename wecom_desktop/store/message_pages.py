"""Keyset-paged reads of one conversation in chronological order, for the threaded view.

The order: messages without a msgtime first (by id), then by (msgtime, id). Each page is read as
two index range scans of `ix_messages_conversation_time` (the undated part and the dated
part), so a page costs the same at either end of a conversation of any size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, and_, func, or_, select

from wecom_desktop.store.models import CONTACTS, MEDIA, MESSAGES

Anchor = tuple[int | None, int]  # (msgtime, id) of a message: its place in the order


@dataclass(frozen=True, slots=True)
class MediaFile:
    """A file of a message, downloaded or not."""

    part: int
    kind: str
    status: str  # store.media_queue.MediaStatus
    local_path: str | None  # relative to the profile's media folder, '/'-separated
    filename: str
    size: int | None


@dataclass(frozen=True, slots=True)
class PageMessage:
    """What the threaded view needs of one message."""

    id: int
    msgid: str
    seq: int | None
    msgtime: int | None
    sender: str
    sender_name: str  # the contact's display name; empty when unknown
    msgtype: str
    body: str | None  # the decrypted JSON exactly as stored; None when undecryptable
    summary: str
    status: str
    problem: str
    revoked_by_msgid: str | None
    revoke_msgtime: int | None  # when the revoke record of this message was sent
    media: tuple[MediaFile, ...]

    @property
    def anchor(self) -> Anchor:
        return (self.msgtime, self.id)


_REVOKE = MESSAGES.alias("revoke")


def _select() -> Select[Any]:
    return (
        select(
            MESSAGES.c.id,
            MESSAGES.c.msgid,
            MESSAGES.c.seq,
            MESSAGES.c.msgtime,
            MESSAGES.c.sender,
            func.coalesce(CONTACTS.c.display_name, ""),
            MESSAGES.c.msgtype,
            MESSAGES.c.body,
            MESSAGES.c.summary,
            MESSAGES.c.status,
            MESSAGES.c.problem,
            MESSAGES.c.revoked_by_msgid,
            _REVOKE.c.msgtime,
        )
        .select_from(MESSAGES)
        .join(CONTACTS, CONTACTS.c.id == MESSAGES.c.sender, isouter=True)
        .join(_REVOKE, _REVOKE.c.msgid == MESSAGES.c.revoked_by_msgid, isouter=True)
    )


def _undated(after_id: int | None = None, forward: bool = True) -> ColumnElement[bool]:
    undated = MESSAGES.c.msgtime.is_(None)
    if after_id is None:
        return undated
    return and_(undated, MESSAGES.c.id > after_id if forward else MESSAGES.c.id < after_id)


def _dated(after: tuple[int, int] | None = None, forward: bool = True) -> ColumnElement[bool]:
    if after is None:
        return MESSAGES.c.msgtime.is_not(None)
    msgtime, message_id = after
    # The first term is the index range; the second only drops the anchor's own msgtime ties.
    if forward:
        return and_(
            MESSAGES.c.msgtime >= msgtime, or_(MESSAGES.c.msgtime > msgtime, MESSAGES.c.id > message_id)
        )
    return and_(MESSAGES.c.msgtime <= msgtime, or_(MESSAGES.c.msgtime < msgtime, MESSAGES.c.id < message_id))


def _segments(anchor: Anchor | None, forward: bool) -> list[ColumnElement[bool]]:
    """The parts of the order to read, nearest first: undated messages, then dated ones."""
    if anchor is None:
        return [_undated(), _dated()] if forward else [_dated(), _undated()]
    msgtime, message_id = anchor
    if msgtime is None:
        return [_undated(message_id, forward), _dated()] if forward else [_undated(message_id, forward)]
    dated = _dated((msgtime, message_id), forward)
    return [dated] if forward else [dated, _undated()]


def _scan(
    connection: Connection, conversation_id: int, anchor: Anchor | None, forward: bool, limit: int
) -> list[Sequence[Any]]:
    """Up to `limit` rows strictly after (`forward`) or before `anchor` (from the start or the
    end when it is None), nearest first."""
    rows: list[Sequence[Any]] = []
    time_order = MESSAGES.c.msgtime.asc() if forward else MESSAGES.c.msgtime.desc()
    id_order = MESSAGES.c.id.asc() if forward else MESSAGES.c.id.desc()
    for condition in _segments(anchor, forward):
        if len(rows) >= limit:
            break
        query = (
            _select()
            .where(MESSAGES.c.conversation_id == conversation_id, condition)
            .order_by(time_order, id_order)
            .limit(limit - len(rows))
        )
        rows.extend(connection.execute(query))
    return rows


def _media(connection: Connection, message_ids: list[int]) -> dict[int, list[MediaFile]]:
    files: dict[int, list[MediaFile]] = defaultdict(list)
    if not message_ids:
        return files
    query = (
        select(
            MEDIA.c.message_id,
            MEDIA.c.part,
            MEDIA.c.kind,
            MEDIA.c.status,
            MEDIA.c.local_path,
            MEDIA.c.filename,
            MEDIA.c.size,
        )
        .where(MEDIA.c.message_id.in_(message_ids))
        .order_by(MEDIA.c.message_id, MEDIA.c.part)
    )
    for row in connection.execute(query):
        files[row[0]].append(MediaFile(row[1], row[2], row[3], row[4], row[5] or "", row[6]))
    return files


def _messages(connection: Connection, rows: list[Sequence[Any]]) -> list[PageMessage]:
    media = _media(connection, [row[0] for row in rows])
    return [
        PageMessage(
            id=row[0],
            msgid=row[1],
            seq=row[2],
            msgtime=row[3],
            sender=row[4],
            sender_name=row[5],
            msgtype=row[6],
            body=row[7],
            summary=row[8],
            status=row[9],
            problem=row[10],
            revoked_by_msgid=row[11],
            revoke_msgtime=row[12],
            media=tuple(media.get(row[0], ())),
        )
        for row in rows
    ]


def newest(engine: Engine, conversation_id: int, limit: int) -> list[PageMessage]:
    """The conversation's last `limit` messages, oldest first."""
    with engine.connect() as connection:
        rows = _scan(connection, conversation_id, None, False, limit)
        return _messages(connection, rows[::-1])


def oldest(engine: Engine, conversation_id: int, limit: int) -> list[PageMessage]:
    """The conversation's first `limit` messages, oldest first."""
    with engine.connect() as connection:
        return _messages(connection, _scan(connection, conversation_id, None, True, limit))


def older_than(engine: Engine, conversation_id: int, anchor: Anchor, limit: int) -> list[PageMessage]:
    """The `limit` messages just before `anchor`, oldest first."""
    with engine.connect() as connection:
        rows = _scan(connection, conversation_id, anchor, False, limit)
        return _messages(connection, rows[::-1])


def newer_than(engine: Engine, conversation_id: int, anchor: Anchor, limit: int) -> list[PageMessage]:
    """The `limit` messages just after `anchor`, oldest first."""
    with engine.connect() as connection:
        return _messages(connection, _scan(connection, conversation_id, anchor, True, limit))


def around(engine: Engine, conversation_id: int, message_id: int, limit: int) -> list[PageMessage]:
    """Up to `limit // 2` messages before `message_id`, the message itself, then up to
    `limit - limit // 2 - 1` after it, oldest first; empty when it is not in the conversation."""
    with engine.connect() as connection:
        found = connection.execute(
            _select().where(MESSAGES.c.id == message_id, MESSAGES.c.conversation_id == conversation_id)
        ).first()
        if found is None:
            return []
        anchor: Anchor = (found[3], found[0])
        before = _scan(connection, conversation_id, anchor, False, limit // 2)
        after = _scan(connection, conversation_id, anchor, True, max(0, limit - limit // 2 - 1))
        return _messages(connection, [*before[::-1], found, *after])


def message_raw_json(engine: Engine, message_id: int) -> str | None:
    """The decrypted JSON of a message exactly as stored (None when it has none)."""
    with engine.connect() as connection:
        body = connection.execute(select(MESSAGES.c.body).where(MESSAGES.c.id == message_id)).scalar()
    return None if body is None else str(body)
