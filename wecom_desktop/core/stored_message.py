"""A message reduced to what the archive stores: plain values, cheap to send between processes.

A sync parses and prepares messages in its decrypt worker processes, one per core, so the
archive's writer, the one step that cannot run in parallel, only executes SQL.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from wecom_desktop.core.message import MediaRef, Message
from wecom_desktop.core.search_text import index_tokens, normalize


class StoredConversation(NamedTuple):
    key: str
    kind: str
    roomid: str
    participants: tuple[str, ...]


class StoredMessage(NamedTuple):
    msgid: str
    seq: int | None
    publickey_ver: int | None
    action: str
    sender: str
    recipients: tuple[str, ...]
    recipients_json: str
    roomid: str
    msgtime: int | None
    msgtype: str
    body: str  # the decrypted JSON exactly as received
    summary: str
    status: str
    problem: str
    revoked_msgid: str
    conversation: StoredConversation | None
    search_text: str  # normalised indexed text; empty when the message has none
    search_tokens: str  # its FTS5 document
    media: tuple[MediaRef, ...]


def stored_form(message: Message) -> StoredMessage:
    conversation = message.conversation
    search_text = normalize(message.index_text) if message.index_text else ""
    return StoredMessage(
        msgid=message.msgid,
        seq=message.seq,
        publickey_ver=message.publickey_ver,
        action=message.action,
        sender=message.sender,
        recipients=message.recipients,
        recipients_json=json.dumps(list(message.recipients), ensure_ascii=False),
        roomid=message.roomid,
        msgtime=message.msgtime,
        msgtype=message.msgtype,
        body=message.raw_json,
        summary=message.summary,
        status=message.status.value,
        problem=message.problem,
        revoked_msgid=message.revoked_msgid,
        conversation=None
        if conversation is None
        else StoredConversation(
            conversation.key, conversation.kind.value, conversation.roomid, conversation.participants
        ),
        search_text=search_text,
        search_tokens=index_tokens(search_text),
        media=message.media,
    )
