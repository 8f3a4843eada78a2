"""Read-side queries the viewer and the command line use."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from wecom_desktop.core.conversation import ConversationKey, ConversationKind
from wecom_desktop.core.i18n import Translate, untranslated
from wecom_desktop.core.ids import IdKind
from wecom_desktop.core.message import EncryptedRecord, MessageStatus
from wecom_desktop.core.parse import localized_summary, translates_summaries
from wecom_desktop.store.models import (
    AUDIT_LOG,
    CONTACTS,
    CONVERSATIONS,
    MEMBERS,
    MESSAGES,
    SYNC_STATE,
    status_is,
)

_TITLE_NAMES = 3


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    id: int
    kind: str
    title: str
    member_count: int
    message_count: int
    last_msgtime: int | None
    last_summary: str
    has_external: bool
    member_names: tuple[str, ...] = ()  # display names (or ids), for filtering the list
    first_msgtime: int | None = None
    roomid: str = ""  # a group's id; empty for a single chat


@dataclass(frozen=True, slots=True)
class ContactEntry:
    id: str
    display_name: str  # the id when no name is known
    kind: str  # core.ids.IdKind


def _member_names(engine: Engine, only: list[int] | None = None) -> tuple[dict[int, list[str]], set[int]]:
    """Member display names per conversation, and the conversations with an outside party."""
    names: dict[int, list[str]] = defaultdict(list)
    external: set[int] = set()
    query = (
        select(MEMBERS.c.conversation_id, MEMBERS.c.contact_id, CONTACTS.c.display_name, CONTACTS.c.kind)
        .join(CONTACTS, CONTACTS.c.id == MEMBERS.c.contact_id, isouter=True)
        .order_by(MEMBERS.c.conversation_id, MEMBERS.c.contact_id)
    )
    if only is not None:
        query = query.where(MEMBERS.c.conversation_id.in_(only))
    with engine.connect() as connection:
        for conversation_id, contact_id, display_name, kind in connection.execute(query):
            names[conversation_id].append(display_name or contact_id)
            if kind in (IdKind.EXTERNAL.value, IdKind.ROBOT.value):
                external.add(conversation_id)
    return names, external


def _title(kind: str, title: str | None, roomid: str, names: list[str]) -> str:
    if title:
        return title
    if kind == ConversationKind.SINGLE.value:
        return " ↔ ".join(names)
    shown = "、".join(names[:_TITLE_NAMES])
    return f"{shown}…" if len(names) > _TITLE_NAMES else (shown or roomid)


def list_conversations(engine: Engine, localize: Translate = untranslated) -> list[ConversationSummary]:
    """Every conversation, most recently active first, last messages summarised in `localize`'s language."""
    conversations = CONVERSATIONS
    messages = MESSAGES
    query = (
        select(
            conversations.c.id,
            conversations.c.kind,
            conversations.c.title,
            conversations.c.roomid,
            conversations.c.member_count,
            conversations.c.message_count,
            conversations.c.last_msgtime,
            func.coalesce(messages.c.summary, ""),
            messages.c.msgtype,
            messages.c.body,
            conversations.c.first_msgtime,
        )
        .join(messages, messages.c.id == conversations.c.last_message_id, isouter=True)
        .order_by(conversations.c.last_msgtime.desc().nulls_last(), conversations.c.id.desc())
    )
    names, external = _member_names(engine)
    relocalize = translates_summaries(localize)

    def summary(row: Sequence[Any]) -> str:
        if not relocalize or row[8] == "text":  # a text message's summary is its own words
            return str(row[7])
        return localized_summary(row[9], row[7], localize)

    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        ConversationSummary(
            id=row[0],
            kind=row[1],
            title=_title(row[1], row[2], row[3], names.get(row[0], [])),
            member_count=row[4],
            message_count=row[5],
            last_msgtime=row[6],
            last_summary=summary(row),
            has_external=row[0] in external,
            member_names=tuple(names.get(row[0], ())),
            first_msgtime=row[10],
            roomid=row[3] or "",
        )
        for row in rows
    ]


