"""Query plans of the read side stay on indexes, at any archive size.

An archive of millions of messages (and hundreds of thousands of media files) must answer each
query from an index: a plan that reads every message of a busy sender to find the few of a small
conversation, or sorts the whole download queue for every page, costs seconds to hours there
while a small test archive never shows it. These tests look at the plans instead of the clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, text

from tests.conftest import message_json
from tests.query_plans import captured, plans_of, reads_every_row, reads_rows_of
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store import media_queue, message_pages
from wecom_desktop.store.export_queries import export_source
from wecom_desktop.store.queries import list_conversations
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.search_results import SearchPager
from wecom_desktop.store.writer import ArchiveWriter

T0 = 1_700_000_000_000
# -- search: the filter columns' indexes -------------------------------------------------------


@pytest.fixture
def conversations(engine: Engine, writer: ArchiveWriter) -> dict[str, int]:
    """A busy sender: thirty messages in a big group, two in a small one; a quiet one: one in the big group."""
    sent = [
        message_json(
            f"big{i}", seq=i, roomid="room-big", msgtime=T0 + i * 1000, text={"content": f"合同 {i}"}
        )
        for i in range(30)
    ]
    sent += [
        message_json(
            f"small{i}", seq=100 + i, roomid="room-small", msgtime=T0 + i * 1500, text={"content": "合同"}
        )
        for i in range(2)
    ]
    sent.append(message_json("other", seq=200, roomid="room-big", msgtime=T0 - 1000, **{"from": "lina"}))
    writer.write_batch([parse_message(body) for body in sent])
    with engine.connect() as connection:
        rooms = connection.execute(text("SELECT roomid, id FROM conversations")).all()
    return {roomid: conversation_id for roomid, conversation_id in rooms}


def _found(engine: Engine, query: str, filters: SearchFilters) -> list[str]:
    ids = list(Search(engine, query, filters).message_ids())
    with engine.connect() as connection:
        msgid_of = dict(connection.execute(text("SELECT id, msgid FROM messages")).all())
    return [msgid_of[i] for i in ids]


@pytest.mark.parametrize("query", ["", "合同"])
def test_search_in_a_small_conversation_by_a_busy_sender_reads_the_conversation(
    engine: Engine, conversations: dict[str, int], query: str
) -> None:
    """SQLite, without statistics, read every message of the sender (a hundred thousand in a
    large archive) and checked its conversation; the conversation's index holds two of them."""
    filters = SearchFilters(conversation_id=conversations["room-small"], sender="zhangwei")
    statements = captured(engine, lambda: _found(engine, query, filters))
    plans = [
        (statement, plan)
        for statement, plan in plans_of(engine, statements, "FROM messages m")
        if "conversation_id" in statement and "sender" in statement
    ]
    assert plans, statements
    for statement, plan in plans:
        assert "ix_messages_conversation_time" in plan, (statement, plan)
        assert "ix_messages_sender_time" not in plan, (statement, plan)
        assert not reads_every_row(plan, "m"), (statement, plan)
    assert _found(engine, query, filters) == ["small1", "small0"]


def test_search_by_a_quiet_sender_in_a_big_conversation_reads_the_sender(
    engine: Engine, conversations: dict[str, int]
) -> None:
    filters = SearchFilters(conversation_id=conversations["room-big"], sender="lina")
    statements = captured(engine, lambda: _found(engine, "", filters))
    plans = [
        plan
        for statement, plan in plans_of(engine, statements, "FROM messages m")
        if "conversation_id" in statement and "sender" in statement
    ]
    assert plans and all("ix_messages_sender_time" in plan for plan in plans), plans
    assert _found(engine, "", filters) == ["other"]
    both = SearchFilters(conversation_id=conversations["room-big"], sender="zhangwei", msgtypes=("text",))
    assert _found(engine, "", both) == [f"big{i}" for i in reversed(range(30))]


def _file(msgid: str, seq: int, roomid: str, filename: str) -> str:
    body = {"sdkfileid": msgid, "md5sum": "0" * 32, "filename": filename, "fileext": "pdf", "filesize": 10}
    return message_json(msgid, seq=seq, roomid=roomid, msgtime=T0 + seq * 1000, msgtype="file", file=body)


