"""Batch writes: messages and everything derived from them, with the checkpoint, in one transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, bindparam, case, select, text
from sqlalchemy import exc as sa_exc

from wecom_desktop.core.bodies_base import EncryptedBody
from wecom_desktop.core.i18n import untranslated
from wecom_desktop.core.ids import classify_id
from wecom_desktop.core.message import EncryptedRecord, Message, MessageStatus
from wecom_desktop.core.stored_message import StoredMessage, stored_form
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
# Built once: a statement built per batch would coerce each of its IN (...) values anew.
_STORED_MSGIDS = select(MESSAGES.c.msgid).where(MESSAGES.c.msgid.in_(bindparam("ids", expanding=True)))
_ROW_IDS = select(MESSAGES.c.msgid, MESSAGES.c.id).where(
    MESSAGES.c.msgid.in_(bindparam("ids", expanding=True))
)
_CONVERSATION_IDS = select(CONVERSATIONS.c.key, CONVERSATIONS.c.id).where(
    CONVERSATIONS.c.key.in_(bindparam("keys", expanding=True))
)
_REVOKES_OF = select(MESSAGES.c.revokes_msgid, MESSAGES.c.msgid).where(
    MESSAGES.c.revokes_msgid.in_(bindparam("ids", expanding=True))
)
_MEMBER_COUNT = text(
    "UPDATE conversations SET member_count = "
    "(SELECT count(*) FROM conversation_members m WHERE m.conversation_id = conversations.id) WHERE id = :id"
)


_MESSAGE_COLUMNS = (
    "msgid", "seq", "publickey_ver", "action", "sender", "recipients", "roomid", "conversation_id", "msgtime",
    "msgtype", "body", "summary", "status", "problem", "encrypt_random_key", "encrypt_chat_msg",
    "revokes_msgid", "revoked_by_msgid", "search_docid",
)  # fmt: skip
_MEDIA_COLUMNS = (
    "message_id", "part", "kind", "sdkfileid", "md5sum", "size", "filename", "status", "error", "attempts",
)  # fmt: skip


@dataclass(slots=True)
class _ConversationStats:
    """What a batch adds to one conversation."""

    count: int = 0
    first: int | None = None
    last: int | None = None
    last_id: int | None = None


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


def _add(total: BatchResult, part: BatchResult) -> None:
    total.inserted += part.inserted
    total.duplicates += part.duplicates
    total.message_ids.update(part.message_ids)


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])


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
        messages: Sequence[Message | StoredMessage] = (),
        records: Sequence[EncryptedRecord] = (),
        checkpoint: Checkpoint | None = None,
        replace_undecryptable: bool = False,
    ) -> BatchResult:
        """Write a batch. With `replace_undecryptable`, stored undecryptable records of the same
        msgids are replaced by these messages (a retry after a key was added)."""
        stored = [m if isinstance(m, StoredMessage) else stored_form(m) for m in messages]
        members: set[tuple[int, str]] = set()
        contacts: set[str] = set()
        with self.engine.begin() as connection:
            if replace_undecryptable:
                for chunk in _chunks([m.msgid for m in stored]):
                    connection.execute(
                        MESSAGES.delete().where(
                            MESSAGES.c.msgid.in_(chunk),
                            MESSAGES.c.status == MessageStatus.UNDECRYPTABLE.value,
                        )
                    )
            result = self._write(connection, stored, records, members, contacts)
            if checkpoint is not None:
                self._save_checkpoint(connection, checkpoint)
        self._known_members |= members
        self._known_contacts |= contacts
        return result

    def write_batch_isolating(
        self,
        messages: Sequence[StoredMessage],
        records: Sequence[EncryptedRecord] = (),
        checkpoint: Checkpoint | None = None,
        replace_undecryptable: bool = False,
        keep_refused: Callable[[StoredMessage, str], EncryptedRecord | None] = lambda message, why: None,
    ) -> tuple[BatchResult, list[tuple[StoredMessage, str]]]:
        """`write_batch`, except that a message the database refuses does not stop the others.

        A sync that failed on the same page every time would never reach the messages after it,
        and the server deletes them after a few days. When the batch is refused, each message is
        written on its own; `keep_refused` gives what to store instead of a refused one, which
        commits with the records and the checkpoint. Returns the refused messages with why.
        """
        try:
            return self.write_batch(messages, records, checkpoint, replace_undecryptable), []
        except Exception as exc:
            if not self._refused_a_value(exc):
                raise
        result = BatchResult()
        refused: list[tuple[StoredMessage, str]] = []
        for message in messages:
            try:
                part = self.write_batch([message], replace_undecryptable=replace_undecryptable)
            except Exception as exc:
                if not self._refused_a_value(exc):
                    raise
                first_line = str(exc).splitlines()[0] if str(exc) else ""
                refused.append((message, f"{type(exc).__name__}: {first_line}"[:200]))
                continue
            _add(result, part)
        kept = [record for message, why in refused if (record := keep_refused(message, why)) is not None]
        _add(result, self.write_batch((), [*records, *kept], checkpoint))
        return result, refused

    def _refused_a_value(self, exc: Exception) -> bool:
        """Whether the database refused a value of the batch, rather than failing itself (disk, lock)."""
        dbapi = self.engine.dialect.dbapi
        if isinstance(exc, sa_exc.IntegrityError) or (
            dbapi is not None and isinstance(exc, dbapi.IntegrityError)
        ):
            return True
        if isinstance(exc, sa_exc.DBAPIError) or (dbapi is not None and isinstance(exc, dbapi.Error)):
            return False
        return isinstance(exc, ValueError | OverflowError | TypeError | sa_exc.StatementError)

    def _write(
        self,
        connection: Connection,
        messages: Sequence[StoredMessage],
        records: Sequence[EncryptedRecord],
        new_members: set[tuple[int, str]],
        new_contacts: set[str],
    ) -> BatchResult:
        result = BatchResult()
        fresh: dict[str, StoredMessage | EncryptedRecord] = {}
        items: list[StoredMessage | EncryptedRecord] = [*messages, *records]
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
        new_messages = [item for item in fresh.values() if isinstance(item, StoredMessage)]
        conversation_ids = self._ensure_conversations(connection, new_messages)
        docids = search_index.assign_docids(
            connection, [(m.msgid, m.msgtime) for m in new_messages if m.search_text]
        )
        rows = [
            _message_row(item, conversation_ids, docids.get(item.msgid))
            if isinstance(item, StoredMessage)
            else _record_row(item)
            for item in fresh.values()
        ]
        # A plain executemany: SQLite cannot batch an INSERT … RETURNING whose rows must come back in order.
        execute_many(connection, MESSAGES.insert(), _MESSAGE_COLUMNS, rows)
        for chunk in _chunks(list(fresh)):
            found = connection.execute(_ROW_IDS, {"ids": chunk})
            result.message_ids.update({msgid: row_id for msgid, row_id in found})
        result.inserted = len(result.message_ids)
        search_index.insert_documents(
            connection,
            [
                (docids[m.msgid], result.message_ids[m.msgid], m.search_text, m.search_tokens)
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
            found.update(connection.scalars(_STORED_MSGIDS, {"ids": chunk}))
        return found

    def _ensure_conversations(self, connection: Connection, messages: list[StoredMessage]) -> dict[str, int]:
        keys = {m.conversation.key: m.conversation for m in messages if m.conversation is not None}
        if not keys:
            return {}
        connection.execute(
            insert_ignoring_conflicts(connection, CONVERSATIONS),
            [
                {
                    "key": key,
                    "kind": conv.kind,
                    "roomid": conv.roomid,
                    "member_count": 0,
                    "message_count": 0,
                }
                for key, conv in keys.items()
            ],
        )
        ids: dict[str, int] = {}
        for chunk in _chunks(list(keys)):
            rows = connection.execute(_CONVERSATION_IDS, {"keys": chunk})
            ids.update({key: conversation_id for key, conversation_id in rows})
        return ids

    def _update_conversations(
        self,
        connection: Connection,
        messages: list[StoredMessage],
        conversation_ids: dict[str, int],
        message_ids: dict[str, int],
        new_members: set[tuple[int, str]],
    ) -> None:
        stats: dict[int, _ConversationStats] = {}
        participant_sets: set[tuple[int, tuple[str, ...]]] = set()  # a group's messages mostly share one
        for message in messages:
            if message.conversation is None:
                continue
            conversation_id = conversation_ids[message.conversation.key]
            entry = stats.get(conversation_id)
            if entry is None:
                entry = stats[conversation_id] = _ConversationStats()
            entry.count += 1
            moment = message.msgtime
            if moment is not None:
                if entry.first is None or moment < entry.first:
                    entry.first = moment
                if entry.last is None or moment >= entry.last:
                    entry.last = moment
                    entry.last_id = message_ids[message.msgid]
            elif entry.last_id is None:
                entry.last_id = message_ids[message.msgid]
            participant_sets.add((conversation_id, message.conversation.participants))
        execute_many(
            connection,
            _CONVERSATION_UPDATE,
            ("id", "n", "first", "last", "last_id"),
            [(cid, e.count, e.first, e.last, e.last_id) for cid, e in stats.items()],
        )
        members = {(cid, party) for cid, parties in participant_sets for party in parties}
        members -= self._known_members
        if members:
            execute_many(
                connection,
                insert_ignoring_conflicts(connection, MEMBERS),
                ("conversation_id", "contact_id"),
                list(members),
            )
            execute_many(connection, _MEMBER_COUNT, ("id",), [(cid,) for cid in {cid for cid, _ in members}])
            new_members |= members

    def _add_contacts(
        self, connection: Connection, messages: list[StoredMessage], new_contacts: set[str]
    ) -> None:
        # A conversation's participants, not its raw tolist: a group call names the group there.
        parties = {
            party
            for m in messages
            for party in (m.conversation.participants if m.conversation else (m.sender, *m.recipients))
            if party
        }
        parties -= self._known_contacts
        if parties:
            execute_many(
                connection,
                insert_ignoring_conflicts(connection, CONTACTS),
                ("id", "kind"),
                [(party, classify_id(party).value) for party in parties],
            )
            new_contacts |= parties

    def _add_media(
        self, connection: Connection, messages: list[StoredMessage], message_ids: dict[str, int]
    ) -> None:
        rows = [
            (message_ids[m.msgid], ref.part, ref.kind, ref.sdkfileid, ref.md5sum, ref.size, ref.filename,
             "pending", "", 0)
            for m in messages
            for ref in m.media
        ]  # fmt: skip
        execute_many(connection, MEDIA.insert(), _MEDIA_COLUMNS, rows)

    def _link_revokes(self, connection: Connection, messages: list[StoredMessage]) -> None:
        """Mark revoked originals, whichever of the pair arrived first."""
        links = {m.revoked_msgid: m.msgid for m in messages if m.revoked_msgid}
        for chunk in _chunks([m.msgid for m in messages]):
            rows = connection.execute(_REVOKES_OF, {"ids": chunk})
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
    message: StoredMessage, conversation_ids: dict[str, int], search_docid: int | None
) -> tuple[object, ...]:
    """The message's values in _MESSAGE_COLUMNS order."""
    conversation = message.conversation
    return (
        message.msgid,
        message.seq,
        message.publickey_ver,
        message.action,
        message.sender,
        message.recipients_json,
        message.roomid,
        conversation_ids.get(conversation.key) if conversation is not None else None,
        message.msgtime,
        message.msgtype,
        message.body,
        message.summary,
        message.status,
        message.problem,
        None,  # encrypt_random_key
        None,  # encrypt_chat_msg
        message.revoked_msgid or None,
        None,  # revoked_by_msgid
        search_docid,
    )


def _record_row(record: EncryptedRecord) -> tuple[object, ...]:
    """An undecryptable record's values in _MESSAGE_COLUMNS order."""
    return (
        record.msgid,
        record.seq,
        record.publickey_ver,
        "",  # action
        "",  # sender
        "[]",  # recipients
        "",  # roomid
        None,  # conversation_id
        None,  # msgtime
        "",  # msgtype
        None,  # body
        EncryptedBody(record.error).summary(untranslated),
        MessageStatus.UNDECRYPTABLE.value,
        record.error,
        record.encrypt_random_key,
        record.encrypt_chat_msg,
        None,  # revokes_msgid
        None,  # revoked_by_msgid
        None,  # search_docid
    )


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
