"""Batch writes: messages and everything derived from them, with the checkpoint, in one transaction."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, bindparam, case, select, text

from wecom_desktop.core.bodies_base import EncryptedBody
from wecom_desktop.core.i18n import untranslated
from wecom_desktop.core.ids import classify_id
from wecom_desktop.core.message import EncryptedRecord, Message, MessageStatus
from wecom_desktop.core.search_text import normalize
from wecom_desktop.store import search_index
from wecom_desktop.store.dialect import execute_many, insert_ignoring_conflicts, upsert
from wecom_desktop.store.models import CONTACTS, CONVERSATIONS, MEDIA, MEMBERS, MESSAGES, SYNC_STATE

_CHUNK = 500  # bound parameters per IN (...) query

_CONVERSATION_UPDATE = text(
    """
    UPDATE conversations SET
      message_count = message_count + :n,
      first_msgtime = CASE WHEN :first IS NULL THEN first_msgtime
                           WHEN first_msgtime IS NULL OR :first < first_msgtime THEN :first
                           ELSE first_msgtime END,
      last_message_id = CASE WHEN last_msgtime IS NULL OR :last >= last_msgtime THEN :last_id
                             ELSE last_message_id END,
      last_msgtime = CASE WHEN :last IS NULL THEN last_msgtime
                          WHEN last_msgtime IS NULL OR :last >= last_msgtime THEN :last
                          ELSE last_msgtime END
    WHERE id = :id
    """
)
_MEMBER_COUNT = text(
    "UPDATE conversations SET member_count = "
    "(SELECT count(*) FROM conversation_members m WHERE m.conversation_id = conversations.id) WHERE id = :id"
)


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The sync high-water mark committed with a batch."""

    corp_id: str
    seq: int


@dataclass(slots=True)
class BatchResult:
    inserted: int = 0
    duplicates: int = 0
    message_ids: dict[str, int] = field(default_factory=dict)  # msgid → row id of what was inserted


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def now_ms() -> int:
    return int(time.time() * 1000)


