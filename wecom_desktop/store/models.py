"""SQLAlchemy ORM models of the archive database."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The message type ix_messages_conversation_type_time leaves out.
UNINDEXED_MSGTYPE = "text"


class Base(DeclarativeBase):
    pass


class ConversationRow(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)  # core.conversation.ConversationKey.key
    kind: Mapped[str] = mapped_column(String(16))  # single | group
    roomid: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str | None] = mapped_column(String)
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    first_msgtime: Mapped[int | None] = mapped_column(BigInteger)
    last_msgtime: Mapped[int | None] = mapped_column(BigInteger, index=True)
    last_message_id: Mapped[int | None] = mapped_column(Integer)
    message_count: Mapped[int] = mapped_column(Integer, default=0)


class ConversationMemberRow(Base):
    """Participants of a conversation: everyone seen as sender or recipient in it."""

    __tablename__ = "conversation_members"

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), primary_key=True)
    contact_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class MessageRow(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_time", "conversation_id", "msgtime", "id"),
        # A search of a conversation's files (images, …) reads them alone, not every message of the
        # conversation. Text, most of any conversation, is left out: its search reads the
        # conversation's own index nearly as well, and most sync writes skip this one.
        Index(
            "ix_messages_conversation_type_time",
            "conversation_id",
            "msgtype",
            "msgtime",
            "id",
            sqlite_where=text(f"msgtype != '{UNINDEXED_MSGTYPE}'"),
        ),
        Index("ix_messages_sender_time", "sender", "msgtime"),
        Index("ix_messages_type_time", "msgtype", "msgtime"),
        Index("ix_messages_revokes", "revokes_msgid", sqlite_where=text("revokes_msgid IS NOT NULL")),
        Index("ix_messages_status", "status", sqlite_where=text("status != 'ok'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    msgid: Mapped[str] = mapped_column(String, unique=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    publickey_ver: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16), default="")
    sender: Mapped[str] = mapped_column(String, default="")
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON array of ids
    roomid: Mapped[str] = mapped_column(String, default="")
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    msgtime: Mapped[int | None] = mapped_column(BigInteger, index=True)  # ms, UTC
    msgtype: Mapped[str] = mapped_column(String(32), default="")
    body: Mapped[str | None] = mapped_column(Text)  # decrypted JSON exactly as received
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # core.message.MessageStatus
    problem: Mapped[str] = mapped_column(Text, default="")  # why unsupported / undecryptable
    encrypt_random_key: Mapped[str | None] = mapped_column(Text)  # kept only while undecryptable
    encrypt_chat_msg: Mapped[str | None] = mapped_column(Text)
    revokes_msgid: Mapped[str | None] = mapped_column(String)  # revoke record → target
    revoked_by_msgid: Mapped[str | None] = mapped_column(String)  # target → its revoke record
    search_docid: Mapped[int | None] = mapped_column(Integer)  # SearchDocRow.docid of its indexed text


class SearchDocRow(Base):
    """A message's normalised indexed text; docids are dense and time-ordered within a segment."""

    __tablename__ = "search_docs"

    docid: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    text: Mapped[str] = mapped_column(Text)


class SearchSegmentRow(Base):
    """A docid range whose msgtimes never run more than the lateness bound behind each other."""

    __tablename__ = "search_segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lo_docid: Mapped[int] = mapped_column(Integer)
    hi_docid: Mapped[int] = mapped_column(Integer)
    max_msgtime: Mapped[int] = mapped_column(BigInteger)


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # core.ids.IdKind
    display_name: Mapped[str | None] = mapped_column(String)
    name_source: Mapped[str | None] = mapped_column(String(32))  # api | import | demo | manual


class MediaRow(Base):
    __tablename__ = "media"
    __table_args__ = (
        UniqueConstraint("message_id", "part"),
        # The download queue's counts and skips are answered from these, never from its rows.
        Index("ix_media_status_kind", "status", "kind", "attempts"),
        Index("ix_media_status_size", "status", "size"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    part: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(32))
    sdkfileid: Mapped[str] = mapped_column(Text)
    md5sum: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int | None] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String, default="")
    local_path: Mapped[str | None] = mapped_column(String)  # relative to the profile's media folder
    status: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    corp_id: Mapped[str] = mapped_column(String, primary_key=True)
    high_water_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[int] = mapped_column(BigInteger)  # ms


class AuditLogRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[int] = mapped_column(BigInteger, index=True)  # ms, UTC
    actor: Mapped[str] = mapped_column(String)  # OS account that ran the action
    action: Mapped[str] = mapped_column(String(32))  # sync | import | export | demo_build | …
    outcome: Mapped[str] = mapped_column(String(16))  # ok | failed | cancelled
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


MESSAGES = _table(MessageRow)
CONVERSATIONS = _table(ConversationRow)
MEMBERS = _table(ConversationMemberRow)
CONTACTS = _table(ContactRow)
MEDIA = _table(MediaRow)
SYNC_STATE = _table(SyncStateRow)
AUDIT_LOG = _table(AuditLogRow)
SEARCH_DOCS = _table(SearchDocRow)
SEARCH_SEGMENTS = _table(SearchSegmentRow)


def status_is(status: str) -> ColumnElement[bool]:
    """`status = …` for a status other than ok, in a form that SQLite answers from the partial
    index on status: it does not infer `status != 'ok'` from `status = 'undecryptable'`, and
    without the index the query reads the whole table."""
    return and_(MESSAGES.c.status == status, MESSAGES.c.status != "ok")