@pytest.mark.parametrize("sender", [None, "zhangwei"])
def test_search_for_files_in_a_busy_conversation_reads_its_files_alone(
    engine: Engine, writer: ArchiveWriter, conversations: dict[str, int], sender: str | None
) -> None:
    """Through the conversation's index or the type's alone, '合同' in the files of a conversation
    of 220,928 messages read every one of them for its type: 270 ms on a million messages."""
    sent = [_file(f"file-big{i}", 300 + i, "room-big", f"合同{i}.pdf") for i in range(2)]
    sent += [_file(f"file-small{i}", 400 + i, "room-small", f"合同{i}.pdf") for i in range(2)]
    writer.write_batch([parse_message(body) for body in sent])
    filters = SearchFilters(conversation_id=conversations["room-big"], sender=sender, msgtypes=("file",))
    statements = captured(engine, lambda: _found(engine, "合同", filters))
    plans = [
        (statement, plan)
        for statement, plan in plans_of(engine, statements, "FROM messages m")
        if "conversation_id" in statement and "msgtype" in statement
    ]
    assert plans, statements
    index = "ix_messages_conversation_type_time (conversation_id=? AND msgtype=?)"
    assert all(index in plan for _, plan in plans), plans
    assert _found(engine, "合同", filters) == ["file-big1", "file-big0"]


# -- the media download queue ------------------------------------------------------------------


def _image(fileid: str) -> dict[str, Any]:
    return {"md5sum": "0" * 32, "filesize": 10, "sdkfileid": fileid}


@pytest.fixture
def media(engine: Engine, writer: ArchiveWriter) -> Engine:
    """Twenty images and ten two-picture messages; some downloaded, some failed, one out of attempts."""
    sent = []
    for i in reversed(range(30)):
        if i % 3:
            sent.append(message_json(f"img{i}", seq=i, msgtype="image", image=_image(f"img{i}")))
        else:
            items = [{"type": "image", "content": json.dumps(_image(f"mix{i}-{part}"))} for part in (0, 1)]
            sent.append(message_json(f"mix{i}", seq=i, msgtype="mixed", mixed={"item": items}))
    writer.write_batch([parse_message(body) for body in sent])
    with engine.connect() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM media ORDER BY id"))]
    assert len(ids) == 40
    for media_id in ids[::4]:
        media_queue.mark_downloaded(engine, media_id, f"files/{media_id}")
    for media_id in ids[1::4]:
        media_queue.mark_failed(engine, media_id, "network")
    for _ in range(3):
        media_queue.mark_failed(engine, ids[3], "network")
    return engine


def _pages(engine: Engine, page: int) -> list[list[tuple[int, int, int]]]:
    pages, after = [], None
    while batch := media_queue.queued_media(engine, 3, {"image"}, page, after):
        pages.append([(row.id, row.message_id, row.part) for row in batch])
        after = (batch[-1].message_id, batch[-1].part)
    return pages