class ArchiveWriter:
    """The archive's one writer. Caches only facts that committed transactions made true."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._known_members: set[tuple[int, str]] = set()
        self._known_contacts: set[str] = set()

    def write_batch(
        self,
        messages: Sequence[Message] = (),
        records: Sequence[EncryptedRecord] = (),
        checkpoint: Checkpoint | None = None,
        replace_undecryptable: bool = False,
    ) -> BatchResult:
        """Write a batch. With `replace_undecryptable`, stored undecryptable records of the same
        msgids are replaced by these messages (a retry after a key was added)."""
        members: set[tuple[int, str]] = set()
        contacts: set[str] = set()
        with self.engine.begin() as connection:
            if replace_undecryptable:
                for chunk in _chunks([m.msgid for m in messages]):
                    connection.execute(
                        MESSAGES.delete().where(
                            MESSAGES.c.msgid.in_(chunk),
                            MESSAGES.c.status == MessageStatus.UNDECRYPTABLE.value,
                        )
                    )
            result = self._write(connection, messages, records, members, contacts)
            if checkpoint is not None:
                self._save_checkpoint(connection, checkpoint)
        self._known_members |= members
        self._known_contacts |= contacts
        return result

    def _write(
        self,
        connection: Connection,
        messages: Sequence[Message],
        records: Sequence[EncryptedRecord],
        new_members: set[tuple[int, str]],
        new_contacts: set[str],
    ) -> BatchResult:
        result = BatchResult()
        fresh: dict[str, Message | EncryptedRecord] = {}
        items: list[Message | EncryptedRecord] = [*messages, *records]
        for item in items:
            if item.msgid in fresh:
                result.duplicates += 1
            else:
                fresh[item.msgid] = item
        existing = self._existing_msgids(connection, list(fresh))
        result.duplicates += len(existing)
        for msgid in existing:
            del fresh[msgid]
        if not fresh:
            return result
        new_messages = [item for item in fresh.values() if isinstance(item, Message)]
        conversation_ids = self._ensure_conversations(connection, new_messages)
        search_texts = {m.msgid: normalize(m.index_text) for m in new_messages if m.index_text}
        docids = search_index.assign_docids(
            connection, [(m.msgid, m.msgtime) for m in new_messages if m.msgid in search_texts]
        )
        rows = [
            _message_row(item, conversation_ids, docids.get(item.msgid))
            if isinstance(item, Message)
            else _record_row(item)
            for item in fresh.values()
        ]
        # A plain executemany: SQLite cannot batch an INSERT … RETURNING whose rows must come back in order.
        execute_many(connection, MESSAGES.insert(), rows)
        for chunk in _chunks(list(fresh)):
            found = connection.execute(
                select(MESSAGES.c.msgid, MESSAGES.c.id).where(MESSAGES.c.msgid.in_(chunk))
            )
            result.message_ids.update({msgid: row_id for msgid, row_id in found})
        result.inserted = len(result.message_ids)
        search_index.insert_documents(
            connection,
            [
                (docids[m.msgid], result.message_ids[m.msgid], search_texts[m.msgid])
                for m in new_messages
                if m.msgid in docids
            ],
        )
        self._update_conversations(
            connection, new_messages, conversation_ids, result.message_ids, new_members
        )
        self._add_contacts(connection, new_messages, new_contacts)
        self._add_media(connection, new_messages, result.message_ids)
        self._link_revokes(connection, new_messages)
        return result

    def _existing_msgids(self, connection: Connection, msgids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(msgids):
            found.update(connection.scalars(select(MESSAGES.c.msgid).where(MESSAGES.c.msgid.in_(chunk))))
        return found

    def _ensure_conversations(self, connection: Connection, messages: list[Message]) -> dict[str, int]:
        keys = {m.conversation.key: m.conversation for m in messages if m.conversation is not None}
        if not keys:
            return {}
        connection.execute(
            insert_ignoring_conflicts(connection, CONVERSATIONS),
            [
                {
                    "key": key,
                    "kind": conv.kind.value,
                    "roomid": conv.roomid,
                    "member_count": 0,
                    "message_count": 0,
                }
                for key, conv in keys.items()
            ],
        )
        ids: dict[str, int] = {}
        for chunk in _chunks(list(keys)):
            rows = connection.execute(
                select(CONVERSATIONS.c.key, CONVERSATIONS.c.id).where(CONVERSATIONS.c.key.in_(chunk))
            )
            ids.update({key: conversation_id for key, conversation_id in rows})
        return ids

    def _update_conversations(
        self,
        connection: Connection,
        messages: list[Message],
        conversation_ids: dict[str, int],
        message_ids: dict[str, int],
        new_members: set[tuple[int, str]],
    ) -> None:
        stats: dict[int, dict[str, int | None]] = {}
        members: set[tuple[int, str]] = set()
        for message in messages:
            if message.conversation is None:
                continue
            conversation_id = conversation_ids[message.conversation.key]
            entry = stats.setdefault(
                conversation_id, {"id": conversation_id, "n": 0, "first": None, "last": None, "last_id": None}
            )
            entry["n"] = (entry["n"] or 0) + 1
            moment = message.msgtime
            if moment is not None:
                first, last = entry["first"], entry["last"]
                if first is None or moment < first:
                    entry["first"] = moment
                if last is None or moment >= last:
                    entry["last"] = moment
                    entry["last_id"] = message_ids[message.msgid]
            elif entry["last_id"] is None:
                entry["last_id"] = message_ids[message.msgid]
            members.update((conversation_id, party) for party in message.conversation.participants)
        if stats:
            execute_many(connection, _CONVERSATION_UPDATE, list(stats.values()))
        members -= self._known_members
        if members:
            connection.execute(
                insert_ignoring_conflicts(connection, MEMBERS),
                [{"conversation_id": cid, "contact_id": party} for cid, party in members],
            )
            connection.execute(_MEMBER_COUNT, [{"id": cid} for cid in {cid for cid, _ in members}])
            new_members |= members

    def _add_contacts(self, connection: Connection, messages: list[Message], new_contacts: set[str]) -> None:
        parties = {party for m in messages for party in (m.sender, *m.recipients) if party}
        parties -= self._known_contacts
        if parties:
            connection.execute(
                insert_ignoring_conflicts(connection, CONTACTS),
                [{"id": party, "kind": classify_id(party).value} for party in parties],
            )
            new_contacts |= parties

    def _add_media(
        self, connection: Connection, messages: list[Message], message_ids: dict[str, int]
    ) -> None:
        rows = [
            {
                "message_id": message_ids[m.msgid],
                "part": ref.part,
                "kind": ref.kind,
                "sdkfileid": ref.sdkfileid,
                "md5sum": ref.md5sum,
                "size": ref.size,
                "filename": ref.filename,
                "status": "pending",
                "error": "",
                "attempts": 0,
            }
            for m in messages
            for ref in m.media
        ]
        execute_many(connection, MEDIA.insert(), rows)

    def _link_revokes(self, connection: Connection, messages: list[Message]) -> None:
        """Mark revoked originals, whichever of the pair arrived first."""
        links = {m.revoked_msgid: m.msgid for m in messages if m.revoked_msgid}
        for chunk in _chunks([m.msgid for m in messages]):
            rows = connection.execute(
                select(MESSAGES.c.revokes_msgid, MESSAGES.c.msgid).where(MESSAGES.c.revokes_msgid.in_(chunk))
            )
            links.update({target: revoke for target, revoke in rows})
        if links:
            connection.execute(
                MESSAGES.update()
                .where(MESSAGES.c.msgid == bindparam("target"), MESSAGES.c.revoked_by_msgid.is_(None))
                .values(revoked_by_msgid=bindparam("revoke")),
                [{"target": target, "revoke": revoke} for target, revoke in links.items()],
            )

    def _save_checkpoint(self, connection: Connection, checkpoint: Checkpoint) -> None:
        statement = upsert(
            connection,
            SYNC_STATE,
            ["corp_id"],
            lambda excluded: {
                "high_water_seq": case(
                    (excluded.high_water_seq > SYNC_STATE.c.high_water_seq, excluded.high_water_seq),
                    else_=SYNC_STATE.c.high_water_seq,
                ),
                "updated_at": excluded.updated_at,
            },
        )
        connection.execute(
            statement,
            {"corp_id": checkpoint.corp_id, "high_water_seq": checkpoint.seq, "updated_at": now_ms()},
        )


def _message_row(
    message: Message, conversation_ids: dict[str, int], search_docid: int | None
) -> dict[str, object]:
    return {
        "msgid": message.msgid,
        "seq": message.seq,
        "publickey_ver": message.publickey_ver,
        "action": message.action,
        "sender": message.sender,
        "recipients": json.dumps(list(message.recipients), ensure_ascii=False),
        "roomid": message.roomid,
        "conversation_id": conversation_ids.get(message.conversation.key) if message.conversation else None,
        "msgtime": message.msgtime,
        "msgtype": message.msgtype,
        "body": message.raw_json,
        "summary": message.summary,
        "status": message.status.value,
        "problem": message.problem,
        "encrypt_random_key": None,
        "encrypt_chat_msg": None,
        "revokes_msgid": message.revoked_msgid or None,
        "revoked_by_msgid": None,
        "search_docid": search_docid,
    }


def _record_row(record: EncryptedRecord) -> dict[str, object]:
    return {
        "msgid": record.msgid,
        "seq": record.seq,
        "publickey_ver": record.publickey_ver,
        "action": "",
        "sender": "",
        "recipients": "[]",
        "roomid": "",
        "conversation_id": None,
        "msgtime": None,
        "msgtype": "",
        "body": None,
        "summary": EncryptedBody(record.error).summary(untranslated),
        "status": MessageStatus.UNDECRYPTABLE.value,
        "problem": record.error,
        "encrypt_random_key": record.encrypt_random_key,
        "encrypt_chat_msg": record.encrypt_chat_msg,
        "revokes_msgid": None,
        "revoked_by_msgid": None,
        "search_docid": None,
    }


def set_contact_names(engine: Engine, names: Iterable[tuple[str, str]], source: str) -> None:
    """Record display names (id, name) learnt from `source` (api, import, demo, manual)."""
    rows = [
        {"id": party, "kind": classify_id(party).value, "display_name": name, "name_source": source}
        for party, name in names
    ]
    if not rows:
        return
    with engine.begin() as connection:
        statement = upsert(
            connection,
            CONTACTS,
            ["id"],
            lambda excluded: {"display_name": excluded.display_name, "name_source": excluded.name_source},
        )
        connection.execute(statement, rows)


def set_conversation_titles(engine: Engine, titles: Iterable[tuple[str, str]]) -> None:
    """Set group names by roomid (from the groupchat APIs, or the demo)."""
    rows = [{"room": roomid, "title": title} for roomid, title in titles]
    if rows:
        with engine.begin() as connection:
            connection.execute(
                CONVERSATIONS.update()
                .where(CONVERSATIONS.c.roomid == bindparam("room"))
                .values(title=bindparam("title")),
                rows,
            )
