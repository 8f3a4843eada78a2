"""Building small archives for search tests, and the brute-force reference search."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, and_, func, or_, select, text, tuple_

from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.search_text import matches, normalize, parse_query
from wecom_desktop.store.engine import create_archive_engine, open_archive
from wecom_desktop.store.models import MESSAGES
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.writer import ArchiveWriter

_TEMPLATE: dict[str, Path] = {}


def fresh_archive(folder: Path) -> Engine:
    """An empty, migrated archive (copied from a template: migrating every time is slow)."""
    if "path" not in _TEMPLATE:
        template = Path(folder.parent / "template.sqlite3")
        open_archive(template).dispose()
        _TEMPLATE["path"] = template
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "archive.sqlite3"
    shutil.copyfile(_TEMPLATE["path"], target)
    return create_archive_engine(f"sqlite:///{target}")


@dataclass(frozen=True)
class Sent:
    msgid: str
    content: str
    msgtime: int
    sender: str = "zhangwei"
    to: str = "lina"
    roomid: str = ""
    msgtype: str = "text"


def as_json(message: Sent) -> str:
    body: dict[str, object] = {"content": message.content}
    if message.msgtype == "file":
        body = {"filename": message.content, "fileext": "pdf", "filesize": 10, "md5sum": "", "sdkfileid": "f"}
    if message.msgtype == "link":
        body = {
            "title": message.content,
            "description": "",
            "link_url": "https://example.com/x",
            "image_url": "",
        }
    return json.dumps(
        {
            "msgid": message.msgid,
            "action": "send",
            "from": message.sender,
            "tolist": [message.to],
            "roomid": message.roomid,
            "msgtime": message.msgtime,
            "msgtype": message.msgtype,
            message.msgtype: body,
        },
        ensure_ascii=False,
    )


def write(engine: Engine, *batches: list[Sent]) -> None:
    writer = ArchiveWriter(engine)
    for batch in batches:
        writer.write_batch([parse_message(as_json(message)) for message in batch])


def found(engine: Engine, query: str, filters: SearchFilters = SearchFilters()) -> list[str]:
    ids = list(Search(engine, query, filters).message_ids())
    with engine.connect() as connection:
        msgid_of = dict(connection.execute(text("SELECT id, msgid FROM messages")).all())
    return [msgid_of[i] for i in ids]


def brute_force(engine: Engine, query: str, filters: SearchFilters = SearchFilters()) -> list[str]:
    """Every stored message, parsed again and matched in Python: the reference result."""
    terms = parse_query(query)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, msgid, msgtime, body, sender, msgtype, conversation_id FROM messages")
        ).all()
    hits = []
    for row_id, msgid, msgtime, body, sender, msgtype, conversation_id in rows:
        if filters.sender is not None and sender != filters.sender:
            continue
        if filters.msgtypes and msgtype not in filters.msgtypes:
            continue
        if filters.conversation_id is not None and conversation_id != filters.conversation_id:
            continue
        if filters.since_ms is not None and (msgtime is None or msgtime < filters.since_ms):
            continue
        if filters.until_ms is not None and (msgtime is None or msgtime >= filters.until_ms):
            continue
        indexed = normalize(parse_message(body).index_text)
        if terms and not (indexed and matches(indexed, terms)):
            continue
        hits.append((msgtime if msgtime is not None else -(2**62), row_id, msgid))
    hits.sort(key=lambda hit: (-hit[0], -hit[1]))
    return [msgid for _, _, msgid in hits]


def message_position(engine: Engine, message_id: int) -> tuple[int | None, int]:
    """(conversation id, index of the message in its conversation's chronological order): the reference
    the paged readers are checked against."""
    with engine.connect() as connection:
        row = connection.execute(
            select(MESSAGES.c.conversation_id, MESSAGES.c.msgtime).where(MESSAGES.c.id == message_id)
        ).one()
        conversation_id, msgtime = row
        if conversation_id is None:
            return None, 0
        in_conversation = MESSAGES.c.conversation_id == conversation_id
        if msgtime is None:
            before = and_(MESSAGES.c.msgtime.is_(None), MESSAGES.c.id < message_id)
        else:
            before = or_(
                MESSAGES.c.msgtime.is_(None),
                tuple_(MESSAGES.c.msgtime, MESSAGES.c.id) < (msgtime, message_id),
            )
        count = connection.execute(select(func.count()).where(in_conversation, before)).scalar_one()
    return conversation_id, int(count)
