"""Reading a chosen set of messages for an export: chronological pages, never the ciphertext."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Engine,
    FromClause,
    Index,
    Integer,
    MetaData,
    Table,
    and_,
    exists,
    func,
    or_,
    select,
    tuple_,
)

from wecom_desktop.store.models import CONTACTS, CONVERSATIONS, MESSAGES
from wecom_desktop.store.queries import conversation_titles

_CHUNK = 500  # bound parameters per IN (...) query

# The listed messages of one export, by time: a per-connection table, so pages stay indexed.
_SELECTED = Table(
    "export_selection",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("msgtime", BigInteger),
    prefixes=["TEMPORARY"],
)
Index("ix_export_selection_time", _SELECTED.c.msgtime, _SELECTED.c.id)

# encrypt_random_key / encrypt_chat_msg are deliberately not among these.
_COLUMNS = (
    MESSAGES.c.id,
    MESSAGES.c.msgid,
    MESSAGES.c.seq,
    MESSAGES.c.publickey_ver,
    MESSAGES.c.msgtime,
    MESSAGES.c.action,
    MESSAGES.c.sender,
    func.coalesce(CONTACTS.c.display_name, MESSAGES.c.sender).label("sender_name"),
    MESSAGES.c.roomid,
    MESSAGES.c.conversation_id,
    MESSAGES.c.msgtype,
    MESSAGES.c.body,
    MESSAGES.c.summary,
    MESSAGES.c.status,
    MESSAGES.c.problem,
    MESSAGES.c.revoked_by_msgid,
)


@dataclass(frozen=True, slots=True)
class ExportRow:
    id: int
    msgid: str
    seq: int | None
    publickey_ver: int | None
    msgtime: int | None
    action: str
    sender: str
    sender_name: str
    roomid: str
    conversation_id: int | None
    msgtype: str
    body: str | None  # the decrypted JSON exactly as stored; None when undecryptable
    summary: str
    status: str
    problem: str
    revoked_by_msgid: str | None
    conversation_title: str


@dataclass(frozen=True, slots=True)
class ExportOverview:
    count: int
    first_msgtime: int | None
    last_msgtime: int | None


def _after(
    time: ColumnElement[int | None], row_id: ColumnElement[int], key: tuple[int | None, int]
) -> ColumnElement[bool]:
    """Rows after `key` in (msgtime NULLS FIRST, id) order."""
    key_time, key_id = key
    if key_time is None:
        return or_(and_(time.is_(None), row_id > key_id), time.is_not(None))
    return and_(time.is_not(None), tuple_(time, row_id) > (key_time, key_id))


class ExportSource:
    """The messages of one export, read over one connection in chronological pages.

    Only messages that existed when it was opened are read (listed ones are copied then), so
    the count announced before writing matches what is written while a sync goes on.
    """

    def __init__(
        self,
        engine: Engine,
        connection: Connection,
        conversation_id: int | None,
        since_ms: int | None,
        until_ms: int | None,
        listed: bool,
    ) -> None:
        self._engine = engine
        self._connection = connection
        self._titles: dict[int, str] = {}
        self._conditions: list[ColumnElement[bool]] = []
        self._source: FromClause = MESSAGES
        self._counted: FromClause = MESSAGES
        self._time: ColumnElement[int | None] = MESSAGES.c.msgtime
        self._id: ColumnElement[int] = MESSAGES.c.id
        if listed:
            self._source = _SELECTED.join(MESSAGES, MESSAGES.c.id == _SELECTED.c.id)
            self._counted = _SELECTED
            self._time, self._id = _SELECTED.c.msgtime, _SELECTED.c.id
        else:
            newest = connection.execute(select(func.max(MESSAGES.c.id))).scalar()
            self._conditions.append(MESSAGES.c.id <= (newest or 0))
            self._conditions.append(MESSAGES.c.conversation_id == conversation_id)
            if since_ms is not None:
                self._conditions.append(MESSAGES.c.msgtime >= since_ms)
            if until_ms is not None:
                self._conditions.append(MESSAGES.c.msgtime < until_ms)

    def overview(self) -> ExportOverview:
        query = (
            select(func.count(), func.min(self._time), func.max(self._time))
            .select_from(self._counted)
            .where(*self._conditions)
        )
        count, first, last = self._connection.execute(query).one()
        return ExportOverview(int(count), first, last)

    def page(self, after: tuple[int | None, int] | None, limit: int) -> list[ExportRow]:
        """Up to `limit` messages after `after` (the (msgtime, id) of the last one read)."""
        query = (
            select(*_COLUMNS)
            .select_from(self._source.outerjoin(CONTACTS, CONTACTS.c.id == MESSAGES.c.sender))
            .where(*self._conditions)
        )
        if after is not None:
            query = query.where(_after(self._time, self._id, after))
        query = query.order_by(self._time.asc().nulls_first(), self._id.asc()).limit(limit)
        rows = [row._mapping for row in self._connection.execute(query)]
        conversations = {row["conversation_id"] for row in rows} - {None} - self._titles.keys()
        self._titles.update(conversation_titles(self._engine, conversations))
        return [
            ExportRow(**row, conversation_title=self._titles.get(row["conversation_id"], "")) for row in rows
        ]


def _load_listed(connection: Connection, message_ids: Iterable[int]) -> None:
    _SELECTED.drop(connection, checkfirst=True)  # left on this pooled connection by a failed export
    _SELECTED.create(connection)
    ids = iter(message_ids)
    while chunk := sorted(set(islice(ids, _CHUNK))):
        already = exists().where(_SELECTED.c.id == MESSAGES.c.id)
        connection.execute(
            _SELECTED.insert().from_select(
                ["id", "msgtime"],
                select(MESSAGES.c.id, MESSAGES.c.msgtime).where(MESSAGES.c.id.in_(chunk), ~already),
            )
        )
    connection.commit()  # a read of the archive must not hold a transaction open for the whole export


@contextmanager
def export_source(
    engine: Engine,
    conversation_id: int | None = None,
    since_ms: int | None = None,
    until_ms: int | None = None,
    message_ids: Iterable[int] | None = None,
) -> Iterator[ExportSource]:
    """A conversation's messages in [since_ms, until_ms), or the listed messages, oldest first."""
    with engine.connect() as connection:
        try:
            if message_ids is not None:
                _load_listed(connection, message_ids)
            yield ExportSource(
                engine, connection, conversation_id, since_ms, until_ms, listed=message_ids is not None
            )
        finally:
            if message_ids is not None:
                connection.rollback()
                _SELECTED.drop(connection, checkfirst=True)
                connection.commit()


def conversations_titled(engine: Engine, title: str) -> list[int]:
    """Conversations whose stored title (a group's name) is exactly `title`."""
    with engine.connect() as connection:
        found = connection.execute(
            select(CONVERSATIONS.c.id).where(CONVERSATIONS.c.title == title).order_by(CONVERSATIONS.c.id)
        ).scalars()
        return [int(conversation_id) for conversation_id in found]
