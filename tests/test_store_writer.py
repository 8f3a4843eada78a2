"""Batch writes: derived rows, duplicates, revokes, undecryptable records, atomic checkpoint."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import IntegrityError

from tests.conftest import message_json
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.errors import ArchiveStorageError
from wecom_desktop.store.writer import ArchiveWriter, Checkpoint, set_contact_names, set_conversation_titles

CUSTOMER = "wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"
ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"


def rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_single_chat_both_directions_form_one_conversation(engine: Engine, writer: ArchiveWriter) -> None:
    t = 1_700_000_000_000
    out = parse_message(message_json("m1", msgtime=t + 1000))
    back = parse_message(message_json("m2", msgtime=t + 3000, **{"from": CUSTOMER, "tolist": ["zhangwei"]}))
    middle = parse_message(message_json("m3", msgtime=t + 2000))
    writer.write_batch([out, back])
    writer.write_batch([middle])
    assert rows(
        engine, "SELECT kind, message_count, first_msgtime, last_msgtime, member_count FROM conversations"
    ) == [("single", 3, t + 1000, t + 3000, 2)]
    last = rows(engine, "SELECT m.msgid FROM conversations c JOIN messages m ON m.id = c.last_message_id")
    assert last == [("m2",)]
    assert rows(engine, "SELECT id, kind FROM contacts ORDER BY id") == [
        (CUSTOMER, "external"),
        ("zhangwei", "internal"),
    ]


def test_group_members_are_everyone_seen(engine: Engine, writer: ArchiveWriter) -> None:
    first = parse_message(message_json("g1", roomid=ROOM, tolist=["lina", "wangfang"]))
    second = parse_message(
        message_json("g2", roomid=ROOM, tolist=["lina", "chenjie"], **{"from": "wangfang"})
    )
    writer.write_batch([first])
    writer.write_batch([second])
    assert rows(engine, "SELECT kind, roomid, member_count, message_count FROM conversations") == [
        ("group", ROOM, 4, 2)
    ]
    members = rows(engine, "SELECT contact_id FROM conversation_members ORDER BY contact_id")
    assert members == [("chenjie",), ("lina",), ("wangfang",), ("zhangwei",)]


def test_duplicates_within_and_across_batches_change_nothing(engine: Engine, writer: ArchiveWriter) -> None:
    message = parse_message(message_json("dup"))
    first = writer.write_batch([message, message])
    second = writer.write_batch([message])
    assert (first.inserted, first.duplicates) == (1, 1)
    assert (second.inserted, second.duplicates) == (0, 1)
    assert rows(engine, "SELECT count(*) FROM messages") == [(1,)]
    assert rows(engine, "SELECT message_count FROM conversations") == [(1,)]


@pytest.mark.parametrize("revoke_first", [False, True])
def test_revoke_marks_the_original_whichever_arrives_first(
    engine: Engine, writer: ArchiveWriter, revoke_first: bool
) -> None:
    original = parse_message(message_json("orig"))
    revoke = parse_message(
        message_json(
            "rev", action="recall", msgtype="revoke", revoke={"pre_msgid": "orig"}, msgtime=1_700_000_060_000
        )
    )
    for batch in ([revoke], [original]) if revoke_first else ([original], [revoke]):
        writer.write_batch(batch)
    assert rows(engine, "SELECT msgid, revoked_by_msgid, revokes_msgid FROM messages ORDER BY msgid") == [
        ("orig", "rev", None),
        ("rev", None, "orig"),
    ]


def test_media_rows_are_queued_per_file(engine: Engine, writer: ArchiveWriter) -> None:
    file_message = parse_message(
        message_json(
            "f1",
            msgtype="file",
            file={
                "sdkfileid": "CtYBMzA2OTAy",
                "md5sum": "a" * 32,
                "filename": "报价单.xlsx",
                "fileext": "xlsx",
                "filesize": 2048,
            },
        )
    )
    writer.write_batch([file_message])
    assert rows(engine, "SELECT part, kind, sdkfileid, md5sum, size, filename, status FROM media") == [
        (0, "file", "CtYBMzA2OTAy", "a" * 32, 2048, "报价单.xlsx", "pending")
    ]


def test_undecryptable_record_keeps_its_ciphertext(engine: Engine, writer: ArchiveWriter) -> None:
    record = EncryptedRecord("enc1", 42, 3, "cmFuZG9ta2V5", "b3BhcXVl", "no private key for publickey_ver 3")
    writer.write_batch(records=[record])
    assert rows(
        engine,
        "SELECT msgid, seq, publickey_ver, status, problem, encrypt_random_key, encrypt_chat_msg, conversation_id FROM messages",
    ) == [
        (
            "enc1",
            42,
            3,
            "undecryptable",
            "no private key for publickey_ver 3",
            "cmFuZG9ta2V5",
            "b3BhcXVl",
            None,
        )
    ]


def test_checkpoint_never_moves_backwards(engine: Engine, writer: ArchiveWriter) -> None:
    writer.write_batch([parse_message(message_json("a"))], checkpoint=Checkpoint("corp", 100))
    writer.write_batch([parse_message(message_json("b"))], checkpoint=Checkpoint("corp", 50))
    assert rows(engine, "SELECT corp_id, high_water_seq FROM sync_state") == [("corp", 100)]


def test_failure_inside_a_batch_leaves_neither_messages_nor_checkpoint(
    engine: Engine, writer: ArchiveWriter
) -> None:
    writer.write_batch([parse_message(message_json("before"))], checkpoint=Checkpoint("corp", 10))
    # A real database-level failure after the messages were inserted, before the checkpoint.
    with engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER fail_media BEFORE INSERT ON media WHEN NEW.sdkfileid = 'poison' "
                "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
            )
        )
    good = parse_message(message_json("good"))
    poisoned = parse_message(
        message_json("bad", msgtype="image", image={"sdkfileid": "poison", "md5sum": "", "filesize": 1})
    )
    with pytest.raises(IntegrityError):
        writer.write_batch([good, poisoned], checkpoint=Checkpoint("corp", 20))
    assert rows(engine, "SELECT msgid FROM messages") == [("before",)]
    assert rows(engine, "SELECT high_water_seq FROM sync_state") == [(10,)]
    assert rows(engine, "SELECT message_count FROM conversations") == [(1,)]
    # The writer's caches were not polluted by the failed batch: a retry writes everything.
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER fail_media"))
    result = writer.write_batch([good, poisoned], checkpoint=Checkpoint("corp", 20))
    assert result.inserted == 2
    assert rows(engine, "SELECT high_water_seq FROM sync_state") == [(20,)]


def test_names_and_titles(engine: Engine, writer: ArchiveWriter) -> None:
    writer.write_batch([parse_message(message_json("g", roomid=ROOM))])
    set_contact_names(engine, [("zhangwei", "张伟"), ("newperson", "新同事")], source="demo")
    set_conversation_titles(engine, [(ROOM, "华东区销售群")])
    assert rows(
        engine,
        "SELECT id, display_name, name_source FROM contacts WHERE display_name IS NOT NULL ORDER BY id",
    ) == [
        ("newperson", "新同事", "demo"),
        ("zhangwei", "张伟", "demo"),
    ]
    assert rows(engine, "SELECT title FROM conversations") == [("华东区销售群",)]


def test_a_full_disk_is_reported_as_such_and_the_batch_leaves_nothing(
    engine: Engine, writer: ArchiveWriter
) -> None:
    writer.write_batch([parse_message(message_json("before"))], checkpoint=Checkpoint("corp", 1))
    pages = rows(engine, "PRAGMA page_count")[0][0]

    @event.listens_for(engine, "connect")
    def no_room(dbapi_connection: object, _record: object) -> None:  # SQLite answers SQLITE_FULL
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    engine.dispose()  # connections opened from now on have no room to grow
    big = [parse_message(message_json(f"big{i}", text={"content": "长" * 20_000})) for i in range(20)]
    with pytest.raises(ArchiveStorageError) as raised:
        writer.write_batch(big, checkpoint=Checkpoint("corp", 21))
    assert raised.value.database.name == "archive.sqlite3"
    assert "磁盘空间不足" in raised.value.message_zh and "the disk is full" in raised.value.message_en
    assert "剩余空间" in raised.value.message_zh and "free" in raised.value.message_en
    assert rows(engine, "SELECT msgid FROM messages") == [("before",)]
    assert rows(engine, "SELECT high_water_seq FROM sync_state") == [(1,)]


def test_a_refusal_worded_like_a_disk_error_stays_a_refusal(engine: Engine, writer: ArchiveWriter) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON messages "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        )
    with pytest.raises(IntegrityError):
        writer.write_batch([parse_message(message_json("m"))])