def test_paging_a_large_download_queue_walks_it_in_order_instead_of_sorting_it(
    media: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page read and sorted the whole queue: paging through the 222,806 files of a
    million-message archive took 97 s of queries, and grows with the square of the queue."""
    small = _pages(media, 4)
    monkeypatch.setattr(media_queue, "_SORTED_AT_MOST", 5, raising=False)
    statements = captured(media, lambda: _pages(media, 4))
    plans = list(plans_of(media, statements, "ORDER BY media.message_id"))
    assert len(plans) > 3
    for statement, plan in plans:
        assert "TEMP B-TREE" not in plan, (statement, plan)
        assert "ix_media_status" not in plan, (statement, plan)
        assert "sqlite_autoindex_media_1" in plan, (statement, plan)
    assert any("(message_id,part)>" in plan for _, plan in plans), plans
    assert _pages(media, 4) == small
    assert [entry for page in small for entry in page] == sorted(
        (entry for page in small for entry in page), key=lambda entry: (entry[1], entry[2])
    )
    queued = [
        (row.id, row.message_id, row.part)
        for row in media_queue.queued_media(media, 3, {"image"}, None, None)
    ]
    assert [entry for page in small for entry in page] == queued and len(queued) == 29


def test_a_small_download_queue_is_read_through_the_status_index(media: Engine) -> None:
    statements = captured(media, lambda: _pages(media, 4))
    plans = list(plans_of(media, statements, "ORDER BY media.message_id"))
    assert plans and all("ix_media_status_kind (status=? AND kind=?)" in plan for _, plan in plans), plans


# Of the fixture's 40 images, 10 are downloaded and 1 has used 3 attempts.
QUEUE_COUNTS: dict[str, tuple[Callable[[Engine], object], object]] = {
    "count_queued": (lambda engine: media_queue.count_queued(engine, 3), 29),
    "count_queued with more attempts": (lambda engine: media_queue.count_queued(engine, 4), 30),
    "count_queued of kinds": (lambda engine: media_queue.count_queued(engine, 3, {"image", "video"}), 29),
    "queued_kinds": (lambda engine: media_queue.queued_kinds(engine, 3), {"image"}),
}


@pytest.mark.parametrize(("count", "expected"), QUEUE_COUNTS.values(), ids=QUEUE_COUNTS.keys())
def test_the_download_queue_is_counted_from_an_index_alone(
    media: Engine, count: Callable[[Engine], object], expected: object
) -> None:
    """The counts read every queued row: 43-210 ms for the 222,806 files of a million-message archive."""
    plans = list(plans_of(media, captured(media, lambda: count(media)), "FROM media"))
    assert plans
    for statement, plan in plans:
        assert "COVERING INDEX ix_media_status_kind" in plan, (statement, plan)
        assert not reads_rows_of(plan, "media"), (statement, plan)
        assert "MULTI-INDEX OR" not in plan, (statement, plan)  # which gathers the queue's row ids first
    assert count(media) == expected


def test_skipping_part_of_the_download_queue_finds_its_rows_through_an_index(media: Engine) -> None:
    """Each skip read every queued row to find the few of one kind or above one size."""
    statements = captured(media, lambda: media_queue.skip_kind(media, "video", "off", 3))
    plans = list(plans_of(media, statements, "UPDATE media"))
    assert plans and all("ix_media_status_kind (status=? AND kind=?)" in plan for _, plan in plans), plans
    statements = captured(media, lambda: media_queue.skip_larger_than(media, 5, "too large", 3))
    plans = list(plans_of(media, statements, "UPDATE media"))
    assert plans and all("ix_media_status_size (status=? AND size>?)" in plan for _, plan in plans), plans
    assert media_queue.count_queued(media, 3) == 0
    assert media_queue.media_counts(media)["skipped"] == 29


# -- the other readers of the message table ----------------------------------------------------


@pytest.fixture
def archive(engine: Engine, writer: ArchiveWriter) -> Engine:
    sent = [
        message_json(
            f"m{i}", seq=i, roomid="room", msgtime=T0 + i * 1000, **{"from": ("zhangwei", "lina")[i % 2]}
        )
        for i in range(40)
    ]
    writer.write_batch([parse_message(body) for body in sent])
    return engine


def _middle(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as connection:
        conversation, message_id, msgtime = connection.execute(
            text("SELECT conversation_id, id, msgtime FROM messages WHERE msgid = 'm20'")
        ).one()
    return conversation, message_id, msgtime


def _export(engine: Engine, **selection: Any) -> None:
    with export_source(engine, **selection) as source:
        source.overview()
        rows = source.page(None, 10)
        source.page((rows[-1].msgtime, rows[-1].id), 10)


def _search(engine: Engine, query: str, filters: SearchFilters) -> None:
    pager = SearchPager(engine, Search(engine, query, filters))
    try:
        pager.next_page(10)
    finally:
        pager.close()


READERS: dict[str, Callable[[Engine, int, int, int], object]] = {
    "conversation list": lambda engine, *_: list_conversations(engine),
    "newest": lambda engine, c, *_: message_pages.newest(engine, c, 10),
    "oldest": lambda engine, c, *_: message_pages.oldest(engine, c, 10),
    "older than": lambda engine, c, i, t: message_pages.older_than(engine, c, (t, i), 10),
    "newer than": lambda engine, c, i, t: message_pages.newer_than(engine, c, (t, i), 10),
    "around": lambda engine, c, i, t: message_pages.around(engine, c, i, 10),
    "export": lambda engine, c, i, t: _export(engine, conversation_id=c, since_ms=T0, until_ms=t),
    "search text": lambda engine, c, i, t: _search(engine, "合同", SearchFilters(since_ms=T0, until_ms=t)),
    "search filters": lambda engine, c, i, t: _search(
        engine, "", SearchFilters(conversation_id=c, sender="lina", msgtypes=("text", "image"))
    ),
    "search all": lambda engine, c, i, t: _search(engine, "", SearchFilters()),
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_readers_never_read_the_whole_message_table(
    archive: Engine, reader: Callable[[Engine, int, int, int], object]
) -> None:
    conversation, message_id, msgtime = _middle(archive)
    statements = captured(archive, lambda: reader(archive, conversation, message_id, msgtime))
    plans = list(plans_of(archive, statements, "messages"))
    assert plans
    for statement, plan in plans:
        assert not reads_every_row(plan, "messages") and not reads_every_row(plan, "m"), (statement, plan)
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (statement, plan)