def list_contacts(engine: Engine) -> list[ContactEntry]:
    """Every known party (internal, external, robot), by display name."""
    name = func.coalesce(CONTACTS.c.display_name, CONTACTS.c.id)
    query = select(CONTACTS.c.id, name, CONTACTS.c.kind).order_by(name, CONTACTS.c.id)
    with engine.connect() as connection:
        return [ContactEntry(*row) for row in connection.execute(query)]


def has_completed(engine: Engine, action: str) -> bool:
    """Whether the audit log records a successful `action` (e.g. a finished demo build)."""
    audit = AUDIT_LOG
    with engine.connect() as connection:
        found = connection.execute(
            select(audit.c.id).where(audit.c.action == action, audit.c.outcome == "ok").limit(1)
        ).first()
    return found is not None


def conversation_titles(engine: Engine, conversation_ids: set[int]) -> dict[int, str]:
    """Display titles of a few conversations (the search results' page)."""
    if not conversation_ids:
        return {}
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                CONVERSATIONS.c.id, CONVERSATIONS.c.kind, CONVERSATIONS.c.title, CONVERSATIONS.c.roomid
            ).where(CONVERSATIONS.c.id.in_(conversation_ids))
        ).all()
    names, _ = _member_names(engine, [row.id for row in rows if not row.title])
    return {row.id: _title(row.kind, row.title, row.roomid, names.get(row.id, [])) for row in rows}


def find_conversation(engine: Engine, reference: str) -> int | None:
    """A conversation by number, group roomid, or 'userA,userB' for a single chat."""
    if reference.isdigit():
        condition = CONVERSATIONS.c.id == int(reference)
    elif "," in reference:
        parties = sorted({party.strip() for party in reference.split(",") if party.strip()})
        condition = CONVERSATIONS.c.key == ConversationKey(ConversationKind.SINGLE, "", tuple(parties)).key
    else:
        condition = CONVERSATIONS.c.roomid == reference
    with engine.connect() as connection:
        found = connection.execute(select(CONVERSATIONS.c.id).where(condition)).scalar()
    return None if found is None else int(found)


def checkpoint(engine: Engine, corp_id: str) -> int:
    """The high-water seq committed for `corp_id` (0 before the first sync)."""
    with engine.connect() as connection:
        found = connection.execute(
            select(SYNC_STATE.c.high_water_seq).where(SYNC_STATE.c.corp_id == corp_id)
        ).scalar()
    return int(found or 0)


def undecryptable_records(engine: Engine, after_id: int, limit: int) -> list[tuple[int, EncryptedRecord]]:
    """Stored records that could not be decrypted, with their row ids, in id order."""
    query = (
        select(
            MESSAGES.c.id,
            MESSAGES.c.msgid,
            MESSAGES.c.seq,
            MESSAGES.c.publickey_ver,
            MESSAGES.c.encrypt_random_key,
            MESSAGES.c.encrypt_chat_msg,
            MESSAGES.c.problem,
        )
        .where(status_is(MessageStatus.UNDECRYPTABLE), MESSAGES.c.id > after_id)
        .order_by(MESSAGES.c.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [
            (row[0], EncryptedRecord(row[1], row[2], row[3], row[4] or "", row[5] or "", row[6]))
            for row in connection.execute(query)
        ]


@dataclass(frozen=True, slots=True)
class ArchiveOverview:
    messages: int
    conversations: int
    last_sync_ms: int | None  # when the latest sync ran
    last_sync_outcome: str  # ok | failed | cancelled | running | ""


def archive_overview(engine: Engine) -> ArchiveOverview:
    """The few figures the status bar shows; cheap on any archive size."""
    audit = AUDIT_LOG
    with engine.connect() as connection:
        messages, conversations = connection.execute(
            select(func.coalesce(func.sum(CONVERSATIONS.c.message_count), 0), func.count())
        ).one()
        last = connection.execute(
            select(audit.c.at, audit.c.outcome)
            .where(audit.c.action == "sync")
            .order_by(audit.c.id.desc())
            .limit(1)
        ).first()
    return ArchiveOverview(
        int(messages), int(conversations), last[0] if last else None, last[1] if last else ""
    )
